/**
 * What the elements' code refers to by global name and Lit's own server build does not define
 * (`instanceof Element`, `instanceof ShadowRoot` in core/locale.ts): the DOM shim's classes that
 * @lit-labs/ssr renders with. Element before any element module is evaluated; ShadowRoot only once
 * they all are (Lit's css-tag takes a global ShadowRoot for a browser's).
 */
import { Element, ShadowRoot } from '@lit-labs/ssr-dom-shim';

const g = globalThis as { Element?: unknown; ShadowRoot?: unknown };
g.Element ??= Element;

export function installRenderGlobals(): void {
  g.ShadowRoot ??= ShadowRoot;
}
