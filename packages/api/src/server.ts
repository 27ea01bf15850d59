import { createServer, type Server } from 'node:http';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import { LRUCache } from 'lru-cache';
import { createApp } from './app.js';
import { answerClientError, problemJson } from './client-error.js';
import { negotiate } from './encoding.js';
import { logLine } from './log.js';
import { staticFiles, type StaticDir } from './static.js';
import type { Dataset } from './dataset.js';
import type { Store } from './store/store.js';
import type { RateLimiter } from './write/rate-limit.js';

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
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Folders served as static files, by URL prefix (e.g. { '/': 'docs/examples', '/cdn/': cdnDir('dist/cdn') }). */
  statics?: Record<string, string | StaticDir>;
  /** Pages served beside the API (see {@link PageHandler}). */
  handlers?: readonly PageHandler[];
  /** Log one line per request to stdout (default true). */
  log?: boolean;
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
  close(): Promise<void>;
}

const COMPRESSIBLE = /^(application\/(json|problem\+json)|text\/|image\/svg)/;

/**
 * gzip or brotli as `Accept-Encoding` allows (RFC 9110 negotiation, encoding.ts), kept per ETag
 * and coding in a cache bounded in bytes (least recently used out), so a hot list is compressed once.
 */
function compressor(maxBytes = 16 * 1024 * 1024) {
  const cache = new LRUCache<string, Buffer>({ maxSize: maxBytes, sizeCalculation: (b, k) => b.length + k.length });
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
    let body = key ? cache.get(key) : undefined;
    if (!body) {
      const raw = Buffer.from(await res.arrayBuffer());
      if (raw.length < 1024 && identity) return new Response(raw, res);
      body =
        encoding === 'br'
          ? brotliCompressSync(raw, {
              params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
            })
          : gzipSync(raw, { level: 6 });
      if (key) cache.set(key, body);
    }
    const headers = new Headers(res.headers);
    headers.set('Content-Encoding', encoding);
    // A strong ETag names one exact byte sequence: each encoding gets its own.
    if (etag) headers.set('ETag', etag.replace(/"$/, `-${encoding}"`));
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
  const app = createApp(options.dataset, {
    writeLimiter: options.writeLimiter,
    ...(options.now ? { now: options.now } : {}),
  });
  const compress = compressor();
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
  const logged = async (req: Request): Promise<Response> => {
    const t0 = performance.now();
    const res = await handle(req);
    const url = req.url;
    const start = url.indexOf('/', url.indexOf('//') + 2);
    const end = url.indexOf('?', start);
    console.log(logLine(req.method, url.slice(start, end < 0 ? undefined : end), res.status, performance.now() - t0));
    return res;
  };
  const respond = async (req: Request): Promise<Response> => {
    const raw = req.url;
    const start = raw.indexOf('/', raw.indexOf('//') + 2);
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
  const server = createServer({ maxHeaderSize: 65536 }, getRequestListener(log ? logged : handle));
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
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      }),
  };
}
