// Operations (issue 21, item 4): liveness and readiness, request ids, JSON logs, Prometheus
// metrics behind a token, and a graceful shutdown that loses no request in a rolling restart.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/db/index.js';
import { loadDataset, SEED_DATA_DIR } from '../src/load.js';
import { startServer } from '../src/server.js';
import { SqlStore } from '../src/store/sql.js';
import { slowServer } from './read-server.js';

const SERVE = fileURLToPath(new URL('../dist/serve.js', import.meta.url));
const children = new Set<ChildProcess>();
after(() => children.forEach((c) => c.kill('SIGKILL')));

/** `pact-api --data SEED` as a child process; resolves with its URL and its stdout so far. */
function serve(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [SERVE, '--data', SEED_DATA_DIR, '--port', '0'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const out = { text: '' };
  child.stdout!.on('data', (d: Buffer) => (out.text += d));
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  const url = new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`not started in 20 s: ${out.text}`)), 20_000);
    child.stdout!.on('data', () => {
      const m = /API at (http:\/\/\S+)\/v1/.exec(out.text);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
  });
  return { child, out, url, exited };
}

describe('health, readiness, request ids and metrics', () => {
  test('/healthz and /readyz; /readyz says why the database is not ready', async () => {
    const db = await openDatabase({ dir: 'memory://', template: process.env['PACT_DB_TEMPLATE'] });
    const store = new SqlStore(db);
    await store.refresh();
    const server = await startServer({ dataset: store, log: false });
    try {
      const health = await fetch(`${server.url}/healthz`);
      assert.deepEqual([health.status, await health.text()], [200, 'ok\n']);
      const ready = await fetch(`${server.url}/readyz`);
      assert.deepEqual([ready.status, await ready.text()], [200, 'ready\n']);
      await db.close();
      const down = await fetch(`${server.url}/readyz`);
      assert.equal(down.status, 503);
      assert.match(await down.text(), /^the database does not answer: /);
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200, 'the process is still up');
    } finally {
      await server.close();
    }
  });

  test('every response has a request id: the client’s when it is sound, else a new one', async () => {
    const server = await startServer({ dataset: await loadDataset(), log: 'json', statics: {} });
    try {
      const given = await fetch(`${server.url}/v1/meta`, { headers: { 'X-Request-Id': 'lb-7f3a.2' } });
      assert.equal(given.headers.get('x-request-id'), 'lb-7f3a.2');
      const forged = await fetch(`${server.url}/v1/meta`, { headers: { 'X-Request-Id': 'a b;c' } });
      assert.match(forged.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
      const missing = await fetch(`${server.url}/nothing-here.html`);
      assert.match(missing.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    } finally {
      await server.close();
    }
  });

  test('/metrics: none without a token set; 401 without the token; counts by route template', async () => {
    const plain = await startServer({ dataset: await loadDataset(), log: false });
    assert.equal((await fetch(`${plain.url}/metrics`)).status, 404);
    await plain.close();

    const server = await startServer({ dataset: await loadDataset(), log: false, metricsToken: 's3cret' });
    try {
      for (const path of ['/v1/partners/kaz', '/v1/partners/tjk', '/v1/partners/kaz', '/v1/partners/atlantis', '/x'])
        await (await fetch(`${server.url}${path}`)).arrayBuffer();
      assert.equal((await fetch(`${server.url}/metrics`, { headers: { Authorization: 'Bearer nope' } })).status, 401);
      const res = await fetch(`${server.url}/metrics`, { headers: { Authorization: 'Bearer s3cret' } });
      assert.equal(res.status, 200);
      const text = await res.text();
      const metric = (line: string) =>
        new RegExp(`^${line.replace(/[{}()[\]./]/g, '\\$&')} (\\d+)$`, 'm').exec(text)?.[1];
      // Three partners asked for, one route label: the label set stays bounded whatever the paths.
      assert.equal(metric('pact_http_requests_total{route="/v1/partners/{id}",method="GET",status="200"}'), '3');
      assert.equal(metric('pact_http_requests_total{route="/v1/partners/{id}",method="GET",status="404"}'), '1');
      assert.equal(metric('pact_http_requests_total{route="other",method="GET",status="404"}'), '1');
      assert.equal(metric('pact_body_cache_lookups{result="hit"}'), '1', 'kaz the second time');
      assert.equal(metric('pact_body_cache_lookups{result="miss"}'), '2');
      assert.match(text, /^pact_http_request_duration_seconds_bucket\{le="0.005",route="\/v1\/partners\/\{id\}"/m);
      assert.match(text, /^pact_process_resident_memory_bytes \d+/m);
      // The cache holds kaz's and tjk's bodies: its size in bytes, not 0.
      assert.ok(Number(metric('pact_body_cache_bytes')) > 500, `${metric('pact_body_cache_bytes')} bytes`);
      // The embedded dataset has no PostgreSQL pool: no pool metric.
      assert.doesNotMatch(text, /pact_db_pool_connections/);
    } finally {
      await server.close();
    }
  });

  test('/metrics: the operations under one label, a path no route matches as other, methods as the API knows them', async () => {
    const server = await startServer({ dataset: await loadDataset(), log: false, metricsToken: 's3cret' });
    try {
      const send = async (path: string, method = 'GET') =>
        (await fetch(`${server.url}${path}`, { method })).arrayBuffer();
      await send('/healthz');
      await send('/readyz');
      await send('/metrics');
      // Under /v1 but no route's: other (a dot in a route is a dot: /v1/projects.iati.xml is not this).
      await send('/v1/nothing-here');
      await send('/v1/projectsXiatiXxml');
      await send('/v1/projects.iati.xml');
      for (const method of ['HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND'])
        await send('/v1/partners/kaz', method);
      const text = await (await fetch(`${server.url}/metrics`, { headers: { Authorization: 'Bearer s3cret' } })).text();
      const counts = new Map(
        [...text.matchAll(/^pact_http_requests_total\{(route="[^"]*",method="[^"]*",status="\d+")\} (\d+)$/gm)].map(
          (m) => [m[1]!, Number(m[2])],
        ),
      );
      assert.deepEqual(Object.fromEntries(counts), {
        'route="ops",method="GET",status="200"': 2,
        'route="ops",method="GET",status="401"': 1,
        'route="other",method="GET",status="404"': 2,
        'route="/v1/projects.iati.xml",method="GET",status="200"': 1,
        'route="/v1/partners/{id}",method="HEAD",status="200"': 1,
        'route="/v1/partners/{id}",method="OPTIONS",status="204"': 1,
        'route="/v1/partners/{id}",method="POST",status="405"': 1,
        'route="/v1/partners/{id}",method="PUT",status="405"': 1,
        'route="/v1/partners/{id}",method="PATCH",status="405"': 1,
        'route="/v1/partners/{id}",method="DELETE",status="405"': 1,
        'route="/v1/partners/{id}",method="other",status="405"': 1,
      });
    } finally {
      await server.close();
    }
  });

  test('PACT_LOG=json writes one JSON object per request, with its request id', async () => {
    const api = serve({ PACT_LOG: 'json' });
    const url = await api.url;
    await (await fetch(`${url}/v1/partners/kaz`, { headers: { 'X-Request-Id': 'trace-42' } })).arrayBuffer();
    const line = await new Promise<Record<string, unknown>>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no log line: ${api.out.text}`)), 5000);
      const look = () => {
        const found = api.out.text.split('\n').find((l) => l.includes('"trace-42"'));
        if (found) {
          clearTimeout(timer);
          ok(JSON.parse(found) as Record<string, unknown>);
        } else setTimeout(look, 20);
      };
      look();
    });
    assert.deepEqual(
      {
        reqId: line['reqId'],
        method: line['method'],
        path: line['path'],
        status: line['status'],
        level: line['level'],
      },
      { reqId: 'trace-42', method: 'GET', path: '/v1/partners/kaz', status: 200, level: 30 },
    );
    assert.equal(typeof line['ms'], 'number');
    api.child.kill('SIGTERM');
    assert.equal(await api.exited, 0);
  });
});

describe('graceful shutdown', () => {
  test(
    'a request in flight finishes; the connection then closes; new connections are refused',
    { timeout: 20_000 },
    async () => {
      const { server, release } = await slowServer();
      const agent = new Agent({ keepAlive: true });
      const get = (path: string) =>
        new Promise<{ status: number; body: string; connection: string | undefined }>((ok, fail) => {
          const req = request(`${server.url}${path}`, { agent }, (res) => {
            let body = '';
            res.on('data', (d: Buffer) => (body += d));
            res.on('end', () => ok({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
          });
          req.on('error', fail);
          req.end();
        });
      try {
        const inFlight = get('/slow');
        await new Promise((ok) => setTimeout(ok, 100));
        const closing = server.close();
        setTimeout(release, 300);
        assert.deepEqual(await inFlight, { status: 200, body: 'done', connection: 'close' });
        await closing;
        await assert.rejects(fetch(`${server.url}/healthz`), /fetch failed/);
      } finally {
        agent.destroy();
      }
    },
  );

  test('a rolling restart of one of two processes under load fails no request', { timeout: 60_000 }, async () => {
    // What a load balancer does: round robin over the processes it believes up; a connection that
    // is refused, or closed before any answer, is tried on the other (nginx's proxy_next_upstream
    // error); any answer is final.
    const a = serve({ PACT_SHUTDOWN_MS: '5000' });
    const b = serve();
    const backends = [await a.url, await b.url];
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    let next = 0;
    const once = (base: string) =>
      new Promise<number>((ok, fail) => {
        const req = request(`${base}/v1/partners?member=osce&limit=5`, { agent }, (res) => {
          res.resume();
          res.on('end', () => ok(res.statusCode ?? 0));
          res.on('error', fail);
        });
        req.on('error', fail);
        // An answer that never comes is a failure, reported in seconds.
        req.setTimeout(5000, () => req.destroy(Object.assign(new Error('no answer in 5 s'), { code: 'ETIMEDOUT' })));
        req.end();
      });
    // Each call starts at the next process in turn and, when one fails, tries the one after it (as
    // nginx's next upstream does): with one shared counter, the eight workers' attempts interleaved,
    // and one call could land four times in a row on the stopping process's closed keep-alive
    // connections ("no backend answered" while the other process was up).
    const call = async (): Promise<number> => {
      const start = next++;
      for (let attempt = 0; attempt < 4; attempt++) {
        const base = backends[(start + attempt) % backends.length];
        if (!base) throw new Error('no backend left');
        try {
          return await once(base);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code !== 'ECONNREFUSED' && code !== 'ECONNRESET') throw e;
          const gone = backends.indexOf(base);
          if (code === 'ECONNREFUSED' && gone >= 0) backends.splice(gone, 1);
        }
      }
      throw new Error('no backend answered');
    };
    const statuses = new Map<number, number>();
    let failures = 0;
    const errors = new Set<string>();
    let running = true;
    const workers = Array.from({ length: 8 }, async () => {
      while (running) {
        try {
          const s = await call();
          statuses.set(s, (statuses.get(s) ?? 0) + 1);
        } catch (e) {
          failures++;
          errors.add((e as Error).message);
          await new Promise((ok) => setTimeout(ok, 10)); // never a loop that starves the timers
        }
      }
    });
    await new Promise((ok) => setTimeout(ok, 500));
    a.child.kill('SIGTERM');
    assert.equal(await a.exited, 0, 'the stopped process exits cleanly');
    const a2 = serve();
    backends.push(await a2.url);
    await new Promise((ok) => setTimeout(ok, 500));
    running = false;
    await Promise.all(workers);
    agent.destroy();
    const total = [...statuses.values()].reduce((x, y) => x + y, 0);
    assert.deepEqual(
      { failures, errors: [...errors], statuses: [...statuses.keys()] },
      { failures: 0, errors: [], statuses: [200] },
    );
    assert.ok(total > 50, `only ${total} requests`);
    b.child.kill('SIGTERM');
    a2.child.kill('SIGTERM');
    assert.deepEqual([await b.exited, await a2.exited], [0, 0]);
  });
});
