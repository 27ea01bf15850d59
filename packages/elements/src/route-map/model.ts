/**
 * What `<pact-route-map>` checks of its input: the API's records and the `routes` attribute.
 * No DOM, no d3 (tested in Node, test/node/route-map-model.test.ts).
 */
import { ROUTE_IDS } from '@pact/schema';
import { text, type Route, type RouteId } from '@pact/sdk';
import { fallbackLang } from '../core/text-lang.js';
import { routeLabel } from '../core/labels.js';
import { cached } from '../core/format.js';

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

export interface RouteInfo {
  /** A route's id, or a flow line's. */
  id: string;
  name: string;
  /** The route's summary, for its tooltip. */
  summary: string;
}

/**
 * What the opiate routes' legend and caption say, from the routes alone (no outlines, no layout):
 * shown as soon as the routes have arrived, and part of the map's model once it is made.
 */
export interface RoutesKey {
  /** The routes `ids` selects, in the data's order. */
  selected: readonly Route[];
  /** Names and summaries of every route of the data. */
  routes: Map<string, RouteInfo>;
  /** The selected routes' disclaimers (the caption's), each once. */
  disclaimers: string[];
  /** Their language when the data has none in the reader's (English: a `lang` attribute), else undefined. */
  disclaimerLang?: string | undefined;
}

/** The data's name of a route in the reader's language, else the kit's (translated in every catalog). */
export const routeName = (r: Route, locale: string): string =>
  (!fallbackLang(r.name, locale) && text(r.name, locale)) || routeLabel(r.id);

/** The {@link RoutesKey} of the routes `ids` selects, in the reader's language. */
export function routesKey(routes: readonly Route[], ids: readonly RouteId[], locale: string): RoutesKey {
  const selected = routes.filter((r) => ids.includes(r.id));
  return {
    selected,
    routes: new Map(
      routes.map((r) => [r.id, { id: r.id, name: routeName(r, locale), summary: text(r.summary, locale) }]),
    ),
    disclaimers: [...new Set(selected.map((r) => text(r.disclaimer, locale)).filter(Boolean))],
    disclaimerLang: fallbackLang(selected[0]?.disclaimer, locale),
  };
}

/** The map's zoom as a percentage, in the reader's language (in core/format.ts's cache). */
export function formatPercent(locale: string, ratio: number): string {
  return cached(
    `p|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  ).format(ratio);
}
