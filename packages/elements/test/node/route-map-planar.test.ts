// The route map's planar helpers (route-map/planar.ts), each with exact answers: the SVG path
// builder (rounding, repeated points, rings under a pixel, runs of points beyond an edge, rings
// beyond one), a ring's centroid and box, the written-out projection against d3's own, and the
// small helpers. (The mutation bench found them judged only through the whole map: bench/README.md.)
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { geoAzimuthalEqualArea, geoBounds } from 'd3-geo';
import {
  PathBuilder,
  RingStats,
  boxOf,
  cosDistance,
  dotPath,
  lineSink,
  lonOverlap,
  lonRange,
  polygonSink,
  projector,
  round,
} from '../../src/route-map/planar.js';

/** The path of rings drawn on a 100 × 100 map. */
function path(...rings: [number, number][][]): string {
  const b = new PathBuilder(100, 100);
  for (const ring of rings) {
    b.start();
    for (const [x, y] of ring) b.point(x, y);
    b.end();
  }
  return b.d;
}

describe('route map path builder', () => {
  it('writes a ring as M, L… and Z, rounded to a tenth, without repeated points', () => {
    assert.equal(
      path([
        [0, 0],
        [10, 0],
        [10, 10],
      ]),
      'M0,0L10,0L10,10Z',
    );
    assert.equal(
      path([
        [0.04, 0],
        [0.01, 0.02],
        [10.06, 0],
        [10.06, 10],
      ]),
      'M0,0L10.1,0L10.1,10Z',
    );
  });

  it('leaves out a ring of two points and a ring under a pixel (width plus height under 1)', () => {
    assert.equal(
      path([
        [0, 0],
        [10, 0],
      ]),
      '',
    );
    assert.equal(
      path([
        [0, 0],
        [0.5, 0],
        [0.5, 0.4],
      ]),
      '',
    );
    assert.equal(
      path([
        [0, 0],
        [0.6, 0],
        [0.6, 0.4],
      ]),
      'M0,0L0.6,0L0.6,0.4Z',
    );
  });

  it('keeps only the first and the last of a run of points beyond one edge', () => {
    // Beyond the left edge (x < -8): (-30,20) goes.
    assert.equal(
      path([
        [10, 10],
        [-20, 10],
        [-30, 20],
        [-40, 30],
        [10, 40],
      ]),
      'M10,10L-20,10L-40,30L10,40Z',
    );
    // Beyond the left and top edges, then the top alone: the run lasts while one edge is shared.
    assert.equal(
      path([
        [10, 10],
        [-20, -20],
        [-30, -30],
        [50, -20],
        [60, -30],
        [60, 50],
      ]),
      'M10,10L-20,-20L60,-30L60,50Z',
    );
    // Left, then left and top, then top alone: the run is the left edge's, so it ends there (a
    // line from (-20,10) straight to (50,-20) would cross the map's corner).
    assert.equal(
      path([
        [10, 10],
        [-20, 10],
        [-30, -20],
        [50, -20],
        [50, 50],
      ]),
      'M10,10L-20,10L-30,-20L50,-20L50,50Z',
    );
    // Left, then right: no edge shared, every point kept.
    assert.equal(
      path([
        [50, 50],
        [-20, 50],
        [120, 60],
        [50, 90],
      ]),
      'M50,50L-20,50L120,60L50,90Z',
    );
    // A run still open at the end of the ring: its last point is written.
    assert.equal(
      path([
        [10, 10],
        [50, 50],
        [-20, 50],
        [-30, 60],
        [-40, 70],
      ]),
      'M10,10L50,50L-20,50L-40,70Z',
    );
    // Beyond the bottom (y > 108) and the right (x > 108).
    assert.equal(
      path([
        [50, 50],
        [50, 120],
        [60, 130],
        [70, 120],
        [120, 60],
        [130, 70],
        [120, 80],
        [50, 80],
      ]),
      'M50,50L50,120L70,120L120,60L120,80L50,80Z',
    );
  });

  it('leaves out a ring wholly beyond one edge, by more than 8 pixels', () => {
    const beyond = (dx: number, dy: number) =>
      path([
        [dx, dy],
        [dx - 10, dy],
        [dx - 10, dy - 10],
      ]);
    assert.equal(beyond(-8, 50), 'M-8,50L-18,50L-18,40Z');
    assert.equal(beyond(-8.1, 50), '');
    // Right: the ring from x 108 to 118 touches the margin; from 118.1, beyond it.
    assert.equal(beyond(118, 50), 'M118,50L108,50L108,40Z');
    assert.equal(beyond(118.1, 50), '');
    // Top and bottom.
    assert.equal(beyond(50, -8), 'M50,-8L40,-8L40,-18Z');
    assert.equal(beyond(50, -8.1), '');
    assert.equal(beyond(50, 118), 'M50,118L40,118L40,108Z');
    assert.equal(beyond(50, 118.1), '');
  });

  it('starts each ring afresh: its first point, its box, its runs', () => {
    const ring: [number, number][] = [
      [10, 10],
      [20, 10],
      [20, 20],
    ];
    // The second ring begins where the first ended: still written from its own first point.
    assert.equal(
      path(ring, [
        [20, 20],
        [30, 20],
        [30, 30],
      ]),
      'M10,10L20,10L20,20ZM20,20L30,20L30,30Z',
    );
    // A ring beyond the left edge after one on the map: left out (its box is its own).
    assert.equal(
      path(ring, [
        [-20, 10],
        [-30, 10],
        [-30, 20],
      ]),
      'M10,10L20,10L20,20Z',
    );
    // A run beyond the left edge at the end of one ring does not carry into the next.
    assert.equal(
      path(
        [
          [10, 10],
          [-20, 10],
          [-30, 20],
        ],
        [
          [-20, 30],
          [-30, 40],
          [10, 40],
        ],
      ),
      'M10,10L-20,10L-30,20ZM-20,30L-30,40L10,40Z',
    );
  });

  it('is a d3 stream: polygonSink hands it rings, lineSink collects rounded lines', () => {
    const b = new PathBuilder(100, 100);
    const sink = polygonSink(b);
    sink.polygonStart?.();
    sink.lineStart?.();
    for (const [x, y] of [
      [1, 1],
      [9, 1],
      [9, 9],
    ])
      sink.point(x!, y!);
    sink.lineEnd?.();
    // A second ring: started afresh by lineStart (M again).
    sink.lineStart?.();
    for (const [x, y] of [
      [20, 20],
      [30, 20],
      [30, 30],
    ])
      sink.point(x!, y!);
    sink.lineEnd?.();
    sink.polygonEnd?.();
    assert.equal(b.d, 'M1,1L9,1L9,9ZM20,20L30,20L30,30Z');
    const lines: [number, number][][] = [];
    const l = lineSink(lines);
    l.lineStart?.();
    l.point(1.04, 2.06);
    l.point(3, 4);
    l.lineEnd?.();
    l.lineStart?.();
    l.point(5, 6);
    assert.deepEqual(lines, [
      [
        [1, 2.1],
        [3, 4],
      ],
      [[5, 6]],
    ]);
  });
});

describe('route map ring statistics', () => {
  const stats = (points: [number, number][]) => {
    const s = new RingStats();
    for (const [x, y] of points) s.add(x, y);
    return s;
  };

  it('a ring’s centroid (either direction), its box and its smaller extent', () => {
    const square: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    assert.deepEqual(stats(square).centroid(), [5, 5]);
    assert.deepEqual(stats([...square].reverse()).centroid(), [5, 5]);
    assert.deepEqual(stats(square).box, [0, 0, 10, 10]);
    const triangle = stats([
      [0, 0],
      [6, 0],
      [0, 3],
    ]);
    assert.deepEqual(triangle.centroid(), [2, 1]);
    assert.equal(triangle.size, 3);
    // Away from the origin, an L shape (a 30 × 10 bar and a 10 × 20 leg): (111, 211), not its box’s centre.
    const l = stats([
      [100, 200],
      [130, 200],
      [130, 210],
      [110, 210],
      [110, 230],
      [100, 230],
    ]);
    const [cx, cy] = l.centroid();
    assert.ok(Math.abs(cx - 111) < 1e-9 && Math.abs(cy - 211) < 1e-9, `${cx},${cy}`);
    assert.deepEqual(l.box, [100, 200, 130, 230]);
    assert.equal(l.size, 30);
  });

  it('a ring of no area gives its first point; no points, NaN and size 0', () => {
    assert.deepEqual(
      stats([
        [3, 4],
        [5, 4],
        [9, 4],
      ]).centroid(),
      [3, 4],
    );
    const empty = new RingStats();
    assert.deepEqual(empty.centroid(), [NaN, NaN]);
    assert.equal(empty.size, 0);
  });
});

describe('route map projection and helpers', () => {
  it('projector() gives what d3’s geoAzimuthalEqualArea gives, for several centres', () => {
    for (const centre of [
      [0, 0],
      [66, 38],
      [-40, -20],
      [150, 70],
    ] as [number, number][]) {
      const d3 = geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).scale(321).translate([400, 250]);
      const p = projector(centre, 321, [400, 250]);
      for (const point of [
        [0, 0],
        [66, 38],
        [12.5, 41.9],
        [-70, 10],
        [100, -35],
        [179, 60],
      ] as [number, number][]) {
        const expected = d3(point)!;
        p(point[0], point[1]);
        assert.ok(
          Math.abs(p.out[0]! - expected[0]) < 1e-6 && Math.abs(p.out[1]! - expected[1]) < 1e-6,
          `${centre} ${point}: ${[...p.out]} against d3's ${expected}`,
        );
      }
    }
  });

  it('cosDistance, boxOf, dotPath, lonOverlap and round', () => {
    const near = (a: number, b: number) => Math.abs(a - b) < 1e-12;
    assert.ok(near(cosDistance([10, 20], [10, 20]), 1));
    assert.ok(near(cosDistance([0, 0], [90, 0]), 0));
    assert.ok(near(cosDistance([0, 0], [0, 90]), 0));
    assert.ok(near(cosDistance([0, 0], [180, 0]), -1));
    assert.ok(near(cosDistance([0, 60], [0, 0]), 0.5));
    // No extreme on the last point (a box that kept the last point instead would pass otherwise).
    assert.deepEqual(
      boxOf([
        [1, 2],
        [0, 5],
        [3, -1],
        [2, 1],
      ]),
      [0, -1, 3, 5],
    );
    assert.equal(dotPath(10, 20, 2), 'M8,20a2,2 0 1,0 4,0a2,2 0 1,0 -4,0Z');
    assert.equal(lonOverlap(10, 20, 30, 40), false);
    // Ranges that touch overlap, either way round.
    assert.equal(lonOverlap(10, 20, 20, 30), true);
    assert.equal(lonOverlap(20, 30, 10, 20), true);
    assert.equal(lonOverlap(30, 40, 10, 20), false);
    // Across ±180°: 170°E to 190°E meets 175°W to 170°W.
    assert.equal(lonOverlap(170, 190, -175, -170), true);
    assert.equal(lonOverlap(-175, -170, 170, 190), true);
    assert.equal(lonOverlap(170, 180, -170, -160), false);
    assert.equal(round(1.25), 1.3);
    assert.equal(round(-1.26), -1.3);
    assert.equal(round(7), 7);
  });

  it('the shortest range of longitudes holding a set of points: d3’s geoBounds, across ±180° too', () => {
    assert.deepEqual(lonRange([10, 30, 20]), [10, 30]);
    assert.deepEqual(lonRange([5]), [5, 5]);
    // Across the antimeridian: from 170° E to 170° W, west > east.
    assert.deepEqual(lonRange([170, -170, 175]), [170, -170]);
    // The largest gap decides, wherever it is among the sorted longitudes.
    assert.deepEqual(lonRange([-150, -100, 60, 100]), [60, -100]);
    assert.deepEqual(lonRange([-100, -60, 90]), [-100, 90]);
    // And against d3 over sets drawn at random (seeded): its bounds of the same points.
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let n = 0; n < 300; n++) {
      const lons = Array.from({ length: 1 + Math.floor(next() * 6) }, () => Math.round(next() * 36000) / 100 - 180);
      const [[west], [east]] = geoBounds({ type: 'MultiPoint', coordinates: lons.map((lon) => [lon, 0]) });
      assert.deepEqual(lonRange(lons), [west, east], lons.join(', '));
    }
  });
});
