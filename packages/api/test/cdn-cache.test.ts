// CDN-friendly caching (issue 21, item 3): Cache-Control for shared caches, cache tags naming the
// records each read is made from, and a purge hook that receives exactly what a write changed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { openDatabase } from '../src/db/index.js';
import { loadDataset } from '../src/load.js';
import { purgeByUrl } from '../src/purge.js';
import { ROUTES } from '../src/routes.js';
import { startServer, type RunningServer } from '../src/server.js';
import { SqlStore } from '../src/store/sql.js';
import { READS } from '../src/surrogate.js';

/**
 * A local stand-in for a CDN's purge endpoint: records each request, answers `status` (or, given
 * a list, its n-th entry to the n-th request, the last one after; 0 cuts the connection instead).
 */
async function purgeEndpoint(status: number | number[] = 200) {
  const received: { keys: string[]; authorization: string | undefined }[] = [];
  const types: (string | undefined)[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d));
    req.on('end', () => {
      received.push({ ...(JSON.parse(body) as { keys: string[] }), authorization: req.headers.authorization });
      types.push(req.headers['content-type']);
      const list = Array.isArray(status) ? status : [status];
      const code = list[Math.min(received.length, list.length) - 1]!;
      // 0: the connection is cut without an answer.
      if (code === 0) req.socket.destroy();
      else res.writeHead(code).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/purge`, received, types, close: () => new Promise((ok) => server.close(ok)) };
}

test('every public read says what it is made from (a new route cannot be forgotten)', () => {
  const publicReads = ROUTES.filter((r) => r.method === 'GET' && r.cache === 'public').map((r) => r.path);
  assert.deepEqual(Object.keys(READS).sort(), [...publicReads].sort());
});

describe('cache headers of the reads', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ dataset: await loadDataset(), log: false, sharedMaxAge: 3600 });
  });
  after(() => server.close());

  const headers = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${server.url}${path}`, init);
    await res.arrayBuffer();
    return res;
  };

  test('Cache-Control for shared caches, Vary only on the coding, tags naming the records', async () => {
    const cases: [string, string][] = [
      ['/v1/partners?member=osce', 'pact partner'],
      ['/v1/partners/kaz', 'pact partner/kaz'],
      ['/v1/partnerships/osce', 'pact partnership/osce partner'],
      ['/v1/projects.iati.xml?pillar=2', 'pact project partner pillar meta'],
      ['/v1/events/2012-02-vienna-declaration.ics', 'pact event/2012-02-vienna-declaration meta'],
      ['/v1/meta', 'pact partner pillar route project partnership event meta'],
      ['/v1/geo/countries', 'pact'],
      ['/v1/regions', 'pact'],
    ];
    for (const [path, tags] of cases) {
      const res = await headers(path);
      assert.equal(res.status, 200, path);
      assert.equal(
        res.headers.get('cache-control'),
        'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400',
        path,
      );
      assert.equal(res.headers.get('vary'), 'Accept-Encoding', path);
      assert.equal(res.headers.get('surrogate-key'), tags, path);
      assert.equal(res.headers.get('cache-tag'), tags.replaceAll(' ', ','), path);
    }
  });

  test('a 304 carries the same tags; the change feed and errors carry none', async () => {
    const first = await headers('/v1/partners/kaz');
    const again = await headers('/v1/partners/kaz', { headers: { 'If-None-Match': first.headers.get('etag')! } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('surrogate-key'), 'pact partner/kaz');
    const feed = await headers('/v1/changes');
    assert.equal(feed.headers.get('cache-control'), 'no-cache');
    assert.equal(feed.headers.get('surrogate-key'), null);
    const missing = await headers('/v1/partners/atlantis');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('surrogate-key'), null);
  });
});

describe('the purge hook', () => {
  test('each accepted write purges its record and its kind, once; a refused write purges nothing', async () => {
    const endpoint = await purgeEndpoint();
    const purge = purgeByUrl(endpoint.url, { token: 'cdn-secret' });
    const db = await openDatabase({ dir: 'memory://', template: process.env['PACT_DB_TEMPLATE'] });
    const store = new SqlStore(db);
    await store.refresh();
    const server = await startServer({ dataset: store, log: false, purge });
    try {
      const { token } = await db.createKey({ partner: 'unodc', role: 'coordinator' });
      const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
      const id = (await store.listProjects({}, { limit: 1 })).data[0]!.id;
      const current = await fetch(`${server.url}/v1/projects/${id}`);
      const etag = current.headers.get('etag')!;
      await current.arrayBuffer();
      // Tagged as the CDN would store it, before the write.
      assert.equal(current.headers.get('surrogate-key'), `pact project/${id}`);

      const stale = await fetch(`${server.url}/v1/projects/${id}`, {
        method: 'PATCH',
        headers: { ...auth, 'If-Match': '"not-the-current-tag"' },
        body: JSON.stringify({ status: 'closed' }),
      });
      assert.equal(stale.status, 412);
      await stale.arrayBuffer();
      const ok = await fetch(`${server.url}/v1/projects/${id}`, {
        method: 'PATCH',
        headers: { ...auth, 'If-Match': etag },
        body: JSON.stringify({ status: 'closed' }),
      });
      assert.equal(ok.status, 200, await ok.text());
      await purge.idle();
      assert.deepEqual(endpoint.received, [{ keys: [`project/${id}`, 'project'], authorization: 'Bearer cdn-secret' }]);

      // A create and its retry with the same Idempotency-Key: the retry changes nothing, so it purges nothing.
      const read = (await (await fetch(`${server.url}/v1/projects/${id}`)).json()) as Record<string, unknown>;
      const { updated: _u, illustrative: _i, ...fields } = read;
      const create = () =>
        fetch(`${server.url}/v1/projects`, {
          method: 'POST',
          headers: { ...auth, 'Idempotency-Key': 'purge-once' },
          body: JSON.stringify({ ...fields, id: 'purge-once' }),
        });
      const first = await create();
      assert.equal(first.status, 201, await first.text());
      const again = await create();
      assert.equal(again.status, 201, await again.text());
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      await purge.idle();
      assert.deepEqual(endpoint.received.slice(1), [
        { keys: ['project/purge-once', 'project'], authorization: 'Bearer cdn-secret' },
      ]);
    } finally {
      await server.close();
      await db.close();
      await endpoint.close();
    }
  });

  test('an endpoint that fails is reported after a retry; past the bound, purges are dropped and reported', async () => {
    const endpoint = await purgeEndpoint(503);
    const errors: string[] = [];
    const purge = purgeByUrl(endpoint.url, { maxPending: 2, onError: (m) => errors.push(m) });
    try {
      purge(['project/a', 'project']);
      purge(['project/b', 'project']);
      purge(['project/c', 'project']);
      await purge.idle();
      assert.deepEqual(errors.sort(), [
        'purge of project/a project answered 503',
        'purge of project/b project answered 503',
        'purge of project/c project dropped: 2 purges already pending',
      ]);
      // Two tries each for the two that were sent; the dropped one was never sent.
      assert.deepEqual(endpoint.received.map((r) => r.keys[0]).sort(), [
        'project/a',
        'project/a',
        'project/b',
        'project/b',
      ]);
    } finally {
      await endpoint.close();
    }
  });
  test('a purge sent as JSON; one that failed once and then passed, or answered 204, is not reported', async () => {
    // a: 503, then 204; b: the connection cut, then 204.
    const endpoint = await purgeEndpoint([503, 204, 0, 204]);
    const errors: string[] = [];
    const purge = purgeByUrl(endpoint.url, { onError: (m) => errors.push(m) });
    try {
      purge(['project/a', 'project']);
      await purge.idle();
      purge(['project/b', 'project']);
      await purge.idle();
      assert.deepEqual(errors, []);
      assert.deepEqual(
        endpoint.received.map((r) => r.keys[0]),
        ['project/a', 'project/a', 'project/b', 'project/b'],
      );
      assert.deepEqual(new Set(endpoint.types), new Set(['application/json']));
    } finally {
      await endpoint.close();
    }
  });

  test('an endpoint that does not answer is reported after a retry; with no one told, a write goes on', async () => {
    const endpoint = await purgeEndpoint();
    await endpoint.close(); // nothing listens on its port now
    const errors: string[] = [];
    const purge = purgeByUrl(endpoint.url, { onError: (m) => errors.push(m) });
    purge(['project/a', 'project']);
    await purge.idle();
    assert.deepEqual(errors, ['purge of project/a project failed: fetch failed']);
    // Without onError, neither a failure nor a dropped purge throws into the write that asked.
    const quiet = purgeByUrl(endpoint.url, { maxPending: 1 });
    assert.doesNotThrow(() => {
      quiet(['project/a']);
      quiet(['project/b']);
    });
    await quiet.idle();
  });
});
