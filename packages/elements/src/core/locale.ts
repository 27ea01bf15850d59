/**
 * Which language an element speaks: its own `lang`, else the closest ancestor's `lang`
 * (crossing shadow roots), else `<html lang>`, else the browser's. One shared
 * MutationObserver tells every connected element when a `lang` changes anywhere.
 */

/** Closest `lang` attribute from the element up, crossing shadow-root boundaries. */
export function closestLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/** A valid BCP 47 tag for the element, checked with Intl. */
export function resolveLang(el: Element): string {
  const candidates = [closestLang(el), globalThis.navigator?.language ?? '', 'en'];
  for (const tag of candidates) {
    if (!tag) continue;
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? 'en';
    } catch {
      // not a valid tag: try the next source
    }
  }
  return 'en';
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/** Calls `fn` when any `lang` attribute in the document changes; returns the unsubscribe. */
export function onLangChange(fn: Listener): () => void {
  listeners.add(fn);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(fn);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
