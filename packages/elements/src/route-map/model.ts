/**
 * What `<pact-route-map>` checks of its input: the API's records and the `routes` attribute.
 * No DOM, no d3 (tested in Node, test/node/route-map-model.test.ts).
 */
import { ROUTE_IDS } from '@pact/schema';
import type { RouteId } from '@pact/sdk';

/** ISO 3166-1 alpha-3 of the origin of the flows shown (Afghanistan). */
export const ORIGIN_ISO3 = 'AFG';

export { isRoute } from '@pact/schema';

export const isRouteId = (s: string): s is RouteId => (ROUTE_IDS as readonly string[]).includes(s);

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

/** The default shape of the map's box, known before the data: none when no route is asked for. */
export function frameShape(ids: readonly RouteId[], routes?: readonly { id: string }[]): '' | 'wide' | 'empty' {
  if (!ids.length || (routes && !routes.some((r) => ids.includes(r.id as RouteId)))) return 'empty';
  return ids.includes('southern') ? '' : 'wide';
}
