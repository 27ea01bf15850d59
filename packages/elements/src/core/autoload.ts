import { render } from 'lit';
import { errorState } from './data-controller.js';
import { catalogReady, uiLocaleOf, withLocale } from './i18n.js';
import { resolveLang } from './locale.js';
import { baseStyles, tokens } from './styles.js';

/**
 * Loads a heavy element's module only when its tag is on the page: now if it is already
 * there, else as soon as one is added (a MutationObserver on the document, disconnected after).
 * Tags placed only inside other shadow roots are not seen: import the element's module then.
 * When the module cannot be loaded (its file is missing from the CDN folder), each such tag shows
 * the elements' error state, naming the file, with Retry.
 */
export function autoload(tag: string, load: () => Promise<unknown>): void {
  const doc = globalThis.document;
  if (!doc || globalThis.customElements?.get(tag)) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    load().catch((e: unknown) => {
      console.warn(`Pact Embed could not load <${tag}>.`, e);
      started = false;
      const retry = () => {
        for (const el of doc.querySelectorAll(tag)) el.shadowRoot?.replaceChildren();
        start();
      };
      for (const el of doc.querySelectorAll(tag)) void showLoadError(el, e, retry);
    });
  };
  if (doc.querySelector(tag)) return start();
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node instanceof Element && (node.localName === tag || node.querySelector(tag))) {
          observer.disconnect();
          return start();
        }
      }
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
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
