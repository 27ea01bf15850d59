import { LRUCache } from 'lru-cache';
import type { Rendered } from '@pact/elements/ssr';

/** What the cache keeps at most, in characters of HTML (a route map is about 0.5 MB). */
export const RENDER_CACHE_BYTES = 32 * 2 ** 20;

/**
 * Rendered elements by what was asked (the element, its attributes, the API), kept while the
 * API's answers they were rendered from are unchanged: a conditional GET of each (If-None-Match
 * with its ETag) answering 304 costs less than loading and rendering again (for the route map,
 * about a fifth: docs/ssr.md). Bounded in bytes, least recently used first out (lru-cache).
 */
export class RenderCache {
  readonly #entries: LRUCache<string, Rendered>;

  constructor(maxBytes = RENDER_CACHE_BYTES) {
    this.#entries = new LRUCache<string, Rendered>({
      maxSize: maxBytes,
      sizeCalculation: (r) => Math.max(1, r.html.length),
    });
  }

  /** The rendering kept for `key`, when the API still answers 304 to each of its sources. */
  async get(key: string, signal?: AbortSignal, fetcher: typeof fetch = fetch): Promise<Rendered | undefined> {
    const kept = this.#entries.get(key);
    if (!kept || kept.sources.some((s) => !s.etag)) return undefined;
    const unchanged = await Promise.all(
      kept.sources.map(async ({ url, etag }) => {
        try {
          const res = await fetcher(url, { headers: { 'If-None-Match': etag! }, signal });
          await res.body?.cancel();
          return res.status === 304;
        } catch {
          // Not revalidated (the API unreachable): not served from here; the render says why.
          return false;
        }
      }),
    );
    if (unchanged.every(Boolean)) return kept;
    this.#entries.delete(key);
    return undefined;
  }

  set(key: string, rendered: Rendered): void {
    this.#entries.set(key, rendered);
  }
}
