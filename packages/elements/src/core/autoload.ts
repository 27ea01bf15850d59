import { render } from 'lit';
import type { PactReader } from '@pact/sdk';
import { defaultApi, startEarly } from './client.js';
import { importAgain } from './chunk.js';
import { errorState } from './data-controller.js';
import { catalogReady, uiLocaleOf, withLocale } from './i18n.js';
import { resolveLang } from './locale.js';
import { holdFirstScreen, nearViewport } from './lazy.js';
import { baseStyles, tokens } from './styles.js';
import { nextTurn } from './turns.js';

/**
 * Loads a heavy element's module only when its tag is on the page: now if it is already
 * there, else as soon as one is added (a MutationObserver on the document, disconnected after),
 * together with the interface texts of the languages those tags are in.
 * Tags placed only inside other shadow roots are not seen: import the element's module then.
 * When the module cannot be loaded (its file is missing from the CDN folder), each such tag shows
 * the elements' error state, naming the file, with Retry.
 */
export function autoload(
  tag: string,
  load: () => Promise<unknown>,
  early?: (el: Element, client: PactReader, signal: AbortSignal) => readonly Promise<unknown>[],
): void {
  const doc = globalThis.document;
  if (!doc || globalThis.customElements?.get(tag)) return;
  let started = false;
  /** The last failed load: a Retry asks for that file again (core/chunk.ts). */
  let failed: unknown;
  /**
   * Asks for the texts, the first requests and the module of every such tag. In a turn of its own
   * (core/turns.ts): on a slow phone that costs tens of milliseconds (the page's first fetch
   * most), which made the core's evaluation one long task. Turns run in the order asked for, so
   * the element's own first request still finds its early one.
   */
  const begin = () => {
    // The texts of each such tag's language, asked for with the module rather than once it has
    // run (the element waits for them before its first request): one round trip fewer on a slow
    // network when the page is not in English.
    // Likewise the element's first requests (`early`: the calls its data controller makes), so that
    // its data comes with its module rather than one or two round trips after it.
    for (const el of doc.querySelectorAll(tag)) {
      // A lazy element still away from the viewport asks for nothing yet (core/lazy.ts).
      if (nearViewport(el)) continue;
      void catalogReady(uiLocaleOf(resolveLang(el)));
      const api = early && apiOf(el);
      if (api) startEarly(api, (c, signal) => early(el, c, signal));
    }
    return failed === undefined ? load() : importAgain(failed, load);
  };
  const start = () => {
    if (started) return;
    started = true;
    const loading = nextTurn().then(begin);
    // The module of an element that does not wait is the first screen's (core/lazy.ts).
    holdFirstScreen(loading);
    loading.catch((e: unknown) => {
      console.warn(`Pact Embed could not load <${tag}>.`, e);
      failed = e;
      started = false;
      const retry = () => {
        for (const el of doc.querySelectorAll(tag)) el.shadowRoot?.replaceChildren();
        start();
      };
      for (const el of doc.querySelectorAll(tag)) void showLoadError(el, e, retry);
    });
  };
  // Every such tag on the page lazy (loading="lazy") and away from the viewport: the module
  // waits until the first of them comes near (or one that is not lazy is added).
  const needed = (els: Iterable<Element>): boolean => {
    const waits: Promise<void>[] = [];
    for (const el of els) {
      const near = nearViewport(el);
      if (!near) return true;
      waits.push(near);
    }
    if (waits.length) void Promise.race(waits).then(start);
    return false;
  };
  if (doc.querySelector(tag) && needed(doc.querySelectorAll(tag))) return start();
  // Watching for the tag (or, while only lazy ones are there, for one that is not) until started.
  const observer = new MutationObserver((records) => {
    if (started) return observer.disconnect();
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node instanceof Element && (node.localName === tag || node.querySelector(tag))) {
          if (!needed(doc.querySelectorAll(tag))) continue;
          observer.disconnect();
          return start();
        }
      }
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
}

/**
 * The API a not yet defined element will use, as PactElement resolves it: its `api` attribute,
 * else the page's default. Null inside a `<pact-provider>` (which may set the API and language)
 * and for a server-rendered element (its answers are in the page).
 */
function apiOf(el: Element): string | null {
  if (el.hasAttribute('data-pact-ssr') || el.closest('pact-provider')) return null;
  return el.getAttribute('api') || defaultApi();
}

/**
 * The error state in a tag whose class could not be loaded: in a shadow root (which the element
 * reuses once its module loads, as Lit does with any existing shadow root), its light-DOM
 * fallback content still shown. Retry empties the shadow roots and loads the module again.
 */
async function showLoadError(el: Element, error: unknown, retry: () => void): Promise<void> {
  const locale = uiLocaleOf(resolveLang(el));
  await catalogReady(locale);
  const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [tokens, baseStyles].flatMap((s) => s.styleSheet ?? []);
  // Rendered into a container of its own, so that the element's later render starts afresh.
  const box = document.createElement('div');
  root.replaceChildren(document.createElement('slot'), box);
  withLocale(locale, () => render(errorState(error, retry), box));
}
