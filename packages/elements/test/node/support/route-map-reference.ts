// The reference the route map's layout is checked against (route-map-layout.test.ts,
// route-map-views.test.ts): d3-geo's own projection, fitted as geometry.ts's doc comment says
// (azimuthal equal-area, centred on the box of the routes and of the crossed countries' mainlands,
// the shortest way round, fitted inside the padding), and which countries it shows in the frame.
import { geoAzimuthalEqualArea, geoBounds, geoDistance, type GeoProjection } from 'd3-geo';
import type { Position } from 'geojson';
import type { CountryShape, LayoutInput } from '../../../src/route-map/geometry.js';

export type Box = [number, number, number, number];

export const boxOfPoints = (points: Iterable<readonly number[]>): Box => {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = NaN, y = NaN] of points) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return b;
};

export interface Reference {
  /** The centre of the fitted box, [lon, lat]. */
  centre: [number, number];
  /** The route lines the map is fitted to (those of two points or more). */
  lines: Position[][];
  projection: GeoProjection;
  /** A position projected to pixels. */
  at: (ll: Position) => [number, number];
  /** On the near side of the globe, a little inside the horizon. */
  near: (ll: Position) => boolean;
  /** In the frame: 0 to width, 0 to height. */
  inFrame: (xy: readonly number[]) => boolean;
}

/** The reference projection of a layout input, fitted as documented. */
export function referenceOf(input: LayoutInput, shapes: readonly CountryShape[]): Reference {
  const { width, height, padding: p } = input;
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
  // The box the shortest way round (across the antimeridian, west > east), and its middle.
  const [[west, south], [east, north]] = geoBounds({ type: 'MultiPoint', coordinates: fit });
  const lon = west <= east ? (west + east) / 2 : (west + east + 360) / 2;
  const centre: [number, number] = [lon > 180 ? lon - 360 : lon, (south + north) / 2];
  const projection = geoAzimuthalEqualArea()
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
  return {
    centre,
    lines,
    projection,
    at: (ll) => projection([ll[0] ?? 0, ll[1] ?? 0]) as [number, number],
    near: (ll) => geoDistance([ll[0] ?? 0, ll[1] ?? 0], centre) < Math.PI / 2 - 0.01,
    inFrame: (xy) => (xy[0] ?? -1) >= 0 && (xy[0] ?? -1) <= width && (xy[1] ?? -1) >= 0 && (xy[1] ?? -1) <= height,
  };
}

/** A ring of pixels rounded to a tenth of a pixel, without repeated points (as the path keeps it). */
export const rounded = (ring: readonly (readonly number[])[]) => {
  const r = ring.map(([x = NaN, y = NaN]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
  return r.filter((q, i) => i === 0 || q[0] !== r[i - 1]?.[0] || q[1] !== r[i - 1]?.[1]);
};

/** The rings the path keeps: three points or more once rounded, and a pixel wide and tall together. */
export const keeps = (ring: readonly (readonly number[])[]) => {
  const r = rounded(ring);
  const [x0, y0, x1, y1] = boxOfPoints(r);
  return r.length > 2 && x1 - x0 + (y1 - y0) >= 1;
};

/**
 * Whether the map must draw this country: one of its rings has a point on the near side in the
 * frame, and is not smaller than the path keeps.
 */
export function shownBy(ref: Reference, s: CountryShape): boolean {
  return s
    .feature()
    .geometry.coordinates.flat(1)
    .some((ring) => {
      const xy = ring.filter(ref.near).map(ref.at);
      return xy.some(ref.inFrame) && keeps(xy);
    });
}

/** The planar centroid of a closed ring of pixels (the shoelace formula). */
export function centroid(ring: readonly (readonly number[])[]): [number, number] {
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
