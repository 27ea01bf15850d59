/**
 * `loading="lazy"`, as on `<img>` and `<iframe>`: an element below the first screen asks the API
 * for its data (and, from the CDN file, loads its module: core/autoload.ts) only once it comes
 * within a screen of the viewport. Until then it shows its fallback content in the space kept for
 * it. A phone that never scrolls to the widget never downloads, parses or renders it.
 *
 * One IntersectionObserver for the page. An element rendered on the server (its data is in the
 * page) and a browser without IntersectionObserver load at once.
 */

/** How far ahead of the viewport a lazy element starts loading: one screen height below and above. */
export const LAZY_MARGIN = '100% 0px 100% 0px';

const waiting = new WeakMap<Element, { promise: Promise<void>; release: () => void }>();
const released = new WeakSet<Element>();
let observer: IntersectionObserver | undefined;

/** Whether `el` waits for the viewport before loading: `loading="lazy"`, not rendered on the server. */
export function isLazy(el: Element): boolean {
  // The attribute (an element not defined yet has nothing else), else the property.
  return (
    (el.getAttribute('loading') ?? (el as Element & { loading?: unknown }).loading) === 'lazy' &&
    !el.hasAttribute('data-pact-ssr') &&
    typeof globalThis.IntersectionObserver === 'function'
  );
}

/**
 * Settles once `el` is near the viewport; null when there is nothing to wait for (not lazy, or
 * already near once: an element that has loaded does not wait again after a move).
 */
export function nearViewport(el: Element): Promise<void> | null {
  if (released.has(el) || !isLazy(el)) return null;
  const known = waiting.get(el);
  if (known) return known.promise;
  let release = () => {};
  const promise = new Promise<void>((resolve) => {
    release = () => {
      if (released.has(el)) return;
      released.add(el);
      waiting.delete(el);
      observer?.unobserve(el);
      resolve();
    };
  });
  waiting.set(el, { promise, release });
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) waiting.get(e.target)?.release();
    },
    { rootMargin: LAZY_MARGIN },
  );
  observer.observe(el);
  return promise;
}

/** Loads `el` now, near the viewport or not (its `loading` became `eager`). */
export function releaseLazy(el: Element): void {
  waiting.get(el)?.release();
}
