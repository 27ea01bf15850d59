// The model of <pact-route-map flows="cocaine">, in Node: the seed data of @pact/api (flows.json and
// the partners' actionPlan) through the same layout and derivation the element renders.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isFlowSet, isPartner } from '@pact/schema';
import type { FlowSet } from '@pact/sdk';
import { countryShapes, layoutMap, type CountryShape } from '../../src/route-map/geometry.js';
import { drawMap } from '../../src/route-map/draw.js';
import { mapModelCache, type MapData } from '../../src/route-map/map-model.js';

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

  it('is cached by data, size and language like the opiate model', () => {
    const cache = mapModelCache();
    const data = { routes, partners, shapes, layoutMap, flowSet };
    assert.equal(cache(data, options), cache(data, options));
    assert.notEqual(cache(data, options), cache(data, { ...options, locale: 'fr' }));
  });
});
