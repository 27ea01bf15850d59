import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ROUTE_IDS } from '@pact/schema';
import type { Route, RouteId } from '@pact/sdk';
import { PactElement } from '../core/pact-element.js';
import { catalogReady } from '../core/i18n.js';
import { Slices } from '../core/turns.js';
import { PactDataController } from '../core/data-controller.js';
import { PactCountrySelectEvent, PactRouteSelectEvent } from '../core/events.js';
import { ViewportController } from '../core/viewport-controller.js';
import type { DrawnMap } from './draw.js';
import type { MapModel, MapOptions } from './map-model.js';
import { KeyedCache, idOf } from './memo.js';
import { formatPercent, frameShape, parseRoutes, routesKey, type RoutesKey } from './model.js';
import { tableCells } from '../core/styles.js';
import { routeMapStyles } from './pact-route-map.styles.js';
import { routeMapSystemStyles } from './system-colors.styles.js';
import { flowStyles } from './flow.styles.js';
import { LAYERS, countriesLayer, overlayLayer, type LayerState } from './layers.js';
import { keyParts, spoken, table, toolbar, tooltip } from './templates.js';
import { MapInteraction, sizeOf } from './interaction.js';
import { MARK_RENDERED, loadMap, type Loaded } from './load.js';
import { yieldToMain } from './idle.js';
import { renderedSize, serverRendered, serverStyles, staticTable } from './server.js';

export { MARK_RECEIVED, MARK_RENDERED } from './load.js';

/**
 * @tagname pact-route-map
 * @summary An interactive, accessible SVG map of the opiate flows from Afghanistan along the northern, Balkan and southern routes, with the Paris Pact partner countries, priority countries and regional centres; with flows="cocaine", the approximate transatlantic cocaine directions and the centres of the 2011 Paris Action Plan.
 *
 * The flows drawn are approximate directions described in words by the sources, not actual
 * trafficking routes: the caption says so in the reader's language. Keyboard: Tab reaches the
 * map (+ and − zoom, arrows pan, 0 resets), each route (arrows then go through its countries in
 * order from Afghanistan, Escape goes back to the route) and the countries (arrows go through
 * them in alphabetical order); Enter or Space selects. A text summary and a table view carry the
 * same content without the map. d3-geo and topojson-client load only when a map is on the page.
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
 * @csspart priority-table - The table of priority flags (highlight="priority"), highlighted or presumed, with their basis.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of the error state.
 * @csspart empty - The empty state (no route to show).
 *
 * @cssproperty --pact-route-map-aspect-ratio - Width to height of the map box (default 4 / 3 with the southern route, which reaches South Africa, else 16 / 9); the box keeps it while loading and is never taller than 80vh.
 * @cssproperty --pact-route-map-min-height - Space kept for the whole element (toolbar, map, legend) while its data loads, and by the cloak (default none: the map box keeps its shape).
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
  static override styles = [
    ...PactElement.styles,
    tableCells,
    routeMapStyles,
    routeMapSystemStyles,
    flowStyles,
    serverStyles,
  ];

  /** The routes to draw, separated by spaces: northern, balkan, southern (default: all). An empty value draws none. */
  @property() routes: string | null = null;
  /** "cocaine": the 2011 Paris Action Plan's transatlantic cocaine flows and centres instead of the opiate routes (`routes`, `highlight` and `centres` then do nothing). */
  @property({ reflect: true }) flows: 'opiates' | 'cocaine' = 'opiates';
  /** "priority": the priority countries flagged with high confidence (the table view lists the presumed ones). */
  @property() highlight: 'priority' | '' = '';
  /** Show the regional centres (organizations of kind regional-centre) at their seat. */
  @property({ type: Boolean }) centres = false;
  /** map (default) or table: the data-table alternative. The reader can switch with the toolbar. */
  @property({ reflect: true }) view: 'map' | 'table' = 'map';
  /** Zoom level, 1 (the whole map) to 8; zooming by the reader changes it. */
  @property({ type: Number }) zoom = 1;
  /** A decorative map: no buttons, nothing focusable, hidden from assistive technologies except its caption. */
  @property({ type: Boolean, reflect: true }) decorative = false;

  /**
   * The routes, once they have arrived, while the rest of the map's data (the outlines) is still
   * on its way: the caption and its disclaimer show with them. Opiate routes only (a flow set's
   * caption comes with its own data).
   */
  @state() private arrivedRoutes: readonly Route[] | null = null;

  #uid = Math.random().toString(36).slice(2, 8);
  /** The model cache, made when the drawing code has loaded. */
  #model: ReturnType<Loaded['lib']['mapModelCache']> | undefined;
  #drawn = new KeyedCache<DrawnMap>(2);
  /** The model last rendered, and what it was made for but its size (see {@link modelOf}). */
  #current: MapModel | undefined;
  #currentFor = '';
  /** The size whose layout is being made in steps ('' when none), to be drawn once made. */
  #laying = '';
  #markPending = false;
  #warned = '';

  // Zoom 1 to 8 by steps of 1.5 (the controller's defaults).
  private readonly viewport = new ViewportController(this, {
    measuring: () => this.currentView === 'map',
    element: () => this.renderRoot.querySelector('.frame'),
    // Before the frame is measured: the size of the map last laid out, else the server's (server.ts).
    fallbackSize: () =>
      this.#current
        ? { w: this.#current.layout.width, h: this.#current.layout.height }
        : renderedSize(this, this.selectedIds),
    onZoom: (k) => {
      this.zoom = k;
      const percent = formatPercent(this.locale, k);
      this.ui.announce(this.t(() => msg(str`Zoom: ${percent}`)));
    },
  });

  /** Pointer, focus and keys; the tooltip's place. */
  private readonly ui = new MapInteraction(this, {
    viewport: this.viewport,
    current: () => this.#current,
    lib: () => this.data.value?.lib,
    describe: (lib, d, t, route) => this.t(() => lib.focusAnnouncement(d, t, route, this.locale)),
    selectRoute: (id) => this.selectRoute(id),
    selectCountry: (iso3) => this.selectCountry(iso3),
  });

  /** The frame, legend, caption and table first; the layers (countries, then routes) in the next two turns (once). */
  private readonly layers = new Slices(this, 1, 0);

  private readonly data = new PactDataController(this, {
    args: () => [this.flows === 'cocaine'] as const,
    task: async ([cocaine], client, signal): Promise<Loaded> => {
      this.arrivedRoutes = null;
      const onRoutes = cocaine
        ? undefined
        : (routes: Route[]) => void (signal.aborted || (this.arrivedRoutes = routes));
      const loaded = await loadMap(client, signal, this.locale, this.localName, cocaine, onRoutes);
      // The layout in short tasks before the render (cached: the render finds it made); then, in
      // a task of its own, the model and the drawing, once the UI strings they are made with are
      // there (cached too: the render, a server-rendered map's hydration above all, is then only
      // the DOM's; they were a quarter of that task, 101 ms under a 4x slowdown).
      if (this.selectedIds.length) {
        await this.modelOf(loaded, yieldToMain);
        if (!catalogReady(this.uiLocale)) {
          await yieldToMain();
          this.t(() => this.drawn(this.modelOf(loaded), loaded.lib));
        }
      }
      await yieldToMain();
      this.#markPending = true;
      return loaded;
    },
  });

  private get selectedIds(): RouteId[] {
    const { ids, unknown } = parseRoutes(this.flows === 'cocaine' ? null : this.routes);
    const warning = unknown.join(' ');
    if (warning && warning !== this.#warned) {
      console.warn(
        `<${this.localName}> routes="${this.routes}": unknown route ${warning}; use one of ${ROUTE_IDS.join(', ')}.`,
      );
    }
    this.#warned = warning;
    return ids;
  }

  private get currentView(): 'map' | 'table' {
    return this.view === 'table' && !this.decorative ? 'table' : 'map';
  }

  /** The model of the data (made in the render: its UI strings); with `pause`, only its layout, in steps. */
  private modelOf(v: Loaded): MapModel;
  private modelOf(v: Loaded, pause: () => Promise<void>): Promise<void>;
  private modelOf(v: Loaded, pause?: () => Promise<void>): MapModel | Promise<void> {
    const { w, h } = this.viewport.box;
    this.#model ??= v.lib.mapModelCache();
    const options = {
      ids: this.selectedIds,
      width: w,
      height: h,
      locale: this.locale,
      priority: this.highlight === 'priority',
      centres: this.centres,
      // (Called in the render, or with `t`: the element's UI strings, or English without them.)
      ui: msg('Paris Pact partner'),
    };
    if (pause) return this.#model.prepare(v.model, options, pause);
    // Only the size changed (the frame measured after a server-rendered map's hydration at the
    // server's size, a resize, a phone turned): the new size is laid out in steps, as the first one
    // was, and drawn once made; the map drawn meanwhile stays (its SVG scales to the frame). Laid
    // out inside the render, it was one task of 172 ms on a phone (issue 18).
    const made = this.#model.made(v.model, options);
    if (this.#current && this.#currentFor === made && !this.#model.laidOut(v.model, options)) {
      this.layOut(v, options);
      return this.#current;
    }
    this.#currentFor = made;
    return (this.#current = this.#model(v.model, options));
  }

  /** Makes the layout at a new size in steps (a newer size stops an older one), then draws it. */
  private layOut(v: Loaded, options: MapOptions): void {
    const size = `${options.width}x${options.height}`;
    if (this.#laying === size) return;
    this.#laying = size;
    const pause = async () => {
      await yieldToMain();
      if (this.#laying !== size) throw new Error('another size');
    };
    const done = () => {
      if (this.#laying !== size) return;
      this.#laying = '';
      // (On a failure, the render makes the layout itself, as before, and shows its error.)
      this.#currentFor = '';
      this.requestUpdate();
    };
    this.#model!.prepare(v.model, options, pause).then(done, done);
  }

  /** The routes, star, centres and labels at the current zoom and pan, for the size `d` was laid out at. */
  private drawn(d: MapModel, lib = this.data.value!.lib): DrawnMap {
    const { zoom, pan } = this.viewport;
    const size = sizeOf(d);
    return this.#drawn.get(`${idOf(d)}|${zoom}|${pan.x},${pan.y}|${size.w}x${size.h}`, () =>
      lib.drawMap(d, (p) => this.viewport.toView(p, size)),
    );
  }

  // ---- lifecycle ----------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Set from outside (the attribute or the property): zoom around the centre.
    if (changed.has('zoom') && this.viewport.clamp(this.zoom) !== this.viewport.zoom) {
      this.viewport.setZoom(this.zoom, { silent: true });
    }
    if (changed.has('decorative') && this.decorative) this.ui.clear();
  }

  protected override updated(): void {
    if (this.#markPending && this.data.hasData && this.renderRoot.querySelector('.overlay, .table-scroll')) {
      this.#markPending = false;
      requestAnimationFrame(() => setTimeout(() => performance.mark(MARK_RENDERED)));
    }
  }

  // ---- interaction --------------------------------------------------------------------

  private selectRoute(id: string): void {
    const route = this.data.value?.routes.find((r) => r.id === id);
    if (!route) return;
    this.pact?.selection.set({ route: id });
    // (A variable, not `dispatchEvent(new …(route))`: the manifest analyzer would list an event named "route".)
    const event = new PactRouteSelectEvent(route);
    this.dispatchEvent(event);
  }

  private selectCountry(iso3: string): void {
    const partner =
      this.#current?.countries.get(iso3)?.partner ??
      this.data.value?.partners.find((p) => p.kind === 'country' && p.iso3 === iso3);
    this.pact?.selection.set({ country: partner?.id ?? iso3.toLowerCase() });
    const event = new PactCountrySelectEvent(iso3, partner);
    this.dispatchEvent(event);
  }

  private setView(view: 'map' | 'table'): void {
    if (this.view === view) return;
    this.view = view;
    this.ui.clear();
  }

  // ---- rendering ----------------------------------------------------------------------

  protected renderContent() {
    const v = this.data.value;
    const decorative = this.decorative;
    const view = this.currentView;
    const d = v && this.selectedIds.length ? this.modelOf(v) : undefined;
    const hasMap = !!d && d.selected.length > 0;
    // While the outlines load: the legend and the caption, once the routes have arrived.
    const early = !v && this.data.pending ? this.earlyKey() : undefined;
    const legendOptions = { priority: this.highlight === 'priority', centres: this.centres, hidden: decorative };
    const key = keyParts(hasMap ? d : undefined, early, view === 'map', legendOptions);
    // The table view's names select; the server's static table (no script needed) is text.
    const tableOf = (d: MapModel, selects = true) =>
      table(
        d,
        this.centres,
        selects ? { route: (id) => this.selectRoute(id), country: (c) => this.selectCountry(c) } : null,
        { flags: this.highlight === 'priority' ? v?.flags : undefined, locale: this.locale },
      );
    return html`<figure class="base" part="base">
      ${
        hasMap && !decorative
          ? toolbar(view, this.viewport, (v) => this.setView(v))
          : !v && !decorative && frameShape(this.selectedIds) !== 'empty'
            ? // The toolbar's space, kept while the data loads, so that the map does not move down.
              html`<div class="toolbar-space" aria-hidden="true"></div>`
            : nothing
      }
      <div
        class="frame outer-box ${view} ${frameShape(this.selectedIds, v?.routes)}"
        part="frame"
        aria-hidden=${decorative ? 'true' : nothing}
        ?inert=${decorative}
      >
        ${this.data.render({
          complete: () => (d ? (view === 'table' ? tableOf(d) : this.renderMap(d)) : nothing),
          isEmpty: () => !d || d.selected.length === 0,
          empty: () => html`<div class="state empty" part="empty"><p>${msg('No routes to show.')}</p></div>`,
        })}
      </div>
      ${key.legend} ${hasMap && !decorative ? spoken(d, this.#uid, this.ui.announcement) : nothing} ${key.caption}
      ${hasMap && view === 'map' && !decorative && serverRendered(this) ? staticTable(tableOf(d, false)) : nothing}
    </figure>`;
  }

  /** The legend's and the caption's content while the outlines load, once the routes have arrived (see {@link arrivedRoutes}). */
  private earlyKey(): RoutesKey | undefined {
    const routes = this.arrivedRoutes;
    const key = routes && routesKey(routes, this.selectedIds, this.locale);
    return key?.selected.length ? key : undefined;
  }

  private renderMap(d: MapModel) {
    const interactive = !this.decorative;
    const { zoom, min, dragging } = this.viewport;
    const state: LayerState = {
      transform: this.viewport.transformAt(sizeOf(d)),
      interactive,
      active: this.ui.activeRoute(),
      focused: this.ui.focused,
      hovered: this.ui.hovered,
      stop: this.ui.stop(d),
    };
    const on = <E extends Event>(handler: (e: E) => void) => (interactive ? handler : nothing);
    const n = this.layers.count(LAYERS);
    return html`<div
      class="viewport ${zoom > min ? 'zoomed' : ''} ${dragging ? 'dragging' : ''}"
      part="map"
      tabindex=${interactive ? '0' : nothing}
      role=${interactive ? 'group' : nothing}
      aria-label=${interactive ? msg('Route map') : nothing}
      aria-describedby=${interactive ? `summary-${this.#uid} keys-${this.#uid}` : nothing}
      @keydown=${on(this.ui.onKeyDown)}
      @focusin=${on(this.ui.onFocusIn)}
      @focusout=${on(this.ui.onFocusOut)}
      @pointermove=${on(this.ui.onPointerMove)}
      @pointerdown=${on((e: PointerEvent) => this.viewport.onPointerDown(e))}
      @pointerup=${on((e: PointerEvent) => this.viewport.onPointerUp(e))}
      @pointercancel=${on((e: PointerEvent) => this.viewport.onPointerUp(e))}
      @pointerleave=${on(this.ui.onPointerLeave)}
      @click=${on(this.ui.onClick)}
      @wheel=${on((e: WheelEvent) => this.viewport.onWheel(e))}
    >
      ${n > 1 ? overlayLayer(d, this.drawn(d), state) : nothing} ${n > 0 ? countriesLayer(d, state) : nothing}
      ${interactive ? tooltip(d, this.ui.hovered ?? this.ui.focused) : nothing}
    </div>`;
  }
}
