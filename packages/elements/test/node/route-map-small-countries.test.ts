// Every partner country a route map can show is drawn and can be pointed at, however small it is
// on the map (Malta, Luxembourg, Monaco, San Marino, the Holy See...): in every view the element can
// draw (each set of routes, the cocaine flows) at a desktop and a phone size. In Node, on the seed
// data and the geometry the API serves.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ROUTE_IDS, isFlowSet, isPartner, type RouteId } from '@pact/schema';
import type { CountryPartner, FlowSet } from '@pact/sdk';
import { DOT_RADIUS, countryShapes, layoutMap, type CountryShape } from '../../src/route-map/geometry.js';
import { mapModelCache, type MapData, type MapModel } from '../../src/route-map/map-model.js';
import { isRoute } from '../../src/route-map/model.js';

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const shapes = countryShapes(json('../../../api/geo/countries.json')) as CountryShape[];
const partners = (json('../../../api/data/partners.json') as unknown[]).filter(isPartner);
const routes = (json('../../../api/data/routes.json') as unknown[]).filter(isRoute);
const flowSet = (json('../../../api/data/flows.json') as unknown[]).find(isFlowSet) as FlowSet;
const countries = partners.filter((p): p is CountryPartner => p.kind === 'country');

/** Every non-empty set of routes, and the cocaine flows. */
const ROUTE_SETS: RouteId[][] = [];
for (let bits = 1; bits < 1 << ROUTE_IDS.length; bits++) ROUTE_SETS.push(ROUTE_IDS.filter((_, i) => bits & (1 << i)));
/** A wide desktop box, the default 4:3 and 16:9 boxes, and the same on a phone. */
const SIZES = [
  [960, 540],
  [960, 720],
  [360, 203],
  [360, 270],
] as const;

/** The box of an SVG path of absolute M/L points and relative arcs (the dots). */
function pathBox(d: string): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MLaZ])([^MLaZ]*)/g)) {
    const n = (args ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (cmd === 'M' || cmd === 'L') [x, y] = [n[0] ?? x, n[1] ?? y];
    else if (cmd === 'a') {
      // A half circle of radius n[0] from (x, y) to (x + n[5], y): it reaches n[0] above and below.
      box[1] = Math.min(box[1], y - (n[0] ?? 0));
      box[3] = Math.max(box[3], y + (n[0] ?? 0));
      x += n[5] ?? 0;
    } else continue;
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

function views(): { name: string; model: MapModel }[] {
  const out: { name: string; model: MapModel }[] = [];
  for (const [width, height] of SIZES) {
    const base = { width, height, locale: 'en', priority: true, centres: true };
    for (const ids of ROUTE_SETS) {
      const data: MapData = { routes, partners, shapes, layoutMap };
      out.push({ name: `${ids.join('+')} ${width}×${height}`, model: mapModelCache()(data, { ...base, ids }) });
    }
    const flows: MapData = { routes: [], partners, shapes, layoutMap, flowSet };
    out.push({ name: `cocaine ${width}×${height}`, model: mapModelCache()(flows, { ...base, ids: [] }) });
  }
  return out;
}

describe('route map: small countries', () => {
  const all = views();

  it('draws every partner country inside the map with a path at least a dot wide and tall', () => {
    const seen = new Set<string>();
    for (const { name, model } of all) {
      const { layout } = model;
      for (const p of countries) {
        const shape = shapes.find((s) => s.iso3 === p.iso3);
        assert.ok(shape, `${p.iso3} has a shape in the geometry`);
        const [w, s, e, n] = shape.mainBox;
        const at = layout.project((w + e) / 2, (s + n) / 2);
        if (!at || at[0] < 0 || at[0] > layout.width || at[1] < 0 || at[1] > layout.height) continue;
        seen.add(p.iso3);
        const drawn = layout.countries.find((c) => c.iso3 === p.iso3);
        assert.ok(drawn?.d, `${name}: ${p.iso3} is drawn`);
        const [x0, y0, x1, y1] = pathBox(drawn.d);
        assert.ok(
          x1 - x0 >= 2 * DOT_RADIUS - 0.2 && y1 - y0 >= 2 * DOT_RADIUS - 0.2,
          `${name}: ${p.iso3} is ${(x1 - x0).toFixed(1)} × ${(y1 - y0).toFixed(1)} px`,
        );
      }
    }
    // The views do show the small partners of Europe and the Mediterranean.
    for (const iso3 of ['MLT', 'LUX', 'MCO', 'SMR', 'VAT', 'AND', 'LIE', 'CYP', 'QAT']) assert.ok(seen.has(iso3), iso3);
  });

  it('marks the small Paris Pact partners, over their neighbours, so that they can be focused and pointed at', () => {
    const { model } = all.find((v) => v.name === 'northern+balkan+southern 960×540')!;
    const order = model.marked.map((c) => c.iso3);
    for (const iso3 of ['MLT', 'LUX', 'MCO', 'SMR', 'AND', 'LIE']) {
      const partner = countries.find((p) => p.iso3 === iso3)!;
      const parisPact = partner.memberships.some((m) => m.partnership === 'paris-pact' && m.status === 'member');
      if (!parisPact) continue;
      assert.ok(model.countries.get(iso3)?.parisPact, `${iso3} is marked as a Paris Pact partner`);
      assert.ok(model.order.includes(iso3), `${iso3} is in the keyboard's order`);
      assert.ok(order.indexOf(iso3) > order.indexOf('ITA'), `${iso3} is drawn after Italy`);
      assert.ok(order.indexOf(iso3) > order.indexOf('FRA'), `${iso3} is drawn after France`);
    }
    assert.ok(model.countries.get('MLT')?.parisPact, 'Malta is a Paris Pact partner in the seed data');
  });

  it('draws the dots of small countries it does not mark over the marked ones (San Marino over Italy)', () => {
    const { model } = all.find((v) => v.name === 'northern+balkan 960×540')!;
    assert.ok(model.countries.get('ITA'), 'Italy is marked');
    for (const iso3 of ['SMR', 'VAT', 'MCO']) {
      assert.equal(model.countries.has(iso3), false, `${iso3} is not marked on this map`);
      const drawn = model.layout.countries.find((c) => c.iso3 === iso3);
      assert.ok(drawn?.dot, `${iso3} is a dot`);
      assert.ok(model.landOver?.includes(drawn.d), `${iso3} is drawn over the marked countries`);
      assert.equal(model.land.includes(drawn.d), false, `${iso3} is not under them`);
    }
  });
});
