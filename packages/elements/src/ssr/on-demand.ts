/**
 * Lit's hydration support, loaded only when a server-rendered element is on the page: what the
 * CDN file does (its core has no room for it), and what the npm build does too when
 * `@pact/elements/ssr/hydrate.js` was not imported first. An element with the SSR marker
 * (`data-pact-ssr`) and a declarative shadow root waits for it before it connects
 * (core/pact-element.ts), then takes over what the server rendered instead of rendering it again.
 */
import { LitElement } from 'lit';

type Install = (lit: { LitElement: typeof LitElement }) => void;

/**
 * Whether LitElement carries the hydration support: it gives LitElement an `observedAttributes`
 * of its own (with `defer-hydration`), which LitElement otherwise inherits.
 */
export const hydrationInstalled = (): boolean => Object.hasOwn(LitElement, 'observedAttributes');

let loading: Promise<void> | undefined;
let failed = false;

/**
 * `undefined` when an element can connect now: the support is there, or its chunk could not be
 * loaded (then the elements render afresh); else the promise of that chunk, loaded once and
 * installed on LitElement.
 */
export function hydrationSupport(): Promise<void> | undefined {
  if (failed || hydrationInstalled()) return undefined;
  return (loading ??= import('./hydrate.js').then(
    () => {
      if (!hydrationInstalled())
        (globalThis as { litElementHydrateSupport?: Install }).litElementHydrateSupport?.({ LitElement });
      failed = !hydrationInstalled();
    },
    (e: unknown) => {
      failed = true;
      console.warn('Pact Embed could not load its hydration support: server-rendered elements render again.', e);
    },
  ));
}
