// The map model of <pact-route-map>, in Node: the seed data of @pact/api through the same checks,
// layout and derivation the element renders, without a browser.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ROUTE_IDS, isPartner } from '@pact/schema';
import type { Partner, Route } from '@pact/sdk';
import { countryShapes, layoutMap, type CountryShape, type LayoutInput } from '../../src/route-map/geometry.js';
import { drawMap, tipAnchor, tipPlacement } from '../../src/route-map/draw.js';
import {
  deriveMapModel,
  focusAnnouncement,
  mapModelCache,
  type MapData,
  type MapOptions,
} from '../../src/route-map/map-model.js';
import { frameShape, isRoute, parseRoutes, routesKey } from '../../src/route-map/model.js';
import { catalogReady, withLocale } from '../../src/core/i18n.js';
import { formatNumber } from '../../src/core/format.js';

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const rawRoutes = json('../../../api/data/routes.json') as unknown[];
const rawPartners = json('../../../api/data/partners.json') as unknown[];
const shapes = countryShapes(json('../../../api/geo/countries.json')) as CountryShape[];
const routes = rawRoutes.filter(isRoute);
const partners = rawPartners.filter(isPartner);
const data: MapData = { routes, partners, shapes, layoutMap };
const options: MapOptions = {
  ids: [...ROUTE_IDS],
  width: 800,
  height: 600,
  locale: 'en',
  priority: false,
  centres: false,
};
const model = (o: Partial<MapOptions> = {}) => {
  const opts = { ...options, ...o };
  return deriveMapModel(data, opts, layoutMap(layoutInput(opts)));
};
/** The layout input the model builds, for a direct call (the cache test counts the calls instead). */
function layoutInput(o: MapOptions): LayoutInput {
  let input: LayoutInput | undefined;
  mapModelCache()(
    {
      ...data,
      layoutMap: (i) => {
        input = i;
        return layoutMap(i);
      },
    },
    o,
  );
  return input as LayoutInput;
}
const named = (id: string) => partners.find((p) => p.id === id) as Partner;

describe('route map model', () => {
  it('reads the routes attribute: all when absent, the known ids in a set order, the unknown words apart', () => {
    assert.deepEqual(parseRoutes(null), { ids: ['northern', 'balkan', 'southern'], unknown: [] });
    assert.deepEqual(parseRoutes('Southern, northern westward'), {
      ids: ['northern', 'southern'],
      unknown: ['westward'],
    });
    assert.deepEqual(parseRoutes(''), { ids: [], unknown: [] });
    assert.deepEqual(parseRoutes(undefined), { ids: ['northern', 'balkan', 'southern'], unknown: [] });
  });

  it("shapes its box before the data: none for no route, as wide as the routes' extent otherwise", () => {
    assert.equal(frameShape([]), 'empty');
    assert.equal(frameShape(['northern']), 'wide');
    assert.equal(frameShape(['northern', 'southern']), '');
    // Once the routes are there: empty when none of those asked for is in the data.
    assert.equal(frameShape(['northern'], [{ id: 'balkan' }]), 'empty');
    assert.equal(frameShape(['northern'], [{ id: 'balkan' }, { id: 'northern' }]), 'wide');
    assert.equal(frameShape(['southern'], []), 'empty');
  });

  it("the caption's disclaimers: each once, none for no route, in the routes' language", () => {
    const key = routesKey(routes, ['northern', 'balkan', 'southern'], 'en');
    const texts = routes.map((r) => r.disclaimer?.en).filter((t): t is string => !!t);
    assert.ok(texts.length >= 2, 'the seed routes carry disclaimers');
    assert.deepEqual(key.disclaimers, [...new Set(texts)]);
    assert.equal(key.disclaimerLang, undefined, 'English: no lang attribute needed');
    // A route without a disclaimer adds none (no empty line in the caption).
    const bare = routes.map((r) => ({ ...r, disclaimer: undefined }));
    assert.deepEqual(routesKey(bare, ['northern'], 'en').disclaimers, []);
    const none = routesKey(routes, [], 'en');
    assert.deepEqual([none.selected, none.disclaimers, none.disclaimerLang], [[], [], undefined]);
    assert.equal(none.routes.size, routes.length, 'every route is still named (the legend of a later choice)');
  });

  it('keeps the seed records and rejects records the map cannot draw', () => {
    assert.equal(routes.length, rawRoutes.length);
    assert.equal(partners.length, rawPartners.length);
    const route = rawRoutes[0] as Route;
    assert.equal(isRoute({ ...route, id: 'western' }), false);
    assert.equal(isRoute({ ...route, waypoints: [{ id: 'x', lat: 'north', lon: 1 }] }), false);
    const org = partners.find((p) => p.kind === 'organization') as Partner;
    assert.equal(isPartner({ ...org, seat: { lat: 1 } }), false);
    assert.equal(isPartner({ ...named('afg'), iso3: undefined }), false);
  });

  it('marks Afghanistan as the origin and names each country with its statuses and routes', () => {
    const d = model();
    const afg = d.countries.get('AFG');
    assert.ok(afg, 'Afghanistan is marked');
    assert.equal(afg.origin, true);
    assert.equal(
      afg.label,
      'Afghanistan: Origin of the flows shown, Paris Pact partner. Routes: Northern route, Balkan route, and Southern route',
    );
    assert.equal(d.origin?.iso3, 'AFG');
    // No country is highlighted unless asked.
    assert.equal([...d.countries.values()].filter((c) => c.priority).length, 0);
  });

  it('gives every marked country exactly its own statuses: no other country is the origin, a partner or a priority', () => {
    for (const priority of [false, true]) {
      // Tajikistan a former Paris Pact member, in a copy of the data: a status that is not "member".
      const changed = partners.map((p) =>
        p.id === 'tjk' && p.kind === 'country'
          ? { ...p, memberships: p.memberships.map((m) => ({ ...m, status: 'former' as const })) }
          : p,
      );
      const d = deriveMapModel(
        { ...data, partners: changed },
        { ...options, priority },
        layoutMap(layoutInput(options)),
      );
      let partnersSeen = 0;
      let notPartners = 0;
      for (const c of d.countries.values()) {
        const p = changed.find((x) => x.kind === 'country' && x.iso3 === c.iso3);
        assert.ok(p && p.kind === 'country', c.iso3);
        const member = p.memberships.some((m) => m.partnership === 'paris-pact' && m.status === 'member');
        const statuses = [
          ...(c.iso3 === 'AFG' ? ['Origin of the flows shown'] : []),
          ...(member ? ['Paris Pact partner'] : []),
          ...(priority && p.priority.value === true ? ['Priority country'] : []),
        ];
        assert.deepEqual(c.statuses, statuses, c.iso3);
        assert.equal(
          c.label.startsWith(statuses.length ? `${c.name}: ${statuses.join(', ')}. ` : `${c.name}. `),
          true,
          c.label,
        );
        if (member) partnersSeen++;
        else notPartners++;
      }
      assert.equal(d.countries.get('TJK')?.parisPact, false, 'a former member is not a partner');
      assert.ok(partnersSeen > 10 && notPartners > 0, `${partnersSeen} partners, ${notPartners} others`);
    }
  });

  it('goes through the countries alphabetically, and along each route in order from Afghanistan', () => {
    const d = model();
    const names = d.order.map((c) => d.countries.get(c)?.name ?? '');
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'en')),
    );
    assert.equal(d.order.length, d.countries.size);
    const northern = d.routeOrder.get('northern') ?? [];
    // As stored from Afghanistan: Russia, the destination, after Uzbekistan and Turkmenistan.
    assert.deepEqual(northern, ['AFG', 'TJK', 'UZB', 'TKM', 'KGZ', 'KAZ', 'RUS']);
    assert.equal(d.marked.length, d.countries.size);
  });

  it('highlights exactly the priority countries drawn with priority on', () => {
    const d = model({ priority: true });
    const drawnPriority = partners.filter(
      (p) => p.kind === 'country' && p.priority.value === true && d.layout.countries.some((c) => c.iso3 === p.iso3),
    );
    const highlighted = [...d.countries.values()].filter((c) => c.priority);
    assert.ok(highlighted.length > 0);
    assert.equal(highlighted.length, drawnPriority.length);
    assert.match(d.summary, /Priority countries are highlighted: /);
  });

  it('summarises the routes in sentences, with the count in the reader’s grammar', () => {
    assert.match(model().summary, /^3 routes from Afghanistan\. Northern route crosses Afghanistan, Tajikistan, /);
    assert.match(model({ ids: ['balkan'] }).summary, /^1 route from Afghanistan\. Balkan route crosses /);
    const northern = routes.find((r) => r.id === 'northern') as Route;
    const crossed = new Intl.ListFormat('en').format(northern.countries.map((id) => named(id).name.en));
    const plain = `1 route from Afghanistan. Northern route crosses ${crossed}. Paris Pact partner countries are shaded.`;
    assert.equal(model({ ids: ['northern'] }).summary, plain);
    // With priority on: the priority countries the map marks, by name, from the data.
    const d = model({ ids: ['northern'], priority: true });
    const priority = partners
      .filter((p) => p.kind === 'country' && p.priority.value === true && d.countries.has(p.iso3))
      .map((p) => p.name.en)
      .sort(new Intl.Collator('en').compare);
    assert.ok(priority.length >= 5 && priority.length < d.countries.size, `${priority.length} of ${d.countries.size}`);
    assert.equal(
      d.summary,
      `${plain} Priority countries are highlighted: ${new Intl.ListFormat('en').format(priority)}.`,
    );
  });

  it('counts the routes in the summary with the plural form of each language (one, two, few, other)', async () => {
    const forms: Record<string, [string, string, string]> = {
      en: ['1 route from Afghanistan.', '2 routes from Afghanistan.', '3 routes from Afghanistan.'],
      ru: ['1 маршрут из Афганистана.', '2 маршрута из Афганистана.', '3 маршрута из Афганистана.'],
      ar: ['1 طريق من أفغانستان.', '2 طريقان من أفغانستان.', '3 طرق من أفغانستان.'],
      fr: ['1 route depuis l’Afghanistan.', '2 routes depuis l’Afghanistan.', '3 routes depuis l’Afghanistan.'],
    };
    for (const [locale, want] of Object.entries(forms)) {
      await catalogReady(locale);
      const got = ([['balkan'], ['northern', 'balkan'], [...ROUTE_IDS]] as const).map((ids) => {
        const summary = withLocale(locale, () => model({ ids: [...ids], locale }).summary);
        return summary.slice(0, summary.indexOf('.') + 1);
      });
      const digits = (t: string) => t.replace(/\d/g, (d) => formatNumber(locale, Number(d)));
      assert.deepEqual(got, want.map(digits), locale);
    }
  });

  it('lists only the centres that work on the routes shown, when asked; the cocaine centres never', () => {
    assert.deepEqual(model().centres, []);
    const ids = (o: Partial<MapOptions>) => model({ centres: true, ...o }).centres.map((c) => c.org.id);
    // Computed from the data: organizations with a coordination role on a route shown.
    const working = (routes: readonly string[]) =>
      partners
        .filter(
          (p) =>
            p.kind === 'organization' && p.routes.some((r) => r.role === 'coordination' && routes.includes(r.route)),
        )
        .map((p) => p.id);
    assert.deepEqual(ids({}).sort(), working(ROUTE_IDS).sort());
    assert.deepEqual(ids({}).sort(), ['caricc', 'gcc-ciccd', 'selec']);
    assert.deepEqual(ids({ ids: ['northern'] }), ['caricc']);
    assert.deepEqual(ids({ ids: ['balkan'] }), ['selec']);
    assert.deepEqual(ids({ ids: ['southern'] }), ['gcc-ciccd']);
    const cocaine = partners.filter((p) => p.kind === 'organization' && p.flows?.includes('transatlantic-cocaine'));
    assert.ok(cocaine.length >= 5, 'the data has the cocaine centres');
    for (const c of cocaine) assert.ok(!ids({}).includes(c.id), `${c.id} is not on the opiate map`);
    const d = model({ centres: true });
    assert.ok(
      d.centres.every((c) => c.point),
      'each centre shown lies on the map',
    );
    assert.match(d.summary, /Regional centres: .*CARICC \(Almaty\)/);
    assert.doesNotMatch(d.summary, /JIATF-South|MAOC|CeCLAD|Accra|Dakar/);

    // Only an organization with a coordination role: not one with another role on the route, not
    // a country with that role.
    const other = partners.find((p) => p.kind === 'organization' && p.routes.length === 0) as Partner;
    assert.ok(other, 'an organization with no route role');
    const edited: Partner[] = partners.map((p) =>
      p.id === other.id
        ? { ...p, routes: [{ route: 'balkan', role: 'transit' }] }
        : p.id === 'tur'
          ? { ...p, routes: [...p.routes, { route: 'balkan', role: 'coordination' }] }
          : p,
    ) as Partner[];
    const o: MapOptions = { ...options, ids: ['balkan'], centres: true };
    const withEdits = deriveMapModel({ ...data, partners: edited }, o, layoutMap(layoutInput(o)));
    assert.deepEqual(
      withEdits.centres.map((c) => c.org.id),
      ['selec'],
    );

    // A centre that works on a route shown but lies off its map (SELEC, Bucharest, made to work on
    // the northern route): listed apart, without a point.
    const north: MapOptions = { ...options, ids: ['northern'], centres: true };
    const selecNorth = partners.map((p) =>
      p.id === 'selec' ? { ...p, routes: [...p.routes, { route: 'northern', role: 'coordination' }] } : p,
    ) as Partner[];
    const away = deriveMapModel({ ...data, partners: selecNorth }, north, layoutMap(layoutInput(north)));
    assert.deepEqual(
      away.centres.map((c) => [c.org.id, c.point !== null]),
      [
        ['caricc', true],
        ['selec', false],
      ],
    );
    assert.match(away.summary, / Regional centres: CARICC \(Almaty\)\. Outside this map: SELEC \(Bucharest\)\.$/);
    assert.doesNotMatch(model({ ids: ['northern'] }).summary, /Regional centres|Outside this map/);
    // Every centre on the map: no "outside" sentence; no centre on a route: no sentence at all.
    assert.doesNotMatch(model({ ids: ['northern'], centres: true }).summary, /Outside this map/);
    const balkan: MapOptions = { ...options, ids: ['balkan'], centres: true };
    const none = partners.map((p) => (p.id === 'selec' ? { ...p, routes: [] } : p)) as Partner[];
    const without = deriveMapModel({ ...data, partners: none }, balkan, layoutMap(layoutInput(balkan)));
    assert.deepEqual(without.centres, []);
    assert.doesNotMatch(without.summary, /Regional centres|Outside this map/);
  });

  it('gives the table a row per route with every country, in order, by ISO code', () => {
    const d = model({ ids: ['northern', 'southern'] });
    assert.deepEqual(
      d.table.map((r) => r.route.name),
      ['Northern route', 'Southern route'],
    );
    const northern = routes.find((r) => r.id === 'northern') as Route;
    assert.equal(d.table[0]?.countries.length, northern.countries.length);
    assert.deepEqual(d.table[0]?.countries[1], { iso3: 'TJK', name: 'Tajikistan' });
  });

  it('reads a country partner by its ISO code whatever its id, and names a route country that is no partner by its code', () => {
    // Kazakhstan under an id that is not its code; Turkmenistan not a partner; a path that names a
    // waypoint the route lacks, and a path of one known waypoint.
    const rename = (id: string) => (id === 'kaz' ? 'kazakhstan' : id);
    const northern = routes.find((r) => r.id === 'northern') as Route;
    const edited: Route = {
      ...northern,
      countries: northern.countries.map(rename),
      // …and a waypoint on the far side of the globe, on no path: no stop of the map.
      waypoints: [
        ...northern.waypoints.map((w) => ({ ...w, country: rename(w.country) })),
        { ...(northern.waypoints[0] as Route['waypoints'][number]), id: 'antipode', lon: -110, lat: -40 },
      ],
      paths: [
        ...northern.paths.map((path, i) => (i ? path : [path[0] ?? '', 'nowhere', ...path.slice(1)])),
        [northern.waypoints[0]?.id ?? ''],
      ],
    };
    const changed: MapData = {
      ...data,
      routes: routes.map((r) => (r.id === 'northern' ? edited : r)),
      partners: partners.filter((p) => p.id !== 'tkm').map((p) => (p.id === 'kaz' ? { ...p, id: 'kazakhstan' } : p)),
    };
    const o: MapOptions = { ...options, ids: ['northern'] };
    let input: LayoutInput | undefined;
    const d = mapModelCache()({ ...changed, layoutMap: (i) => layoutMap((input = i)) }, o);
    const plain = layoutInput(o);
    // The same map: the route alone, the same lines, fitted to the same countries.
    assert.deepEqual(
      input?.routes.map((r) => r.id),
      ['northern'],
    );
    assert.deepEqual(input?.routes, plain.routes);
    assert.deepEqual(d.countries.get('KAZ')?.name, 'Kazakhstan');
    assert.deepEqual(d.countries.get('KAZ')?.routes, ['northern']);
    assert.equal(d.countries.has('TKM'), false, 'no partner record: not marked');
    assert.deepEqual(
      d.routeOrder.get('northern'),
      ['AFG', 'TJK', 'UZB', 'KGZ', 'KAZ', 'RUS'],
      'the keyboard goes along the marked countries only',
    );
    assert.equal(d.stops.get('northern')?.length, northern.waypoints.length);
    assert.ok(d.stops.get('northern')?.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1])));
    assert.deepEqual(
      d.table[0]?.countries.filter((c) => ['KAZ', 'TKM'].includes(c.iso3)),
      [
        { iso3: 'TKM', name: 'TKM' },
        { iso3: 'KAZ', name: 'Kazakhstan' },
      ],
    );
  });

  it('says of a marked country on no route that it is not on the routes shown', () => {
    const che = model().countries.get('CHE');
    assert.deepEqual(che?.routes, []);
    assert.equal(che?.routesText, 'Not on the routes shown');
    assert.equal(che?.label, 'Switzerland: Paris Pact partner. Not on the routes shown');
  });

  it('splits the drawn countries into plain land, plain dots over it, and the marked ones', () => {
    const d = model();
    const drawn = d.layout.countries;
    const plain = drawn.filter((c) => !c.iso3 || !d.countries.has(c.iso3));
    assert.ok(plain.some((c) => c.dot) && plain.some((c) => !c.dot), 'plain land and plain dots in the view');
    assert.equal(
      d.land,
      plain
        .filter((c) => !c.dot)
        .map((c) => c.d)
        .join(''),
    );
    assert.equal(
      d.landOver,
      plain
        .filter((c) => c.dot)
        .map((c) => c.d)
        .join(''),
    );
    assert.deepEqual(
      d.marked.map((c) => c.iso3).sort(),
      [...d.countries.keys()].filter((k) => drawn.some((c) => c.iso3 === k)).sort(),
    );
  });

  it('speaks the content’s language', () => {
    const d = model({ locale: 'fr' });
    assert.equal(d.countries.get('TJK')?.name, 'Tadjikistan');
    assert.equal(d.routes.get('balkan')?.name, 'Route des Balkans');
  });

  it('announces a route with its countries, and a country with its place along the route', () => {
    const d = model();
    assert.match(focusAnnouncement(d, { kind: 'route', id: 'northern' }, null, 'en'), /^Northern route: Afghanistan, /);
    const n = d.routeOrder.get('northern')?.length ?? 0;
    assert.equal(
      focusAnnouncement(d, { kind: 'country', iso3: 'TJK' }, 'northern', 'en'),
      `Northern route: Tajikistan, 2 of ${n}`,
    );
    assert.equal(
      focusAnnouncement(d, { kind: 'country', iso3: 'AFG' }, 'northern', 'en'),
      `Northern route: Afghanistan, 1 of ${n}`,
    );
    assert.equal(focusAnnouncement(d, { kind: 'country', iso3: 'TJK' }, null, 'en'), d.countries.get('TJK')?.label);
    // Not on the route the keyboard goes along (Tajikistan is not on the Balkan route): its name alone.
    assert.equal(focusAnnouncement(d, { kind: 'country', iso3: 'TJK' }, 'balkan', 'en'), d.countries.get('TJK')?.label);
    // A route the keyboard goes along that the model does not have: the same.
    assert.equal(
      focusAnnouncement(d, { kind: 'country', iso3: 'TJK' }, 'nowhere', 'en'),
      d.countries.get('TJK')?.label,
    );
    // A country or a route the map does not show: nothing, or the route's id with no countries.
    assert.equal(focusAnnouncement(d, { kind: 'country', iso3: 'XXX' }, 'northern', 'en'), '');
    assert.equal(focusAnnouncement(d, { kind: 'route', id: 'nowhere' }, null, 'en'), 'nowhere: ');
  });

  it('lays the map out once per data, routes and size, whatever the language or highlight', () => {
    let layouts = 0;
    const counted: MapData = {
      ...data,
      layoutMap: (i) => {
        layouts++;
        return layoutMap(i);
      },
    };
    const cached = mapModelCache();
    const a = cached(counted, options);
    assert.equal(cached(counted, { ...options }), a, 'the same input gives the same model');
    const fr = cached(counted, { ...options, locale: 'fr', priority: true });
    assert.notEqual(fr, a);
    assert.equal(fr.layout, a.layout);
    assert.equal(layouts, 1);
    // A model made without the UI strings of its language (English, its catalog not loaded) is made
    // again once they are there; its layout is kept.
    const english = cached(counted, { ...options, locale: 'ru', ui: 'Paris Pact partner' });
    const russian = cached(counted, { ...options, locale: 'ru', ui: 'Партнёр Парижского пакта' });
    assert.notEqual(russian, english);
    assert.equal(russian.layout, english.layout);
    assert.equal(cached(counted, { ...options, locale: 'ru', ui: 'Партнёр Парижского пакта' }), russian);
    assert.equal(layouts, 1);
    // Whether a size is laid out already (the element lays a new size out in steps when not).
    assert.equal(cached.laidOut(counted, { ...options, width: 600 }), false);
    cached(counted, { ...options, width: 600 });
    assert.equal(cached.laidOut(counted, { ...options, width: 600, locale: 'fr' }), true);
    cached(counted, { ...options, ids: ['balkan'] });
    assert.equal(layouts, 3);
    // What a model is made of but its size: the same at two sizes (the element then keeps its
    // drawing while the new size is laid out), another for another language, routes or UI strings.
    const made = cached.made(counted, options);
    assert.equal(cached.made(counted, { ...options, width: 600, height: 300 }), made);
    for (const other of [
      { locale: 'fr' },
      { ids: ['balkan'] },
      { ui: 'Partenaire du Pacte de Paris' },
      { centres: !options.centres },
    ])
      assert.notEqual(cached.made(counted, { ...options, ...other }), made, JSON.stringify(other));
  });
});

describe('route map drawing', () => {
  it('draws each route with an arrowhead per line and its waypoints, and a star on the origin', () => {
    const d = model({ centres: true });
    const drawn = drawMap(d, (p) => p);
    assert.deepEqual(
      drawn.routes.map((r) => r.id),
      ['northern', 'balkan', 'southern'],
    );
    for (const r of drawn.routes) {
      const lines = d.layout.routes.find((l) => l.id === r.id)?.lines.length ?? 0;
      assert.equal(r.path.split('M').length - 1, lines, `${r.id}: one subpath per line`);
      assert.equal(r.heads.split('M').length - 1, lines, `${r.id}: one arrowhead per line`);
      assert.equal(r.stops.length, d.stops.get(r.id)?.length);
    }
    // The star: ten corners around Afghanistan's centroid, its top point 8 px above it.
    const corners = drawn.origin.slice(1, -1).split('L');
    assert.equal(corners.length, 10);
    assert.equal(corners[0], `${d.origin?.x.toFixed(1)},${((d.origin?.y ?? 0) - 8).toFixed(1)}`);
    assert.equal(drawn.centres.length, d.centres.filter((c) => c.point).length);
    const origin = drawn.labels.find((l) => l.key === 'origin');
    assert.equal(origin?.text, 'Afghanistan');
  });

  it('points each arrowhead the way its line goes, past its end', () => {
    const d = model({ ids: ['northern'] });
    const r = drawMap(d, (p) => p).routes[0];
    const line = d.layout.routes[0]?.lines[0] ?? [];
    const [x1, y1] = line[line.length - 1] ?? [0, 0];
    const tip = /^M([-\d.]+),([-\d.]+)/.exec(r?.heads ?? '');
    assert.ok(tip);
    // The tip is 3 px from the end of the line, further along than the end itself.
    assert.ok(Math.abs(Math.hypot(Number(tip[1]) - x1, Number(tip[2]) - y1) - 3) < 0.1);
  });

  it('draws in view pixels: zoomed twice, the lines and the star are twice as far apart', () => {
    const d = model();
    const one = drawMap(d, (p) => p);
    const two = drawMap(d, ([x, y]) => [x * 2, y * 2]);
    const at = (s: string) => s.slice(1).split('L')[0]?.split(',').map(Number) ?? [];
    const [x1 = 0, y1 = 0] = at(one.origin);
    const [x2 = 0, y2 = 0] = at(two.origin);
    assert.ok(Math.abs(x2 - 2 * x1) < 0.2 && Math.abs(y2 - (2 * y1 + 8)) < 0.2, `${x1},${y1} → ${x2},${y2}`);
    assert.equal(two.routes[0]?.stops[0]?.[0], (one.routes[0]?.stops[0]?.[0] ?? 0) * 2);
  });

  it('points the tooltip at a focused country, and keeps it inside the view', () => {
    const d = model();
    const afg = d.layout.countries.find((c) => c.iso3 === 'AFG');
    assert.deepEqual(
      tipAnchor(d, { kind: 'country', iso3: 'AFG' }, (p) => p),
      [afg?.x, afg?.y],
    );
    assert.ok(tipAnchor(d, { kind: 'route', id: 'balkan' }, (p) => p));
    // Above the anchor, centred; below it when there is no room above; never past the edges.
    assert.deepEqual(tipPlacement([400, 300], { w: 800, h: 600 }, { w: 100, h: 40 }, false), [350, 246]);
    assert.deepEqual(tipPlacement([20, 10], { w: 800, h: 600 }, { w: 100, h: 40 }, false), [4, 28]);
    assert.deepEqual(tipPlacement([790, 300], { w: 800, h: 600 }, { w: 100, h: 40 }, false), [696, 246]);
  });
});
