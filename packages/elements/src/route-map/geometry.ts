/**
 * The drawing code of `<pact-route-map>` that needs d3-geo and topojson-client, and what is
 * computed from the data (re-exported below). The component imports this module dynamically (`await import('./geometry.js')`), so that pages without a
 * map never load either library. Everything here is pure: data in, plain numbers and SVG path
 * strings out, in the element's CSS pixels.
 *
 * Speed: the world topology has ~240 shapes, of which the map shows about 150. The arcs are
 * decoded once (one pass over the quantized points, which also gives each shape its bounding
 * box); only the shapes whose box meets the visible part of the globe are drawn, and each arc
 * is projected once for the two countries it borders. Shapes that reach the far side of the
 * globe (none in practice) go through topojson-client's `feature` and d3-geo's clipping stream.
 */
import { geoAzimuthalEqualArea, geoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type {
  Feature,
  Geometry,
  GeometryCollection as GeometryCollectionGeo,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import {
  NEAR,
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
  visibleView,
} from './planar.js';
import { runToEnd } from './idle.js';

// What the map computes once its data is there comes with this chunk too (the model, the
// routes' marks and labels, the tooltip's place): the first load carries only the element.
export { focusAnnouncement, mapModelCache } from './map-model.js';
export { drawMap, placeTip, tipAnchor, tipPlacement } from './draw.js';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** One country of the topology: geometries that share an ISO 3166-1 alpha-3 id merged into one. */
export interface CountryShape {
  /** ISO 3166-1 alpha-3 (upper case), or null for a shape without an id (drawn as plain land). */
  iso3: string | null;
  /** Its longitude and latitude extent (west > east never: a shape across 180° spans the world). */
  bbox: BBox;
  /** Its polygons, each a list of rings, each a list of arc indexes (negative: reversed, `~i`). */
  polygons: number[][][];
  /** The index in `polygons` of its largest polygon (by number of points): the mainland. */
  main: number;
  /** The box of its mainland's outer ring. */
  mainBox: BBox;
  /** The shape as GeoJSON (topojson-client's `feature`), decoded on first use. */
  feature(): Feature<MultiPolygon>;
  /** Its mainland as GeoJSON, decoded on first use. */
  mainland(): Feature<Polygon>;
}

/** The decoded arcs of a topology: [lon0, lat0, lon1, lat1, …] each. */
const decodedArcs = new WeakMap<readonly CountryShape[], Float64Array[]>();

/** A route to draw: its lines through the waypoints, and the countries the lines cross. */
export interface RouteInput {
  id: string;
  /** Each line as [longitude, latitude] positions, in order. */
  lines: [number, number][][];
  /** ISO 3166-1 alpha-3 codes of the countries the map is fitted to (the countries crossed). */
  countries: string[];
}

export interface LayoutInput {
  countries: readonly CountryShape[];
  routes: readonly RouteInput[];
  width: number;
  height: number;
  /** Space kept free around the fitted routes, in pixels. */
  padding: number;
  /** More [longitude, latitude] positions the map must show (the centres of a flow set). */
  extent?: readonly [number, number][];
}

export type Point = [number, number];

export interface CountryLayout {
  iso3: string | null;
  /** SVG path, already clipped to the map. */
  d: string;
  /** A country too small for the map, drawn as a dot (and drawn after its neighbours). */
  dot?: true;
  /** Where the country's tooltip points and its label goes: the centroid of its mainland. */
  x: number;
  y: number;
}

export interface RouteLayout {
  id: string;
  /** Projected polylines (great-circle arcs resampled), split where they leave the map. */
  lines: Point[][];
}

export interface MapLayout {
  width: number;
  height: number;
  countries: CountryLayout[];
  routes: RouteLayout[];
  /** A longitude and latitude on the map, or null when the point is on the far side of the globe. */
  project(lon: number, lat: number): Point | null;
}

/**
 * The radius (pixels at zoom 1) of the dot that stands for a country whose mainland is smaller
 * than the dot's diameter on the map (in width or height).
 */
export const DOT_RADIUS = 3;

/** A mainland wider or taller than this (degrees), such as Russia's, counts only by its waypoints when fitting. */
const MAX_FIT_SPAN = 45;

type Area = GeometryObject & { type: 'Polygon' | 'MultiPolygon'; id?: string | number };

/**
 * The countries of a `CountryTopology`, or null when it has no `countries` geometry
 * collection. Cheap: nothing is decoded until a shape is drawn.
 */
export function countryShapes(topology: unknown): CountryShape[] | null {
  return runToEnd(countryShapeSteps(topology));
}

/** {@link countryShapes} in steps: it pauses (yields) every 256 arcs decoded (see `runInSlices`). */
export function* countryShapeSteps(topology: unknown): Generator<void, CountryShape[] | null> {
  const t = topology as Partial<Topology> | null;
  const object = t?.objects?.['countries'] as Partial<GeometryCollection> | undefined;
  if (!t || !Array.isArray(t.arcs) || object?.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
    return null;
  }
  const topo = t as Topology;
  // Absolute coordinates and the box of each arc, from its quantized, delta-encoded points.
  const [sx, sy] = topo.transform?.scale ?? [1, 1];
  const [tx, ty] = topo.transform?.translate ?? [0, 0];
  const arcs: Float64Array[] = [];
  const arcBoxes: BBox[] = [];
  for (const [k, arc] of topo.arcs.entries()) {
    if (k && k % 256 === 0) yield;
    let x = 0;
    let y = 0;
    const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
    const out = new Float64Array(arc.length * 2);
    arc.forEach((p, i) => {
      if (topo.transform) {
        x += p[0] ?? 0;
        y += p[1] ?? 0;
      } else {
        x = p[0] ?? 0;
        y = p[1] ?? 0;
      }
      const lon = x * sx + tx;
      const lat = y * sy + ty;
      out[2 * i] = lon;
      out[2 * i + 1] = lat;
      if (lon < box[0]) box[0] = lon;
      if (lat < box[1]) box[1] = lat;
      if (lon > box[2]) box[2] = lon;
      if (lat > box[3]) box[3] = lat;
    });
    arcs.push(out);
    arcBoxes.push(box);
  }
  const unite = (box: BBox, ring: readonly number[]) => {
    for (const i of ring) {
      const b = arcBoxes[i < 0 ? ~i : i];
      if (!b) continue;
      box[0] = Math.min(box[0], b[0]);
      box[1] = Math.min(box[1], b[1]);
      box[2] = Math.max(box[2], b[2]);
      box[3] = Math.max(box[3], b[3]);
    }
    return box;
  };
  const points = (ring: readonly number[]) => ring.reduce((n, i) => n + (topo.arcs[i < 0 ? ~i : i]?.length ?? 0), 0);

  const groups = new Map<string, Area[]>();
  const loose: Area[][] = [];
  for (const g of object.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const id = typeof g.id === 'string' && /^[A-Z]{3}$/.test(g.id) ? g.id : null;
    if (!id) loose.push([g]);
    else if (groups.has(id)) groups.get(id)!.push(g);
    else groups.set(id, [g]);
  }

  const shape = (iso3: string | null, parts: Area[]): CountryShape => {
    const polygons = parts.flatMap((g) => (g.type === 'Polygon' ? [g.arcs] : g.arcs));
    const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
    let main = 0;
    polygons.forEach((polygon, i) => {
      polygon.forEach((ring) => unite(bbox, ring));
      if (points(polygon[0] ?? []) > points(polygons[main]?.[0] ?? [])) main = i;
    });
    let decoded: Feature<MultiPolygon> | undefined;
    let mainland: Feature<Polygon> | undefined;
    const decode = (): Feature<MultiPolygon> => {
      if (decoded) return decoded;
      const coordinates: Position[][][] = [];
      for (const g of parts) {
        const f = feature(topo, g) as Feature<Geometry>;
        if (f.geometry?.type === 'Polygon') coordinates.push(f.geometry.coordinates);
        else if (f.geometry?.type === 'MultiPolygon') coordinates.push(...f.geometry.coordinates);
      }
      decoded = {
        type: 'Feature',
        id: iso3 ?? undefined,
        properties: {},
        geometry: { type: 'MultiPolygon', coordinates },
      };
      return decoded;
    };
    return {
      iso3,
      bbox,
      polygons,
      main,
      mainBox: unite([Infinity, Infinity, -Infinity, -Infinity], polygons[main]?.[0] ?? []),
      feature: decode,
      mainland() {
        mainland ??= {
          type: 'Feature',
          properties: {},
          geometry: { type: 'Polygon', coordinates: decode().geometry.coordinates[main] ?? [] },
        };
        return mainland;
      },
    };
  };

  const shapes = [...[...groups].map(([id, parts]) => shape(id, parts)), ...loose.map((parts) => shape(null, parts))];
  decodedArcs.set(shapes, arcs);
  return shapes;
}

/**
 * Fits an azimuthal equal-area projection, centred on the routes, to the route lines and the
 * mainland of each country they cross (a mainland larger than {@link MAX_FIT_SPAN} degrees,
 * Russia's, counts only by its waypoints), and projects the visible countries and the routes
 * into `width` × `height` pixels.
 */
export function layoutMap(input: LayoutInput): MapLayout {
  return runToEnd(layoutSteps(input));
}

/**
 * {@link layoutMap} in steps: it pauses (yields) after the projection is fitted and after each
 * country, so that a caller can give the main thread back between them (map-model.ts's
 * `prepare`); the last step returns the layout.
 */
export function* layoutSteps({
  countries,
  routes,
  width,
  height,
  padding,
  extent = [],
}: LayoutInput): Generator<void, MapLayout> {
  const crossed = new Set(routes.flatMap((r) => r.countries));
  // What the map is fitted to: the route lines, and the box of each crossed country's mainland
  // (its corners and the middles of its sides: much cheaper to project than the shape).
  const lines = routes.flatMap((r) => r.lines.filter((l) => l.length > 1));
  const points: Position[] = [...lines.flat(), ...extent];
  for (const c of countries) {
    if (!c.iso3 || !crossed.has(c.iso3)) continue;
    const [x0, y0, x1, y1] = c.mainBox;
    if (x1 - x0 > MAX_FIT_SPAN || y1 - y0 > MAX_FIT_SPAN) continue;
    const xm = (x0 + x1) / 2;
    const ym = (y0 + y1) / 2;
    points.push([x0, y0], [xm, y0], [x1, y0], [x1, ym], [x1, y1], [xm, y1], [x0, y1], [x0, ym]);
  }
  // Nothing to fit (no line, no crossed country): the region the routes start from.
  if (!points.length) points.push([60, 25], [75, 40]);
  // The box the shortest way round: across the antimeridian, west > east (a route from 179° E to
  // 179° W is centred on 180°, not on the far side of the globe).
  const [, south, , north] = boxOf(points);
  const [west, east] = lonRange(points.map((p) => p[0] ?? 0));
  const middle = (west + east + (west > east ? 360 : 0)) / 2;
  const centre: Point = [middle > 180 ? middle - 360 : middle, (south + north) / 2];
  const fitObject: GeometryCollectionGeo = {
    type: 'GeometryCollection',
    geometries: [
      { type: 'MultiLineString', coordinates: lines },
      { type: 'MultiPoint', coordinates: points },
    ],
  };

  const w = Math.max(width, 2 * padding + 1);
  const h = Math.max(height, 2 * padding + 1);
  const projection = geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).clipAngle(90).precision(0.5);
  projection.fitExtent(
    [
      [padding, padding],
      [w - padding, h - padding],
    ],
    fitObject,
  );
  projection.clipExtent([
    [-4, -4],
    [w + 4, h + 4],
  ]);

  // The visible part of the globe (planar.ts), and a country's box against it (margin 2°).
  const view = visibleView(projection, centre, w, h);
  const margin = 2;
  const visible = (b: BBox) =>
    b[1] <= view[3] + margin &&
    b[3] >= view[1] - margin &&
    (b[2] - b[0] >= 359 || lonOverlap(b[0], b[2], view[0] - margin, view[2] + margin));

  // Countries: no resampling (their simplified borders have short edges). A country well inside
  // the visible hemisphere needs no clipping: its points are projected one by one (several times
  // faster than the clipping stream); the others (Russia…) go through d3's clipping path.
  projection.precision(0);
  const near = (lon: number, lat: number) => cosDistance([lon, lat], centre) > NEAR;
  const fastProject = projector(centre, projection.scale(), projection.translate());
  const q = fastProject.out;
  const arcs = decodedArcs.get(countries);
  const projectedArcs = new Map<number, Float64Array>();
  const projectedArc = (i: number): Float64Array => {
    let xy = projectedArcs.get(i);
    if (!xy) {
      const lonLat = arcs?.[i] ?? new Float64Array(0);
      xy = new Float64Array(lonLat.length);
      for (let j = 0; j < lonLat.length; j += 2) {
        fastProject(lonLat[j] ?? 0, lonLat[j + 1] ?? 0);
        xy[j] = q[0] ?? 0;
        xy[j + 1] = q[1] ?? 0;
      }
      projectedArcs.set(i, xy);
    }
    return xy;
  };
  const out: CountryLayout[] = [];
  const dots: CountryLayout[] = [];
  yield;
  for (const c of countries) {
    const b = c.bbox;
    if (!visible(b)) continue;
    yield;
    const lons = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => b[0] + ((b[2] - b[0]) * i) / 8);
    const lats = [0, 1, 2, 3, 4].map((i) => b[1] + ((b[3] - b[1]) * i) / 4);
    const fast = lons.every((lon) => lats.every((lat) => near(lon, lat)));
    const builder = new PathBuilder(w, h);
    const main = new RingStats();
    if (fast && arcs) {
      // Each arc projected once (shared by the two countries it borders), then walked forwards
      // or backwards; arcs of a ring share their end points, so each arc after the first skips
      // its first point.
      const walk = (r: readonly number[], visit: (x: number, y: number) => void) => {
        r.forEach((index, k) => {
          const xy = projectedArc(index < 0 ? ~index : index);
          const n = xy.length / 2;
          for (let j = k ? 1 : 0; j < n; j++) {
            const m = index < 0 ? n - 1 - j : j;
            visit(xy[2 * m] ?? 0, xy[2 * m + 1] ?? 0);
          }
        });
      };
      c.polygons.forEach((polygon, p) =>
        polygon.forEach((r, k) => {
          // The mainland's outer ring gives the centroid and the size too.
          const outer = p === c.main && !k;
          builder.start();
          walk(r, (x, y) => {
            builder.point(x, y);
            if (outer) main.add(x, y);
          });
          builder.end();
        }),
      );
    } else {
      geoStream(c.feature(), projection.stream(polygonSink(builder)));
      const rings: Point[][] = [];
      geoStream(c.mainland(), projection.stream(lineSink(rings)));
      // A mainland on the far side of the globe projects to nothing: then the largest ring drawn
      // (an island, an overseas part) gives the centre, so that its tooltip points at it.
      if (!rings.some((r) => r.length)) geoStream(c.feature(), projection.stream(lineSink(rings)));
      for (const [x, y] of rings.reduce((a, r) => (r.length > a.length ? r : a), [])) main.add(x, y);
    }
    const [x, y] = main.centroid();
    // A country smaller than a dot on the map (Malta, Monaco, San Marino…) gets one at its
    // centre, drawn over its neighbours: visible, and big enough to point at.
    const dot = c.iso3 && main.size < 2 * DOT_RADIUS && x >= 0 && x <= w && y >= 0 && y <= h;
    if (!builder.d && !dot) continue;
    (dot ? dots : out).push({
      iso3: c.iso3,
      d: builder.d + (dot ? dotPath(round(x), round(y), DOT_RADIUS) : ''),
      ...(dot ? { dot: true as const } : {}),
      x: Number.isFinite(x) ? round(x) : w / 2,
      y: Number.isFinite(y) ? round(y) : h / 2,
    });
  }
  out.push(...dots);

  // Routes: great-circle arcs, resampled.
  projection.precision(0.5);
  const routeLayouts: RouteLayout[] = routes.map((r) => {
    const lines: Point[][] = [];
    const sink = projection.stream(lineSink(lines));
    for (const line of r.lines) if (line.length > 1) geoStream({ type: 'LineString', coordinates: line }, sink);
    return { id: r.id, lines: lines.filter((l) => l.length > 1) };
  });

  return {
    width: w,
    height: h,
    countries: out,
    routes: routeLayouts,
    project(lon, lat) {
      if (cosDistance([lon, lat], centre) < 0) return null;
      const p = projection([lon, lat]);
      return p ? [round(p[0]), round(p[1])] : null;
    },
  };
}
