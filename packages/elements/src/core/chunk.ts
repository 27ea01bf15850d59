/**
 * Which file of the CDN folder a failed `import()` could not load. `pact-elements.js` loads the
 * route map, the project listing and each language's texts from `chunks/` next to it; a site that
 * uploaded only `pact-elements.js` gets a 404 for them, and the element says which file is missing
 * instead of staying blank.
 */

/** Chromium and Firefox end the message with the module's URL; Safari names none. */
const IMPORT_FAILED = /dynamically imported module:?\s*(\S*)|Importing a module script failed/;

/**
 * The missing file, relative to the folder of this script (`chunks/pact-route-map-….js`), when
 * `error` is a failed module import; else null. The browser's message names the module that was
 * imported, even when one of its own imports is the file that failed: the Resource Timing entries
 * (when the server allows it) name the script that answered with an error.
 */
export function missingFile(error: unknown): string | null {
  const m = error instanceof TypeError ? IMPORT_FAILED.exec(error.message) : null;
  if (!m) return null;
  const base = new URL('.', import.meta.url).href;
  // (performance is global in browsers and in Node alike.)
  const failed = performance
    .getEntriesByType('resource')
    .filter((e) => e.name.startsWith(base) && (e as PerformanceResourceTiming).responseStatus >= 400)
    .at(-1)?.name;
  const url = failed ?? m[1] ?? '';
  return url.startsWith(base) ? url.slice(base.length) : url || 'chunks/…';
}

let retries = 0;

/**
 * A failed `import()` tried again (Retry). Some Chromium versions (150, Debian's in December 2026)
 * keep a failed dynamic import in their module map: the same URL fails again at once, without
 * asking the server, even once the file is there. So the module the failure named is imported
 * again with a query of its own (`?retry=N`); its own imports are the page's modules as before.
 * Without a URL in the message (Safari), `load` again.
 */
export function importAgain<T>(failure: unknown, load: () => Promise<T>): Promise<T> {
  const url = failure instanceof TypeError ? IMPORT_FAILED.exec(failure.message)?.[1] : undefined;
  if (!url || !/^https?:\/\//.test(url)) return load();
  return import(/* @vite-ignore */ `${url}${url.includes('?') ? '&' : '?'}retry=${++retries}`) as Promise<T>;
}
