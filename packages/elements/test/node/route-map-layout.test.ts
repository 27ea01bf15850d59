// The route map's geometry (geometry.ts) against independent references: the shapes decoded by
// topojson-client itself, and the map drawn with d3-geo's own projection, fitted as the layout's
// doc comment says (azimuthal equal-area, centred on the box of the routes and of the crossed
// countries' mainlands, fitted inside the padding). Where a country is drawn, where its label
// goes, which countries are drawn and where the routes run must agree with them, to the tenth of a
// pixel the layout rounds to.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { geoAzimuthalEqualArea, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ROUTE_IDS, isPartner, type RouteId } from '@pact/schema';
import {
  countryShapeSteps,
  countryShapes,
  layoutMap,
  layoutSteps,
  DOT_RADIUS,
  type CountryShape,
  type LayoutInput,
} from '../../src/route-map/geometry.js';
import { mapModelCache, type MapData, type MapOptions } from '../../src/route-map/map-model.js';
import { isRoute } from '../../src/route-map/model.js';

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

type Box = [number, number, number, number];
const boxOfPoints = (points: Iterable<readonly number[]>): Box => {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = NaN, y = NaN] of points) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return b;
};

/** The box of an SVG path's M and L points. */
const pathBox = (d: string): Box =>
  boxOfPoints([...d.matchAll(/[ML](-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]));

/** Polygons of a decoded shape (topojson-client), as lists of rings. */
const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

/** The planar centroid of a closed ring of pixels (the shoelace formula). */
function centroid(ring: readonly (readonly number[])[]): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[(i + 1) % ring.length] ?? [];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  return [cx / (3 * a), cy / (3 * a)];
}

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
      const crossed = new Set(input.routes.flatMap((r) => r.countries));
      const lines = input.routes.flatMap((r) => r.lines.filter((l) => l.length > 1));
      const fit: Position[] = [...lines.flat(), ...(input.extent ?? [])];
      for (const s of shapes) {
        if (!s.iso3 || !crossed.has(s.iso3)) continue;
        const [x0, y0, x1, y1] = boxOfPoints(s.mainland().geometry.coordinates[0] ?? []);
        if (x1 - x0 > 45 || y1 - y0 > 45) continue;
        const [xm, ym] = [(x0 + x1) / 2, (y0 + y1) / 2];
        fit.push([x0, y0], [xm, y0], [x1, y0], [x1, ym], [x1, y1], [xm, y1], [x0, y1], [x0, ym]);
      }
      assert.ok(lines.length > 0, 'routes to fit');
      const [west, south, east, north] = boxOfPoints(fit);
      const centre: [number, number] = [(west + east) / 2, (south + north) / 2];
      const p = input.padding;
      const ref = geoAzimuthalEqualArea()
        .rotate([-centre[0], -centre[1]])
        .clipAngle(90)
        .precision(0.5)
        .fitExtent(
          [
            [p, p],
            [width - p, height - p],
          ],
          {
            type: 'GeometryCollection',
            geometries: [
              { type: 'MultiLineString', coordinates: lines },
              { type: 'MultiPoint', coordinates: fit },
            ],
          },
        );
      const at = (ll: Position) => ref([ll[0] ?? 0, ll[1] ?? 0]) as [number, number];
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
      const inFrame = (xy: readonly number[]) =>
        (xy[0] ?? -1) >= 0 && (xy[0] ?? -1) <= width && (xy[1] ?? -1) >= 0 && (xy[1] ?? -1) <= height;
      // The rings the path keeps: three points or more once rounded to a tenth of a pixel, and at
      // least a pixel wide and tall together.
      const rounded = (ring: readonly (readonly number[])[]) => {
        const r = ring.map(([x = NaN, y = NaN]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
        return r.filter((q, i) => i === 0 || q[0] !== r[i - 1]?.[0] || q[1] !== r[i - 1]?.[1]);
      };
      const keeps = (ring: readonly (readonly number[])[]) => {
        const r = rounded(ring);
        const [x0, y0, x1, y1] = boxOfPoints(r);
        return r.length > 2 && x1 - x0 + (y1 - y0) >= 1;
      };
      let whole = 0;
      for (const s of shapes) {
        if (!s.iso3) continue;
        const near = (ll: Position) => geoDistance([ll[0] ?? 0, ll[1] ?? 0], centre) < Math.PI / 2 - 0.01;
        const vertices = s.feature().geometry.coordinates.flat(2).filter(near);
        const projected = vertices.map(at);
        // A ring with a point in the frame is drawn unless it is smaller than the path keeps (below).
        const shown = s
          .feature()
          .geometry.coordinates.flat(1)
          .some((ring) => {
            const xy = ring.filter(near).map(at);
            return xy.some(inFrame) && keeps(xy);
          });
        if (shown) assert.ok(drawn.has(s.iso3), `${s.iso3} is in the frame but not drawn`);
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

describe('route map geometry of a topology made by hand', () => {
  // Three arcs in degrees (no transform): a square of 5 points (arc 0) and two triangles of 4.
  const arcs = [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
    [
      [20, 0],
      [22, 0],
      [22, 2],
      [20, 0],
    ],
    [
      [30, 0],
      [32, 0],
      [32, 2],
      [30, 0],
    ],
  ];
  const read = countryShapes({
    type: 'Topology',
    arcs,
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'MultiPolygon', id: 'AAA', arcs: [[[1]], [[0]]] },
          { type: 'Polygon', id: 'ABCD', arcs: [[2]] },
          { type: 'Polygon', id: 'ab1', arcs: [[2]] },
          { type: 'Point', id: 'PPP', coordinates: [0, 0] },
          { type: 'Polygon', id: 'BBB', arcs: [[1]] },
          { type: 'Polygon', id: 'BBB', arcs: [[2]] },
          { type: 'Polygon', id: 'CCC', arcs: [[0, 9]] },
          { type: 'MultiPolygon', id: 'EEE', arcs: [] },
        ],
      },
    },
  }) as CountryShape[];
  const byId = (id: string) => read.find((s) => s.iso3 === id) as CountryShape;

  it('names a country only by a code of three capitals, keeps only areas, and joins the parts of one code', () => {
    assert.deepEqual(
      read.map((s) => s.iso3),
      ['AAA', 'BBB', 'CCC', 'EEE', null, null],
    );
    assert.deepEqual(byId('BBB').polygons, [[[1]], [[2]]]);
  });

  it('takes the polygon with the most points of its outer ring as the mainland, the first of equals', () => {
    assert.equal(byId('AAA').main, 1);
    assert.deepEqual(byId('AAA').bbox, [0, 0, 22, 10]);
    assert.deepEqual(byId('AAA').mainBox, [0, 0, 10, 10]);
    assert.equal(byId('BBB').main, 0);
    assert.deepEqual(byId('BBB').mainBox, [20, 0, 22, 2]);
    const mainland = byId('AAA').mainland();
    assert.equal(mainland.type, 'Feature');
    assert.equal(mainland.geometry.type, 'Polygon');
    assert.deepEqual(mainland.geometry.coordinates, [arcs[0]]);
    // A country without a polygon has no mainland, and no box.
    assert.equal(byId('EEE').mainBox[0], Infinity);
    assert.deepEqual(byId('EEE').mainland().geometry.coordinates, []);
  });

  it('leaves out an arc the topology lacks', () => {
    assert.deepEqual(byId('CCC').bbox, [0, 0, 10, 10]);
    assert.deepEqual(byId('CCC').mainBox, [0, 0, 10, 10]);
  });

  it('decodes a country once, as a feature with its code', () => {
    const aaa = byId('AAA');
    const f = aaa.feature();
    assert.equal(aaa.feature(), f);
    assert.equal(aaa.mainland(), aaa.mainland());
    assert.equal(f.type, 'Feature');
    assert.equal(f.id, 'AAA');
    assert.equal(f.geometry.type, 'MultiPolygon');
    assert.deepEqual(f.geometry.coordinates, [[arcs[1]], [arcs[0]]]);
    assert.equal(read.find((s) => s.iso3 === null)?.feature().id, undefined);
  });

  // A tall country (2° × 50°), and a wide one (45° × 1°) and a tall one (2° × 45°) as large as
  // a country fitted by its box may be, for the fit.
  const fitArcs = [
    [
      [0, 0],
      [2, 0],
      [2, 50],
      [0, 0],
    ],
    [
      [0, 0],
      [45, 0],
      [45, 1],
      [0, 0],
    ],
    [
      [0, 0],
      [2, 0],
      [2, 45],
      [0, 0],
    ],
  ];
  const fitShapes = countryShapes({
    type: 'Topology',
    arcs: fitArcs,
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: 'TAL', arcs: [[0]] },
          { type: 'Polygon', id: 'WID', arcs: [[1]] },
          { type: 'Polygon', id: 'TAE', arcs: [[2]] },
        ],
      },
    },
  }) as CountryShape[];
  const lay = (routes: LayoutInput['routes']) =>
    layoutMap({ countries: fitShapes, routes, width: 400, height: 300, padding: 10 });
  const where = (routes: LayoutInput['routes']) => {
    const map = lay(routes);
    return [map.project(5, 5), map.project(20, 20), map.routes.map((r) => r.lines)];
  };
  const line: [number, number][] = [
    [0, 0],
    [10, 10],
  ];

  it('fits the map to lines of two points or more, not to a lone point or an empty line', () => {
    assert.deepEqual(where([{ id: 'r', lines: [line, [[100, 50]], []], countries: [] }]), [
      ...where([{ id: 'r', lines: [line], countries: [] }]).slice(0, 2),
      [[lay([{ id: 'r', lines: [line], countries: [] }]).routes[0]?.lines[0]]],
    ]);
  });

  it('fits the map to a crossed country’s box unless it spans more than 45° either way, and to Central Asia with no route', () => {
    const plain = where([{ id: 'r', lines: [line], countries: [] }]);
    assert.deepEqual(where([{ id: 'r', lines: [line], countries: ['TAL'] }]), plain);
    assert.notDeepEqual(where([{ id: 'r', lines: [line], countries: ['WID'] }]), plain);
    assert.notDeepEqual(where([{ id: 'r', lines: [line], countries: ['TAE'] }]), plain);
    // Fitted to WID's box and the line (0–45°E, 0–10°N): its ends on the sides' padding.
    const wide = lay([{ id: 'r', lines: [line], countries: ['WID'] }]);
    assert.deepEqual([wide.project(0, 0)?.[0], wide.project(45, 0)?.[0]], [10, 390]);
    // Nothing to fit: 60–75°E, 25–40°N, whose corners are inside the map.
    const none = lay([]);
    for (const [lon, lat] of [
      [60, 25],
      [75, 25],
      [60, 40],
      [75, 40],
    ] as const) {
      const [x = NaN, y = NaN] = none.project(lon, lat) ?? [];
      assert.ok(x >= 9.9 && x <= 390.1 && y >= 9.9 && y <= 290.1, `${lon}, ${lat}: ${x}, ${y}`);
    }
    assert.ok(none.countries.every((c) => !c.d.includes('NaN')));
  });

  it('fits the whole great-circle arc of a line inside the padding, not only its ends', () => {
    // 0–90°E along 50°N: the arc bows away from the straight line between its ends by 5 px at
    // this width; the map is only 4 px tall inside its padding.
    const map = layoutMap({
      countries: fitShapes,
      routes: [
        {
          id: 'r',
          lines: [
            [
              [0, 50],
              [90, 50],
            ],
          ],
          countries: [],
        },
      ],
      width: 400,
      height: 24,
      padding: 10,
    });
    const ys = (map.routes[0]?.lines ?? []).flat().map(([, y]) => y);
    assert.ok(ys.length > 2, 'the arc is resampled');
    assert.ok(Math.min(...ys) >= 9.9 && Math.max(...ys) <= 14.1, `from ${Math.min(...ys)} to ${Math.max(...ys)}`);
  });

  it('draws a country with parts across the globe through the clipping, up to 4 px past the edges', () => {
    // A square of 20° around the map's line, and an islet 180° away: the country's box spans the
    // globe, so it cannot be drawn point by point.
    const ring = (x0: number, y0: number, x1: number, y1: number) => [
      [x0, y0],
      [x0, y1],
      [x1, y1],
      [x1, y0],
      [x0, y0],
    ];
    const wide = countryShapes({
      type: 'Topology',
      arcs: [ring(0, 0, 20, 20), ring(-172, 0, -167, 5)],
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: [{ type: 'MultiPolygon', id: 'BIG', arcs: [[[0]], [[1]]] }],
        },
      },
    }) as CountryShape[];
    const map = layoutMap({
      countries: wide,
      routes: [
        {
          id: 'r',
          lines: [
            [
              [8, 8],
              [12, 12],
            ],
          ],
          countries: [],
        },
      ],
      width: 300,
      height: 200,
      padding: 10,
    });
    assert.deepEqual(
      map.countries.map((c) => [c.iso3, pathBox(c.d), c.x, c.y]),
      [['BIG', [-4, -4, 304, 204], 150, 100]],
      'clipped to the map, its label at the middle of what is shown',
    );
    // The same country on a map of 15–25°: its north-east corner is the map's centre, so only the
    // bottom left quarter is the country, and its label is there, at the middle of that part.
    const corner = layoutMap({
      countries: wide,
      routes: [
        {
          id: 'r',
          lines: [
            [
              [15, 15],
              [25, 25],
            ],
          ],
          countries: [],
        },
      ],
      width: 300,
      height: 200,
      padding: 10,
    });
    const [x0 = NaN, y0 = NaN] = corner.project(0, 0) ?? [];
    const [x1 = NaN, y1 = NaN] = corner.project(20, 20) ?? [];
    assert.ok(x0 < 0 && y0 > 200 && Math.abs(x1 - 150) < 5 && Math.abs(y1 - 100) < 5, `${x0}, ${y0}, ${x1}, ${y1}`);
    const [big] = corner.countries;
    assert.ok(
      big && Math.abs(big.x - (x1 - 4) / 2) < 5 && Math.abs(big.y - (y1 + 204) / 2) < 5,
      `label at ${big?.x}, ${big?.y}`,
    );
  });

  const lineAcross: LayoutInput['routes'] = [
    {
      id: 'r',
      lines: [
        [
          [2, 2],
          [18, 8],
        ],
      ],
      countries: [],
    },
  ];

  it('walks an arc two countries share forwards for one and backwards for the other', () => {
    // W and E share the border at 10°E (arc 0, drawn northwards): W's ring takes it as it is, E's
    // reversed (~0).
    const border = countryShapes({
      type: 'Topology',
      arcs: [
        [
          [10, 0],
          [10, 10],
        ],
        [
          [10, 10],
          [0, 10],
          [0, 0],
          [10, 0],
        ],
        [
          [10, 0],
          [20, 0],
          [20, 10],
          [10, 10],
        ],
      ],
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', id: 'WWW', arcs: [[0, 1]] },
            { type: 'Polygon', id: 'EEE', arcs: [[~0, 2]] },
          ],
        },
      },
    }) as CountryShape[];
    const map = layoutMap({ countries: border, routes: lineAcross, width: 400, height: 300, padding: 10 });
    const at = (lon: number, lat: number) => map.project(lon, lat) ?? [NaN, NaN];
    const points = (d: string) =>
      [...d.matchAll(/[ML](-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    assert.deepEqual(
      map.countries.map((c) => [c.iso3, points(c.d)]),
      [
        ['WWW', [at(10, 0), at(10, 10), at(0, 10), at(0, 0), at(10, 0)]],
        ['EEE', [at(10, 10), at(10, 0), at(20, 0), at(20, 10), at(10, 10)]],
      ],
    );
  });

  it('labels a country whose mainland is not on the map at the middle of the map', () => {
    // Its mainland (the polygon with the most points) is 180° away; a square of it is on the map.
    const far = countryShapes({
      type: 'Topology',
      arcs: [
        [
          [-172, 0],
          [-172, 5],
          [-170, 6],
          [-167, 5],
          [-167, 0],
          [-172, 0],
        ],
        [
          [0, 0],
          [0, 9],
          [9, 9],
          [9, 0],
          [0, 0],
        ],
      ],
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: [{ type: 'MultiPolygon', id: 'FAR', arcs: [[[0]], [[1]]] }],
        },
      },
    }) as CountryShape[];
    assert.equal(far[0]?.main, 0);
    const map = layoutMap({ countries: far, routes: lineAcross, width: 400, height: 300, padding: 10 });
    assert.deepEqual(
      map.countries.map((c) => [c.iso3, c.x, c.y, c.d.length > 0]),
      [['FAR', 200, 150, true]],
    );
  });

  it('puts a dot on a country too small to see only when its centre is on the map', () => {
    const islet = (lon: number, lat: number) => [
      [lon, lat],
      [lon, lat + 0.02],
      [lon + 0.02, lat + 0.02],
      [lon, lat],
    ];
    const places: [string, number, number][] = [
      ['INS', 10, 5],
      // About 10 px off each edge: inside the part of the globe the map shows, 2° around it.
      ['LFT', 1.1, 5],
      ['RGT', 18.9, 5],
      ['TOP', 10, 11.8],
      ['BOT', 10, -1.7],
    ];
    const islets = countryShapes({
      type: 'Topology',
      arcs: places.map(([, lon, lat]) => islet(lon, lat)),
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: places.map(([id], i) => ({ type: 'Polygon', id, arcs: [[i]] })),
        },
      },
    }) as CountryShape[];
    const map = layoutMap({ countries: islets, routes: lineAcross, width: 400, height: 300, padding: 10 });
    // Each outside one is off the map by more than a dot.
    for (const [id, lon, lat] of places.slice(1)) {
      const [x = NaN, y = NaN] = map.project(lon, lat) ?? [];
      assert.ok(
        x < -DOT_RADIUS || x > 400 + DOT_RADIUS || y < -DOT_RADIUS || y > 300 + DOT_RADIUS,
        `${id}: ${x}, ${y}`,
      );
    }
    assert.deepEqual(
      map.countries.map((c) => [c.iso3, c.dot]),
      [['INS', true]],
    );
  });

  it('makes a map too small for its padding as large as the padding and one pixel', () => {
    const map = layoutMap({
      countries: fitShapes,
      routes: [{ id: 'r', lines: [line], countries: [] }],
      width: 0,
      height: 5,
      padding: 10,
    });
    assert.deepEqual([map.width, map.height], [21, 21]);
    assert.deepEqual(map.project(5, 5), [10.5, 10.5]);
  });
});
