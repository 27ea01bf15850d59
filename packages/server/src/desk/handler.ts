/**
 * The coordination desk at /desk/: a static page (packages/server/desk/), its module built by
 * rollup (dist/desk/), and /desk/key, which tells the page whom a key belongs to. All under the
 * strict CSP with Trusted Types of the example pages. The key travels only in the Authorization
 * header to this origin; nothing here stores or logs it.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP, type PageHandler } from '@pact/api/node';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** The page and its style sheet. */
const PAGE_DIR = join(ROOT, 'packages/server/desk');
/** The module and its chunks (`npm run build:cdn`). */
const BUILD_DIR = join(ROOT, 'dist/desk');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const SECURITY = {
  'Content-Security-Policy': STRICT_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/** Who a key speaks for, as the write path's key check sees it. */
interface KeyAccount {
  id: string;
  partnerId: string;
  role: string;
}
interface KeyChecker {
  verifyKey(token: string): Promise<KeyAccount | null>;
}

/** The database's key check, when the server has a database (a read-only dataset has none). */
function keyChecker(dataset: unknown): KeyChecker | undefined {
  const db = dataset && typeof dataset === 'object' && 'db' in dataset ? (dataset as { db: unknown }).db : undefined;
  return db && typeof (db as KeyChecker).verifyKey === 'function' ? (db as KeyChecker) : undefined;
}

const problem = (status: number, title: string, detail: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title, status, detail, instance: '/desk/key' }), {
    status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });

/** `GET /desk/key` with `Authorization: Bearer …`: the key's account, organization and role, or a 401. */
async function whoIs(req: Request, dataset: unknown): Promise<Response> {
  const keys = keyChecker(dataset);
  if (!keys)
    return problem(
      405,
      'Method Not Allowed',
      'This deployment serves a read-only dataset: the desk needs the database (docs/storage.md).',
    );
  const m = /^Bearer ([\x21-\x7e]{1,512})$/.exec(req.headers.get('Authorization') ?? '');
  const account = m?.[1] ? await keys.verifyKey(m[1]) : null;
  if (!account)
    return problem(401, 'Unauthorized', 'The API key is not valid: it is unknown or has been revoked.', {
      'WWW-Authenticate': 'Bearer',
    });
  const body = { account: account.id, organization: account.partnerId, role: account.role };
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', Vary: 'Authorization' },
  });
}

async function file(path: string): Promise<Response | undefined> {
  const type = TYPES[extname(path)];
  if (!type) return undefined;
  try {
    const body = await readFile(path);
    return new Response(new Uint8Array(body), { headers: { 'Content-Type': type, ...SECURITY } });
  } catch {
    return undefined;
  }
}

/** Serves /desk/ (see the module comment); any other path is left to the next handler. */
export const deskHandler: PageHandler = async (req, url, dataset) => {
  const path = url.pathname;
  if (path !== '/desk' && !path.startsWith('/desk/')) return undefined;
  if (path === '/desk') return new Response(null, { status: 301, headers: { Location: '/desk/' } });
  if (path === '/desk/key') {
    if (req.method !== 'GET') return problem(405, 'Method Not Allowed', 'Use GET.', { Allow: 'GET' });
    return whoIs(req, dataset);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
  const rest = decodeURIComponent(path.slice('/desk/'.length)) || 'index.html';
  const safe = normalize(rest);
  if (safe.startsWith('..') || safe.includes(`..${sep}`) || safe.startsWith(sep)) return undefined;
  const page =
    rest === 'index.html' || rest === 'desk.css' ? await file(join(PAGE_DIR, safe)) : await file(join(BUILD_DIR, safe));
  return (
    page ??
    new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY } })
  );
};
