/**
 * What `<pact-route-map>` needs besides d3: checks of the API's records, the `routes`
 * attribute, zoom and pan arithmetic, and the placement of labels. No DOM, no d3: loaded with
 * the element, tested through it.
 */
import type { Partner, Route, RouteId } from '@pact/sdk';
import { isLocalized } from '../core/data-controller.js';

export const ROUTE_IDS: readonly RouteId[] = ['northern', 'balkan', 'southern'];
export const ORIGIN_ISO3 = 'AFG';
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;
export const ZOOM_STEP = 1.5;

export const isRouteId = (s: string): s is RouteId => (ROUTE_IDS as readonly string[]).includes(s);

const isPoint = (w: unknown): boolean => {
  const p = w as { id?: unknown; lat?: unknown; lon?: unknown } | null;
  return !!p && typeof p.id === 'string' && Number.isFinite(p.lat) && Number.isFinite(p.lon);
};

/** A route with what the map draws: a known id, a name, waypoints with coordinates, paths, countries. */
export function isRoute(r: unknown): r is Route {
  const x = r as Partial<Route> | null;
  return (
    !!x &&
    typeof x.id === 'string' &&
    isRouteId(x.id) &&
    isLocalized(x.name) &&
    Array.isArray(x.waypoints) &&
    x.waypoints.every(isPoint) &&
    Array.isArray(x.paths) &&
    x.paths.every((p) => Array.isArray(p)) &&
    Array.isArray(x.countries) &&
    x.countries.every((c) => typeof c === 'string')
  );
}

/** A partner the map can name: a country with its ISO code, or an organization with its seat. */
export function isPartner(r: unknown): r is Partner {
  const p = r as {
    id?: unknown;
    name?: unknown;
    memberships?: unknown;
    kind?: unknown;
    iso3?: unknown;
    priority?: unknown;
    seat?: { lat?: unknown; lon?: unknown };
  } | null;
  if (!p || typeof p.id !== 'string' || !isLocalized(p.name) || !Array.isArray(p.memberships)) return false;
  if (p.kind === 'country') return typeof p.iso3 === 'string' && !!p.priority;
  if (p.kind === 'organization') return !!p.seat && Number.isFinite(p.seat.lat) && Number.isFinite(p.seat.lon);
  return false;
}

/**
 * The routes an attribute value asks for: every route when the attribute is absent (null);
 * the known ids among its words otherwise (so `routes=""` asks for none).
 */
export function parseRoutes(value: string | null | undefined): { ids: RouteId[]; unknown: string[] } {
  if (value === null || value === undefined) return { ids: [...ROUTE_IDS], unknown: [] };
  const words = value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  const ids = ROUTE_IDS.filter((id) => words.includes(id));
  return { ids, unknown: words.filter((w) => !isRouteId(w)) };
}

/** How far the zoomed map is moved, as fractions of the map's width and height (0 to 1 - zoom). */
export interface Pan {
  x: number;
  y: number;
}

export const clampZoom = (k: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(k * 1000) / 1000 || MIN_ZOOM));

/** Keeps the zoomed map covering the whole view: no empty band at any edge. */
export function clampPan(pan: Pan, k: number): Pan {
  const clamp = (v: number) => Math.round(Math.min(0, Math.max(1 - k, v)) * 10000) / 10000;
  return { x: clamp(pan.x), y: clamp(pan.y) };
}

/**
 * The pan that keeps the map point under `anchor` (fractions of the view) in place while the
 * zoom goes from k0 to k1.
 */
export function zoomAround(pan: Pan, k0: number, k1: number, anchor: [number, number]): Pan {
  const [ax, ay] = anchor;
  return { x: ax - ((ax - pan.x) * k1) / k0, y: ay - ((ay - pan.y) * k1) / k0 };
}

export type LabelSide = 'right' | 'left' | 'above' | 'below';

export interface LabelRequest {
  key: string;
  x: number;
  y: number;
  text: string;
  /** Distance from the point to the text. */
  gap: number;
  /** The sides to try, in order (default right, left, above, below). */
  sides?: readonly LabelSide[];
  /** Placed even when it collides (the origin's label). */
  required?: boolean;
}

export interface PlacedLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy label placement: each label goes right of its point, else left, above or below,
 * wherever it neither overlaps a label already placed or an obstacle nor leaves the map. A
 * label with no free place is left out (its point keeps its tooltip and its line in the text
 * summary and the table), unless it is required. Text width is estimated from `fontSize`.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  width: number,
  height: number,
  fontSize: number,
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const half = fontSize * 0.6;
  for (const r of requests) {
    const tw = r.text.length * fontSize * 0.56 + 4;
    const at: Record<LabelSide, PlacedLabel> = {
      right: { key: r.key, text: r.text, x: r.x + r.gap, y: r.y, anchor: 'start' },
      left: { key: r.key, text: r.text, x: r.x - r.gap, y: r.y, anchor: 'end' },
      above: { key: r.key, text: r.text, x: r.x, y: r.y - r.gap - half, anchor: 'middle' },
      below: { key: r.key, text: r.text, x: r.x, y: r.y + r.gap + half, anchor: 'middle' },
    };
    const candidates = (r.sides ?? (['right', 'left', 'above', 'below'] as const)).map((side) => at[side]);
    const box = (c: PlacedLabel): Box => {
      const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - tw : c.x - tw / 2;
      return { x0, y0: c.y - half, x1: x0 + tw, y1: c.y + half };
    };
    const inside = (b: Box) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= width - 2 && b.y1 <= height - 2;
    const ok = candidates.find((c) => {
      const b = box(c);
      return inside(b) && !taken.some((t) => overlaps(t, b));
    });
    const chosen = ok ?? (r.required ? (candidates.find((c) => inside(box(c))) ?? candidates[0]) : undefined);
    if (!chosen) continue;
    taken.push(box(chosen));
    placed.push(chosen);
  }
  return placed;
}
