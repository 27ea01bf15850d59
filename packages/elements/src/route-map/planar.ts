/**
 * Planar helpers of the map's layout (geometry.ts): the projection written out for speed, the
 * SVG path builder that drops invisible detail, d3 stream sinks, centroids and boxes. Part of
 * the lazily loaded geometry chunk.
 */
import type { GeoProjection, GeoStream } from 'd3-geo';
import type { Position } from 'geojson';
import type { BBox, Point } from './geometry.js';

export const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Angular distance from the centre (radians) within which a country is drawn without clipping:
 * the azimuthal projection is continuous up to near the antipode, and whatever lies beyond the
 * edges of the map is cut off by the SVG.
 */
export const NEAR = Math.cos((140 * Math.PI) / 180);

export const RADIANS = Math.PI / 180;

/** The cosine of the angular distance between two [longitude, latitude] points. */
export function cosDistance([lon0, lat0]: Point, [lon1, lat1]: Point): number {
  const a = lat0 * RADIANS;
  const b = lat1 * RADIANS;
  return Math.sin(a) * Math.sin(b) + Math.cos(a) * Math.cos(b) * Math.cos((lon1 - lon0) * RADIANS);
}

/** Points further than this (pixels) outside the map are off-screen. */
export const OFF = 8;

/** The planar [west, south, east, north] of positions. */
export function boxOf(points: readonly Position[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of points) {
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return box;
}

/**
 * Builds the SVG path of projected rings, without repeated points or rings smaller than a
 * pixel. Off-screen runs are shortened: of consecutive points beyond the same edge of the map
 * (by more than {@link OFF} pixels), only the first and the last are kept; the straight line
 * between them stays beyond that edge, so what shows on the map is unchanged.
 */
export class PathBuilder {
  d = '';
  #s = '';
  #n = 0;
  #px = NaN;
  #py = NaN;
  #run = 0;
  /** The last of a run of points beyond one edge, not yet emitted. */
  #pending = false;
  #qx = 0;
  #qy = 0;
  #box: BBox = [Infinity, Infinity, -Infinity, -Infinity];

  constructor(
    readonly w: number,
    readonly h: number,
  ) {}

  start(): void {
    this.#s = '';
    this.#n = 0;
    this.#px = this.#py = NaN;
    this.#run = 0;
    this.#pending = false;
    this.#box = [Infinity, Infinity, -Infinity, -Infinity];
  }

  #emit(x: number, y: number): void {
    this.#s += `${this.#n ? 'L' : 'M'}${x},${y}`;
    this.#n++;
    const b = this.#box;
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }

  point(fx: number, fy: number): void {
    const x = round(fx);
    const y = round(fy);
    if (x === this.#px && y === this.#py) return;
    this.#px = x;
    this.#py = y;
    const code = (x < -OFF ? 1 : 0) | (x > this.w + OFF ? 2 : 0) | (y < -OFF ? 4 : 0) | (y > this.h + OFF ? 8 : 0);
    if (this.#n && code & this.#run) {
      this.#run &= code;
      this.#pending = true;
      this.#qx = x;
      this.#qy = y;
      return;
    }
    if (this.#pending) this.#emit(this.#qx, this.#qy);
    this.#pending = false;
    this.#emit(x, y);
    this.#run = code;
  }

  end(): void {
    if (this.#pending) this.#emit(this.#qx, this.#qy);
    const [x0, y0, x1, y1] = this.#box;
    // Left out: rings of under a pixel, and rings wholly beyond one edge.
    const outside = x1 < -OFF || x0 > this.w + OFF || y1 < -OFF || y0 > this.h + OFF;
    if (this.#n > 2 && x1 - x0 + (y1 - y0) >= 1 && !outside) this.d += `${this.#s}Z`;
  }
}

/** A d3 stream that hands the projected rings of polygons to a {@link PathBuilder}. */
export function polygonSink(builder: PathBuilder): GeoStream {
  return {
    point: (x, y) => builder.point(x, y),
    lineStart: () => builder.start(),
    lineEnd: () => builder.end(),
    polygonStart() {},
    polygonEnd() {},
  };
}

/** A d3 stream that collects projected lines (and rings) as point lists. */
export function lineSink(lines: Point[][]): GeoStream {
  let current: Point[] = [];
  return {
    point(x, y) {
      current.push([round(x), round(y)]);
    },
    lineStart() {
      lines.push((current = []));
    },
    lineEnd() {},
    polygonStart() {},
    polygonEnd() {},
  };
}

/** Projects a longitude and latitude into `out` (no array allocated per point). */
export interface Projector {
  (lon: number, lat: number): void;
  readonly out: Float64Array;
}

/**
 * The oblique azimuthal equal-area projection centred on `centre`, as d3's
 * `geoAzimuthalEqualArea().rotate([-λ0, -φ0]).scale(k).translate([tx, ty])` computes it, written
 * out: the countries' thousands of points go through it without d3's stream and its allocations.
 */
export function projector(centre: Point, k: number, [tx, ty]: [number, number]): Projector {
  const l0 = centre[0] * RADIANS;
  const s0 = Math.sin(centre[1] * RADIANS);
  const c0 = Math.cos(centre[1] * RADIANS);
  const out = new Float64Array(2);
  const project = (lon: number, lat: number) => {
    const l = lon * RADIANS - l0;
    const f = lat * RADIANS;
    const cf = Math.cos(f);
    const sf = Math.sin(f);
    const cl = Math.cos(l);
    const r = k * Math.sqrt(2 / (1 + s0 * sf + c0 * cf * cl));
    out[0] = tx + r * cf * Math.sin(l);
    out[1] = ty - r * (c0 * sf - s0 * cf * cl);
  };
  return Object.assign(project, { out });
}

/** A circle as an SVG subpath: two half-circle arcs. */
export function dotPath(x: number, y: number, r: number): string {
  return `M${round(x - r)},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

/**
 * The centroid and the box of a projected ring (the mainland's outer ring), taken point by point
 * as the ring is walked: no array of its points is made.
 */
export class RingStats {
  readonly box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  #n = 0;
  #a = 0;
  #cx = 0;
  #cy = 0;
  #x0 = NaN;
  #y0 = NaN;
  #px = NaN;
  #py = NaN;

  add(x: number, y: number): void {
    if (this.#n) this.#edge(this.#px, this.#py, x, y);
    else [this.#x0, this.#y0] = [x, y];
    this.#px = x;
    this.#py = y;
    this.#n++;
    const b = this.box;
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }

  #edge(x0: number, y0: number, x1: number, y1: number): void {
    const f = x0 * y1 - x1 * y0;
    this.#a += f;
    this.#cx += (x0 + x1) * f;
    this.#cy += (y0 + y1) * f;
  }

  /** Its smaller extent, width or height, in pixels (0 without points). */
  get size(): number {
    return this.#n ? Math.min(this.box[2] - this.box[0], this.box[3] - this.box[1]) : 0;
  }

  /** The centroid (its first point when its area is nil, NaN without points). */
  centroid(): Point {
    const a = this.#a + this.#px * this.#y0 - this.#x0 * this.#py;
    if (!this.#n || Math.abs(a) < 1e-9) return [this.#x0, this.#y0];
    const f = this.#px * this.#y0 - this.#x0 * this.#py;
    return [(this.#cx + (this.#px + this.#x0) * f) / (3 * a), (this.#cy + (this.#py + this.#y0) * f) / (3 * a)];
  }
}

/**
 * The shortest range of longitudes that holds every one given (at least one), as [west, east]:
 * the circle less its largest gap between two of them. Across the antimeridian west > east, as in
 * d3's geoBounds (which would add about 0.9 kB gzip to this chunk for this one use).
 */
export function lonRange(lons: readonly number[]): [number, number] {
  const s = [...lons].sort((a, b) => a - b);
  let [west, east] = [s[0] ?? 0, s.at(-1) ?? 0];
  let gap = west + 360 - east; // the gap across the antimeridian
  for (let i = 1; i < s.length; i++) {
    const [a = 0, b = 0] = [s[i - 1], s[i]];
    if (b - a > gap) [gap, west, east] = [b - a, b, a];
  }
  return [west, east];
}

/** Whether two longitude ranges overlap, allowing for a range past ±180°. */
export function lonOverlap(w0: number, e0: number, w1: number, e1: number): boolean {
  return [-360, 0, 360].some((shift) => w0 + shift <= e1 && w1 <= e0 + shift);
}

/**
 * The part of the globe a map of `w` × `h` pixels shows, as a box of longitudes (around the
 * centre's, so that it may run past ±180) and latitudes: the points along the map's edges
 * (17 on each), and the whole width of longitudes up to a pole in the frame. Sampled, it can fall
 * a little short of the true box between two points: layoutMap adds a margin of 2°. Countries
 * whose box misses it are not projected at all.
 */
export function visibleView(projection: GeoProjection, centre: Point, w: number, h: number): BBox {
  const view: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const edge: Point[] = [];
  for (let i = 0; i <= 16; i++) {
    edge.push([(w * i) / 16, 0], [(w * i) / 16, h], [0, (h * i) / 16], [w, (h * i) / 16]);
  }
  for (const p of edge) {
    const ll = projection.invert?.(p);
    if (!ll || !Number.isFinite(ll[0]) || !Number.isFinite(ll[1])) continue;
    let lon = ll[0];
    if (lon - centre[0] > 180) lon -= 360;
    if (centre[0] - lon > 180) lon += 360;
    view[0] = Math.min(view[0], lon);
    view[1] = Math.min(view[1], ll[1]);
    view[2] = Math.max(view[2], lon);
    view[3] = Math.max(view[3], ll[1]);
  }
  const poleInView = (lat: number) => {
    const p = projection([0, lat]);
    return !!p && cosDistance([0, lat], centre) > 0 && p[0] >= 0 && p[0] <= w && p[1] >= 0 && p[1] <= h;
  };
  if (poleInView(90)) [view[0], view[2], view[3]] = [-180, 180, 90];
  if (poleInView(-90)) [view[0], view[2], view[1]] = [-180, 180, -90];
  return view;
}
