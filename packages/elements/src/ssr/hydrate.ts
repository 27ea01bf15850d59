/**
 * Import first, before any element or Lit module, on a page with server-rendered elements: then
 * each element takes over the shadow root the server rendered (hydration) instead of rendering
 * it again. Without it, the elements still work, but re-render what the server sent.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
