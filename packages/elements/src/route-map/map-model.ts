/**
 * The map model: everything `<pact-route-map>` shows that follows from its data and options
 * (routes, partners, country shapes, the routes asked for, size, language, highlight, centres),
 * independent of zoom, pan, pointer and focus: the projected layout, the marked countries and
 * their accessible names, the order the keyboard goes through them, the regional centres, the
 * text summary, the legend, the caption and the table rows. Pure: no DOM; the d3 layout function
 * is passed in (it lives in the lazily loaded geometry chunk). Tested in Node
 * (test/node/route-map-model.test.ts). UI strings come from `msg()`, in the language being
 * rendered.
 */
import { cityOf } from '../core/text-lang.js';
import { msg, str } from '@lit/localize';
import {
  text,
  type CountryPartner,
  type FlowSet,
  type OrganizationPartner,
  type Partner,
  type Route,
  type RouteId,
} from '@pact/sdk';
import { countText, type CountForms } from '../core/count.js';
import { collator, formatList, formatNumber } from '../core/format.js';
import type { CountryLayout, CountryShape, LayoutInput, MapLayout, Point } from './geometry.js';
import { KeyedCache, idOf } from './memo.js';
import { runInSlices } from './idle.js';
import { ORIGIN_ISO3, routeName, routesKey, type RouteInfo } from './model.js';
import { deriveFlowModel, flowLayoutInput } from './flow-model.js';
import { centreOn } from './centre.js';

/** Space kept free around the fitted routes, in pixels. */
export const PADDING = 28;

export interface MapData {
  routes: readonly Route[];
  partners: readonly Partner[];
  shapes: readonly CountryShape[];
  /** geometry.ts's `layoutMap` (d3-geo). */
  layoutMap: (input: LayoutInput) => MapLayout;
  /** geometry.ts's `layoutSteps`: the same in steps (for `prepare` of {@link mapModelCache}). */
  layoutSteps?: (input: LayoutInput) => Generator<void, MapLayout>;
  /** A flow set to draw instead of the opiate routes (flows="cocaine"; flow-model.ts). */
  flowSet?: FlowSet;
}

export interface MapOptions {
  /** The routes to draw. */
  ids: readonly RouteId[];
  width: number;
  height: number;
  /** The content's language (names, lists, sorting). */
  locale: string;
  /** Highlight the priority countries. */
  priority: boolean;
  /** Show the regional centres that work on the routes shown. */
  centres: boolean;
  /**
   * The UI strings the model is made with (one of them, as the element has it now): a model made
   * while its language's strings could not be loaded (English) is not reused once they are.
   */
  ui?: string;
}

/** What the map knows of a country it marks. */
export interface CountryInfo {
  iso3: string;
  partner: CountryPartner;
  name: string;
  parisPact: boolean;
  priority: boolean;
  origin: boolean;
  /** Every route of the data that crosses it (not only those shown). */
  routes: RouteId[];
  /** On a route shown. */
  onRoute: boolean;
  /** Origin, Paris Pact partner, Priority country, as they apply. */
  statuses: string[];
  /** "Routes: Northern route", or "Not on the routes shown". */
  routesText: string;
  /** Its accessible name: name, statuses and routes. */
  label: string;
}

export interface Centre {
  org: OrganizationPartner;
  /** Its seat on the map (zoom 1), or null when outside the map. */
  point: Point | null;
  /** "CARICC: Central Asian Regional Information and Coordination Centre, Almaty". */
  label: string;
  /** Its full name in the reader's language. */
  fullName: string;
  /** Its part, when not "Regional centre" (a flow set's information or operational centre). */
  role?: string;
}

export type { RouteInfo };

export interface TableRow {
  route: RouteInfo;
  /** The countries it crosses, in order from the origin. */
  countries: { iso3: string; name: string }[];
}

export interface MapModel {
  /** The content's language. */
  locale: string;
  /** The routes drawn (or a flow set's lines). */
  selected: readonly { id: string }[];
  layout: MapLayout;
  /** Names and summaries of every route of the data (a country lists the routes not shown too). */
  routes: Map<string, RouteInfo>;
  countries: Map<string, CountryInfo>;
  /** Marked countries drawn on the map, in the reader's alphabetical order. */
  order: string[];
  /** Per route shown: its countries drawn on the map, in order from the origin. */
  routeOrder: Map<string, string[]>;
  /** Per route shown: its waypoints on the map (zoom 1). */
  stops: Map<string, Point[]>;
  /** The countries the map does not mark, as one path (far fewer elements to create and paint). */
  land: string;
  /** The dots of the small countries the map does not mark, drawn over the marked ones (San Marino over Italy). */
  landOver?: string;
  /** The marked countries' shapes, in drawing order. */
  marked: CountryLayout[];
  /** The origin's shape (Afghanistan), when drawn. */
  origin: CountryLayout | undefined;
  /** The regional centres that coordinate work on a route shown, when `centres` is on (none otherwise). */
  centres: Centre[];
  /** The text summary for screen readers: the same content as the map, in sentences. */
  summary: string;
  /** The route disclaimers of the caption, each once. */
  disclaimers: string[];
  /** Their language when the data has none in the reader's (English: a `lang` attribute), else undefined. */
  disclaimerLang?: string | undefined;
  table: TableRow[];
  /** The flow set drawn, when it is not the opiate routes (its legend, caption and table are flow-templates.ts's). */
  flowSet?: FlowSet;
  /** The networks and organizations the flow set's source calls on (its table lists them). */
  networks?: OrganizationPartner[];
  /**
   * The flow set's legend, caption, table and keys (flow-templates.ts), given with the model so
   * that they load with the lazily loaded chunk, not with the element.
   */
  flowViews?: FlowViews;
}

export interface FlowViews {
  legend(d: MapModel, hidden: boolean): unknown;
  caption(d: MapModel): unknown;
  table(d: MapModel): unknown;
  keys(): string;
}

/** "3 routes from Afghanistan." for the summary (the kit's one count helper, core/count.ts). */
const ROUTES: CountForms = {
  zero: (count) => msg(str`${count} routes from Afghanistan.`, { id: 'route-map.summary.zero' }),
  one: (count) => msg(str`${count} route from Afghanistan.`, { id: 'route-map.summary.one' }),
  two: (count) => msg(str`${count} routes from Afghanistan.`, { id: 'route-map.summary.two' }),
  few: (count) => msg(str`${count} routes from Afghanistan.`, { id: 'route-map.summary.few' }),
  many: (count) => msg(str`${count} routes from Afghanistan.`, { id: 'route-map.summary.many' }),
  other: (count) => msg(str`${count} routes from Afghanistan.`, { id: 'route-map.summary.other' }),
};

const centreName = (o: OrganizationPartner, locale: string) => `${o.acronym} (${cityOf(o.seat, locale)})`;

/** What the layout (projection and shapes) of the routes `ids` at a size is made from. */
function layoutInputOf(data: MapData, ids: readonly RouteId[], width: number, height: number): LayoutInput {
  const iso3Of = iso3Lookup(data.partners);
  return {
    countries: data.shapes,
    routes: data.routes
      .filter((r) => ids.includes(r.id))
      .map((r) => {
        const points = new Map(r.waypoints.map((p) => [p.id, [p.lon, p.lat] as [number, number]]));
        return {
          id: r.id,
          lines: r.paths
            .map((path) => path.map((id) => points.get(id)).filter((p): p is [number, number] => !!p))
            .filter((l) => l.length > 1),
          // Fitted to the countries the drawn lines cross: those with a waypoint.
          countries: [...new Set(r.waypoints.map((p) => iso3Of(p.country)))],
        };
      }),
    width,
    height,
    padding: PADDING,
  };
}

/** Partner id (or anything else) to ISO 3166-1 alpha-3. */
function iso3Lookup(partners: readonly Partner[]): (id: string) => string {
  const byId = new Map<string, string>();
  for (const p of partners) if (p.kind === 'country') byId.set(p.id, p.iso3);
  return (id) => byId.get(id) ?? id.toUpperCase();
}

/** The model of `data` drawn with `options`, on a layout already computed for them. */
export function deriveMapModel(data: MapData, options: MapOptions, layout: MapLayout): MapModel {
  const { locale } = options;
  const { selected, routes, disclaimers, disclaimerLang } = routesKey(data.routes, options.ids, locale);
  const iso3Of = iso3Lookup(data.partners);
  const routeCountries = (r: Route) => [...new Set(r.countries.map(iso3Of))];
  // (By id: a search of every partner for each name of the summary and the table was 14 ms of the
  // server-rendered map's hydration on a phone.)
  const partnersById = new Map(data.partners.map((p) => [p.id, p]));
  const partnerName = (id: string) => {
    const p = partnersById.get(id);
    return p ? text(p.name, locale) : id.toUpperCase();
  };

  const onShown = new Set(selected.flatMap(routeCountries));
  const routesOf = new Map<string, RouteId[]>();
  for (const r of data.routes) for (const c of routeCountries(r)) routesOf.set(c, [...(routesOf.get(c) ?? []), r.id]);
  const byIso3 = new Map<string, CountryPartner>();
  for (const p of data.partners) if (p.kind === 'country') byIso3.set(p.iso3, p);

  const countries = new Map<string, CountryInfo>();
  for (const c of layout.countries) {
    if (!c.iso3) continue;
    const partner = byIso3.get(c.iso3);
    const parisPact = !!partner?.memberships.some((m) => m.partnership === 'paris-pact' && m.status === 'member');
    const priority = options.priority && partner?.priority.value === true;
    const origin = c.iso3 === ORIGIN_ISO3;
    const onRoute = onShown.has(c.iso3);
    if (!partner || !(parisPact || priority || origin || onRoute)) continue;
    const name = text(partner.name, locale) || c.iso3;
    const statuses: string[] = [];
    if (origin) statuses.push(msg('Origin of the flows shown'));
    if (parisPact) statuses.push(msg('Paris Pact partner'));
    if (priority) statuses.push(msg('Priority country'));
    const crossing = routesOf.get(c.iso3) ?? [];
    const list = formatList(
      locale,
      crossing.map((r) => routes.get(r)?.name ?? r),
    );
    const routesText = crossing.length ? msg(str`Routes: ${list}`) : msg('Not on the routes shown');
    const details = statuses.join(', ');
    const head = details ? msg(str`${name}: ${details}`) : name;
    countries.set(c.iso3, {
      iso3: c.iso3,
      partner,
      name,
      parisPact,
      priority,
      origin,
      routes: crossing,
      onRoute,
      statuses,
      routesText,
      label: `${head}. ${routesText}`,
    });
  }
  const sort = collator(locale);
  const order = [...countries.values()].sort((a, b) => sort.compare(a.name, b.name)).map((c) => c.iso3);

  // Only the centres that work on a route shown: a `coordination` role on it. The centres of the
  // 2011 cocaine Action Plan (flow "transatlantic-cocaine") have none and never appear here.
  const centres: Centre[] = options.centres
    ? data.partners
        .filter(
          (p): p is OrganizationPartner =>
            p.kind === 'organization' &&
            p.routes.some((r) => r.role === 'coordination' && options.ids.includes(r.route)),
        )
        .map((org) => centreOn(org, layout, locale))
    : [];

  // The text summary.
  const summary = [countText(locale, selected.length, ROUTES)];
  for (const r of selected) {
    const route = routeName(r, locale);
    const list = formatList(locale, r.countries.map(partnerName));
    summary.push(msg(str`${route} crosses ${list}.`));
  }
  summary.push(msg('Paris Pact partner countries are shaded.'));
  if (options.priority) {
    const list = formatList(
      locale,
      order.filter((c) => countries.get(c)?.priority).map((c) => countries.get(c)?.name ?? c),
    );
    summary.push(msg(str`Priority countries are highlighted: ${list}.`));
  }
  if (options.centres) {
    const shown = centres.filter((c) => c.point).map((c) => centreName(c.org, locale));
    const outside = centres.filter((c) => !c.point).map((c) => centreName(c.org, locale));
    const inside = formatList(locale, shown);
    const beyond = formatList(locale, outside);
    if (shown.length) summary.push(msg(str`Regional centres: ${inside}.`));
    if (outside.length) summary.push(msg(str`Outside this map: ${beyond}.`));
  }

  return {
    locale,
    selected,
    layout,
    routes,
    countries,
    order,
    routeOrder: new Map(selected.map((r) => [r.id, routeCountries(r).filter((c) => countries.has(c))])),
    stops: new Map(
      selected.map((r) => [r.id, r.waypoints.map((p) => layout.project(p.lon, p.lat)).filter((p): p is Point => !!p)]),
    ),
    land: layout.countries
      .filter((c) => !c.dot && (!c.iso3 || !countries.has(c.iso3)))
      .map((c) => c.d)
      .join(''),
    landOver: layout.countries
      .filter((c) => c.dot && (!c.iso3 || !countries.has(c.iso3)))
      .map((c) => c.d)
      .join(''),
    marked: layout.countries.filter((c) => c.iso3 && countries.has(c.iso3)),
    origin: layout.countries.find((c) => c.iso3 === ORIGIN_ISO3),
    centres,
    summary: summary.join(' '),
    disclaimers,
    disclaimerLang,
    table: selected.map((r) => ({
      route: routes.get(r.id) as RouteInfo,
      countries: r.countries.map((id) => ({ iso3: iso3Of(id), name: partnerName(id) })),
    })),
  };
}

/** A map model cache: the model of `data` with `options` (see {@link mapModelCache}). */
export interface MapModelCache {
  (data: MapData, options: MapOptions): MapModel;
  /**
   * Makes the layout of `data` with `options` ahead of the render, in steps of at most about
   * `budget` milliseconds with `pause()` awaited between them (the main thread given back), when
   * the data has geometry.ts's `layoutSteps`; the model is then made from the cached layout (in
   * the render, with the element's UI strings).
   */
  prepare(data: MapData, options: MapOptions, pause: () => Promise<void>, budget?: number): Promise<void>;
  /** Whether the layout of `data` with `options` is made (cached), so that the model is made without it. */
  laidOut(data: MapData, options: MapOptions): boolean;
  /** What the model of `data` with `options` is made of but its size: equal for two models that differ only in size. */
  made(data: MapData, options: MapOptions): string;
}

/**
 * `deriveMapModel` with its results cached: the layout by data, routes and size (a change of
 * language, highlight or centres keeps it), the model by all of its input. One per element.
 */
export function mapModelCache(size = 4): MapModelCache {
  const layouts = new KeyedCache<MapLayout>(size);
  const models = new KeyedCache<MapModel>(size);
  const keys = ({ ids, width, height, locale, priority, centres, ui }: MapOptions, data: MapData) => {
    const layout = `${idOf(data)}|${ids.join(',')}|${width}x${height}`;
    const made = `${idOf(data)}|${ids.join(',')}|${locale}|${priority}|${centres}|${ui}`;
    return { layout, made, model: `${made}|${width}x${height}` };
  };
  const inputOf = (data: MapData, { ids, width, height }: MapOptions): LayoutInput =>
    data.flowSet
      ? flowLayoutInput(data, data.flowSet, width, height, PADDING)
      : layoutInputOf(data, ids, width, height);
  const model = (data: MapData, options: MapOptions): MapModel => {
    const key = keys(options, data);
    const layout = () => layouts.get(key.layout, () => data.layoutMap(inputOf(data, options)));
    const { flowSet } = data;
    return models.get(key.model, () =>
      flowSet ? deriveFlowModel(data, flowSet, options.locale, layout()) : deriveMapModel(data, options, layout()),
    );
  };
  const prepare = async (data: MapData, options: MapOptions, pause: () => Promise<void>, budget = 8) => {
    const key = keys(options, data).layout;
    if (data.layoutSteps && !layouts.has(key)) {
      // Not in the task that decoded the shapes: the projection's fitting is the first step.
      await pause();
      const layout = await runInSlices(data.layoutSteps(inputOf(data, options)), pause, budget);
      layouts.get(key, () => layout);
    }
  };
  const laidOut = (data: MapData, options: MapOptions) => layouts.has(keys(options, data).layout);
  const made = (data: MapData, options: MapOptions) => keys(options, data).made;
  return Object.assign(model, { prepare, laidOut, made });
}

/**
 * What is announced when a route or a country gets focus: a route and its countries; a country
 * with its place along the route the keyboard goes through; else the country's accessible name.
 */
export function focusAnnouncement(
  d: MapModel,
  t: { kind: 'route'; id: string } | { kind: 'country'; iso3: string },
  along: string | null,
  locale: string,
): string {
  if (t.kind === 'route') {
    const route = d.routes.get(t.id)?.name ?? t.id;
    // A flow line crosses no marked country: its summary says where it goes.
    if (d.flowSet) return `${route}. ${d.routes.get(t.id)?.summary ?? ''}`;
    const list = formatList(
      locale,
      (d.routeOrder.get(t.id) ?? []).map((c) => d.countries.get(c)?.name ?? c),
    );
    return msg(str`${route}: ${list}`);
  }
  const info = d.countries.get(t.iso3);
  if (!info) return '';
  const list = along ? (d.routeOrder.get(along) ?? []) : [];
  const i = list.indexOf(t.iso3);
  if (!along || i < 0) return info.label;
  const route = d.routes.get(along)?.name ?? along;
  const name = info.name;
  const n = formatNumber(locale, i + 1);
  const total = formatNumber(locale, list.length);
  return msg(str`${route}: ${name}, ${n} of ${total}`);
}
