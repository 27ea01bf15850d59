// Which countries the route map draws, over many views (issue 22): before projecting, geometry.ts
// keeps only the countries whose box meets the part of the globe the map shows (its `view`, from
// points along the map's edges and the poles). A view computed too narrow drops a country at the
// map's edge. route-map-layout.test.ts checks eleven chosen views; here, views drawn at random
// (a fixed seed, so a failure names a view that fails again) anywhere on the globe, at any size and
// zoom, each against d3-geo's own projection: every country with a ring in the frame is drawn; and
// the view itself against a dense grid of the frame's points: it holds them all (within the
// margin), and nothing the frame does not show (a wider view would only cost time).
import { strict as assert } from 'node:assert';
import { geoDistance, geoStream } from 'd3-geo';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Topology } from 'topojson-specification';
import { countryShapes, layoutMap, type CountryShape, type LayoutInput } from '../../src/route-map/geometry.js';
import { cosDistance, visibleView } from '../../src/route-map/planar.js';
// The seed's own generator (mulberry32): every run draws the same views.
import { mulberry32 as random } from '../../../api/seed/util.js';
import { centroid, referenceOf, shownBy } from './support/route-map-reference.js';

const topology = JSON.parse(
  readFileSync(new URL('../../../api/geo/countries.json', import.meta.url), 'utf8'),
) as Topology;
const shapes = countryShapes(topology) as CountryShape[];

const RANDOM = 48;
const next = random(22);
const between = (lo: number, hi: number) => lo + (hi - lo) * next();
const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

interface View {
  name: string;
  input: LayoutInput;
}
/** A map fitted to a route of one line between two points. */
function viewOf(start: [number, number], end: [number, number], width: number, height: number, padding: number): View {
  return {
    name: `${start.join(', ')} to ${end.join(', ')} at ${width} × ${height}, padding ${padding}`,
    input: { countries: shapes, routes: [{ id: 'x', lines: [[start, end]], countries: [] }], width, height, padding },
  };
}

/** A view drawn at random: anywhere, from half a degree to a hemisphere across, at any size. */
function randomView(): View {
  const lon = between(-180, 180);
  const lat = between(-80, 80);
  // As often small as large (log-uniform).
  const span = Math.exp(between(Math.log(0.5), Math.log(150)));
  const bearing = between(0, 2 * Math.PI);
  const end = [wrap(lon + span * Math.cos(bearing)), Math.max(-89, Math.min(89, lat + span * Math.sin(bearing)))];
  const width = Math.round(between(120, 1000));
  const height = Math.round(between(120, 1000));
  const padding = Math.round(between(0, Math.min(width, height) / 4));
  const fixed = (n: number | undefined) => Number((n ?? NaN).toFixed(2));
  return viewOf([fixed(lon), fixed(lat)], [fixed(end[0]), fixed(end[1])], width, height, padding);
}

const VIEWS: View[] = [
  // Across the antimeridian, centred just west of it (its eastern edge's longitudes wrap down by
  // 360°) and just east of it (its western edge's wrap up).
  viewOf([172, 0], [-168, 10], 640, 400, 20),
  viewOf([168, 0], [-172, 10], 640, 400, 20),
  // Half the world on a tall map: the South Pole, on the far side of the globe, lies in the frame
  // (the view does not reach to it).
  viewOf([85, 19], [-82, 30], 327, 646, 10),
  // A country only a little of which is in the frame, by its southern edge (Angola's north) and by
  // its western edge (Côte d'Ivoire's east): within 2° of the view's edge, kept by its margin.
  viewOf([12, -6], [14, -5], 524, 389, 10),
  viewOf([11, 7], [-3, -2], 796, 577, 10),
  // Countries drawn through the clipping whose mainland the frame cuts into pieces, the longest not
  // the last: Russia (4, 103, 9 and 43 points), New Zealand (24, 8, 12, 4); Fiji, two of 5 points.
  viewOf([-154, -4], [160, -22], 241, 700, 10),
  viewOf([174, -39], [154, -14], 363, 814, 10),
  viewOf([-176, -16], [-180, -18], 585, 601, 10),
  ...Array.from({ length: RANDOM }, randomView),
];

describe('the route map over many views, most drawn at random', () => {
  it(`draws every country with a ring in the frame, in each of ${VIEWS.length} views`, () => {
    let countries = 0;
    let atAnEdge = 0;
    for (const [i, { name, input }] of VIEWS.entries()) {
      const ref = referenceOf(input, shapes);
      const drawn = new Set(layoutMap(input).countries.map((c) => c.iso3));
      const missing: string[] = [];
      for (const s of shapes) {
        if (!s.iso3 || !shownBy(ref, s)) continue;
        countries++;
        if (!drawn.has(s.iso3)) missing.push(s.iso3);
        // A country that also has a point on the near side outside the frame crosses its edge.
        const outside = s.feature().geometry.coordinates.flat(2).filter(ref.near).map(ref.at);
        if (outside.some((xy) => !ref.inFrame(xy))) atAnEdge++;
      }
      assert.deepEqual(missing, [], `view ${i + 1}, ${name}: in the frame but not drawn`);
    }
    // The views are not all empty sea: countries in the frame, many of them cut by its edges.
    assert.ok(countries > VIEWS.length * 3, `${countries} countries in the frame over ${VIEWS.length} views`);
    assert.ok(atAnEdge > VIEWS.length, `${atAnEdge} countries across an edge of the frame`);
  });
});

type Box = [number, number, number, number];
const grow = (b: Box, lon: number, lat: number) => {
  b[0] = Math.min(b[0], lon);
  b[1] = Math.min(b[1], lat);
  b[2] = Math.max(b[2], lon);
  b[3] = Math.max(b[3], lat);
};

/**
 * The frame's points on a grid of n × n, inverted, in boxes wrapped around the centre as the view
 * is: `near`, those of the hemisphere the map draws (every longitude up to a pole in the frame);
 * `all`, every point that inverts, the far side's too (what the view is made of).
 */
function frameBoxes(input: LayoutInput, n: number) {
  const { projection, centre } = referenceOf(input, shapes);
  const [w, h] = [input.width, input.height];
  const near: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const all: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= n; j++) {
      const ll = projection.invert?.([(w * i) / n, (h * j) / n]);
      if (!ll || !Number.isFinite(ll[0]) || !Number.isFinite(ll[1])) continue;
      let lon = ll[0];
      while (lon - centre[0] > 180) lon -= 360;
      while (centre[0] - lon > 180) lon += 360;
      grow(all, lon, ll[1]);
      if (cosDistance([ll[0], ll[1]], centre) > 0) grow(near, lon, ll[1]);
    }
  for (const lat of [90, -90]) {
    const xy = projection([0, lat]);
    if (!xy || cosDistance([0, lat], centre) <= 0) continue;
    if (xy[0] < 0 || xy[0] > w || xy[1] < 0 || xy[1] > h) continue;
    for (const b of [near, all]) {
      [b[0], b[2]] = [-180, 180];
      b[lat > 0 ? 3 : 1] = lat;
    }
  }
  return { near, all, view: visibleView(projection, centre, w, h) };
}

describe('where a country drawn in part gets its label', () => {
  it(`at the centroid of its mainland (drawn point by point), or of its longest piece the frame keeps (drawn through the clipping), in each of ${VIEWS.length} views`, () => {
    let pieces = 0;
    for (const [i, { name, input }] of VIEWS.entries()) {
      const { projection, at, centre } = referenceOf(input, shapes);
      // As the map clips: 4 px past the frame, every point, each rounded to a tenth of a pixel.
      const clipped = projection.precision(0).clipExtent([
        [-4, -4],
        [input.width + 4, input.height + 4],
      ]);
      for (const c of layoutMap(input).countries) {
        // (Shapes without a country, disputed areas among them, have no label of their own.)
        const s = c.iso3 ? shapes.find((x) => x.iso3 === c.iso3) : undefined;
        if (c.dot || !s) continue;
        // Drawn point by point (well inside the near side): the centroid of its mainland's outer ring.
        const whole = centroid((s.mainland().geometry.coordinates[0] ?? []).map(at));
        // Through the clipping: the longest piece of the mainland on the map, the first of equals.
        const piecesOf = (shape: Parameters<typeof geoStream>[0]) => {
          const rings: number[][][] = [];
          geoStream(
            shape,
            clipped.stream({
              point: (x, y) => rings.at(-1)?.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]),
              lineStart: () => void rings.push([]),
              lineEnd: () => undefined,
              polygonStart: () => undefined,
              polygonEnd: () => undefined,
            }),
          );
          return rings;
        };
        // A mainland off the map (France's, beside French Guiana): the longest piece of the country drawn.
        let rings = piecesOf(s.mainland());
        if (!rings.some((r) => r.length)) rings = piecesOf(s.feature());
        const longest = rings.reduce((a, r) => (r.length > a.length ? r : a), []);
        if (rings.filter((r) => r.length).length > 1) pieces++;
        // Which way it is drawn (geometry.ts): point by point when every point of a 9 × 5 grid over
        // its box lies within 140° of the centre, where the projection is continuous; through d3's
        // clipping otherwise.
        const b = s.bbox;
        const fast = [0, 1, 2, 3, 4, 5, 6, 7, 8].every((i) =>
          [0, 1, 2, 3, 4].every(
            (j) =>
              geoDistance([b[0] + ((b[2] - b[0]) * i) / 8, b[1] + ((b[3] - b[1]) * j) / 4], centre) <
              (140 * Math.PI) / 180,
          ),
        );
        const near = (p: readonly number[]) =>
          Math.abs(c.x - (p[0] ?? NaN)) <= 0.15 && Math.abs(c.y - (p[1] ?? NaN)) <= 0.15;
        assert.ok(
          fast ? near(whole) : longest.length > 0 && near(centroid(longest)),
          `view ${i + 1}, ${name}: ${c.iso3}'s label (drawn ${fast ? 'point by point' : 'through the clipping'}) at ${c.x}, ${c.y}; its mainland's centroid ${whole.map((n) => n.toFixed(1))}, the longest piece's ${centroid(longest).map((n) => n.toFixed(1))}`,
        );
      }
    }
    assert.ok(pieces >= 3, `${pieces} mainlands cut into pieces`);
  });
});

describe('the part of the globe a map shows', () => {
  it(`holds every point of the frame within its 2° margin, and no point off it, in each of ${VIEWS.length} views`, () => {
    const fmt = (b: readonly number[]) => b.map((v) => v.toFixed(2)).join(', ');
    for (const [i, { name, input }] of VIEWS.entries()) {
      const { near, all, view: v } = frameBoxes(input, 96);
      const what = `view ${i + 1}, ${name}: the view is ${fmt(v)}`;
      // It holds every point the map draws: the margin covers what falls between two sampled points of an edge.
      assert.ok(
        v[0] - 2 <= near[0] && v[1] - 2 <= near[1] && v[2] + 2 >= near[2] && v[3] + 2 >= near[3],
        `${what}, the near side's points in the frame ${fmt(near)}: too narrow`,
      );
      // Nothing more: every point it was made of is in the frame.
      const e = 1e-9;
      assert.ok(
        v[0] >= all[0] - e && v[1] >= all[1] - e && v[2] <= all[2] + e && v[3] <= all[3] + e,
        `${what}, the frame's points ${fmt(all)}: wider than the frame`,
      );
    }
  });
});
