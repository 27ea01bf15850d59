// Pillars and routes: the reference's English texts with the translations of tables/texts.ts.
import type { CountryPartner, Pillar, Route } from '@pact/schema';
import type { Reference } from './reference.js';
import { DISCLAIMER, PILLAR_TEXT, ROUTE_TEXT } from './tables/texts.js';
import { joinOf, PATH_CHANGES, ROUTE_LINKS } from './tables/route-geography.js';
import { inOrderFrom, fail, slug, type Todo } from './util.js';

export function buildPillars(ref: Reference, todo: Todo[]): Pillar[] {
  return ref.pillars.map((p) => {
    const text = PILLAR_TEXT[p.number] ?? fail(`no text for pillar ${p.number}`);
    // The official UNODC wording has no parenthetical gloss ("(to combat illicit traffic in opiates)").
    const titleEn = p.title_en.replace(/\s*\([^)]*\)\s*$/, '');
    // The short title is the first form of the reference's ("Cross-border cooperation / regional initiatives").
    const shortEn = p.short_title_en.split(/\s+\/\s+|\s+\(/)[0] ?? p.short_title_en;
    todo.push({
      record: `pillars/${p.number}`,
      field: '/title/fr',
      note: 'Unofficial French translation; no official French text was found',
    });
    todo.push({
      record: `pillars/${p.number}`,
      field: '/title/ru',
      note: 'Unofficial Russian translation made for this dataset',
    });
    return {
      number: p.number,
      roman: p.roman,
      title: { en: titleEn, fr: p.title_fr_unofficial, ru: text.titleRu },
      shortTitle: { en: shortEn, fr: text.shortFr, ru: text.shortRu },
      summary: text.summary,
      unofficialTranslations: ['fr', 'ru'],
    };
  });
}

/** The same list of waypoint names. */
const samePath = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function buildRoutes(ref: Reference, countries: readonly CountryPartner[], todo: Todo[]): Route[] {
  return ref.routes.map((r) => {
    const text = ROUTE_TEXT[r.id] ?? fail(`no text for route ${r.id}`);
    const changes = PATH_CHANGES[r.id];
    for (const c of changes) {
      if (!r.paths.some((p) => samePath(p, c.from))) fail(`${r.id}: no path ${c.from.join(' > ')} to change`);
    }
    const nodes = [...r.nodes, ...changes.flatMap((c) => (c.add ? [c.add] : []))];
    const refPaths = r.paths.map((p) => changes.find((c) => samePath(c.from, p))?.to ?? p);
    const idByName = new Map<string, string>();
    const points = nodes.map((n) => {
      let id = slug(n.name);
      if ([...idByName.values()].includes(id)) id = `${id}-${slug(n.country_iso2)}`;
      idByName.set(n.name, id);
      const country =
        countries.find((c) => c.iso2 === n.country_iso2)?.id ?? fail(`${r.id}: no partner for ${n.country_iso2}`);
      return { id, name: n.name, country, lat: n.lat, lon: n.lon, role: n.role };
    });
    const paths = refPaths.map((path) =>
      path.map((name) => idByName.get(name) ?? fail(`${r.id}: path names unknown node ${name}`)),
    );
    // Waypoints in order from Afghanistan along the drawn lines: each after the points that lead to it.
    const lineSteps = paths.flatMap((p) => p.slice(1).map((to, i) => [p[i] ?? '', to] as const));
    const pointOrder = inOrderFrom(
      points.filter((w) => w.country === 'afg').map((w) => w.id),
      lineSteps,
    );
    const lost = points.filter((w) => !pointOrder.includes(w.id)).map((w) => w.name);
    if (lost.length) fail(`${r.id}: no line from Afghanistan reaches ${lost.join(', ')}`);
    const waypoints = pointOrder.map((id) => points.find((w) => w.id === id) ?? fail(`${r.id}: no waypoint ${id}`));
    // Countries in order from Afghanistan along the lines, country to country, and along the links
    // that place the countries without a waypoint; each step is a land border or a named sea leg.
    const countryOf = new Map(points.map((w) => [w.id, w.country]));
    const steps = [
      ...lineSteps
        .map(([a, b]) => [countryOf.get(a) ?? '', countryOf.get(b) ?? ''] as const)
        .filter(([a, b]) => a !== b),
      ...ROUTE_LINKS[r.id],
    ];
    for (const [a, b] of steps) {
      if (!joinOf(a, b)) fail(`${r.id}: ${a} and ${b} follow each other but share no border and no named sea leg`);
    }
    const order = inOrderFrom(['afg'], steps);
    const unplaced = countries.filter((c) => c.routes.some((x) => x.route === r.id) && !order.includes(c.id));
    if (unplaced.length) fail(`${r.id}: no line or link places ${unplaced.map((c) => c.id).join(', ')}`);
    todo.push({
      record: `routes/${r.id}`,
      field: '/waypoints',
      note: r.coordinates_note ?? 'Waypoint coordinates are approximate city positions',
    });
    return {
      id: r.id,
      name: { en: r.name_en, fr: r.name_fr, ru: text.nameRu },
      summary: text.summary,
      waypoints,
      paths,
      countries: order,
      disclaimer: DISCLAIMER,
    };
  });
}
