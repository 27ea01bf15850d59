// The route map's geometry (geometry.ts) on topologies made by hand: each rule of the decoding, the
// fit and the drawing on a case small enough to know the answer (route-map-layout.test.ts checks the
// same code on the real world against d3-geo).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  countryShapes,
  layoutMap,
  DOT_RADIUS,
  type CountryShape,
  type LayoutInput,
} from '../../src/route-map/geometry.js';

type Box = [number, number, number, number];
/** The box of an SVG path's M and L points. */
const pathBox = (d: string): Box => {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const m of d.matchAll(/[ML](-?[\d.]+)[ ,](-?[\d.]+)/g)) {
    const [x, y] = [Number(m[1]), Number(m[2])];
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return b;
};

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

  it('points at the part on the map of a country whose mainland is not on it', () => {
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
    // Its centre (where its tooltip points) is the centroid of the square as drawn, clipped at the
    // map's left edge: not the middle of the map (200, 150), where it used to be.
    const [c] = map.countries;
    const ring = [...(c?.d ?? '').matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    let [a, cx, cy] = [0, 0, 0];
    ring.slice(1).forEach(([x1 = 0, y1 = 0], i) => {
      const [x0 = 0, y0 = 0] = ring[i] ?? [];
      const f = x0 * y1 - x1 * y0;
      [a, cx, cy] = [a + f, cx + (x0 + x1) * f, cy + (y0 + y1) * f];
    });
    assert.equal(ring.length, 5, c?.d);
    assert.equal(Math.min(...ring.map(([x = 0]) => x)), -4, 'clipped 4 px past the left edge');
    assert.deepEqual(
      [c?.iso3, c?.x, c?.y],
      ['FAR', Math.round((cx / (3 * a)) * 10) / 10, Math.round((cy / (3 * a)) * 10) / 10],
    );
    assert.ok(Math.abs((c?.x ?? 0) - 200) > 50, `${c?.x}: away from the middle`);
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
