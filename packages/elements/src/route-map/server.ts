/**
 * `<pact-route-map>` rendered on the server (ssr/): the server has no box to measure, so the map is
 * drawn at a given width (default {@link RENDER_WIDTH}) and the height of the frame's default
 * shape, in an SVG whose `viewBox` lets it scale with the frame's CSS box. On the client, the
 * first render (the hydration) draws the map at the size the server drew it (read from its SVG),
 * so that what Lit takes over is what it would have rendered; then the frame's own box.
 */
import { css, html, isServer, type ReactiveElement } from 'lit';
import { msg } from '@lit/localize';
import type { RouteId } from '@pact/sdk';
import type { Size } from '../core/viewport-controller.js';
import { frameShape } from './model.js';

/** The width the server draws the map at, when not given, and its bounds (CSS pixels). */
export const RENDER_WIDTH = { default: 800, min: 320, max: 1600 } as const;

const widths = new WeakMap<object, number>();

/** Server rendering: the width to draw `el`'s map at (within {@link RENDER_WIDTH}'s bounds). */
export function setRenderWidth(el: object, width: number): void {
  widths.set(el, Math.min(RENDER_WIDTH.max, Math.max(RENDER_WIDTH.min, Math.round(width))));
}

/** Whether `el` is rendered on the server, or was (its declarative shadow root taken over). */
export const serverRendered = (el: Element): boolean => isServer || el.hasAttribute('data-pact-ssr');

/**
 * The size the map is drawn at before its frame is measured: on the server, the width set with
 * {@link setRenderWidth} and the frame's default shape (4:3 with the southern route, else 16:9);
 * on the client, until the first render of a server-rendered map, the size in its SVG's viewBox.
 */
export function renderedSize(el: ReactiveElement, ids: readonly RouteId[]): Size | undefined {
  if (isServer) {
    const w = widths.get(el) ?? RENDER_WIDTH.default;
    return { w, h: Math.round(frameShape(ids) === 'wide' ? (w * 9) / 16 : (w * 3) / 4) };
  }
  if (el.hasUpdated || !el.hasAttribute('data-pact-ssr')) return undefined;
  const box = el.shadowRoot?.querySelector('svg.layer')?.getAttribute('viewBox')?.split(' ').map(Number);
  const [w, h] = [box?.[2], box?.[3]];
  return w && h ? { w, h } : undefined;
}

/**
 * The table of routes under a server-rendered map (closed, opened by its summary: no script
 * needed; its names text, not the table view's buttons), so that a reader without JavaScript and a
 * crawler have the map's content as text.
 */
export const staticTable = (table: unknown) =>
  html`<details class="static-table" part="static-table">
    <summary>${msg('Table')}</summary>
    ${table}
  </details>`;

/** The toolbar's buttons need the script: hidden (their space kept) until the element is defined. */
export const serverStyles = css`
  :host(:not(:defined)) .toolbar {
    visibility: hidden;
  }
  .static-table > summary {
    cursor: pointer;
    color: var(--_primary);
    min-block-size: var(--_tap);
    display: flex;
    align-items: center;
  }
  .static-table[open] > summary {
    margin-block-end: 0.5rem;
  }
`;
