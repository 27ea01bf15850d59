/**
 * Import first, before any element or Lit module, on a page with server-rendered elements: then
 * each element takes over the shadow root the server rendered (hydration) instead of rendering
 * it again. Without it, a server-rendered element loads this module on demand (ssr/on-demand.ts:
 * what the CDN file does) and waits for it before it connects.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';
import type { PactDataController } from '../core/data-controller.js';

/**
 * The name of the flag by which Lit's hydration support marks an element whose first render is a
 * hydration (`_$needsHydration`, shortened in Lit's production build): found by running its
 * `createRenderRoot` on an object that has a shadow root, the one property it sets to true.
 */
function hydrationFlag(): string | undefined {
  const probe: Record<string, unknown> = { shadowRoot: {} };
  (LitElement.prototype as unknown as { createRenderRoot(this: object): unknown }).createRenderRoot.call(probe);
  return Object.keys(probe).find((k) => k !== 'shadowRoot' && probe[k] === true);
}

/**
 * A server-rendered element whose data (`data`, after its first requests) is not all there: some
 * was not in the page and could not be loaded (core/pact-element.ts). Its error state is not what
 * the server rendered: what the server rendered is dropped, so that its first render is a render,
 * not a hydration.
 */
export function renderAfresh(el: LitElement, data: readonly PactDataController<readonly unknown[], unknown>[]): void {
  if (data.every((c) => c.hasData) || !(el.renderRoot instanceof ShadowRoot)) return;
  el.renderRoot.replaceChildren();
  el.renderOptions.renderBefore = null;
  const flag = hydrationFlag();
  if (flag) (el as unknown as Record<string, boolean>)[flag] = false;
}
