import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import {
  PactSchemaError,
  type CountryPartner,
  type OrganizationPartner,
  type Partner,
  type Route,
  type RouteId,
} from '@pact/sdk';
import { PactElement } from '../core/pact-element.js';
import { PactDataController, keepValid } from '../core/data-controller.js';
import { PactCountrySelectEvent, PactRouteSelectEvent } from '../core/events.js';
import { collator, formatList, formatNumber, formatPercent, pluralCategory } from '../core/format.js';
import { routeLabel } from '../core/labels.js';
import type * as Geometry from './geometry.js';
import type { CountryShape, MapLayout, Point } from './geometry.js';
import {
  MAX_ZOOM,
  MIN_ZOOM,
  ORIGIN_ISO3,
  ZOOM_STEP,
  clampPan,
  clampZoom,
  isPartner,
  isRoute,
  parseRoutes,
  placeLabels,
  zoomAround,
  type Box,
  type LabelRequest,
  type Pan,
  type PlacedLabel,
} from './model.js';
import { routeMapStyles } from './pact-route-map.styles.js';

/**
 * Performance marks (only marks: nothing is measured unless a tool reads them): the routes,
 * topology and partners received (before anything is computed from them), and the map or table
 * painted (after the update, an animation frame and a task). bench/route-map.mjs measures
 * between the two.
 */
export const MARK_RECEIVED = 'pact-route-map:received';
export const MARK_RENDERED = 'pact-route-map:rendered';

const PADDING = 28;
const LABEL_SIZE = 12;
const DEFAULT_SIZE = { w: 800, h: 600 };

interface Loaded {
  routes: Route[];
  partners: Partner[];
  shapes: CountryShape[];
  geometry: typeof Geometry;
}

/** What the map knows of a country it marks. */
interface CountryInfo {
  iso3: string;
  partner: CountryPartner | undefined;
  name: string;
  parisPact: boolean;
  priority: boolean;
  origin: boolean;
  /** Every route of the data that crosses it (not only those shown). */
  routes: RouteId[];
  /** On a route shown. */
  onRoute: boolean;
  /** Its accessible name: name, statuses and routes. */
  label: string;
}

type Target = { kind: 'route'; id: RouteId } | { kind: 'country'; iso3: string } | { kind: 'centre'; id: string };

interface Centre {
  org: OrganizationPartner;
  point: Point | null;
}

interface Derived {
  selected: Route[];
  layout: MapLayout;
  countries: Map<string, CountryInfo>;
  /** Marked countries drawn on the map, in the reader's alphabetical order. */
  order: string[];
  /** Per route shown: its countries drawn on the map, in order from the origin. */
  routeOrder: Map<RouteId, string[]>;
  /** Per route shown: its waypoints on the map (zoom 1). */
  stops: Map<RouteId, Point[]>;
  /** The countries the map does not mark, as one path (far fewer elements to create and paint). */
  land: string;
  /** The marked countries' shapes, in drawing order. */
  marked: MapLayout['countries'];
  centres: Centre[];
}

const keyOf = (t: Target) => (t.kind === 'country' ? `country:${t.iso3}` : `${t.kind}:${t.id}`);
const keyOrNull = (t: Target | null) => (t ? keyOf(t) : null);

function parseKey(key: string | null | undefined): Target | null {
  const [kind, id] = (key ?? '').split(':');
  if (!id) return null;
  if (kind === 'route') return { kind, id: id as RouteId };
  if (kind === 'country') return { kind, iso3: id };
  if (kind === 'centre') return { kind, id };
  return null;
}

/**
 * @tagname pact-route-map
 * @summary An interactive, accessible SVG map of the opiate flows from Afghanistan along the northern, Balkan and southern routes, with the Paris Pact partner countries, priority countries and regional centres.
 *
 * The flows drawn are approximate directions described in words by the sources, not actual
 * trafficking routes: the caption says so in the reader's language. Keyboard: Tab reaches the
 * map (+ and − zoom, arrows pan, 0 resets), each route (arrows then go through its countries in
 * order from Afghanistan, Escape goes back to the route) and the countries (arrows go through
 * them in alphabetical order); Enter or Space selects. A text summary and a table view carry the
 * same content without the map. d3-geo and topojson-client load only when a map is on the page.
 *
 * @slot - Fallback content (for example a static image of the routes and a link): shown until the data arrives, and kept if the script or the API fails.
 *
 * @event pact-route-select - A route was chosen (click, Enter or Space on it, on the map or in the table); `event.detail.route` is the record.
 * @event pact-country-select - A country was chosen; `event.detail.iso3` is its ISO 3166-1 alpha-3 code, `event.detail.partner` its partner record.
 *
 * @csspart base - The figure that holds the whole map.
 * @csspart toolbar - The view and zoom buttons.
 * @csspart view-button - The Map and Table buttons.
 * @csspart zoom-button - The zoom in, zoom out and reset buttons.
 * @csspart frame - The box of the map (its size is kept while loading).
 * @csspart map - The focusable map viewport.
 * @csspart route - A route on the map.
 * @csspart country - A marked country on the map.
 * @csspart centre - A regional centre marker.
 * @csspart tooltip - The tooltip of the country, route or centre under the pointer or in focus.
 * @csspart legend - The legend under the map.
 * @csspart caption - The caption, with the disclaimer.
 * @csspart table - The tables of the table view.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of the error state.
 * @csspart empty - The empty state (no route to show).
 *
 * @cssproperty --pact-font-family - Font of all Pact elements (default: inherited from the page).
 * @cssproperty --pact-font-size - Base font size (default 1rem).
 * @cssproperty --pact-color-text - Text colour, labels and the origin marker.
 * @cssproperty --pact-color-text-muted - Caption text.
 * @cssproperty --pact-color-surface - Tooltip background, halos around lines and labels.
 * @cssproperty --pact-color-surface-alt - Background of states and table headers.
 * @cssproperty --pact-color-border - Borders of the map box, tooltip and tables.
 * @cssproperty --pact-color-primary - Buttons.
 * @cssproperty --pact-color-on-primary - Text on pressed buttons.
 * @cssproperty --pact-color-accent - Outline of priority countries.
 * @cssproperty --pact-color-danger - The error state's mark.
 * @cssproperty --pact-color-focus - Focus rings on the map.
 * @cssproperty --pact-radius - Corner radius.
 * @cssproperty --pact-space - Base spacing.
 * @cssproperty --pact-shadow - Shadow (not used by the map itself).
 * @cssproperty --pact-route-map-aspect-ratio - Width to height of the map box (default 1 with the southern route, which reaches South Africa, else 4 / 3); the box keeps it while loading.
 * @cssproperty --pact-route-map-water-color - Sea colour.
 * @cssproperty --pact-route-map-land-color - Land of countries that are not marked.
 * @cssproperty --pact-route-map-border-color - Country borders.
 * @cssproperty --pact-route-map-partner-color - Fill of Paris Pact partner countries.
 * @cssproperty --pact-route-map-priority-color - Fill of priority countries (highlight="priority").
 * @cssproperty --pact-route-map-priority-border-color - Border of priority countries (default: --pact-color-accent).
 * @cssproperty --pact-route-map-origin-color - Fill of Afghanistan, the origin.
 * @cssproperty --pact-route-map-northern-color - Line of the northern route (keep 3:1 contrast with the land colours).
 * @cssproperty --pact-route-map-balkan-color - Line of the Balkan route.
 * @cssproperty --pact-route-map-southern-color - Line of the southern route.
 * @cssproperty --pact-route-map-northern-dasharray - Pattern of the northern route (default none: solid).
 * @cssproperty --pact-route-map-balkan-dasharray - Pattern of the Balkan route (default 10 5: dashed).
 * @cssproperty --pact-route-map-southern-dasharray - Pattern of the southern route (default 0.5 6.5: dotted).
 * @cssproperty --pact-route-map-route-width - Width of the route lines (default 3px).
 * @cssproperty --pact-route-map-centre-color - Regional centre markers (default: --pact-color-text).
 */
export class PactRouteMap extends PactElement {
  static override styles = [...PactElement.styles, routeMapStyles];

  /** The routes to draw, separated by spaces: northern, balkan, southern (default: all). An empty value draws none. */
  @property() routes: string | null = null;
  /** "priority" highlights the Paris Pact priority countries. */
  @property() highlight: 'priority' | '' = '';
  /** Show the regional centres (organizations of kind regional-centre) at their seat. */
  @property({ type: Boolean }) centres = false;
  /** map (default) or table: the data-table alternative. The reader can switch with the toolbar. */
  @property({ reflect: true }) view: 'map' | 'table' = 'map';
  /** Zoom level, 1 (the whole map) to 8; zooming by the reader changes it. */
  @property({ type: Number }) zoom = 1;
  /** A decorative map: no buttons, nothing focusable, hidden from assistive technologies except its caption. */
  @property({ type: Boolean, reflect: true }) decorative = false;

  @state() private size = { w: 0, h: 0 };
  @state() private pan: Pan = { x: 0, y: 0 };
  @state() private hovered: Target | null = null;
  @state() private focused: Target | null = null;
  @state() private announcement = '';
  @state() private roving = ORIGIN_ISO3;
  @state() private dragging = false;

  #uid = Math.random().toString(36).slice(2, 8);
  #observer: ResizeObserver | undefined;
  #observed: Element | undefined;
  #derived: Derived | undefined;
  #derivedKey = '';
  #derivedFrom: Loaded | undefined;
  /** The route whose countries the arrow keys go through, when one was entered from a route. */
  #navRoute: RouteId | null = null;
  #arrowing = false;
  #zoomFromInside = false;
  #markPending = false;
  #warned = '';
  #drag: { id: number; x: number; y: number; pan: Pan; moved: boolean } | undefined;
  #suppressClick = false;
  /** The pointer over the map, in viewport pixels (the tooltip follows it without a re-render). */
  #pointer: Point | null = null;

  private readonly data = new PactDataController(this, {
    args: () => [] as const,
    task: async (_args, client, signal): Promise<Loaded> => {
      // While the requests are out: the first Intl formatters of a page are slow to create
      // (tens of milliseconds on a cold page), so make them now rather than in the first render.
      const warm = this.locale;
      setTimeout(() => {
        formatList(warm, ['a', 'b']);
        formatNumber(warm, 1);
        collator(warm).compare('a', 'b');
        pluralCategory(warm, 1);
      });
      const [routes, topology, partners, geometry] = await Promise.all([
        client.routes.list({ signal }),
        client.geo.countries({ signal }),
        client.partners.list({ limit: 200 }, { signal }),
        import('./geometry.js'),
      ]);
      performance.mark(MARK_RECEIVED);
      this.#markPending = true;
      const shapes = geometry.countryShapes(topology);
      if (!shapes) {
        throw new PactSchemaError(`${client.baseUrl}/geo/countries`, {
          path: '/objects/countries',
          rule: 'type',
          message: 'must be a TopoJSON GeometryCollection of countries',
        });
      }
      return {
        routes: keepValid(this.localName, routes.data, isRoute, routes.invalid),
        partners: keepValid(this.localName, partners.data, isPartner, partners.invalid),
        shapes,
        geometry,
      };
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#observed) this.#observer?.observe(this.#observed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  private get selectedIds(): RouteId[] {
    const { ids, unknown } = parseRoutes(this.routes);
    const warning = unknown.join(' ');
    if (warning && warning !== this.#warned) {
      console.warn(
        `<${this.localName}> routes="${this.routes}": unknown route ${warning}; use northern, balkan or southern.`,
      );
    }
    this.#warned = warning;
    return ids;
  }

  private get isDecorative(): boolean {
    return this.decorative;
  }

  private get currentView(): 'map' | 'table' {
    return this.view === 'table' && !this.decorative ? 'table' : 'map';
  }

  // ---- size, zoom and pan -------------------------------------------------------------

  private observeFrame(): void {
    const frame = this.renderRoot.querySelector('.frame');
    if (!frame || frame === this.#observed) return;
    this.#observer ??= new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box || this.currentView !== 'map' || box.width < 1 || box.height < 1) return;
      const w = Math.round(box.width);
      const h = Math.round(box.height);
      if (w === this.size.w && h === this.size.h) return;
      this.size = { w, h };
    });
    if (this.#observed) this.#observer.unobserve(this.#observed);
    this.#observed = frame;
    this.#observer.observe(frame);
  }

  /** The map's size in CSS pixels: the frame's content box. */
  private get box(): { w: number; h: number } {
    if (this.size.w > 0) return this.size;
    if (this.#derived) return { w: this.#derived.layout.width, h: this.#derived.layout.height };
    const frame = this.renderRoot.querySelector('.frame');
    const rect = frame?.getBoundingClientRect();
    if (rect && rect.width > 1 && rect.height > 1) {
      const border = frame ? parseFloat(getComputedStyle(frame).borderTopWidth) * 2 || 0 : 0;
      return { w: Math.round(rect.width - border), h: Math.round(rect.height - border) };
    }
    return DEFAULT_SIZE;
  }

  /** Zooms to `k`, keeping the point under `anchor` (viewport pixels; default the centre) in place. */
  private zoomTo(k: number, anchor?: Point): void {
    const next = clampZoom(k);
    const k0 = clampZoom(this.zoom);
    if (next === k0) return;
    const { w, h } = this.box;
    const at: Point = anchor ? [anchor[0] / w, anchor[1] / h] : [0.5, 0.5];
    this.pan = clampPan(zoomAround(this.pan, k0, next, at), next);
    this.#zoomFromInside = true;
    this.zoom = next;
    const percent = formatPercent(this.locale, next);
    this.announce(this.t(() => msg(str`Zoom: ${percent}`)));
  }

  private resetZoom(): void {
    if (clampZoom(this.zoom) === MIN_ZOOM) return;
    this.zoomTo(MIN_ZOOM);
    this.pan = { x: 0, y: 0 };
  }

  /** Moves the map by fractions of its width and height. */
  private panBy(dx: number, dy: number): void {
    this.pan = clampPan({ x: this.pan.x + dx, y: this.pan.y + dy }, clampZoom(this.zoom));
  }

  /** The zoom transform of the countries layer. */
  private get transform(): string {
    const { w, h } = this.box;
    return `translate(${Math.round(this.pan.x * w * 10) / 10} ${Math.round(this.pan.y * h * 10) / 10}) scale(${clampZoom(this.zoom)})`;
  }

  /** Map coordinates (zoom 1) to the viewport. */
  private toView([x, y]: Point): Point {
    const k = clampZoom(this.zoom);
    const { w, h } = this.box;
    return [Math.round((x * k + this.pan.x * w) * 10) / 10, Math.round((y * k + this.pan.y * h) * 10) / 10];
  }

  /** Pans so that a point of the map (zoom 1) is in view, when zoomed in. */
  private reveal(p: Point): void {
    const k = clampZoom(this.zoom);
    if (k === MIN_ZOOM) return;
    const { w, h } = this.box;
    const [x, y] = this.toView(p);
    if (x >= 24 && x <= w - 24 && y >= 24 && y <= h - 24) return;
    this.pan = clampPan({ x: 0.5 - (p[0] * k) / w, y: 0.5 - (p[1] * k) / h }, k);
  }

  // ---- derived data -------------------------------------------------------------------

  private derive(v: Loaded): Derived {
    const { w, h } = this.box;
    const ids = this.selectedIds;
    const key = `${w}x${h}|${ids.join(',')}|${this.locale}|${this.highlight}`;
    if (this.#derived && this.#derivedFrom === v && this.#derivedKey === key) return this.#derived;
    const layoutKey = `${w}x${h}|${ids.join(',')}`;
    const previousLayout =
      this.#derivedFrom === v && this.#derivedKey.startsWith(`${layoutKey}|`) ? this.#derived?.layout : undefined;

    const selected = v.routes.filter((r) => ids.includes(r.id));
    const countryPartners = new Map<string, CountryPartner>();
    for (const p of v.partners) if (p.kind === 'country') countryPartners.set(p.id, p);
    const iso3Of = (id: string) => countryPartners.get(id)?.iso3 ?? id.toUpperCase();
    const routeCountries = (r: Route) => [...new Set(r.countries.map(iso3Of))];

    const layout =
      previousLayout ??
      v.geometry.layoutMap({
        countries: v.shapes,
        routes: selected.map((r) => {
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
        width: w,
        height: h,
        padding: PADDING,
      });

    const onShown = new Set(selected.flatMap(routeCountries));
    const routesOf = new Map<string, RouteId[]>();
    for (const r of v.routes) for (const c of routeCountries(r)) routesOf.set(c, [...(routesOf.get(c) ?? []), r.id]);
    const byIso3 = new Map<string, CountryPartner>();
    for (const p of countryPartners.values()) byIso3.set(p.iso3, p);

    const countries = new Map<string, CountryInfo>();
    for (const c of layout.countries) {
      if (!c.iso3) continue;
      const partner = byIso3.get(c.iso3);
      const parisPact = !!partner?.memberships.some((m) => m.partnership === 'paris-pact' && m.status === 'member');
      const priority = this.highlight === 'priority' && partner?.priority.value === true;
      const origin = c.iso3 === ORIGIN_ISO3;
      const onRoute = onShown.has(c.iso3);
      if (!partner || !(parisPact || priority || origin || onRoute)) continue;
      const info: CountryInfo = {
        iso3: c.iso3,
        partner,
        name: this.client.text(partner.name, this.locale) || c.iso3,
        parisPact,
        priority,
        origin,
        routes: routesOf.get(c.iso3) ?? [],
        onRoute,
        label: '',
      };
      info.label = this.countryLabel(info);
      countries.set(c.iso3, info);
    }
    const sort = collator(this.locale);
    const order = [...countries.values()].sort((a, b) => sort.compare(a.name, b.name)).map((c) => c.iso3);
    const routeOrder = new Map<RouteId, string[]>(
      selected.map((r) => [r.id, routeCountries(r).filter((c) => countries.has(c))]),
    );
    const stops = new Map<RouteId, Point[]>(
      selected.map((r) => [r.id, r.waypoints.map((p) => layout.project(p.lon, p.lat)).filter((p): p is Point => !!p)]),
    );
    const centres = v.partners
      .filter((p): p is OrganizationPartner => p.kind === 'organization' && p.organizationKind === 'regional-centre')
      .map((org) => {
        const point = layout.project(org.seat.lon, org.seat.lat);
        const inside = point && point[0] >= 0 && point[0] <= layout.width && point[1] >= 0 && point[1] <= layout.height;
        return { org, point: inside ? point : null };
      });

    const land = layout.countries
      .filter((c) => !c.iso3 || !countries.has(c.iso3))
      .map((c) => c.d)
      .join('');
    const marked = layout.countries.filter((c) => c.iso3 && countries.has(c.iso3));
    this.#derived = { selected, layout, countries, order, routeOrder, stops, centres, land, marked };
    this.#derivedFrom = v;
    this.#derivedKey = key;
    return this.#derived;
  }

  // ---- lifecycle ----------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('zoom')) {
      // Set from outside (the attribute or the property): zoom around the centre.
      if (!this.#zoomFromInside) {
        const before = changed.get('zoom');
        const k0 = typeof before === 'number' ? clampZoom(before) : MIN_ZOOM;
        this.pan = clampPan(
          zoomAround(k0 === MIN_ZOOM ? { x: 0, y: 0 } : this.pan, k0, clampZoom(this.zoom), [0.5, 0.5]),
          clampZoom(this.zoom),
        );
      }
      this.#zoomFromInside = false;
    }
    if (changed.has('decorative') && this.decorative) {
      this.hovered = null;
      this.focused = null;
    }
  }

  protected override firstUpdated(): void {
    this.observeFrame();
  }

  protected override updated(): void {
    this.observeFrame();
    this.positionTooltip();
    if (this.#markPending && this.data.hasData && this.renderRoot.querySelector('.viewport, .table-scroll')) {
      this.#markPending = false;
      requestAnimationFrame(() => setTimeout(() => performance.mark(MARK_RENDERED)));
    }
  }

  // ---- interaction --------------------------------------------------------------------

  private announce(text: string): void {
    // The same text twice in a row must be announced again.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private focusTarget(t: Target): void {
    const el = this.renderRoot.querySelector<SVGElement>(`[data-key="${keyOf(t)}"]`);
    if (!el) return;
    this.#arrowing = true;
    try {
      el.focus();
    } finally {
      this.#arrowing = false;
    }
  }

  private selectRoute(id: RouteId): void {
    const route = this.data.value?.routes.find((r) => r.id === id);
    if (!route) return;
    this.pact?.selection.set({ route: id });
    // (A variable, not `dispatchEvent(new …(route))`: the manifest analyzer would list an event named "route".)
    const event = new PactRouteSelectEvent(route);
    this.dispatchEvent(event);
  }

  private selectCountry(iso3: string): void {
    const partner =
      this.#derived?.countries.get(iso3)?.partner ??
      this.data.value?.partners.find((p) => p.kind === 'country' && p.iso3 === iso3);
    this.pact?.selection.set({ country: partner?.id ?? iso3.toLowerCase() });
    const event = new PactCountrySelectEvent(iso3, partner);
    this.dispatchEvent(event);
  }

  private targetOf(e: Event): Target | null {
    const el = (e.target as Element | null)?.closest?.('[data-key]');
    return parseKey(el?.getAttribute('data-key'));
  }

  private viewportPoint(e: PointerEvent | WheelEvent | MouseEvent): Point {
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    return [e.clientX - rect.left, e.clientY - rect.top];
  }

  private onPointerMove(e: PointerEvent): void {
    const drag = this.#drag;
    if (drag && drag.id === e.pointerId) {
      const dx = e.clientX - drag.x;
      const dy = e.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) > 4) {
        drag.moved = true;
        this.dragging = true;
        (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
      }
      if (drag.moved) {
        const { w, h } = this.box;
        this.pan = clampPan({ x: drag.pan.x + dx / w, y: drag.pan.y + dy / h }, clampZoom(this.zoom));
        this.hovered = null;
        return;
      }
    }
    if (e.pointerType === 'touch') return;
    const t = this.targetOf(e);
    this.#pointer = t ? this.viewportPoint(e) : null;
    if (keyOrNull(t) !== keyOrNull(this.hovered)) this.hovered = t;
    else this.positionTooltip();
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0 || clampZoom(this.zoom) === MIN_ZOOM) return;
    this.#drag = { id: e.pointerId, x: e.clientX, y: e.clientY, pan: { ...this.pan }, moved: false };
  }

  private onPointerUp(e: PointerEvent): void {
    if (this.#drag?.id !== e.pointerId) return;
    this.#suppressClick = this.#drag.moved;
    this.#drag = undefined;
    this.dragging = false;
  }

  private onWheel(e: WheelEvent): void {
    // Only with Ctrl (or a trackpad pinch, which sets it): a plain wheel scrolls the page.
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    this.zoomTo(clampZoom(this.zoom) * (e.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP), this.viewportPoint(e));
  }

  private onClick(e: MouseEvent): void {
    if (this.#suppressClick) {
      this.#suppressClick = false;
      return;
    }
    const t = this.targetOf(e);
    if (t?.kind === 'route') this.selectRoute(t.id);
    else if (t?.kind === 'country') this.selectCountry(t.iso3);
  }

  private onFocusIn(e: FocusEvent): void {
    const t = this.targetOf(e);
    this.focused = t;
    if (!t) return;
    const d = this.#derived;
    if (t.kind === 'route') {
      this.#navRoute = t.id;
      const names = (d?.routeOrder.get(t.id) ?? []).map((c) => d?.countries.get(c)?.name ?? c);
      const route = this.routeName(t.id);
      const list = formatList(this.locale, names);
      this.announce(this.t(() => msg(str`${route}: ${list}`)));
    } else if (t.kind === 'country') {
      if (!this.#arrowing) this.#navRoute = null;
      this.roving = t.iso3;
      const info = d?.countries.get(t.iso3);
      const shape = d?.layout.countries.find((c) => c.iso3 === t.iso3);
      if (shape) this.reveal([shape.x, shape.y]);
      const list = this.#navRoute ? (d?.routeOrder.get(this.#navRoute) ?? []) : [];
      const i = list.indexOf(t.iso3);
      if (info && this.#navRoute && i >= 0) {
        const route = this.routeName(this.#navRoute);
        const name = info.name;
        const n = formatNumber(this.locale, i + 1);
        const total = formatNumber(this.locale, list.length);
        this.announce(this.t(() => msg(str`${route}: ${name}, ${n} of ${total}`)));
      } else if (info) {
        this.announce(info.label);
      }
    }
  }

  private onFocusOut(e: FocusEvent): void {
    const next = e.relatedTarget as Node | null;
    const viewport = e.currentTarget as HTMLElement;
    if (!next || !viewport.contains(next)) {
      this.focused = null;
    }
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const viewport = e.currentTarget as HTMLElement;
    const t = e.target === viewport ? null : this.targetOf(e);
    const d = this.#derived;
    const done = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    switch (e.key) {
      case '+':
      case '=':
        this.zoomTo(clampZoom(this.zoom) * ZOOM_STEP);
        return done();
      case '-':
      case '_':
        this.zoomTo(clampZoom(this.zoom) / ZOOM_STEP);
        return done();
      case '0':
        this.resetZoom();
        return done();
      case 'Escape':
        if (t?.kind === 'country' && this.#navRoute) {
          this.focusTarget({ kind: 'route', id: this.#navRoute });
          return done();
        }
        if (this.hovered || this.focused) {
          this.hovered = null;
          this.focused = null;
          return done();
        }
        return;
    }
    if (!t) {
      const step = { ArrowLeft: [0.125, 0], ArrowRight: [-0.125, 0], ArrowUp: [0, 0.125], ArrowDown: [0, -0.125] }[
        e.key
      ];
      if (step && e.target === viewport) {
        this.panBy(step[0] ?? 0, step[1] ?? 0);
        return done();
      }
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      if (t.kind === 'route') this.selectRoute(t.id);
      else if (t.kind === 'country') this.selectCountry(t.iso3);
      return done();
    }
    if (!d) return;
    // In a right-to-left page, the left arrow goes forward.
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const next = e.key === forward || e.key === 'ArrowDown';
    const previous = e.key === back || e.key === 'ArrowUp';
    if (!next && !previous && e.key !== 'Home' && e.key !== 'End') return;
    if (t.kind === 'route') {
      const list = d.routeOrder.get(t.id) ?? [];
      const target = e.key === 'End' || previous ? list[list.length - 1] : list[0];
      this.#navRoute = t.id;
      if (target) this.focusTarget({ kind: 'country', iso3: target });
      return done();
    }
    if (t.kind === 'country') {
      const route = this.#navRoute;
      const list = route ? (d.routeOrder.get(route) ?? []) : d.order;
      const i = list.indexOf(t.iso3);
      let target: string | undefined;
      if (e.key === 'Home') target = list[0];
      else if (e.key === 'End') target = list[list.length - 1];
      else if (next) target = list[Math.min(list.length - 1, i + 1)];
      else if (i <= 0 && route) {
        this.focusTarget({ kind: 'route', id: route });
        return done();
      } else target = list[Math.max(0, i - 1)];
      if (target && target !== t.iso3) this.focusTarget({ kind: 'country', iso3: target });
      return done();
    }
  }

  private setView(view: 'map' | 'table'): void {
    if (this.view === view) return;
    this.view = view;
    this.hovered = null;
    this.focused = null;
  }

  // ---- text ---------------------------------------------------------------------------

  private routeName(id: RouteId): string {
    const route = this.data.value?.routes.find((r) => r.id === id);
    return (route && this.client.text(route.name, this.locale)) || this.t(() => routeLabel(id));
  }

  private statuses(c: CountryInfo): string[] {
    const out: string[] = [];
    if (c.origin) out.push(msg('Origin of the flows shown'));
    if (c.parisPact) out.push(msg('Paris Pact partner'));
    if (c.priority) out.push(msg('Priority country'));
    return out;
  }

  private routesText(c: CountryInfo): string {
    if (!c.routes.length) return msg('Not on the routes shown');
    const list = formatList(
      this.locale,
      c.routes.map((r) => this.routeName(r)),
    );
    return msg(str`Routes: ${list}`);
  }

  /** "Tajikistan: Paris Pact partner, Priority country. Routes: Northern route". */
  private countryLabel(c: CountryInfo): string {
    const name = c.name;
    const details = this.statuses(c).join(', ');
    const head = details ? msg(str`${name}: ${details}`) : name;
    return `${head}. ${this.routesText(c)}`;
  }

  private summaryCount(n: number): string {
    const count = formatNumber(this.locale, n);
    switch (pluralCategory(this.locale, n)) {
      case 'one':
        return msg(str`${count} route from Afghanistan.`, { id: 'route-map.summary.one' });
      case 'few':
        return msg(str`${count} routes from Afghanistan.`, { id: 'route-map.summary.few' });
      case 'many':
        return msg(str`${count} routes from Afghanistan.`, { id: 'route-map.summary.many' });
      default:
        return msg(str`${count} routes from Afghanistan.`, { id: 'route-map.summary.other' });
    }
  }

  /** "CARICC: Central Asian Regional Information and Coordination Centre, Almaty". */
  private centreLabel(o: OrganizationPartner): string {
    const name = o.acronym;
    const details = `${this.client.text(o.name, this.locale)}, ${o.seat.city}`;
    return msg(str`${name}: ${details}`);
  }

  private centreName(o: OrganizationPartner): string {
    return `${o.acronym} (${o.seat.city})`;
  }

  /** The text summary for screen readers: the same content as the map, in sentences. */
  private summary(d: Derived): string {
    const parts = [this.summaryCount(d.selected.length)];
    for (const r of d.selected) {
      const route = this.client.text(r.name, this.locale) || routeLabel(r.id);
      const names = r.countries.map((id) => {
        const p = this.data.value?.partners.find((x) => x.id === id);
        return p ? this.client.text(p.name, this.locale) : id.toUpperCase();
      });
      const list = formatList(this.locale, names);
      parts.push(msg(str`${route} crosses ${list}.`));
    }
    parts.push(msg('Paris Pact partner countries are shaded.'));
    if (this.highlight === 'priority') {
      const list = formatList(
        this.locale,
        d.order.filter((c) => d.countries.get(c)?.priority).map((c) => d.countries.get(c)?.name ?? c),
      );
      parts.push(msg(str`Priority countries are highlighted: ${list}.`));
    }
    if (this.centres) {
      const shown = d.centres.filter((c) => c.point).map((c) => this.centreName(c.org));
      const outside = d.centres.filter((c) => !c.point).map((c) => this.centreName(c.org));
      const inside = formatList(this.locale, shown);
      const beyond = formatList(this.locale, outside);
      if (shown.length) parts.push(msg(str`Regional centres: ${inside}.`));
      if (outside.length) parts.push(msg(str`Outside this map: ${beyond}.`));
    }
    return parts.join(' ');
  }

  // ---- rendering ----------------------------------------------------------------------

  protected renderContent() {
    const v = this.data.value;
    const decorative = this.isDecorative;
    const view = this.currentView;
    const d = v && this.selectedIds.length ? this.derive(v) : undefined;
    const hasMap = !!d && d.selected.length > 0;
    return html`<figure class="base" part="base">
      ${
        hasMap && !decorative
          ? this.renderToolbar(view)
          : !v && !decorative && this.frameShape(v) !== 'empty'
            ? // The toolbar's space, kept while the data loads, so that the map does not move down.
              html`<div class="toolbar-space" aria-hidden="true"></div>`
            : nothing
      }
      <div
        class="frame ${view} ${this.frameShape(v)}"
        part="frame"
        aria-hidden=${decorative ? 'true' : nothing}
        ?inert=${decorative}
      >
        ${this.data.render({
          complete: () => (d ? (view === 'table' ? this.renderTable(d) : this.renderMap(d)) : nothing),
          isEmpty: () => !d || d.selected.length === 0,
          empty: () => html`<div class="state empty" part="empty"><p>${msg('No routes to show.')}</p></div>`,
        })}
      </div>
      ${hasMap && view === 'map' ? this.renderLegend(d, decorative) : nothing}
      ${
        hasMap && !decorative
          ? html`<p class="visually-hidden" id="summary-${this.#uid}">${this.summary(d)}</p>
              <p class="visually-hidden" id="keys-${this.#uid}">
                ${msg(
                  'Use + and − to zoom, 0 to reset and the arrow keys to move the map. Tab to a route, then use the arrow keys to go through its countries in order from Afghanistan, and Escape to go back to the route. Press Enter to select.',
                )}
              </p>
              <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`
          : nothing
      }
      ${hasMap ? this.renderCaption(d) : nothing}
    </figure>`;
  }

  /** The default shape of the map's box, known before the data: none when no route is asked for. */
  private frameShape(v: Loaded | undefined): string {
    const ids = this.selectedIds;
    if (!ids.length || (v && !v.routes.some((r) => ids.includes(r.id)))) return 'empty';
    return ids.includes('southern') ? '' : 'wide';
  }

  private renderToolbar(view: 'map' | 'table') {
    const k = clampZoom(this.zoom);
    const zoomButton = (label: string, symbol: string, disabled: boolean, action: () => void) =>
      html`<button
        class="button"
        part="zoom-button"
        type="button"
        aria-label=${label}
        title=${label}
        aria-disabled=${disabled ? 'true' : 'false'}
        @click=${action}
      >
        <span class="zoom-symbol" aria-hidden="true">${symbol}</span>
      </button>`;
    return html`<div class="toolbar" part="toolbar">
      <div class="group" role="group" aria-label=${msg('View')}>
        <button
          class="button"
          part="view-button"
          type="button"
          aria-pressed=${view === 'map' ? 'true' : 'false'}
          @click=${() => this.setView('map')}
        >
          ${msg('Map')}
        </button>
        <button
          class="button"
          part="view-button"
          type="button"
          aria-pressed=${view === 'table' ? 'true' : 'false'}
          @click=${() => this.setView('table')}
        >
          ${msg('Table')}
        </button>
      </div>
      ${
        view === 'map'
          ? html`<div class="group" role="group" aria-label=${msg('Zoom')}>
              ${zoomButton(msg('Zoom in'), '+', k >= MAX_ZOOM, () => this.zoomTo(clampZoom(this.zoom) * ZOOM_STEP))}
              ${zoomButton(msg('Zoom out'), '−', k <= MIN_ZOOM, () => this.zoomTo(clampZoom(this.zoom) / ZOOM_STEP))}
              ${zoomButton(msg('Reset zoom'), '⟲', k <= MIN_ZOOM, () => this.resetZoom())}
            </div>`
          : nothing
      }
    </div>`;
  }

  private activeRoute(): RouteId | null {
    const t = this.hovered ?? this.focused;
    if (t?.kind === 'route') return t.id;
    if (t?.kind === 'country' && !this.hovered && this.#navRoute) return this.#navRoute;
    return null;
  }

  private renderMap(d: Derived) {
    const { width: w, height: h } = d.layout;
    const decorative = this.isDecorative;
    const k = clampZoom(this.zoom);
    const transform = this.transform;
    const active = this.activeRoute();
    const activeCountries = new Set(active ? (d.routeOrder.get(active) ?? []) : []);
    const ring = (t: Target | null, cls: string) => {
      if (t?.kind !== 'country') return nothing;
      const c = d.layout.countries.find((x) => x.iso3 === t.iso3);
      return c ? svg`<path class="ring ${cls}" d=${c.d}></path>` : nothing;
    };
    const focusedCountry = this.focused?.kind === 'country' ? this.focused : null;
    const hoveredCountry =
      this.hovered?.kind === 'country' && this.hovered.iso3 !== focusedCountry?.iso3 ? this.hovered : null;
    const labels = this.labels(d);
    const interactive = !decorative;
    // The countries' one Tab stop: the last country in focus, else Afghanistan.
    const stop = d.countries.has(this.roving) ? this.roving : d.countries.has(ORIGIN_ISO3) ? ORIGIN_ISO3 : d.order[0];

    return html`<div
      class="viewport ${k > MIN_ZOOM ? 'zoomed' : ''} ${this.dragging ? 'dragging' : ''}"
      part="map"
      tabindex=${interactive ? '0' : nothing}
      role=${interactive ? 'group' : nothing}
      aria-label=${interactive ? msg('Route map') : nothing}
      aria-describedby=${interactive ? `summary-${this.#uid} keys-${this.#uid}` : nothing}
      @keydown=${interactive ? this.onKeyDown : nothing}
      @focusin=${interactive ? this.onFocusIn : nothing}
      @focusout=${interactive ? this.onFocusOut : nothing}
      @pointermove=${interactive ? this.onPointerMove : nothing}
      @pointerdown=${interactive ? this.onPointerDown : nothing}
      @pointerup=${interactive ? this.onPointerUp : nothing}
      @pointercancel=${interactive ? this.onPointerUp : nothing}
      @pointerleave=${interactive ? () => (this.hovered = null) : nothing}
      @click=${interactive ? this.onClick : nothing}
      @wheel=${interactive ? this.onWheel : nothing}
    >
      <svg
        class="layer overlay"
        viewBox="0 0 ${w} ${h}"
        role=${interactive ? 'group' : nothing}
        aria-label=${interactive ? msg('Routes') : nothing}
      >
        ${
          focusedCountry || hoveredCountry
            ? svg`<g transform=${transform} aria-hidden="true">
              ${ring(focusedCountry, 'halo')} ${ring(hoveredCountry, 'hover')} ${ring(focusedCountry, 'focus')}
            </g>`
            : nothing
        }
        ${repeat(
          d.layout.routes,
          (r) => r.id,
          (r) => this.renderRoute(r.id as RouteId, r.lines, d.stops.get(r.id as RouteId) ?? [], active, interactive),
        )}
        ${this.renderOrigin(d)} ${this.centres ? this.renderCentres(d, interactive) : nothing}
        <g aria-hidden="true">
          ${labels.map((l) => svg`<text class="label" x=${l.x} y=${l.y} dy="0.35em" text-anchor=${l.anchor}>${l.text}</text>`)}
        </g>
      </svg>
      <svg
        class="layer base"
        viewBox="0 0 ${w} ${h}"
        role=${interactive ? 'group' : nothing}
        aria-label=${interactive ? msg('Countries') : nothing}
      >
        <rect class="water" width=${w} height=${h}></rect>
        <g transform=${transform}>
          <path class="country" d=${d.land}></path>
          ${repeat(
            d.marked,
            (c) => c.iso3,
            (c) => {
              const info = d.countries.get(c.iso3 ?? '');
              if (!info) return nothing;
              const cls = [
                'country',
                info.parisPact ? 'partner' : '',
                info.priority ? 'priority' : '',
                info.origin ? 'origin' : '',
                activeCountries.has(info.iso3) ? 'on-route' : '',
              ].join(' ');
              return svg`<path
              class=${cls}
              part="country"
              d=${c.d}
              data-key=${interactive ? `country:${info.iso3}` : nothing}
              role=${interactive ? 'button' : nothing}
              tabindex=${interactive ? (info.iso3 === stop ? '0' : '-1') : nothing}
              aria-label=${interactive ? info.label : nothing}
            ></path>`;
            },
          )}
        </g>
      </svg>
      ${interactive ? this.renderTooltip(d) : nothing}
    </div>`;
  }

  private renderRoute(id: RouteId, lines: Point[][], waypoints: Point[], active: RouteId | null, interactive: boolean) {
    const shown = lines.map((l) => l.map((p) => this.toView(p)));
    const path = shown.map((l) => `M${l.map((p) => p.join(',')).join('L')}`).join('');
    // An arrowhead at the end of each line: the direction of the flow, without colour.
    const heads = shown
      .map((l) => {
        const [x1, y1] = l[l.length - 1] ?? [0, 0];
        let [x0, y0] = l[l.length - 2] ?? [x1, y1];
        for (let i = l.length - 2; i >= 0 && Math.hypot(x1 - x0, y1 - y0) < 6; i--) [x0, y0] = l[i] ?? [x0, y0];
        const a = Math.atan2(y1 - y0, x1 - x0);
        const s = 11;
        const p = (angle: number, r: number) =>
          `${(x1 + r * Math.cos(angle)).toFixed(1)},${(y1 + r * Math.sin(angle)).toFixed(1)}`;
        return `M${p(a, 3)}L${p(a + 2.7, s)}L${p(a - 2.7, s)}Z`;
      })
      .join('');
    const stops = waypoints.map((p) => this.toView(p));
    const cls = `route ${id} ${active === id ? 'active' : ''} ${active && active !== id ? 'dim' : ''}`;
    return svg`<g
      class=${cls}
      part="route"
      data-key=${interactive ? `route:${id}` : nothing}
      role=${interactive ? 'button' : nothing}
      tabindex=${interactive ? '0' : nothing}
      aria-label=${interactive ? this.routeName(id) : nothing}
    >
      <path class="casing" d=${path}></path>
      <path class="line" d=${path}></path>
      ${stops.map(([x, y]) => svg`<circle class="stop" cx=${x} cy=${y} r="2.5"></circle>`)}
      <path class="head" d=${heads}></path>
      <path class="hit" d=${path}></path>
    </g>`;
  }

  private renderOrigin(d: Derived) {
    const c = d.layout.countries.find((x) => x.iso3 === ORIGIN_ISO3);
    if (!c) return nothing;
    const [x, y] = this.toView([c.x, c.y]);
    // A five-pointed star.
    const star = Array.from({ length: 10 }, (_, i) => {
      const r = i % 2 ? 3.2 : 8;
      const a = (Math.PI / 5) * i - Math.PI / 2;
      return `${(x + r * Math.cos(a)).toFixed(1)},${(y + r * Math.sin(a)).toFixed(1)}`;
    });
    return svg`<path class="origin-marker" aria-hidden="true" d=${`M${star.join('L')}Z`}></path>`;
  }

  private renderCentres(d: Derived, interactive: boolean) {
    return d.centres.map(({ org, point }) => {
      if (!point) return nothing;
      const [x, y] = this.toView(point);
      return svg`<g
        class="centre"
        part="centre"
        data-key=${interactive ? `centre:${org.id}` : nothing}
        role=${interactive ? 'img' : nothing}
        aria-label=${interactive ? this.centreLabel(org) : nothing}
      >
        <rect class="marker" x=${x - 5} y=${y - 5} width="10" height="10" transform=${`rotate(45 ${x} ${y})`}></rect>
      </g>`;
    });
  }

  private labels(d: Derived): PlacedLabel[] {
    const { width: w, height: h } = d.layout;
    const requests: LabelRequest[] = [];
    const obstacles: Box[] = [];
    const origin = d.layout.countries.find((x) => x.iso3 === ORIGIN_ISO3);
    const originInfo = d.countries.get(ORIGIN_ISO3);
    if (origin && originInfo) {
      const [x, y] = this.toView([origin.x, origin.y]);
      obstacles.push({ x0: x - 9, y0: y - 9, x1: x + 9, y1: y + 9 });
      requests.push({
        key: 'origin',
        x,
        y,
        text: originInfo.name,
        gap: 11,
        sides: ['above', 'below', 'left', 'right'] as const,
        required: true,
      });
    }
    // The route lines, sampled every few pixels: labels go beside them when there is room.
    for (const r of d.layout.routes) {
      for (const line of r.lines) {
        let last: Point | undefined;
        for (const p of line) {
          const [x, y] = this.toView(p);
          if (last) {
            const steps = Math.ceil(Math.hypot(x - last[0], y - last[1]) / 6);
            for (let i = 1; i <= steps; i++) {
              const sx = last[0] + ((x - last[0]) * i) / steps;
              const sy = last[1] + ((y - last[1]) * i) / steps;
              obstacles.push({ x0: sx - 2, y0: sy - 2, x1: sx + 2, y1: sy + 2 });
            }
          }
          last = [x, y];
        }
      }
    }
    if (this.centres) {
      for (const { org, point } of d.centres) {
        if (!point) continue;
        const [x, y] = this.toView(point);
        obstacles.push({ x0: x - 7, y0: y - 7, x1: x + 7, y1: y + 7 });
        requests.push({ key: org.id, x, y, text: org.acronym, gap: 10 });
      }
    }
    return placeLabels(requests, w, h, LABEL_SIZE, obstacles);
  }

  private tipFor(d: Derived, t: Target) {
    if (t.kind === 'country') {
      const c = d.countries.get(t.iso3);
      if (!c) return nothing;
      return html`<strong>${c.name}</strong>${this.statuses(c).map((s) => html`<span>${s}</span>`)}
        <span class="muted">${this.routesText(c)}</span>`;
    }
    if (t.kind === 'route') {
      const route = this.data.value?.routes.find((r) => r.id === t.id);
      return html`<strong>${this.routeName(t.id)}</strong
        >${route ? html`<span>${this.client.text(route.summary, this.locale)}</span>` : nothing}`;
    }
    const centre = d.centres.find((c) => c.org.id === t.id);
    if (!centre) return nothing;
    return html`<strong>${centre.org.acronym}</strong><span>${this.client.text(centre.org.name, this.locale)}</span>
      <span class="muted">${msg('Regional centre')} · ${centre.org.seat.city}</span>`;
  }

  private renderTooltip(d: Derived) {
    const t = this.hovered ?? this.focused;
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" ?hidden=${!t}>
      ${t ? this.tipFor(d, t) : nothing}
    </div>`;
  }

  /** Where the tooltip points: the pointer when hovering, else the focused item. */
  private tipAnchor(): Point | null {
    const d = this.#derived;
    if (!d) return null;
    if (this.hovered && this.#pointer) return this.#pointer;
    const t = this.focused;
    if (t?.kind === 'country') {
      const c = d.layout.countries.find((x) => x.iso3 === t.iso3);
      return c ? this.toView([c.x, c.y]) : null;
    }
    if (t?.kind === 'route') {
      const lines = d.layout.routes.find((r) => r.id === t.id)?.lines ?? [];
      const longest = lines.reduce<Point[]>((a, b) => (b.length > a.length ? b : a), []);
      const mid = longest[Math.floor(longest.length / 2)];
      return mid ? this.toView(mid) : null;
    }
    return null;
  }

  /** Places the tooltip with CSSOM (allowed by a strict CSP, unlike style attributes). */
  private positionTooltip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (!tip || !viewport || tip.hidden) return;
    const anchor = this.tipAnchor();
    if (!anchor) {
      tip.hidden = true;
      return;
    }
    const W = viewport.clientWidth;
    const H = viewport.clientHeight;
    const tw = tip.offsetWidth;
    const th = tip.offsetHeight;
    const x = Math.min(Math.max(4, anchor[0] - tw / 2), Math.max(4, W - tw - 4));
    let y = anchor[1] - th - 14;
    if (y < 4) y = Math.min(anchor[1] + 18, Math.max(4, H - th - 4));
    const rtl = getComputedStyle(viewport).direction === 'rtl';
    tip.style.setProperty('translate', `${Math.round(rtl ? x - (W - tw) : x)}px ${Math.round(y)}px`);
  }

  private renderLegend(d: Derived, decorative: boolean) {
    const swatch = (cls: string) =>
      html`<svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">
        <rect class="swatch ${cls}" x="0.5" y="0.5" width="21" height="13" rx="2"></rect>
      </svg>`;
    return html`<ul
      class="legend"
      part="legend"
      aria-label=${msg('Legend')}
      aria-hidden=${decorative ? 'true' : nothing}
    >
      ${d.selected.map(
        (r) =>
          html`<li>
            <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true" class="route ${r.id}">
              <path class="line" d="M2,7L38,7" fill="none"></path>
            </svg>
            ${this.client.text(r.name, this.locale) || routeLabel(r.id)}
          </li>`,
      )}
      <li>${swatch('partner')}${msg('Paris Pact partner')}</li>
      ${this.highlight === 'priority' ? html`<li>${swatch('priority')}${msg('Priority country')}</li>` : nothing}
      <li>
        <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">
          <rect class="swatch origin" x="0.5" y="0.5" width="21" height="13" rx="2"></rect>
          <path
            class="origin-marker"
            d="M11,1.5L12.6,5.3L16.7,5.6L13.6,8.2L14.5,12.2L11,10L7.5,12.2L8.4,8.2L5.3,5.6L9.4,5.3Z"
          ></path>
        </svg>
        ${msg('Origin of the flows shown')}
      </li>
      ${
        this.centres
          ? html`<li>
              <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">
                <rect class="marker" x="6" y="2" width="10" height="10" transform="rotate(45 11 7)"></rect>
              </svg>
              ${msg('Regional centre')}
            </li>`
          : nothing
      }
    </ul>`;
  }

  private renderCaption(d: Derived) {
    const disclaimers = [
      ...new Set(d.selected.map((r) => this.client.text(r.disclaimer, this.locale)).filter(Boolean)),
    ];
    return html`<figcaption class="caption" part="caption">
      <strong>${msg('Opiate flows from Afghanistan: not actual trafficking routes.')}</strong>
      ${disclaimers.map((t) => html`<span>${t}</span>`)}
      <span>${msg('Boundaries and names shown do not imply official endorsement or acceptance.')}</span>
    </figcaption>`;
  }

  private renderTable(d: Derived) {
    const v = this.data.value;
    const name = (id: string) => {
      const p = v?.partners.find((x) => x.id === id);
      return p ? this.client.text(p.name, this.locale) : id.toUpperCase();
    };
    const iso3 = (id: string) => {
      const p = v?.partners.find((x) => x.id === id);
      return p?.kind === 'country' ? p.iso3 : id.toUpperCase();
    };
    return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${msg('Routes table')}>
      <table part="table">
        <thead>
          <tr>
            <th scope="col">${msg('Route')}</th>
            <th scope="col">${msg('Countries, in order from Afghanistan')}</th>
          </tr>
        </thead>
        <tbody>
          ${d.selected.map(
            (r) =>
              html`<tr>
                <th scope="row">
                  <button
                    class="link link-button"
                    type="button"
                    data-route=${r.id}
                    @click=${() => this.selectRoute(r.id)}
                  >
                    ${this.client.text(r.name, this.locale) || routeLabel(r.id)}
                  </button>
                </th>
                <td>
                  <ol>
                    ${r.countries.map(
                      (c) =>
                        html`<li>
                          <button
                            class="link link-button"
                            type="button"
                            data-country=${iso3(c)}
                            @click=${() => this.selectCountry(iso3(c))}
                          >
                            ${name(c)}
                          </button>
                        </li>`,
                    )}
                  </ol>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        this.centres
          ? html`<table part="table">
              <caption>
                ${msg('Regional centres')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Name')}</th>
                  <th scope="col">${msg('City')}</th>
                </tr>
              </thead>
              <tbody>
                ${d.centres.map(
                  ({ org }) =>
                    html`<tr>
                      <th scope="row">${org.acronym}: ${this.client.text(org.name, this.locale)}</th>
                      <td>${org.seat.city}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
    </div>`;
  }
}
