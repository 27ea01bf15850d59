// The route map's geometry (geometry.ts) against independent references: the shapes decoded by
// topojson-client itself, and the map drawn with d3-geo's own projection, fitted as the layout's
// doc comment says (azimuthal equal-area, centred on the box of the routes and of the crossed
// countries' mainlands, fitted inside the padding). Where a country is drawn, where its label
// goes, which countries are drawn and where the routes run must agree with them, to the tenth of a
// pixel the layout rounds to.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ROUTE_IDS, isPartner, type RouteId } from '@pact/schema';
import {
  countryShapeSteps,
  countryShapes,
  layoutMap,
  layoutSteps,
  type CountryShape,
  type LayoutInput,
} from '../../src/route-map/geometry.js';
import { mapModelCache, type MapData, type MapOptions } from '../../src/route-map/map-model.js';
import { isRoute } from '../../src/route-map/model.js';
import {
  boxOfPoints,
  centroid,
  keeps,
  referenceOf,
  rounded,
  shownBy,
  type Box,
} from './support/route-map-reference.js';

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const topology = json('../../../api/geo/countries.json') as Topology;
const shapes = countryShapes(topology) as CountryShape[];
const data: MapData = {
  routes: (json('../../../api/data/routes.json') as unknown[]).filter(isRoute),
  partners: (json('../../../api/data/partners.json') as unknown[]).filter(isPartner),
  shapes,
  layoutMap,
};
const geometries = (topology.objects['countries'] as GeometryCollection).geometries;

/** The layout input the element's model builds for these options. */
function inputOf(ids: RouteId[], width: number, height: number): LayoutInput {
  let input: LayoutInput | undefined;
  const options: MapOptions = { ids, width, height, locale: 'en', priority: false, centres: false };
  mapModelCache()({ ...data, layoutMap: (i) => layoutMap((input = i)) }, options);
  assert.ok(input);
  return input;
}

/** The box of an SVG path's M and L points. */
const pathBox = (d: string): Box =>
  boxOfPoints([...d.matchAll(/[ML](-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]));

/** Polygons of a decoded shape (topojson-client), as lists of rings. */
const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

describe('route map geometry against topojson-client and d3-geo', () => {
  it('decodes every country as topojson-client does: its id, its box, its mainland and the mainland’s box', () => {
    const ids = new Set(geometries.flatMap((g) => (typeof g.id === 'string' && /^[A-Z]{3}$/.test(g.id) ? [g.id] : [])));
    const areas = geometries.filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon');
    const loose = areas.filter((g) => !(typeof g.id === 'string' && ids.has(g.id)));
    assert.deepEqual(new Set(shapes.map((s) => s.iso3).filter((id) => id !== null)), ids);
    assert.equal(shapes.filter((s) => s.iso3 === null).length, loose.length);
    assert.equal(shapes.length, ids.size + loose.length);
    for (const s of shapes) {
      if (!s.iso3) continue;
      const parts = areas.filter((g) => g.id === s.iso3);
      const polygons = parts.flatMap((g) => polygonsOf(feature(topology, g).geometry as Polygon | MultiPolygon));
      assert.deepEqual(s.feature().geometry.coordinates, polygons, s.iso3);
      assert.deepEqual(s.bbox, boxOfPoints(polygons.flat(2)), `${s.iso3}: its box`);
      // The mainland: the polygon whose outer ring has the most points.
      const most = Math.max(...polygons.map((p) => p[0]?.length ?? 0));
      assert.equal(polygons[s.main]?.[0]?.length, most, `${s.iso3}: its mainland`);
      assert.deepEqual(s.mainland().geometry.coordinates, polygons[s.main], `${s.iso3}: its mainland`);
      assert.deepEqual(s.mainBox, boxOfPoints(polygons[s.main]?.[0] ?? []), `${s.iso3}: its mainland's box`);
    }
  });

  it('reads a topology without quantization as the same countries, and anything else as none', () => {
    const [sx, sy] = topology.transform?.scale ?? [NaN, NaN];
    const [tx, ty] = topology.transform?.translate ?? [NaN, NaN];
    const arcs = topology.arcs.map((arc) => {
      let [x, y] = [0, 0];
      return arc.map(([dx = 0, dy = 0]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
    });
    const { transform: _t, ...plain } = topology;
    const absolute = countryShapes({ ...plain, arcs }) as CountryShape[];
    assert.equal(absolute.length, shapes.length);
    for (const [i, s] of shapes.entries()) {
      assert.equal(absolute[i]?.iso3, s.iso3);
      assert.equal(absolute[i]?.main, s.main);
      assert.ok(
        absolute[i]?.bbox.every((v, k) => Math.abs(v - (s.bbox[k] ?? NaN)) < 1e-9),
        `${s.iso3}: ${absolute[i]?.bbox} instead of ${s.bbox}`,
      );
    }
    const drawn = (countries: CountryShape[]) =>
      layoutMap({ ...inputOf(['balkan'], 800, 600), countries }).countries.map((c) => `${c.iso3} ${c.d}`);
    assert.deepEqual(drawn(absolute), drawn(shapes));
    for (const bad of [
      null,
      'x',
      {},
      { arcs: [] },
      { arcs: [], objects: {} },
      { arcs: 1, objects: { countries: {} } },
      { arcs: 1, objects: { countries: { type: 'GeometryCollection', geometries: [] } } },
    ])
      assert.equal(countryShapes(bad), null, JSON.stringify(bad));
    assert.equal(
      countryShapes({ arcs: [], objects: { countries: { type: 'GeometryCollection', geometries: 1 } } }),
      null,
    );
    assert.deepEqual(
      countryShapes({ arcs: [], objects: { countries: { type: 'GeometryCollection', geometries: [] } } }),
      [],
    );
  });

  it('decodes the arcs in steps of 256, pausing between them, and ends with the same countries', () => {
    const steps = countryShapeSteps(topology);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    assert.equal(pauses, Math.ceil(topology.arcs.length / 256) - 1);
    assert.deepEqual(
      step.value?.map((s) => [s.iso3, s.bbox]),
      shapes.map((s) => [s.iso3, s.bbox]),
    );
  });

  const VIEWS: [RouteId[], number, number][] = [
    [[...ROUTE_IDS], 960, 540],
    [['northern', 'balkan'], 360, 203],
    [['southern'], 800, 600],
    [['balkan'], 960, 720],
  ];
  // Views no route of the data gives: across the antimeridian, over each pole, in the southern
  // hemisphere, and a map small enough that a degree is a pixel or two.
  const line = (...points: [number, number][]) => ({ id: 'x', lines: [points], countries: [] });
  const ELSEWHERE: [string, LayoutInput, number][] = [
    [
      'across the antimeridian',
      { countries: shapes, routes: [line([160, 55], [-170, 65])], width: 640, height: 400, padding: 20 },
      0,
    ],
    [
      'across the antimeridian, westwards',
      { countries: shapes, routes: [line([-165, 60], [165, 50])], width: 400, height: 640, padding: 20 },
      0,
    ],
    [
      // The box the shortest way round: centred on 180°, not on 0° (found by route-map-views.test.ts).
      'across the antimeridian near the equator',
      { countries: shapes, routes: [line([177, -18], [-172, -13])], width: 640, height: 360, padding: 20 },
      0,
    ],
    [
      'over the North Pole',
      { countries: shapes, routes: [line([0, 80], [90, 84], [180, 80])], width: 600, height: 600, padding: 20 },
      0,
    ],
    [
      'over the South Pole',
      { countries: shapes, routes: [line([-60, -62], [120, -75])], width: 600, height: 600, padding: 20 },
      0,
    ],
    [
      'in the southern hemisphere',
      { countries: shapes, routes: [line([18, -34], [31, -26])], width: 640, height: 360, padding: 20 },
      2,
    ],
    [
      // Half the world on a tall map: its corners lie outside the projected globe.
      'along the equator half way round',
      { countries: shapes, routes: [line([-89, 0], [89, 0])], width: 300, height: 900, padding: 10 },
      0,
    ],
    [
      'with a degree for each pixel or two',
      { countries: shapes, routes: [line([-10, 35], [60, 60])], width: 200, height: 120, padding: 8 },
      3,
    ],
  ];
  const cases = [
    ...VIEWS.map(([ids, width, height]) => ({
      name: `draws ${ids.join(' + ')} at ${width} × ${height} where d3-geo's own projection puts it`,
      input: () => inputOf(ids, width, height),
      wholeAtLeast: 5,
    })),
    ...ELSEWHERE.map(([where, input, wholeAtLeast]) => ({
      name: `draws a line ${where} where d3-geo's own projection puts it`,
      input: () => input,
      wholeAtLeast,
    })),
  ];
  for (const { name, input: inputNow, wholeAtLeast } of cases) {
    it(name, () => {
      const input = inputNow();
      const { width, height } = input;
      const layout = layoutMap(input);
      assert.deepEqual([layout.width, layout.height], [width, height]);

      // The reference projection, fitted as documented.
      const ref = referenceOf(input, shapes);
      const { at, centre, lines, near, inFrame } = ref;
      assert.ok(lines.length > 0, 'routes to fit');
      const close = (a: readonly number[], b: readonly number[], tolerance: number, what: string) =>
        assert.ok(
          Math.abs((a[0] ?? NaN) - (b[0] ?? NaN)) <= tolerance && Math.abs((a[1] ?? NaN) - (b[1] ?? NaN)) <= tolerance,
          `${what}: ${a.map((n) => n.toFixed(1)).join(', ')} instead of ${b.map((n) => n.toFixed(1)).join(', ')}`,
        );

      // Every waypoint of every route, and the route lines' ends.
      for (const line of lines)
        for (const ll of line)
          close(layout.project(ll[0] ?? 0, ll[1] ?? 0) ?? [NaN, NaN], at(ll), 0.051, `waypoint ${ll}`);
      for (const [i, r] of layout.routes.entries()) {
        const first = input.routes[i]?.lines[0]?.[0] ?? [0, 0];
        assert.equal(r.id, input.routes[i]?.id);
        close(r.lines[0]?.[0] ?? [NaN, NaN], at(first), 0.051, `the start of route ${r.id}`);
      }
      // The far side of the globe has no place on the map.
      assert.equal(layout.project(centre[0] + 180, -centre[1]), null);

      // Every country with a point in the frame on the near side is drawn, and only those (and dots).
      const drawn = new Map(layout.countries.map((c) => [c.iso3, c]));
      let whole = 0;
      for (const s of shapes) {
        if (!s.iso3) continue;
        const vertices = s.feature().geometry.coordinates.flat(2).filter(near);
        const projected = vertices.map(at);
        // A ring with a point in the frame is drawn unless it is smaller than the path keeps.
        if (shownBy(ref, s)) assert.ok(drawn.has(s.iso3), `${s.iso3} is in the frame but not drawn`);
        const c = drawn.get(s.iso3);
        if (!c || c.dot || vertices.length === 0) continue;
        // A country that runs across an edge of the map is drawn up to that edge (no strip of sea
        // along it): where one of its rings crosses an edge inside the frame, the path reaches it.
        // (Only the edges of a ring between two points on the near side.)
        const crosses = (ring: readonly Position[], axis: 0 | 1, line: number) =>
          ring.some((llA, k) => {
            const llB = ring[k + 1];
            if (!llB || !near(llA) || !near(llB)) return false;
            const [a, b] = [at(llA), at(llB)];
            const [a0 = NaN, a1 = NaN, b0 = NaN, b1 = NaN] = [a[axis], a[1 - axis], b[axis], b[1 - axis]];
            if (a0 < line === b0 < line) return false;
            const other = a1 + ((b1 - a1) * (line - a0)) / (b0 - a0);
            return other >= 0 && other <= (axis ? width : height);
          });
        const rings = s.feature().geometry.coordinates.flat(1);
        const [px0, py0, px1, py1] = pathBox(c.d);
        const edges: [string, 0 | 1, number, boolean][] = [
          ['left', 0, 0, px0 <= 0],
          ['top', 1, 0, py0 <= 0],
          ['right', 0, width, px1 >= width],
          ['bottom', 1, height, py1 >= height],
        ];
        for (const [edge, axis, line, reached] of edges)
          if (rings.some((ring) => crosses(ring, axis, line)))
            assert.ok(reached, `${s.iso3} crosses the ${edge} edge; its path's box is ${pathBox(c.d)}`);
        // A country wholly on the near side and in the frame: its path's box, and its label at the
        // centroid of its mainland's outer ring.
        const all = s.feature().geometry.coordinates.flat(2);
        if (vertices.length !== all.length || !projected.every(inFrame)) continue;
        whole++;
        const box = pathBox(c.d);
        const kept = s
          .feature()
          .geometry.coordinates.flat(1)
          .map((ring) => ring.map(at))
          .filter(keeps)
          .map(rounded);
        const want = boxOfPoints(kept.flat());
        assert.ok(
          box.every((v, k) => Math.abs(v - (want[k] ?? NaN)) <= 0.11),
          `${s.iso3}: path box ${box.map((n) => n.toFixed(1))} instead of ${want.map((n) => n.toFixed(1))}`,
        );
        const ring = (s.mainland().geometry.coordinates[0] ?? []).map(at);
        close([c.x, c.y], centroid(ring), 0.15, `${s.iso3}'s label`);
      }
      assert.ok(whole >= wholeAtLeast, `${whole} countries wholly in the frame were compared`);
    });
  }

  it('prepares a layout in slices, then the model uses it without laying the map out again', async () => {
    let layouts = 0;
    let pauses = 0;
    const counted: MapData = {
      ...data,
      layoutMap: (i) => (layouts++, layoutMap(i)),
      layoutSteps: (i) => layoutSteps(i),
    };
    const options: MapOptions = {
      ids: [...ROUTE_IDS],
      width: 960,
      height: 540,
      locale: 'en',
      priority: false,
      centres: false,
    };
    const cached = mapModelCache();
    // A budget of 0 ms: a pause before the fitting and between every two steps.
    await cached.prepare(counted, options, async () => void pauses++, 0);
    assert.ok(pauses > 100, `${pauses} pauses`);
    const model = cached(counted, options);
    assert.equal(layouts, 0, 'the prepared layout is used');
    assert.deepEqual(
      model.layout.countries.map((c) => c.d),
      layoutMap(inputOf([...ROUTE_IDS], 960, 540)).countries.map((c) => c.d),
    );
    // Prepared already: no pause, no layout.
    const before = pauses;
    await cached.prepare(counted, options, async () => void pauses++, 0);
    assert.equal(pauses, before);
    // Without steps (server rendering): nothing to prepare, the model lays out once.
    const plain = mapModelCache();
    await plain.prepare({ ...counted, layoutSteps: undefined }, options, async () => void pauses++, 0);
    assert.equal(pauses, before);
    plain({ ...counted, layoutSteps: undefined }, options);
    assert.equal(layouts, 1);
  });
});
