/**
 * The route map's pointer, focus and keyboard: what is hovered and in focus, the route whose
 * countries the arrow keys go through, the live region's text, and the tooltip's place. The host
 * owns the data, the selection events and the render; it binds the handlers below (arrow
 * functions: Lit calls listeners with the host as `this`) on its viewport.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { RovingFocusController } from '../core/roving-focus-controller.js';
import type { Point, ViewportController } from '../core/viewport-controller.js';
import type { Loaded } from './load.js';
import type { MapModel } from './map-model.js';
import { ORIGIN_ISO3 } from './model.js';
import { keyOf, parseKey, type Target } from './templates.js';

export interface MapInteractionOptions {
  viewport: ViewportController;
  /** The model last rendered. */
  current: () => MapModel | undefined;
  /** The drawing code, once loaded. */
  lib: () => Loaded['lib'] | undefined;
  /** What to announce when `t` gets focus (in the host's language), entered from `route` if any. */
  describe: (
    lib: Loaded['lib'],
    d: MapModel,
    t: Exclude<Target, { kind: 'centre' }>,
    route: string | null,
  ) => string | undefined;
  selectRoute: (id: string) => void;
  selectCountry: (iso3: string) => void;
}

export class MapInteraction implements ReactiveController {
  /** The country, route or centre under the pointer. */
  hovered: Target | null = null;
  /** The country, route or centre in focus. */
  focused: Target | null = null;
  /** The live region's text. */
  announcement = '';

  /** The marked countries: one Tab stop; the arrow keys go through them alphabetically, or along the route entered. */
  readonly countryFocus: RovingFocusController;

  readonly #host: ReactiveElement;
  readonly #o: MapInteractionOptions;
  /** The route whose countries the arrow keys go through, when one was entered from a route. */
  #navRoute: string | null = null;
  /** The pointer over the map, in viewport pixels (the tooltip follows it without a re-render). */
  #pointer: Point | null = null;
  /** In the host's update: a focus lost then is lost to the render (its element moved or made anew). */
  #updating = false;
  #refocus = false;

  constructor(host: ReactiveElement, options: MapInteractionOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
    this.countryFocus = new RovingFocusController(host, {
      items: () =>
        (this.#navRoute ? options.current()?.routeOrder.get(this.#navRoute) : options.current()?.order) ?? [],
      focus: (iso3) => this.#focusTarget({ kind: 'country', iso3 }),
      onEdge: (edge) => {
        if (edge !== 'start' || !this.#navRoute) return false;
        this.#focusTarget({ kind: 'route', id: this.#navRoute });
        return true;
      },
    });
  }

  hostUpdate(): void {
    this.#updating = true;
    // The update runs at once after this; the flag ends with it, even if its render throws.
    queueMicrotask(() => (this.#updating = false));
  }

  hostUpdated(): void {
    this.#updating = false;
    // The render took the focus from the target in focus (a country that became a dot at a new
    // size is drawn anew): it is given back, not left to the page's body.
    if (this.#refocus && this.focused) this.#focusTarget(this.focused);
    this.#refocus = false;
    this.#positionTooltip();
  }

  /** Nothing hovered or in focus (the map became decorative, or the view changed). */
  clear(): void {
    this.#set(null, null);
  }

  announce(text: string): void {
    // The same text twice in a row must be announced again.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.#host.requestUpdate();
  }

  /** The countries' one Tab stop: the last country in focus, else Afghanistan. */
  stop(d: MapModel): string | undefined {
    return this.countryFocus.stop(d.order, ORIGIN_ISO3);
  }

  /** The route drawn as active: hovered or in focus, or the one entered while its countries have focus. */
  activeRoute(): string | null {
    const t = this.hovered ?? this.focused;
    if (t?.kind === 'route') return t.id;
    if (t?.kind === 'country' && !this.hovered && this.#navRoute) return this.#navRoute;
    return null;
  }

  readonly onPointerMove = (e: PointerEvent): void => {
    if (this.#o.viewport.onPointerMove(e)) return this.#set(null, this.focused);
    if (e.pointerType === 'touch') return;
    const t = targetOf(e);
    this.#pointer = t ? this.#o.viewport.pointOf(e) : null;
    if ((t && keyOf(t)) !== (this.hovered && keyOf(this.hovered))) this.#set(t, this.focused);
    else this.#positionTooltip();
  };

  readonly onPointerLeave = (): void => this.#set(null, this.focused);

  readonly onClick = (e: MouseEvent): void => {
    if (!this.#o.viewport.takeClick()) return;
    this.#select(targetOf(e));
  };

  readonly onFocusIn = (e: FocusEvent): void => {
    const t = targetOf(e);
    this.#set(this.hovered, t);
    const d = this.#o.current();
    if (!d || !t || t.kind === 'centre') return;
    if (t.kind === 'route') this.#navRoute = t.id;
    else {
      if (!this.countryFocus.moving) this.#navRoute = null;
      this.countryFocus.setActive(t.iso3);
      const shape = d.layout.countries.find((c) => c.iso3 === t.iso3);
      if (shape) this.#o.viewport.reveal([shape.x, shape.y], sizeOf(d));
    }
    const lib = this.#o.lib();
    const text = lib && this.#o.describe(lib, d, t, this.#navRoute);
    if (text) this.announce(text);
  };

  readonly onFocusOut = (e: FocusEvent): void => {
    const next = e.relatedTarget as Node | null;
    if (this.#updating && !next) this.#refocus = true;
    else if (!next || !(e.currentTarget as HTMLElement).contains(next)) this.#set(this.hovered, null);
  };

  readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey || this.#o.viewport.onKeyDown(e)) return;
    const t = e.target === e.currentTarget ? null : targetOf(e);
    const done = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.key === 'Escape') {
      if (t?.kind === 'country' && this.#navRoute) {
        this.#focusTarget({ kind: 'route', id: this.#navRoute });
        return done();
      }
      if (this.hovered || this.focused) {
        this.clear();
        return done();
      }
      return;
    }
    if (!t) return;
    if (e.key === 'Enter' || e.key === ' ') {
      this.#select(t);
      return done();
    }
    const d = this.#o.current();
    if (t.kind === 'country') {
      this.countryFocus.onKeyDown(e, t.iso3);
    } else if (t.kind === 'route' && d) {
      // Into the route's countries: the first going forward, the last going back or with End.
      const move = this.countryFocus.moveOf(e.key);
      if (!move) return;
      const list = d.routeOrder.get(t.id) ?? [];
      const target = move === 'last' || move === 'previous' ? list[list.length - 1] : list[0];
      this.#navRoute = t.id;
      if (target) this.countryFocus.focusItem(target);
      return done();
    }
  };

  #set(hovered: Target | null, focused: Target | null): void {
    if (hovered === this.hovered && focused === this.focused) return;
    this.hovered = hovered;
    this.focused = focused;
    this.#host.requestUpdate();
  }

  #select(t: Target | null): void {
    if (t?.kind === 'route') this.#o.selectRoute(t.id);
    else if (t?.kind === 'country') this.#o.selectCountry(t.iso3);
  }

  #focusTarget(t: Target): void {
    this.#host.renderRoot.querySelector<SVGElement>(`[data-key="${keyOf(t)}"]`)?.focus();
  }

  /** Places the tooltip with CSSOM (allowed by a strict CSP, unlike style attributes). */
  #positionTooltip(): void {
    const d = this.#o.current();
    const t = this.focused;
    const lib = this.#o.lib();
    // (`d` may be a drawing kept while a new size is laid out: its SVG is scaled to the view.)
    const anchor = (p: Point) => this.#o.viewport.toBox(p, sizeOf(d!));
    lib?.placeTip(
      this.#host.renderRoot,
      this.hovered && this.#pointer ? this.#pointer : d && t ? lib.tipAnchor(d, t, anchor) : null,
    );
  }
}

/** The size `d` was laid out at: the view's, but while a new size is laid out (its drawing is kept meanwhile). */
export const sizeOf = (d: MapModel) => ({ w: d.layout.width, h: d.layout.height });

function targetOf(e: Event): Target | null {
  const el = (e.target as Element | null)?.closest?.('[data-key]');
  return parseKey(el?.getAttribute('data-key'));
}
