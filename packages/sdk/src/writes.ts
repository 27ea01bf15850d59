/**
 * Writes: create, update (JSON Merge Patch with If-Match) and withdraw, with the API key as a
 * Bearer token that is kept in a closure (never a property, never in a message or a log).
 *
 * Every write the API offers is safe to repeat: a create carries an Idempotency-Key (the API
 * answers a repeat with the first result), updates and withdrawals carry If-Match (a repeat after
 * success gets a 412, never a second change). So a write is retried when the API says it did not
 * take it (429, 503, honouring Retry-After) and, for a create, when the connection failed.
 */
import { bareEntityTag, type ChangePage, type Problem, type Project, type ProjectInput } from '@pact/schema';
import type { Check } from './client.js';
import {
  PactAbortError,
  PactBodyTooLargeError,
  PactNetworkError,
  PactSchemaError,
  PactTimeoutError,
} from './errors.js';
import { MAX_WAIT, read, sleep, type Got, type RequestOptions, type TransportOptions } from './transport.js';
import {
  PactAuthError,
  PactConflictError,
  PactForbiddenError,
  PactValidationError,
  PactWriteError,
} from './write-errors.js';

/** A JSON Merge Patch (RFC 7396) of `T`: the fields to change; `null` removes an optional field. */
export type MergePatch<T> = {
  [K in keyof T]?:
    | (T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? MergePatch<T[K]> : T[K])
    | (undefined extends T[K] ? null : never);
};

/** Options of one write. */
export interface WriteOptions {
  signal?: AbortSignal;
  /** Overrides the client's timeout for this write (retries included); 0 disables it. */
  timeoutMs?: number;
}

/** A record with the ETag of the version returned: pass it as `ifMatch` to change it. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

/** The query of `client.changes.list()`. */
export interface ChangeQuery {
  /** The `cursor` of the previous page; omit to start at the beginning of the feed. */
  since?: string;
  /** Changes per page, 1 to 1000 (the API's default is 100). */
  limit?: number;
}

interface Sent {
  status: number;
  body: unknown;
  etag: string | null;
}

/** The error with its message naming the write's method instead of GET (the shared errors say GET). */
const named = <E extends Error>(e: E, method: string): E => ((e.message = e.message.replace(/^GET/, method)), e);

const problemOf = (body: unknown): Problem | undefined =>
  body && typeof body == 'object' && typeof (body as Problem).status == 'number' ? (body as Problem) : undefined;

/** A random Idempotency-Key (128 bits, hex): works where crypto.randomUUID does not (plain-http pages). */
export function newIdempotencyKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** What `writer()` gives the client: the write methods, the read with an ETag and the change feed. */
export type Writer = ReturnType<typeof writer>;

const envelope = (url: string, message: string) => new PactSchemaError(url, { path: '', rule: 'envelope', message });

/**
 * The write methods, the read with an ETag and the change feed of a client: `o` is its transport's
 * options (fetch, timeout, retries), `get` its GET, `key` the API key, `check` its project validator.
 */
export function writer(
  o: TransportOptions,
  baseUrl: string,
  get: (url: string, ro?: RequestOptions) => Promise<Got>,
  key: string | undefined,
  check: Check<Project> | undefined,
) {
  async function send(
    method: 'POST' | 'PATCH' | 'DELETE',
    path: string,
    headers: Record<string, string>,
    body: unknown,
    wo: WriteOptions = {},
  ): Promise<Sent> {
    const url = baseUrl + path;
    if (!key) {
      throw new PactAuthError(method, url, {
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'No API key: pass apiKey to createClient to write',
      });
    }
    const ms = wo.timeoutMs ?? o.timeoutMs;
    const ctl = new AbortController();
    const onAbort = () => ctl.abort();
    wo.signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const end = ms > 0 ? Date.now() + ms : Infinity;
    const timer = ms > 0 ? setTimeout(() => ((timedOut = true), ctl.abort()), ms) : undefined;
    // A wait before sending again ends with the call: at its timeout, or when the caller aborts.
    const pause = (wait: number) =>
      sleep(wait, ctl.signal).catch(() => {
        throw named(timedOut ? new PactTimeoutError(url, ms) : new PactAbortError(url), method);
      });
    try {
      for (let i = 0; ; i++) {
        if (wo.signal?.aborted) throw named(new PactAbortError(url), method);
        let res: Response;
        let text: string;
        try {
          res = await o.fetch(url, {
            method,
            signal: ctl.signal,
            headers: {
              Authorization: `Bearer ${key}`,
              ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
              ...headers,
            },
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          text = await read(res, url, o.maxBodyBytes);
        } catch (e) {
          if (e instanceof PactBodyTooLargeError) throw named(e, method);
          if (timedOut) throw named(new PactTimeoutError(url, ms), method);
          if (wo.signal?.aborted) throw named(new PactAbortError(url), method);
          const err = named(new PactNetworkError(url, e), method);
          // Only a create (with its Idempotency-Key) may be sent again after a lost answer.
          if (method !== 'POST' || i >= o.retries) throw err;
          await pause(Math.random() * 250 * 2 ** i);
          continue;
        }
        let parsed: unknown;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          parsed = undefined;
        }
        const ra = res.headers.get('retry-after');
        const retryAfter = ra && /^\d+$/.test(ra) ? +ra * 1000 : undefined;
        const wait = retryAfter ?? Math.random() * 250 * 2 ** i;
        // A wait over an hour or past the timeout is not waited for: the error says retryAfter.
        if ((res.status == 429 || res.status == 503) && i < o.retries && wait <= MAX_WAIT && Date.now() + wait <= end) {
          await pause(wait);
          continue;
        }
        if (res.ok) return { status: res.status, body: parsed, etag: res.headers.get('etag') };
        const p = problemOf(parsed);
        switch (res.status) {
          case 401:
            throw new PactAuthError(method, url, p);
          case 403:
            throw new PactForbiddenError(method, url, p);
          case 409:
          case 412:
            throw new PactConflictError(method, url, res.status, p, res.headers.get('etag') ?? undefined);
          case 422:
            throw new PactValidationError(method, url, p);
          default:
            throw new PactWriteError(
              method,
              url,
              res.status,
              p,
              res.status == 429 || res.status > 499 ? 'Try again later.' : 'Fix the request.',
              retryAfter,
            );
        }
      }
    } finally {
      clearTimeout(timer);
      wo.signal?.removeEventListener('abort', onAbort);
    }
  }

  const versioned = <T>(s: Sent): Versioned<T> => ({ data: s.body as T, etag: s.etag ?? '' });
  const at = (id: string) => `/projects/${encodeURIComponent(id)}`;

  return {
    async read(id: string, ro?: RequestOptions): Promise<Versioned<Project>> {
      const url = baseUrl + at(id);
      const { body, etag } = await get(url, ro);
      if (!body || typeof body != 'object') throw envelope(url, 'must be an object');
      const c = check?.check(body);
      if (c && !c.ok) throw new PactSchemaError(url, c.violation);
      // The record's own tag, without the suffix of a compressed representation.
      return { data: body as Project, etag: bareEntityTag(etag ?? '') };
    },
    /**
     * Registers a project. An Idempotency-Key is generated unless you pass one: a retried create
     * (yours or the SDK's) returns the first result instead of a duplicate.
     */
    async create(
      project: ProjectInput,
      wo: WriteOptions & { idempotencyKey?: string } = {},
    ): Promise<Versioned<Project>> {
      const k = wo.idempotencyKey ?? newIdempotencyKey();
      return versioned<Project>(await send('POST', '/projects', { 'Idempotency-Key': k }, project, wo));
    },
    /** Changes the fields of `patch` (JSON Merge Patch); `ifMatch` is the ETag of the version you read. */
    async update(
      id: string,
      patch: MergePatch<ProjectInput>,
      wo: WriteOptions & { ifMatch: string },
    ): Promise<Versioned<Project>> {
      const h = { 'If-Match': wo.ifMatch, 'Content-Type': 'application/merge-patch+json' };
      return versioned<Project>(await send('PATCH', at(id), h, patch, wo));
    },
    /** Withdraws a project: lists stop showing it; the change feed keeps its history. */
    async withdraw(id: string, wo: WriteOptions & { ifMatch: string }): Promise<void> {
      await send('DELETE', at(id), { 'If-Match': wo.ifMatch }, undefined, wo);
    },
    /** A page of the change feed. */
    async changes(q: ChangeQuery = {}, ro?: RequestOptions): Promise<ChangePage> {
      const s = new URLSearchParams();
      if (q.limit != null) s.set('limit', `${q.limit}`);
      if (q.since) s.set('since', q.since);
      const url = `${baseUrl}/changes${`${s}` ? `?${s}` : ''}`;
      const { body } = await get(url, ro);
      const page = body as ChangePage | null;
      if (!Array.isArray(page?.data)) throw envelope(url, 'must be an object with a data array');
      return page;
    },
  };
}
