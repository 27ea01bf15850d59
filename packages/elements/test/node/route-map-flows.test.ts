// The model of <pact-route-map flows="cocaine">, in Node: the seed data of @pact/api (flows.json and
// the partners' actionPlan) through the same layout and derivation the element renders.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isFlowSet, isPartner } from '@pact/schema';
import type { FlowSet } from '@pact/sdk';
import { countryShapes, layoutMap, type CountryShape } from '../../src/route-map/geometry.js';
import { drawMap } from '../../src/route-map/draw.js';
import { focusAnnouncement, mapModelCache, type MapData } from '../../src/route-map/map-model.js';

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const shapes = countryShapes(json('../../../api/geo/countries.json')) as CountryShape[];
const partners = (json('../../../api/data/partners.json') as unknown[]).filter(isPartner);
const flowSet = (json('../../../api/data/flows.json') as unknown[]).find(isFlowSet) as FlowSet;
const routes: MapData['routes'] = [];
const options = { ids: [], width: 800, height: 600, locale: 'en', priority: false, centres: false };

describe('the flow model (flows="cocaine")', () => {
  const d = mapModelCache()({ routes, partners, shapes, layoutMap, flowSet }, options);

  it('has the three lines, the five centres inside the map and the thirteen networks', () => {
    assert.deepEqual(
      d.selected.map((l) => l.id),
      ['across-the-atlantic', 'via-west-africa', 'by-sea-to-europe'],
    );
    assert.deepEqual(
      d.centres.map((c) => [c.org.id, c.role, !!c.point]),
      [
        ['accra-info-centre', 'Information-exchange centre', true],
        ['dakar-info-centre', 'Information-exchange centre', true],
        ['maoc-n', 'Maritime operational centre', true],
        ['ceclad-m', 'Maritime operational centre', true],
        ['jiatf-s', 'Maritime operational centre', true],
      ],
    );
    assert.equal(d.networks?.length, 13);
    assert.equal(d.countries.size, 0, 'no country is marked');
    assert.equal(d.origin, undefined);
  });

  it('draws each line with one arrowhead and no waypoint dots, inside the map', () => {
    const drawn = drawMap(d, (p) => p);
    assert.equal(drawn.routes.length, 3);
    for (const r of drawn.routes) {
      assert.equal(r.stops.length, 0, r.id);
      assert.equal((r.heads.match(/M/g) ?? []).length, 1, r.id);
    }
    for (const l of d.layout.routes)
      for (const [x, y] of l.lines.flat()) assert.ok(x >= 0 && x <= 800 && y >= 0 && y <= 600, `${l.id} ${x},${y}`);
    assert.equal(drawn.origin, '');
  });

  it('says in its text summary how many directions, each from where to where, and the centres by their part', () => {
    assert.equal(
      d.summary,
      '3 approximate directions described in the 2011 Paris Action Plan. ' +
        'Across the Atlantic: from Andean region to West Africa. ' +
        'Via West Africa: from West Africa to Europe. ' +
        'By sea to Europe: from Andean region to Europe. ' +
        'Information-exchange centres: Accra centre (Accra) and Dakar centre (Dakar). ' +
        'Maritime operational centres: MAOC (N) (Lisbon), CeCLAD-M (Toulon), and JIATF-South (Key West, Florida).',
    );
    assert.deepEqual(d.disclaimers, [flowSet.disclaimer.en]);
    assert.deepEqual(
      [...d.routes.values()].map((r) => [r.id, r.name, r.summary]),
      flowSet.lines.map((l) => [l.id, l.name.en, l.summary.en]),
    );
    assert.deepEqual(
      d.networks?.map((n) => n.id),
      flowSet.networks,
    );
    assert.equal(d.land, d.layout.countries.map((c) => c.d).join(''));
    assert.ok(d.land.length > 1000, 'the land is drawn');
    assert.deepEqual([d.order, d.marked, d.table], [[], [], []]);
  });

  it('announces a line with its name and where it goes (it crosses no marked country)', () => {
    for (const line of flowSet.lines)
      assert.equal(
        focusAnnouncement(d, { kind: 'route', id: line.id }, null, 'en'),
        `${line.name.en}. ${line.summary.en}`,
      );
    assert.equal(focusAnnouncement(d, { kind: 'route', id: 'nowhere' }, null, 'en'), 'nowhere. ');
  });

  it('counts its directions in each plural form (the count comes first, in English without catalogs)', () => {
    const counted = (locale: string, n: number) => {
      const lines = Array.from({ length: n }, (_, i) => ({ ...flowSet.lines[i % 3]!, id: `line-${i}` }));
      const data = { routes, partners, shapes, layoutMap, flowSet: { ...flowSet, lines } };
      return mapModelCache()(data, { ...options, locale }).summary.split('. ')[0];
    };
    // zero (Arabic 0), one (English 1), two (Arabic 2), few (Russian 3), many (Russian 5), other (English 3).
    assert.deepEqual(
      [counted('ar', 0), counted('en', 1), counted('ar', 2), counted('ru', 3), counted('ru', 5), counted('en', 3)],
      [
        '0 approximate directions described in the 2011 Paris Action Plan',
        '1 approximate direction described in the 2011 Paris Action Plan',
        '2 approximate directions described in the 2011 Paris Action Plan',
        '3 approximate directions described in the 2011 Paris Action Plan',
        '5 approximate directions described in the 2011 Paris Action Plan',
        '3 approximate directions described in the 2011 Paris Action Plan',
      ],
    );
  });

  it('leaves out what its data lacks: a centre missing from the partners, a part with no centre, no disclaimer', () => {
    // MAOC (N) missing from the partners; only the maritime centres named; no disclaimer.
    const set = { ...flowSet, centres: ['maoc-n', 'ceclad-m'], disclaimer: undefined } as unknown as FlowSet;
    const some = partners.filter((p) => p.id !== 'maoc-n');
    const m = mapModelCache()({ routes, partners: some, shapes, layoutMap, flowSet: set }, options);
    assert.deepEqual(
      m.centres.map((c) => c.org.id),
      ['ceclad-m'],
    );
    assert.ok(m.summary.endsWith(' Maritime operational centres: CeCLAD-M (Toulon).'), m.summary);
    assert.ok(!m.summary.includes('Information-exchange'), 'no sentence for a part without a centre');
    assert.deepEqual(m.disclaimers, []);
    // Only the information centres: no sentence for the maritime ones.
    const info = { ...flowSet, centres: ['accra-info-centre'] };
    const n = mapModelCache()({ routes, partners, shapes, layoutMap, flowSet: info }, options);
    assert.ok(n.summary.endsWith(' Information-exchange centres: Accra centre (Accra).'), n.summary);
  });

  it('is cached by data, size and language like the opiate model', () => {
    const cache = mapModelCache();
    const data = { routes, partners, shapes, layoutMap, flowSet };
    assert.equal(cache(data, options), cache(data, options));
    assert.notEqual(cache(data, options), cache(data, { ...options, locale: 'fr' }));
  });
});
