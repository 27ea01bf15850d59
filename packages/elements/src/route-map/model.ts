/**
 * What `<pact-route-map>` checks of its input: the API's records and the `routes` attribute.
 * No DOM, no d3 (tested in Node, test/node/route-map-model.test.ts).
 */
import { ROUTE_IDS } from '@pact/schema';
import type { Route, RouteId } from '@pact/sdk';
import { isLocalized } from '../core/data-controller.js';

/** ISO 3166-1 alpha-3 of the origin of the flows shown (Afghanistan). */
export const ORIGIN_ISO3 = 'AFG';

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
