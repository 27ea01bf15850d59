/**
 * Zoom, pan and size of a zoomable view, as a Lit reactive controller: the size of an element
 * (ResizeObserver), zoom around a point, pan within bounds, drag to pan, Ctrl + wheel zoom,
 * keyboard zoom (+ and −, 0 to reset, the arrow keys to pan). (Reduced motion is the host's
 * CSS: `@media (prefers-reduced-motion)` around its transitions.) It knows nothing of what is drawn: the host reads `zoom`, `pan`, `transform` and
 * `toView()` when it renders, and wires the event handlers to its viewport element.
 *
 * The pan is kept as fractions of the view's width and height (0 to 1 − zoom on each axis), so
 * that a resize keeps the same part of the content in view.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Point = [number, number];

/** How far the zoomed content is moved, as fractions of the view's width and height (0 to 1 − zoom). */
export interface Pan {
  x: number;
  y: number;
}

export interface Size {
  w: number;
  h: number;
}

export interface ViewportOptions {
  min?: number;
  max?: number;
  /** Factor of one zoom step (buttons, keys, wheel). */
  step?: number;
  /** The element whose size is the view's (observed after each update of the host). */
  element?: () => Element | null;
  /** The size to use before the element has been measured, if known (else its box now, else 800 × 600). */
  fallbackSize?: () => Size | undefined;
  /** Whether a resize of the observed element counts now (for example not while it is hidden). */
  measuring?: () => boolean;
  /** Called after the reader changed the zoom (not after `setZoom(…, { silent: true })`). */
  onZoom?: (zoom: number) => void;
}

const DEFAULT_SIZE: Size = { w: 800, h: 600 };
const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

export class ViewportController implements ReactiveController {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** The zoom, within [min, max]. */
  zoom: number;
  pan: Pan = { x: 0, y: 0 };
  /** The observed element's content box (0 × 0 until it has been measured). */
  size: Size = { w: 0, h: 0 };
  /** A drag is under way. */
  dragging = false;

  readonly #host: ReactiveControllerHost;
  readonly #options: ViewportOptions;
  #observer: ResizeObserver | undefined;
  #observed: Element | undefined;
  #drag: { id: number; x: number; y: number; pan: Pan; moved: boolean } | undefined;
  #suppressClick = false;

  constructor(host: ReactiveControllerHost, options: ViewportOptions = {}) {
    this.#host = host;
    this.#options = options;
    this.min = options.min ?? 1;
    this.max = options.max ?? 8;
    this.step = options.step ?? 1.5;
    this.zoom = this.min;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#observed) this.#observer?.observe(this.#observed);
  }

  hostUpdated(): void {
    if (this.#options.element) this.observe(this.#options.element());
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** A zoom within [min, max] (rounded to thousandths; anything not a number is the minimum). */
  clamp(k: number): number {
    return Math.min(this.max, Math.max(this.min, round(k, 3) || this.min));
  }

  /** Keeps the zoomed content covering the whole view: no empty band at any edge. */
  clampPan(pan: Pan, k = this.zoom): Pan {
    const clamp = (v: number) => round(Math.min(0, Math.max(1 - k, v)), 4);
    return { x: clamp(pan.x), y: clamp(pan.y) };
  }

  /** Observes the size of `element` (the view); the same element again is ignored. */
  observe(element: Element | null): void {
    if (!element || element === this.#observed) return;
    this.#observer ??= new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box || box.width < 1 || box.height < 1 || this.#options.measuring?.() === false) return;
      const w = Math.round(box.width);
      const h = Math.round(box.height);
      if (w === this.size.w && h === this.size.h) return;
      this.size = { w, h };
      this.#host.requestUpdate();
    });
    if (this.#observed) this.#observer.unobserve(this.#observed);
    this.#observed = element;
    this.#observer.observe(element);
  }

  /** The view's size in CSS pixels: as measured, else the fallback, else the element's content box now. */
  get box(): Size {
    if (this.size.w > 0) return this.size;
    const known = this.#options.fallbackSize?.();
    if (known) return known;
    const element = this.#observed ?? this.#options.element?.();
    const rect = element?.getBoundingClientRect();
    if (element && rect && rect.width > 1 && rect.height > 1) {
      const border = parseFloat(getComputedStyle(element).borderTopWidth) * 2 || 0;
      return { w: Math.round(rect.width - border), h: Math.round(rect.height - border) };
    }
    return DEFAULT_SIZE;
  }

  /**
   * Zooms to `k`, keeping the point under `anchor` (view pixels; default the centre) in place.
   * `silent`: a zoom set by the page (an attribute), not by the reader: `onZoom` is not called.
   */
  setZoom(k: number, { anchor, silent = false }: { anchor?: Point; silent?: boolean } = {}): void {
    const next = this.clamp(k);
    const k0 = this.zoom;
    if (next === k0) return;
    const { w, h } = this.box;
    const [ax, ay] = anchor ? [anchor[0] / w, anchor[1] / h] : [0.5, 0.5];
    this.pan = this.clampPan(
      { x: ax - ((ax - this.pan.x) * next) / k0, y: ay - ((ay - this.pan.y) * next) / k0 },
      next,
    );
    this.zoom = next;
    this.#host.requestUpdate();
    if (!silent) this.#options.onZoom?.(next);
  }

  zoomIn(): void {
    this.setZoom(this.zoom * this.step);
  }

  zoomOut(): void {
    this.setZoom(this.zoom / this.step);
  }

  reset(): void {
    this.setZoom(this.min);
    this.pan = { x: 0, y: 0 };
  }

  /** Moves the content by fractions of the view's width and height. */
  panBy(dx: number, dy: number): void {
    this.pan = this.clampPan({ x: this.pan.x + dx, y: this.pan.y + dy });
    this.#host.requestUpdate();
  }

  /** The transform of the zoomed layer, for an SVG `transform` attribute. */
  get transform(): string {
    return this.transformAt(this.box);
  }

  /** The transform of the zoomed layer of content drawn at `size` (the view's box, or a drawing kept while another size is laid out). */
  transformAt({ w, h }: Size): string {
    return `translate(${round(this.pan.x * w, 1)} ${round(this.pan.y * h, 1)}) scale(${this.zoom})`;
  }

  /** Content coordinates (zoom 1) to view pixels; of content drawn at `size` (default the view's box), to its own units. */
  toView([x, y]: Point, { w, h }: Size = this.box): Point {
    return [round(x * this.zoom + this.pan.x * w, 1), round(y * this.zoom + this.pan.y * h, 1)];
  }

  /**
   * Content coordinates (zoom 1) of content drawn at `size` to view pixels, as an SVG whose viewBox
   * is `size` shows it, scaled to fit the view's box and centred (a drawing kept while another size
   * is laid out: the tooltip's anchor and `reveal` must follow what is seen).
   */
  toBox(p: Point, { w, h }: Size): Point {
    const box = this.box;
    const s = Math.min(box.w / w, box.h / h);
    const [x, y] = this.toView(p, { w, h });
    return [(box.w - w * s) / 2 + x * s, (box.h - h * s) / 2 + y * s];
  }

  /** Pans so that a point of the content (zoom 1, drawn at `size`) is 24 pixels or more inside the view, when zoomed in. */
  reveal(p: Point, size: Size): void {
    const margin = 24;
    const k = this.zoom;
    if (k === this.min) return;
    const { w, h } = this.box;
    const [x, y] = this.toBox(p, size);
    if (x >= margin && x <= w - margin && y >= margin && y <= h - margin) return;
    this.pan = this.clampPan({ x: 0.5 - (p[0] * k) / size.w, y: 0.5 - (p[1] * k) / size.h });
    this.#host.requestUpdate();
  }

  // ---- events of the viewport element (bind them to it: `@keydown=${(e) => vp.onKeyDown(e)}`) ----

  /**
   * + and = zoom in, − and _ zoom out, 0 resets; the arrow keys pan when the viewport itself has
   * focus (not an item inside it). Returns whether the key was used (then its default is prevented).
   */
  onKeyDown(e: KeyboardEvent): boolean {
    if (e.altKey || e.ctrlKey || e.metaKey) return false;
    // One arrow key moves the content by an eighth of the view.
    const s = 0.125;
    const arrows: Record<string, Point> = {
      ArrowLeft: [s, 0],
      ArrowRight: [-s, 0],
      ArrowUp: [0, s],
      ArrowDown: [0, -s],
    };
    if (e.key === '+' || e.key === '=') this.zoomIn();
    else if (e.key === '-' || e.key === '_') this.zoomOut();
    else if (e.key === '0') this.reset();
    else if (arrows[e.key] && e.target === e.currentTarget) this.panBy(...(arrows[e.key] as Point));
    else return false;
    e.preventDefault();
    e.stopPropagation();
    return true;
  }

  /** Ctrl (or a trackpad pinch, which sets it) + wheel zooms at the pointer; a plain wheel scrolls the page. */
  onWheel(e: WheelEvent): void {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    this.setZoom(this.zoom * (e.deltaY < 0 ? this.step : 1 / this.step), { anchor: this.pointOf(e) });
  }

  onPointerDown(e: PointerEvent): void {
    if (e.button !== 0 || this.zoom === this.min) return;
    this.#drag = { id: e.pointerId, x: e.clientX, y: e.clientY, pan: { ...this.pan }, moved: false };
  }

  /** Returns true while the pointer drags the content (the host then ignores the move). */
  onPointerMove(e: PointerEvent): boolean {
    const drag = this.#drag;
    if (!drag || drag.id !== e.pointerId) return false;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) > 4) {
      drag.moved = true;
      this.dragging = true;
      (e.currentTarget as Element | null)?.setPointerCapture?.(e.pointerId);
    }
    if (!drag.moved) return false;
    const { w, h } = this.box;
    this.pan = this.clampPan({ x: drag.pan.x + dx / w, y: drag.pan.y + dy / h });
    this.#host.requestUpdate();
    return true;
  }

  onPointerUp(e: PointerEvent): void {
    if (this.#drag?.id !== e.pointerId) return;
    this.#suppressClick = this.#drag.moved;
    this.#drag = undefined;
    if (this.dragging) {
      this.dragging = false;
      this.#host.requestUpdate();
    }
  }

  /** Whether a click ends a drag (and is then no click); call it first in the click handler. */
  takeClick(): boolean {
    const drag = this.#suppressClick;
    this.#suppressClick = false;
    return !drag;
  }

  /** Where a pointer event is, in pixels from the top left corner of its current target. */
  pointOf(e: MouseEvent): Point {
    const rect = (e.currentTarget as Element).getBoundingClientRect();
    return [e.clientX - rect.left, e.clientY - rect.top];
  }
}
