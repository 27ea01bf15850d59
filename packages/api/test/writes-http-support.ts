// Shared by the write API's HTTP suites (writes-http*.test.ts): a real server over a database of
// one backend, keys of every role, raw HTTP requests (no client-side encoding or header magic), and
// the state a refusal must leave unchanged (the exported dataset and the change feed).
import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { ParamError, Project } from '@pact/schema';
import type { PactDatabase } from '../src/db/index.js';
import { loadDataset } from '../src/load.js';
import { startServer, type RunningServer } from '../src/server.js';
import { SqlStore } from '../src/store/sql.js';
import type { PurgeHook } from '../src/surrogate.js';
import { RateLimiter } from '../src/write/rate-limit.js';
import type { TestBackend } from './db/support.js';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body as JSON (fails the test when it is not). */
  json<T = Record<string, unknown>>(): T;
}

/** One HTTP request with exactly these headers; a string or Buffer body is sent as is, anything else as JSON. */
export function send(
  url: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const { body } = options;
  const bytes =
    body === undefined
      ? undefined
      : Buffer.isBuffer(body)
        ? body
        : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const headers: Record<string, string> = {
    ...(bytes ? { 'Content-Type': 'application/json', 'Content-Length': String(bytes.length) } : {}),
    ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
    ...options.headers,
  };
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text,
          json: <T>() => {
            try {
              return JSON.parse(text) as T;
            } catch {
              return assert.fail(`${method} ${path} answered ${res.statusCode} with a body that is not JSON: ${text}`);
            }
          },
        });
      });
    });
    req.on('error', reject);
    req.end(bytes);
  });
}

/**
 * The problem document of a refusal (its status checked when given): JSON of type
 * application/problem+json, never cached.
 */
export function problemOf(r: Reply, status?: number) {
  if (status !== undefined) assert.equal(r.status, status, r.text);
  assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
  assert.equal(r.headers['cache-control'], 'no-store');
  return r.json<{ status: number; title: string; detail: string; errors?: ParamError[] }>();
}

export type KeyName = 'coordinator' | 'partner' | 'reader' | 'revoked';

export interface WriteServer {
  backend: TestBackend['name'];
  db: PactDatabase;
  store: SqlStore;
  server: RunningServer;
  url: string;
  /** Tokens: a coordinator of UNODC, a partner and a reader of OSCE, and a revoked OSCE partner key. */
  keys: Record<KeyName, string>;
  /** The organization of the `partner` key. */
  partner: string;
  /** A request to this server. */
  call(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Reply>;
  /** Another server over the same database with its own write limiter (for 429s). */
  withLimiter(limiter: RateLimiter): Promise<RunningServer>;
  close(): Promise<void>;
}

/** A seeded database of `backend` behind a real HTTP server (writes limited only by `limiter`; `purge` told each write's CDN keys). */
export async function openWriteServer(
  backend: TestBackend,
  limiter = new RateLimiter({ burst: 1_000_000, perSecond: 1_000_000 }),
  purge?: PurgeHook,
): Promise<WriteServer> {
  const db = await backend.open();
  const store = new SqlStore(db);
  await store.refresh();
  const server = await startServer({
    dataset: store,
    port: 0,
    log: false,
    writeLimiter: limiter,
    ...(purge ? { purge } : {}),
  });
  const others: RunningServer[] = [];
  const partner = 'osce';
  const revoked = await db.createKey({ partner, role: 'partner' });
  assert.equal(await db.revokeKey(revoked.id), true);
  const keys: Record<KeyName, string> = {
    coordinator: (await db.createKey({ partner: 'unodc', role: 'coordinator' })).token,
    partner: (await db.createKey({ partner, role: 'partner' })).token,
    reader: (await db.createKey({ partner, role: 'reader' })).token,
    revoked: revoked.token,
  };
  return {
    backend: backend.name,
    db,
    store,
    server,
    url: server.url,
    keys,
    partner,
    call: (method, path, options) => send(server.url, method, path, options),
    withLimiter: async (writeLimiter) => {
      const s = await startServer({ dataset: store, port: 0, log: false, writeLimiter });
      others.push(s);
      return s;
    },
    close: async () => {
      await Promise.all([server, ...others].map((s) => s.close()));
      await db.close();
    },
  };
}

const seed = await loadDataset();
/** A seed project of OSCE (for its fields; every new project gets its own id). */
const template = seed.projects.find((p) => p.implementer === 'osce') as Project;
let serial = 0;

/**
 * A new project as a client sends it (no `updated`, no `illustrative`): `own` has OSCE (the
 * partner key's organization) as implementer; otherwise WCO implements it for Japan.
 */
export function newProject(own: boolean, prefix = 'http'): Omit<Project, 'updated' | 'illustrative'> {
  const { updated: _u, illustrative: _i, ...fields } = template;
  return {
    ...fields,
    id: `${prefix}-${process.pid}-${++serial}-${own ? 'own' : 'other'}`,
    title: { en: `Test project ${serial}` },
    summary: { en: 'A project written by the test suite of the write API.' },
    implementer: own ? 'osce' : 'wco',
    donors: own ? ['deu'] : ['jpn'],
  };
}

/** Every entry of the change feed, read over HTTP page by page. */
export async function feed(ws: WriteServer): Promise<Record<string, unknown>[]> {
  const all: Record<string, unknown>[] = [];
  let since = '';
  // Bounded: a feed whose cursor does not move, or that never ends, fails here by name, not by a hang.
  for (let pages = 0; pages < 100; pages++) {
    const r = await ws.call('GET', `/v1/changes?limit=1000${since ? `&since=${since}` : ''}`);
    assert.equal(r.status, 200, r.text);
    const page = r.json<{ data: Record<string, unknown>[]; cursor: string; more: boolean }>();
    all.push(...page.data);
    if (!page.more) return all;
    assert.notEqual(page.cursor, since, 'the change feed says there is more, but its cursor did not move');
    since = page.cursor;
  }
  assert.fail(`the change feed did not end after 100 pages (${all.length} changes)`);
}

/** What a refused write must leave as it was: the exported dataset and the change feed. */
export async function state(ws: WriteServer): Promise<{ dataset: string; feed: number }> {
  return { dataset: await ws.db.exportDataset(), feed: (await feed(ws)).length };
}

/** Runs `fn` and checks that the dataset and the feed are exactly as before. */
export async function unchanged<T>(ws: WriteServer, fn: () => Promise<T>): Promise<T> {
  const before = await state(ws);
  const result = await fn();
  const after = await state(ws);
  assert.equal(after.feed, before.feed, 'a refused write added to the change feed');
  assert.ok(after.dataset === before.dataset, 'a refused write changed the stored dataset');
  return result;
}

/** The current ETag of a project as GET serves it (uncompressed). */
export async function etagOf(ws: WriteServer, id: string): Promise<string> {
  const r = await ws.call('GET', `/v1/projects/${id}`);
  assert.equal(r.status, 200, `GET /v1/projects/${id}: ${r.text}`);
  return String(r.headers['etag']);
}

/** Creates a project over HTTP with the coordinator key; returns it as stored. */
export async function created(ws: WriteServer, own: boolean, prefix?: string): Promise<Project> {
  const r = await ws.call('POST', '/v1/projects', { token: ws.keys.coordinator, body: newProject(own, prefix) });
  assert.equal(r.status, 201, r.text);
  return r.json<Project>();
}
