// Pillars and routes: the reference's English texts with the translations of tables/texts.ts.
import type { CountryPartner, Pillar, Route, RouteRole } from '@pact/schema';
import type { Reference } from './reference.js';
import { DISCLAIMER, PILLAR_TEXT, ROUTE_TEXT } from './tables/texts.js';
import { fail, slug, type Todo } from './util.js';

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

const ROLE_RANK: Record<RouteRole['role'], number> = {
  origin: 0,
  feeder: 1,
  transit: 2,
  'transit-or-destination': 3,
  destination: 4,
};
/** Offshoots come after the main line and its branches. */
const rankOf = (role: RouteRole): number => (/offshoot/.test(role.detail ?? '') ? 5 : ROLE_RANK[role.role]);

export function buildRoutes(ref: Reference, countries: readonly CountryPartner[], todo: Todo[]): Route[] {
  return ref.routes.map((r) => {
    const text = ROUTE_TEXT[r.id] ?? fail(`no text for route ${r.id}`);
    const idByName = new Map<string, string>();
    const waypoints = r.nodes.map((n) => {
      let id = slug(n.name);
      if ([...idByName.values()].includes(id)) id = `${id}-${slug(n.country_iso2)}`;
      idByName.set(n.name, id);
      const country =
        countries.find((c) => c.iso2 === n.country_iso2)?.id ?? fail(`${r.id}: no partner for ${n.country_iso2}`);
      return { id, name: n.name, country, lat: n.lat, lon: n.lon, role: n.role };
    });
    const paths = r.paths.map((path) =>
      path.map((name) => idByName.get(name) ?? fail(`${r.id}: path names unknown node ${name}`)),
    );
    // Countries crossed: first appearance along the paths (Afghanistan first), then nodes
    // not on any path, then the other partners the reference places on this route.
    const order: string[] = [];
    const add = (id: string | undefined) => id === undefined || order.includes(id) || order.push(id);
    const waypointCountry = new Map(waypoints.map((w) => [w.id, w.country]));
    for (const path of paths) for (const w of path) add(waypointCountry.get(w));
    for (const w of waypoints) add(w.country);
    const others = countries
      .filter((c) => !order.includes(c.id) && c.routes.some((x) => x.route === r.id))
      .map((c) => ({ id: c.id, rank: Math.min(...c.routes.filter((x) => x.route === r.id).map(rankOf)) }))
      .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const o of others) add(o.id);
    if (order[0] !== 'afg') fail(`${r.id}: the first country is ${order[0]}, not Afghanistan`);
    todo.push({
      record: `routes/${r.id}`,
      field: '/waypoints',
      note: r.coordinates_note ?? 'Waypoint coordinates are approximate city positions',
    });
    return {
      id: r.id,
      name: { en: r.name_en, fr: r.name_fr, ru: text.nameRu },
      summary: { en: r.summary_en.replace(/\bTurkey\b/g, 'Türkiye'), fr: text.summaryFr, ru: text.summaryRu },
      waypoints,
      paths,
      countries: order,
      disclaimer: DISCLAIMER,
    };
  });
}
