/**
 * Loads a heavy element's module only when its tag is on the page: now if it is already
 * there, else as soon as one is added (a MutationObserver on the document, disconnected after).
 * Tags placed only inside other shadow roots are not seen: import the element's module then.
 */
export function autoload(tag: string, load: () => Promise<unknown>): void {
  const doc = globalThis.document;
  if (!doc || globalThis.customElements?.get(tag)) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    load().catch((e: unknown) => console.warn(`Pact Embed could not load <${tag}>.`, e));
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
