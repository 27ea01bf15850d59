/**
 * The static files of `npm start` (the example pages, and the CDN build under /cdn/): the reference
 * deployment webmasters copy, so it must cost the server little and leak nothing.
 *
 * - Compression costs nothing per request: the CDN build writes `.br` and `.gz` next to each file
 *   (rollup.config.mjs); other files are compressed once per version (path, mtime, size) and kept
 *   in a byte-bounded LRU. Source maps and large files are never compressed on the fly.
 * - Every file has an ETag and Last-Modified and answers If-None-Match / If-Modified-Since with 304.
 * - Paths never leave the root: a segment starting with "." (dotfiles, `..`), an encoded slash or
 *   backslash is a 404, and a symbolic link is followed only when its real path is inside the root.
 */
import { CODINGS, negotiate, type Coding } from './encoding.js';
import { realpath, readFile, stat } from 'node:fs/promises';
import { createReadStream, type Stats } from 'node:fs';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import { extname, join, resolve, sep } from 'node:path';
import { LRUCache } from 'lru-cache';
import { matching } from './http-cache.js';

/** One folder served under a URL prefix. */
export interface StaticDir {
  dir: string;
  /** Send `Access-Control-Allow-Origin: *` (files meant for other sites, like the CDN build). */
  cors?: boolean;
  /** Paths (relative to the folder) whose content never changes under that name: cached for a year. */
  immutable?: RegExp;
  /** Seconds the other files may be used before revalidating; default 0 (`no-cache`). */
  maxAge?: number;
}

/**
 * The CDN build (dist/cdn): open to every origin. The versioned folder (`0.1.0/…`, a release's
 * pinned URL) and the hashed chunks are immutable; the unversioned alias is revalidated after 5 min.
 */
export const cdnDir = (dir: string): StaticDir => ({
  dir,
  cors: true,
  maxAge: 300,
  immutable: /^(?:\d+\.\d+\.\d+(?:-[\w.-]+)?\/|chunks\/[^/]+-[\w-]{8}\.js(?:\.map)?$)/,
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map', '.txt']);
/** Below this, compression saves too little to be worth a header; above it, never on the fly. */
const MIN_COMPRESS = 1024;
const MAX_ON_THE_FLY = 1024 * 1024;
/** Files up to this size are read whole (and kept in the LRU); larger ones are streamed. */
const MAX_HELD = 8 * 1024 * 1024;
const SUFFIX: Record<Coding, string> = { br: '.br', gzip: '.gz' };

const compressors: Record<Coding, (b: Buffer) => Promise<Buffer>> = {
  br: (b) =>
    promisify(brotliCompress)(b, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: b.length },
    }),
  gzip: (b) => promisify(gzip)(b, { level: 9 }),
};

const fresh = (s: Stats | null, than: Stats) => !!s?.isFile() && s.mtimeMs >= than.mtimeMs;
const statOrNull = (path: string) => stat(path).catch(() => null);

/** The file for `rel` (still URL-encoded) under `root`, or 'refused' / null (not there). */
async function locate(
  root: string,
  rel: string,
): Promise<{ file: string; name: string; st: Stats } | 'refused' | null> {
  if (/%2f|%5c|%00|\\/i.test(rel)) return 'refused';
  let name: string;
  try {
    name = decodeURIComponent(rel);
  } catch {
    return 'refused';
  }
  if (name.includes('\0') || name.split('/').some((s) => s.startsWith('.'))) return 'refused';
  for (const candidate of [name, join(name, 'index.html')]) {
    let file: string;
    try {
      file = await realpath(join(root, candidate));
    } catch {
      return null;
    }
    if (file !== root && !file.startsWith(root + sep)) return 'refused';
    const st = await statOrNull(file);
    if (st?.isFile()) return { file, name: candidate, st };
    if (!st?.isDirectory()) return null;
  }
  return null;
}

/** Serves the static folders; `extra` headers go on every file (e.g. the pages' Content-Security-Policy). */
export function staticFiles(dirs: Record<string, string | StaticDir>, extra: Record<string, string> = {}) {
  const prefixes = Object.entries(dirs)
    .map(([prefix, d]) => ({ prefix, ...(typeof d === 'string' ? { dir: d } : d) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const roots = new Map<string, Promise<string>>();
  // The bytes sent, by file version and coding: a hot file is read (and compressed) once.
  const bodies = new LRUCache<string, Buffer>({
    maxSize: 64 * 1024 * 1024,
    maxEntrySize: MAX_HELD,
    sizeCalculation: (b) => b.length || 1,
  });
  const pending = new Map<string, Promise<Buffer>>();
  // The codings built next to each file version (.br, .gz): looked up once, not on every request.
  const built = new LRUCache<string, Coding[]>({ max: 4096 });
  const bytes = (key: string, make: () => Promise<Buffer>): Promise<Buffer> => {
    const hit = bodies.get(key) ?? pending.get(key);
    if (hit) return Promise.resolve(hit);
    const p = make().finally(() => pending.delete(key));
    pending.set(key, p);
    return p.then((b) => (bodies.set(key, b), b));
  };

  return async (req: Request, pathname: string): Promise<Response | null> => {
    for (const { prefix, dir, cors, immutable, maxAge } of prefixes) {
      if (!pathname.startsWith(prefix)) continue;
      let root = roots.get(dir);
      if (!root) roots.set(dir, (root = realpath(resolve(dir)).catch(() => '\0')));
      const found = await locate(await root, pathname.slice(prefix.length));
      if (found === 'refused') return notFound();
      if (!found) continue;
      const { file, name, st } = found;
      const ext = extname(name);
      const headers = new Headers({
        ...extra,
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': immutable?.test(name)
          ? 'public, max-age=31536000, immutable'
          : maxAge
            ? `public, max-age=${maxAge}, must-revalidate`
            : 'no-cache',
        'Last-Modified': st.mtime.toUTCString(),
      });
      if (ext === '.html') headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
      if (cors) headers.set('Access-Control-Allow-Origin', '*');
      const version = `${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}`;
      let encoding: Coding | null = null;
      let source = file;
      if (COMPRESSIBLE.has(ext) && st.size >= MIN_COMPRESS) {
        headers.set('Vary', 'Accept-Encoding');
        // Built next to the file (and no older), or made here once: never for maps or large files.
        const key = `${version}|${file}`;
        let ready = built.get(key);
        if (!ready) {
          const copies = await Promise.all(CODINGS.map(async (e) => fresh(await statOrNull(file + SUFFIX[e]), st)));
          built.set(key, (ready = CODINGS.filter((_, i) => copies[i])));
        }
        const onTheFly = ext !== '.map' && st.size <= MAX_ON_THE_FLY;
        encoding = negotiate(req.headers.get('Accept-Encoding'), onTheFly ? CODINGS : ready).coding;
        if (encoding && ready.includes(encoding)) source = file + SUFFIX[encoding];
      }
      const etag = `"${version}${encoding ? `-${encoding}` : ''}"`;
      headers.set('ETag', etag);
      if (encoding) headers.set('Content-Encoding', encoding);
      const inm = req.headers.get('If-None-Match');
      const ims = Date.parse(req.headers.get('If-Modified-Since') ?? '');
      if (inm ? matching(inm, `"${version}"`) : ims >= Math.floor(st.mtimeMs / 1000) * 1000) {
        headers.delete('Content-Type');
        headers.delete('Content-Encoding');
        return new Response(null, { status: 304, headers });
      }
      if (st.size > MAX_HELD) {
        // Too big to hold in memory once per request: streamed from the disk.
        headers.set('Content-Length', String(source === file ? st.size : (await stat(source)).size));
        const stream = req.method === 'HEAD' ? null : (Readable.toWeb(createReadStream(source)) as ReadableStream);
        return new Response(stream, { headers });
      }
      const body = await bytes(`${version}|${encoding}|${file}`, async () => {
        const raw = await readFile(source);
        return encoding && source === file ? compressors[encoding](raw) : raw;
      });
      headers.set('Content-Length', String(body.length));
      return new Response(
        req.method === 'HEAD' ? null : new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length),
        {
          headers,
        },
      );
    }
    return null;
  };
}

function notFound(): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}
