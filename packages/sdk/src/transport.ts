import type { Problem } from '@pact/schema';
import {
  PactAbortError,
  PactBodyTooLargeError,
  PactError,
  PactHttpError,
  PactNetworkError,
  PactSchemaError,
  PactTimeoutError,
} from './errors.js';

/** Options of a single call. */
export interface RequestOptions {
  /** Aborts this call (a shared request is aborted only when every caller has aborted). */
  signal?: AbortSignal;
  /** Overrides the client's timeout for this call; it covers every retry. 0 disables it. */
  timeoutMs?: number;
}

/** Set on a result served from memory because the API could not be reached. */
export interface StaleInfo {
  /** How long ago the API last confirmed this body, in milliseconds. */
  ageMs: number;
  /** Why the API could not answer. */
  error: PactError;
}

export interface TransportOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  retries: number;
  cache: boolean;
  staleIfError: boolean;
  maxBodyBytes: number;
  maxCacheBytes: number;
}

/** What a GET returns: the parsed body, and `stale` when it came from memory after an error. */
export interface Got {
  body: unknown;
  /** The body's ETag as the API sent it (a compressed answer's has a `-gzip`, `-br` or `-br11` suffix); null if none. */
  etag?: string | null;
  stale?: StaleInfo;
}

interface Entry {
  text: string;
  etag: string | null;
  t: number;
}

interface Flight {
  p?: Promise<string>;
  /** The ETag of the body the flight brought. */
  etag?: string | null;
  /** The body as parsed when it was checked, for the first caller (the others parse their own copy). */
  v?: [unknown];
  c: AbortController;
  n: number;
  end: number;
}

const RETRY = [429, 502, 503, 504];
/** The longest Retry-After the SDK waits for (ms); a longer one surfaces the error instead. */
export const MAX_WAIT = 36e5;
/** The page's (or worker's) URL in browsers; undefined elsewhere (Node has no `location`). */
export const here = ((): string | undefined => {
  try {
    return location.href;
  } catch {
    /* not a browser */
  }
})();

// Browsers only: keep their HTTP cache (max-age=300) from hiding the network from the ETag cache.
// Node's fetch has no HTTP cache and would only add Pragma/Cache-Control headers.
const INIT: RequestInit = here ? { cache: 'no-store' } : {};

/**
 * The body's text, read as a stream and given up past `max` bytes (Content-Length first): a huge
 * or endless body costs at most `max`, with or without a timeout.
 */
export async function read(res: Response, url: string, max: number): Promise<string> {
  const r = res.body?.getReader();
  const d = new TextDecoder();
  let s = '';
  let n = +(res.headers.get('content-length') ?? 0) > max ? Infinity : 0;
  for (let c; r && n <= max && !(c = await r.read()).done;) {
    n += c.value.length;
    s += d.decode(c.value, { stream: true });
  }
  if (n > max) {
    void r?.cancel();
    throw new PactBodyTooLargeError(url, max);
  }
  return s + d.decode();
}

/** Milliseconds from a Retry-After header (seconds or an HTTP date). */
const after = (h: string | null): number | undefined => {
  if (h) {
    const ms = /^\d+$/.test(h) ? +h * 1000 : Date.parse(h) - Date.now();
    if (ms == ms) return Math.max(0, ms);
  }
};

/** Waits `ms`, or rejects with the signal's reason as soon as it is aborted (already, or meanwhile). */
export const sleep = (ms: number, s: AbortSignal) =>
  new Promise((ok, no) => {
    if (s.aborted) return no(s.reason);
    const t = setTimeout(ok, ms);
    s.addEventListener('abort', () => (clearTimeout(t), no(s.reason)), { once: true });
  });

const down = (e: unknown) =>
  e instanceof PactNetworkError || e instanceof PactTimeoutError || (e instanceof PactHttpError && e.status > 499);

/**
 * GET with timeout, retries (exponential backoff, full jitter, Retry-After), an ETag cache shared
 * by every caller, de-duplication of identical in-flight requests and optional stale-if-error.
 */
export function transport(o: TransportOptions) {
  const cache = new Map<string, Entry>();
  const flights = new Map<string, Flight>();
  let bytes = 0;
  const drop = (k: string) => {
    bytes -= cache.get(k)?.text.length ?? 0;
    cache.delete(k);
  };

  /** One attempt: the body's text, checked to be JSON, and kept with its ETag. */
  async function once(url: string, f: Flight): Promise<string> {
    const hit = o.cache ? cache.get(url) : undefined;
    let res: Response;
    let text: string;
    try {
      res = await o.fetch(url, {
        ...INIT,
        signal: f.c.signal,
        headers: hit?.etag ? { 'If-None-Match': hit.etag } : {},
      });
      text = await read(res, url, o.maxBodyBytes);
    } catch (e) {
      throw f.c.signal.aborted || e instanceof PactError ? e : new PactNetworkError(url, e);
    }
    if (hit && res.status == 304) {
      hit.t = Date.now();
      f.etag = hit.etag;
      return hit.text;
    }
    let p: Problem | null | undefined;
    try {
      p = JSON.parse(text) as Problem | null;
    } catch {
      /* not JSON: no problem document, and a broken body below */
    }
    if (!res.ok) {
      const problem = typeof p?.status == 'number' ? p : undefined;
      throw new PactHttpError(url, res.status, res.statusText, problem, after(res.headers.get('retry-after')));
    }
    if (p === undefined) throw new PactSchemaError(url, { path: '', rule: 'json', message: 'is not valid JSON' });
    f.etag = res.headers.get('etag');
    f.v = [p];
    if (o.cache || o.staleIfError) {
      drop(url);
      cache.set(url, { text, etag: f.etag, t: Date.now() });
      // Bounded by its total text (a body never over maxBodyBytes) and 300 entries; oldest out first.
      bytes += text.length;
      for (const k of cache.keys()) {
        if (bytes <= o.maxCacheBytes && cache.size <= 300) break;
        drop(k);
      }
    }
    return text;
  }

  async function run(url: string, f: Flight): Promise<string> {
    for (let i = 0; ; i++) {
      try {
        return await once(url, f);
      } catch (e) {
        const http = e instanceof PactHttpError;
        if (i >= o.retries || !(e instanceof PactNetworkError || (http && RETRY.includes(e.status)))) throw e;
        const wait = http && e.retryAfter != null ? e.retryAfter : Math.random() * Math.min(4000, 250 * 2 ** i);
        // Never wait past the callers' budget, nor over an hour (a timer overflows past 24.8 days
        // into an immediate retry): fail now with the real reason (and retryAfter) instead.
        if (wait > MAX_WAIT || Date.now() + wait > f.end) throw e;
        await sleep(wait, f.c.signal);
      }
    }
  }

  return (url: string, ro: RequestOptions = {}): Promise<Got> => {
    const { signal } = ro;
    const ms = ro.timeoutMs ?? o.timeoutMs;
    const end = ms > 0 && ms < 2e9 ? Date.now() + ms : Infinity;
    if (signal?.aborted) return Promise.reject(new PactAbortError(url));
    let f = flights.get(url);
    if (!f) {
      const flight: Flight = (f = { c: new AbortController(), n: 0, end });
      flight.p = run(url, flight);
      const drop = () => flights.get(url) == flight && flights.delete(url);
      flight.p.then(drop, drop);
      flights.set(url, flight);
    }
    const flight = f;
    flight.n++;
    flight.end = Math.max(flight.end, end);
    return new Promise<Got>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let left = false;
      const leave = () => {
        if (left) return false;
        left = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
        if (!--flight.n) {
          if (flights.get(url) == flight) flights.delete(url);
          flight.c.abort();
        }
        return true;
      };
      const fail = (e: unknown) => {
        if (!leave()) return;
        const hit = o.staleIfError && down(e) && cache.get(url);
        if (hit)
          resolve({
            body: JSON.parse(hit.text),
            etag: hit.etag,
            stale: { ageMs: Date.now() - hit.t, error: e as PactError },
          });
        else reject(e);
      };
      const abort = () => fail(new PactAbortError(url));
      if (end < Infinity) timer = setTimeout(() => fail(new PactTimeoutError(url, ms)), ms);
      signal?.addEventListener('abort', abort);
      (flight.p as Promise<string>).then((text) => {
        // One parse for a lone caller (the 219 kB of outlines: 2-3 ms less here, four times that on a phone).
        if (!leave()) return;
        const v = flight.v;
        flight.v = undefined;
        resolve({ body: v ? v[0] : JSON.parse(text), etag: flight.etag });
      }, fail);
    });
  };
}
