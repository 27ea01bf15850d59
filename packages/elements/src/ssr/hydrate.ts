/**
 * Import first, before any element or Lit module, on a page with server-rendered elements: then
 * each element takes over the shadow root the server rendered (hydration) instead of rendering
 * it again. Without it, a server-rendered element loads this module on demand (ssr/on-demand.ts:
 * what the CDN file does) and waits for it before it connects.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
