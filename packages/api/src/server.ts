import { createServer, type Server, type ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import { pino } from 'pino';
import { LRUCache } from 'lru-cache';
import { createApp } from './app.js';
import { answerClientError, problemJson } from './client-error.js';
import { negotiate } from './encoding.js';
import { logLine } from './log.js';
import { staticFiles, type StaticDir } from './static.js';
import { BodyCache } from './http-cache.js';
import { Metrics } from './ops.js';
import { SqlStore } from './store/sql.js';
import type { Dataset } from './dataset.js';
import type { Store } from './store/store.js';
import type { RateLimiter } from './write/rate-limit.js';
import type { PurgeHook } from './surrogate.js';

/**
 * A page that a composing package serves beside the API (an embed page, server rendering under
 * /v1/render/): it answers the request, or returns undefined to let the next handler, the static
 * files or the API answer. Tried in order, for every request, first: check the path at once.
 */
export type PageHandler = (
  req: Request,
  url: URL,
  /** The server's records (a page that needs the store, e.g. the desk's key check, reads it here). */
  dataset: Dataset | Store,
) => Response | undefined | Promise<Response | undefined>;

export interface ServerOptions {
  /** A read-only dataset, or a Store (e.g. the SqlStore of the database, which also takes writes). */
  dataset: Dataset | Store;
  /** Per-key write limits (tests pass their own). */
  writeLimiter?: RateLimiter;
  /** The clock `GET /v1/events?when=` reads (default: the system's; tests set it). */
  now?: () => Date;
  /** Seconds a CDN keeps a public read (s-maxage; see AppOptions). */
  sharedMaxAge?: number;
  /** Told the CDN cache tags each accepted write changes (see AppOptions, purge.ts). */
  purge?: PurgeHook;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Folders served as static files, by URL prefix (e.g. { '/': 'docs/examples', '/cdn/': cdnDir('dist/cdn') }). */
  statics?: Record<string, string | StaticDir>;
  /** Pages served beside the API (see {@link PageHandler}). */
  handlers?: readonly PageHandler[];
  /**
   * One line per request on stdout (default true: `GET /v1/partners 200 1.2ms abc…` with its request
   * id), or 'json': one JSON object per request (pino), for a log collector. Logging also gives every
   * response an `X-Request-Id`.
   */
  log?: boolean | 'text' | 'json';
  /** Serves Prometheus metrics at /metrics to requests bearing this token (none: no /metrics). */
  metricsToken?: string | undefined;
  /** How long close() lets requests in flight finish before cutting connections (default 10 s). */
  shutdownMs?: number;
  /** Headers added to every static file (for example a Content-Security-Policy for the pages). */
  staticHeaders?: Record<string, string>;
}

/**
 * The strict policy the example pages are served with: no inline script or style, no eval,
 * Trusted Types required, with only Lit's policy allowed (what the docs tell webmasters to set), and
 * no framing by other sites.
 * 'allow-duplicates' lets two copies of Lit (two sites' bundles, or a React app's and the CDN's)
 * each create their `lit-html` policy.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  /**
   * Graceful shutdown: /readyz answers 503 at once, no new connection is accepted, responses close
   * their connections, and requests in flight get `shutdownMs` to finish before the rest are cut.
   */
  close(): Promise<void>;
}

/** JSON, problems, text, SVG and XML (the IATI export, a megabyte of it, was sent uncompressed). */
const COMPRESSIBLE = /^(application\/(json|problem\+json|xml)|text\/|image\/svg)/;

/** How long a compressed body nobody asks for is kept (see {@link compressedBodies}). */
export const COMPRESSED_IDLE_MS = 60_000;

/**
 * Compressed bodies by ETag and coding: bounded in bytes (least recently used out), and a body not
 * asked for in `idleMs` is dropped. The ETag is the content's hash, so a body stays right across
 * revisions, but a write leaves the lists it changed under ETags nobody will ask for again: without
 * the idle limit they would stay until the byte bound pushed them out, and a process taking writes
 * would grow by up to that bound (the soak showed it: bench/soak.mjs). `clock` is for tests.
 */
export function compressedBodies(
  maxBytes = 16 * 1024 * 1024,
  idleMs = COMPRESSED_IDLE_MS,
  clock: { now(): number } = performance,
) {
  const cache = new LRUCache<string, Buffer>({
    maxSize: maxBytes,
    sizeCalculation: (b, k) => b.length + k.length,
    ttl: idleMs,
    updateAgeOnGet: true,
    perf: clock,
    // The clock read at each check (lru-cache otherwise keeps it for a millisecond by a timer).
    ttlResolution: 0,
  });
  let purged = clock.now();
  return {
    get: (key: string) => cache.get(key),
    /** Keeps `body`; first drops what has been idle too long (at most every quarter of `idleMs`). */
    set(key: string, body: Buffer) {
      const now = clock.now();
      if (now - purged >= idleMs / 4) {
        cache.purgeStale();
        purged = now;
      }
      cache.set(key, body);
    },
    /** Bytes held (bodies and keys). */
    get size() {
      return cache.calculatedSize;
    },
  };
}

/**
 * Bodies compressed with brotli's best quality (11) instead of 5: the same for every request,
 * with no parameter to vary them, so each is compressed once per process and kept (its ETag is its
 * hash, unchanged by writes). The country outlines (219 kB of JSON, fetched by every route map):
 * 55.6 kB instead of 64.9 kB, for about 350 ms of CPU once (docs/performance.md, 2026-12-05). That
 * runs on libuv's thread pool, not on the event loop, and requests that arrive meanwhile share it.
 */
const BEST_BROTLI = new Set(['/v1/geo/countries']);
const brotliAsync = promisify(brotliCompress);
const best = (raw: Buffer) =>
  brotliAsync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } });

/**
 * A body asked for again in brotli while its quality-5 compression is kept (a hot answer: the
 * partners every route map names its countries from, the routes, a partnership) is compressed again
 * at quality 11 in the background, and the next requests get that: the list of partners 13.5 kB
 * instead of 16.1 kB, inside the 14.6 kB a new TCP connection's first window carries (issue 18).
 * Its own ETag suffix (`-br11`): a strong ETag names one byte sequence. One such compression at a
 * time (a request arriving meanwhile starts none), and only bodies up to this size (quality 11
 * costs about a millisecond per kilobyte here): a flood of distinct queries costs the server at most
 * one thread of libuv's pool, on bodies it has compressed at quality 5 already.
 */
export const HOT_BROTLI_MAX_BYTES = 256 * 1024;

/**
 * gzip or brotli as `Accept-Encoding` allows (RFC 9110 negotiation, encoding.ts), kept per ETag
 * and coding ({@link compressedBodies}), so a hot list is compressed once.
 */
function compressor(cache: ReturnType<typeof compressedBodies>) {
  /** The compressions at brotli 11 under way, by ETag and coding. */
  const pending = new Map<string, Promise<Buffer>>();
  const shared = (key: string, raw: Buffer): Promise<Buffer> => {
    let p = pending.get(key);
    if (!p) {
      p = best(raw).finally(() => pending.delete(key));
      pending.set(key, p);
    }
    return p;
  };
  /** A hot body's quality-11 compression under way ({@link HOT_BROTLI_MAX_BYTES}). */
  let upgrading = false;
  /** Compresses a hot body again at quality 11 (the response's body is not sent: the kept one is). */
  const upgrade = async (etag: string, res: Response) => {
    upgrading = true;
    try {
      const raw = Buffer.from(await res.arrayBuffer());
      if (raw.length <= HOT_BROTLI_MAX_BYTES) cache.set(`${etag}|br11`, await best(raw));
    } catch {
      // Kept at quality 5: the next request tries again.
    } finally {
      upgrading = false;
    }
  };
  return async (req: Request, res: Response): Promise<Response> => {
    // Decide from the request first: a plain response is passed through untouched (fast path).
    const accept = req.headers.get('Accept-Encoding');
    if (!accept || res.status !== 200) return res;
    const { coding: encoding, identity } = negotiate(accept);
    const type = res.headers.get('Content-Type') ?? '';
    if (!encoding || !res.body || !COMPRESSIBLE.test(type)) {
      if (identity) return res;
      const headers = {
        'Content-Type': 'application/problem+json; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'no-store',
        Vary: 'Accept-Encoding',
      };
      const detail = `No content coding the client accepts is available: send "Accept-Encoding: br", "gzip" or allow identity.`;
      return new Response(problemJson(406, 'Not Acceptable', detail), { status: 406, headers });
    }
    const etag = res.headers.get('ETag');
    const key = etag ? `${etag}|${encoding}` : null;
    /** The coding as the ETag's suffix names it (`br11`: a hot body at brotli 11). */
    let suffix: string = encoding;
    let body = etag && encoding === 'br' ? cache.get(`${etag}|br11`) : undefined;
    if (body) suffix = 'br11';
    else if (key) {
      body = cache.get(key);
      if (body && encoding === 'br' && !upgrading && !BEST_BROTLI.has(new URL(req.url).pathname))
        void upgrade(etag!, res);
    }
    if (!body) {
      const raw = Buffer.from(await res.arrayBuffer());
      if (raw.length < 1024 && identity) return new Response(raw, res);
      body =
        encoding === 'br' && key && BEST_BROTLI.has(new URL(req.url).pathname)
          ? await shared(key, raw)
          : encoding === 'br'
            ? brotliCompressSync(raw, {
                params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
              })
            : gzipSync(raw, { level: 6 });
      if (key) cache.set(key, body);
    }
    const headers = new Headers(res.headers);
    headers.set('Content-Encoding', encoding);
    // A strong ETag names one exact byte sequence: each encoding gets its own.
    if (etag) headers.set('ETag', etag.replace(/"$/, `-${suffix}"`));
    headers.set('Content-Length', String(body.length));
    return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), {
      status: 200,
      headers,
    });
  };
}

/** Starts the API (and the static pages) on a real HTTP port. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? true;
  const bodyCache = new BodyCache();
  const app = createApp(options.dataset, {
    bodyCache,
    requestIds: log !== false,
    writeLimiter: options.writeLimiter,
    ...(options.now ? { now: options.now } : {}),
    ...(options.sharedMaxAge !== undefined ? { sharedMaxAge: options.sharedMaxAge } : {}),
    ...(options.purge ? { purge: options.purge } : {}),
  });
  const compressed = compressedBodies();
  const compress = compressor(compressed);
  const statics = staticFiles(options.statics ?? {}, options.staticHeaders);
  const handlers = options.handlers ?? [];
  /** HEAD is answered as GET (so that it carries the same headers, compressed or not), without the body. */
  const handle = async (req: Request): Promise<Response> => {
    if (req.method !== 'HEAD') return respond(req);
    const res = await respond(new Request(req.url, { method: 'GET', headers: req.headers, signal: req.signal }));
    const headers = new Headers(res.headers);
    // A body without a declared length (a problem document) is measured as GET would send it.
    if (res.body && !headers.has('Content-Length'))
      headers.set('Content-Length', String((await res.arrayBuffer()).byteLength));
    else await res.body?.cancel();
    return new Response(null, { status: res.status, statusText: res.statusText, headers });
  };
  const sql = options.dataset instanceof SqlStore ? options.dataset : undefined;
  const metrics = options.metricsToken
    ? new Metrics({ cache: bodyCache, compressed: () => compressed.size, pool: sql && (() => sql.db.poolStats()) })
    : undefined;
  const json = log === 'json' ? pino({ base: { pid: process.pid } }) : undefined;
  let draining = false;
  /** /healthz, /readyz and /metrics; undefined for any other path. */
  const ops = async (req: Request, path: string): Promise<Response | undefined> => {
    const plain = (status: number, text: string) =>
      new Response(text, {
        status,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    if (path === '/healthz') return plain(200, 'ok\n');
    if (path === '/readyz') {
      if (draining) return plain(503, 'shutting down\n');
      const reason = sql ? await sql.db.notReady() : null;
      return reason ? plain(503, `${reason}\n`) : plain(200, 'ready\n');
    }
    if (path === '/metrics' && metrics) {
      if (req.headers.get('Authorization') !== `Bearer ${options.metricsToken}`)
        return new Response(problemJson(401, 'Unauthorized', 'The metrics need the metrics token as a Bearer token.'), {
          status: 401,
          headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'WWW-Authenticate': 'Bearer' },
        });
      return new Response(await metrics.registry.metrics(), {
        headers: { 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' },
      });
    }
    return undefined;
  };
  const pathOf = (url: string) => {
    const start = url.indexOf('/', url.indexOf('//') + 2);
    const end = url.indexOf('?', start);
    return url.slice(start, end < 0 ? undefined : end);
  };
  const logged = async (req: Request): Promise<Response> => {
    const t0 = performance.now();
    let res = await handle(req);
    const path = pathOf(req.url);
    const ms = performance.now() - t0;
    let id = res.headers.get('X-Request-Id');
    if (!id && log) {
      // A static file or a page: given an id here (its headers are this server's own).
      id = crypto.randomUUID();
      res = new Response(res.body, res);
      res.headers.set('X-Request-Id', id);
    }
    metrics?.observe(req.method, path, res.status, ms / 1000);
    if (json) json.info({ reqId: id, method: req.method, path, status: res.status, ms: Number(ms.toFixed(1)) });
    else if (log) console.log(`${logLine(req.method, path, res.status, ms)} ${id}`);
    return res;
  };
  const respond = async (req: Request): Promise<Response> => {
    const raw = req.url;
    const start = raw.indexOf('/', raw.indexOf('//') + 2);
    if (!raw.startsWith('/v1', start)) {
      const answer = await ops(req, pathOf(raw));
      if (answer) return answer;
    }
    if (handlers.length) {
      const url = new URL(raw);
      for (const handler of handlers) {
        const page = await handler(req, url, options.dataset);
        if (page) return compress(req, page);
      }
    }
    if (!raw.startsWith('/v1', start) && (req.method === 'GET' || req.method === 'HEAD')) {
      // Static files carry their own validators and (pre)compressed bytes: not the API's compressor.
      const file = await statics(req, new URL(raw).pathname);
      if (file) return file;
    }
    const res = await app.fetch(req);
    return compress(req, res);
  };
  const listener = getRequestListener(log || metrics ? logged : handle);
  const inFlight = new Set<ServerResponse>();
  let drained: (() => void) | undefined;
  const server = createServer({ maxHeaderSize: 65536 }, (req, res) => {
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (draining && inFlight.size === 0) drained?.();
    });
    // While shutting down, each response ends its connection, so no client sends on a socket that closes.
    if (draining) res.setHeader('Connection', 'close');
    void listener(req, res);
  });
  server.on('clientError', answerClientError);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    url: `http://${host}:${port}`,
    port,
    server,
    close: async () => {
      draining = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      const closed = new Promise<void>((ok) => server.close(() => ok()));
      server.closeIdleConnections();
      if (inFlight.size > 0) {
        const deadline = new Promise<void>((ok) => setTimeout(ok, options.shutdownMs ?? 10_000).unref());
        await Promise.race([new Promise<void>((ok) => (drained = ok)), deadline]);
      }
      server.closeAllConnections();
      await closed;
    },
  };
}
