/**
 * `loading="lazy"`, as on `<img>` and `<iframe>`: an element below the first screen asks the API
 * for its data (and, from the CDN file, loads its module: core/autoload.ts) only once it comes
 * within a screen of the viewport. Until then it shows its fallback content in the space kept for
 * it. A phone that never scrolls to the widget never downloads, parses or renders it.
 *
 * The first screen first: a lazy element that is within that screen ahead but not in the viewport
 * itself waits, in addition, until the page's first-screen work is done (the modules and first
 * renders with data of the elements that do not wait, {@link holdFirstScreen}) and painted, or at
 * most {@link FIRST_SCREEN_WAIT_MS}; then it loads if it is still near (the content above it may
 * have pushed it further down). On a slow network its requests no longer share the connection with
 * those of the content the reader sees (issue 18). Scrolled into the viewport, it loads at once.
 *
 * Rendered on the server, a lazy element's content is on the page already: it takes it over
 * (hydrates, its controls start working) once any part of it is in the viewport, not a screen
 * ahead. Nothing the reader sees changes when it does, so there is nothing to get ready ahead;
 * a phone that opens the page does none of that work until the reader scrolls to it.
 *
 * One IntersectionObserver for the page (and one more, without a margin, for the elements that
 * wait to be in view). A browser without IntersectionObserver loads and hydrates at once.
 */

/** How far ahead of the viewport a lazy element starts loading: one screen height below and above. */
export const LAZY_MARGIN = '100% 0px 100% 0px';

/** The longest a lazy element near the viewport waits for the first screen's work. */
export const FIRST_SCREEN_WAIT_MS = 3000;

const waiting = new WeakMap<Element, { promise: Promise<void>; release: () => void }>();
const released = new WeakSet<Element>();
let observer: IntersectionObserver | undefined;
/** Watches the elements near the viewport that wait for the first screen: in view, they load. */
let inView: IntersectionObserver | undefined;

/** The first screen's work still running (each settles, never rejects). */
const held = new Set<Promise<unknown>>();
let firstScreen: Promise<void> | undefined;
let firstScreenOver = false;

/** Whether the first screen's work may still be running: work started now is counted as its. */
export function firstScreenOpen(): boolean {
  return !firstScreenOver;
}

/**
 * Counts `work` (a module loading, an element's first render with its data) as the first screen's:
 * lazy elements near the viewport wait for it ({@link nearViewport}).
 */
export function holdFirstScreen(work: Promise<unknown>): void {
  if (firstScreenOver) return;
  const settled = work.catch(() => {});
  held.add(settled);
  void settled.then(() => held.delete(settled));
}

/**
 * Settles in the task after the next frame is painted, or after 100 ms where no frame comes (a
 * page in a background tab gets none). Browsers only: called from an IntersectionObserver's callback.
 */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(resolve));
  });

/**
 * Settles once no first-screen work is held and the frame showing it has been painted (work held
 * meanwhile is waited for too), or after {@link FIRST_SCREEN_WAIT_MS}; once settled, for good.
 */
function firstScreenDone(): Promise<void> {
  firstScreen ??= new Promise<void>((resolve) => {
    const done = () => {
      firstScreenOver = true;
      clearTimeout(deadline);
      resolve();
    };
    const deadline = setTimeout(done, FIRST_SCREEN_WAIT_MS);
    const check = async (): Promise<void> => {
      while (held.size && !firstScreenOver) await Promise.all(held);
      await afterPaint();
      if (held.size && !firstScreenOver) return check();
      done();
    };
    void check();
  });
  return firstScreen;
}

/** Whether any part of `rect` is inside the viewport itself (not only within the margin). */
function inViewport(rect: DOMRectReadOnly): boolean {
  return rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth;
}

/**
 * Whether `el` waits for the viewport: `loading="lazy"` where the browser can tell when it is near.
 * Rendered on the server, it waits only to hydrate ({@link nearViewport}); otherwise, to load.
 */
export function waitsForViewport(el: Element): boolean {
  // The attribute (an element not defined yet has nothing else), else the property.
  return (
    (el.getAttribute('loading') ?? (el as Element & { loading?: unknown }).loading) === 'lazy' &&
    typeof globalThis.IntersectionObserver === 'function'
  );
}

/**
 * Settles once `el` is near the viewport (and, if not in it, once the first screen is done);
 * null when there is nothing to wait for (not lazy, or already near once: an element that has
 * loaded does not wait again after a move). An element rendered on the server waits only to
 * hydrate, and only with `hydrate`: then until any part of it is in the viewport itself. Its
 * content is on the page already; only its script's work waits.
 */
export function nearViewport(el: Element, hydrate = false): Promise<void> | null {
  return released.has(el) || !waitsForViewport(el) || hydrate !== el.hasAttribute('data-pact-ssr')
    ? null
    : whenNear(el, !hydrate);
}

/** Watches `el` without a margin: in view, it loads (or hydrates). */
const watchInView = (el: Element) =>
  (inView ??= new IntersectionObserver((seen) => {
    for (const s of seen) if (s.isIntersecting) waiting.get(s.target)?.release();
  })).observe(el);

/** Settles once `el` is within a screen of the viewport (`ahead`), else once it is in it. */
function whenNear(el: Element, ahead = true): Promise<void> {
  const known = waiting.get(el);
  if (known) return known.promise;
  let release = () => {};
  const promise = new Promise<void>((resolve) => {
    release = () => {
      if (released.has(el)) return;
      released.add(el);
      waiting.delete(el);
      observer?.unobserve(el);
      inView?.unobserve(el);
      resolve();
    };
  });
  waiting.set(el, { promise, release });
  if (!ahead) {
    watchInView(el);
    return promise;
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const waits = e.isIntersecting ? waiting.get(e.target) : undefined;
        if (!waits) continue;
        if (firstScreenOver || inViewport(e.boundingClientRect)) {
          waits.release();
          continue;
        }
        // Near but not in view while the first screen loads: it waits for that (or to be scrolled
        // into view), then is looked at again, where the first screen's content has put it.
        const target = e.target;
        observer?.unobserve(target);
        watchInView(target);
        void firstScreenDone().then(() => {
          if (waiting.has(target)) observer?.observe(target);
        });
      }
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
