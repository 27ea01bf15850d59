// The edge worker's own logic (worker.ts), in this process: edge.test.ts asks the same bundle in
// workerd over HTTP, which no source change made by a test run can reach. Writes refused with a
// 405 that names the origin when there is one; reads answered as the API answers them; the settings
// read once, from the first request's env.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Problem } from '@pact/schema';
import { loadDataset } from '@pact/api/node';
import { createApp } from '../src/app.js';
import { ROUTES } from '../src/routes.js';
import { createWorker } from '../src/worker.js';

const dataset = await loadDataset();
const snapshot = () => ({ ...dataset });
const WRITES = ROUTES.filter((r) => r.kind === 'write');

const ask = (worker: ReturnType<typeof createWorker>, method: string, path: string, env?: Record<string, string>) =>
  worker.fetch(
    new Request(`http://edge${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer x', 'If-Match': '"x"' },
      body: method === 'GET' || method === 'HEAD' || method === 'DELETE' ? null : '{"status":"closed"}',
    }),
    env,
  );

const concrete = (path: string) =>
  path.replace('{id}', path.startsWith('/v1/projects') ? 'prj-0001' : 'kaz').replace('{partnership}', 'osce');

test('every write route is refused with a 405 problem naming the snapshot and the origin', async () => {
  assert.ok(WRITES.length >= 7, `${WRITES.length} write routes`);
  const worker = createWorker(snapshot());
  for (const route of WRITES) {
    const path = concrete(route.path);
    const res = await ask(worker, route.method, path, { PACT_ORIGIN: 'https://api.example.org' });
    const what = `${route.method} ${path}`;
    assert.equal(res.status, 405, what);
    assert.equal(res.headers.get('allow'), 'GET, HEAD, OPTIONS', what);
    assert.equal(res.headers.get('access-control-allow-origin'), '*', what);
    assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/, what);
    const body = (await res.json()) as Problem;
    assert.deepEqual([body.status, body.title], [405, 'Method Not Allowed'], what);
    assert.equal(
      body.detail,
      `This edge worker serves a read-only dataset snapshot (${dataset.meta.updated}); send writes to the origin API at https://api.example.org.`,
      what,
    );
  }
});

test('without PACT_ORIGIN the 405 names no origin', async () => {
  const res = await ask(createWorker(snapshot()), 'POST', '/v1/projects');
  assert.equal(res.status, 405);
  assert.equal(
    ((await res.json()) as Problem).detail,
    `This edge worker serves a read-only dataset snapshot (${dataset.meta.updated}); send writes to the origin API.`,
  );
});

test('a write method on a path no write route has, and every read, is answered as the API answers it', async () => {
  const worker = createWorker(snapshot());
  const app = createApp(dataset, { sharedMaxAge: 300 });
  const cases: [string, string][] = [
    ['GET', '/v1/partners/kaz'],
    ['GET', '/v1/projects?pillar=2&limit=3'],
    ['HEAD', '/v1/meta'],
    ['POST', '/v1/partners'], // no route writes there: the API's 405 for a read route
    ['PUT', '/v1/projects'], // a write route's path with another method
    ['DELETE', '/v1/projects/prj-0001/extra'], // one segment too many
    ['GET', '/v1/nothing'],
  ];
  for (const [method, path] of cases) {
    const edge = await ask(worker, method, path);
    const origin = await app.fetch(
      new Request(`http://edge${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer x', 'If-Match': '"x"' },
        body: method === 'GET' || method === 'HEAD' || method === 'DELETE' ? null : '{"status":"closed"}',
      }),
    );
    assert.equal(edge.status, origin.status, `${method} ${path}`);
    assert.equal(await edge.text(), await origin.text(), `${method} ${path}`);
    // (the body tells the edge's refusal from the API's: it names the snapshot)
  }
});

test('the settings are read once, from the first request: a later env changes nothing', async () => {
  const worker = createWorker(snapshot());
  const maxAge = async (env?: Record<string, string>) =>
    /s-maxage=(\d+),/.exec((await ask(worker, 'GET', '/v1/meta', env)).headers.get('cache-control') ?? '')?.[1];
  assert.equal(await maxAge({ PACT_S_MAXAGE: '60' }), '60');
  assert.equal(await maxAge({ PACT_S_MAXAGE: '3600' }), '60');
  const refused = await ask(worker, 'POST', '/v1/projects', { PACT_ORIGIN: 'https://late.example.org' });
  assert.doesNotMatch(((await refused.json()) as Problem).detail ?? '', /late\.example/);
});

test('PACT_S_MAXAGE: only a whole number above 0 is taken; else 300', async () => {
  const cases: [string | undefined, string][] = [
    ['1', '1'],
    ['86400', '86400'],
    ['0', '300'],
    ['-60', '300'],
    ['1.5', '300'],
    ['soon', '300'],
    [undefined, '300'],
  ];
  for (const [value, expected] of cases) {
    const res = await ask(
      createWorker(snapshot()),
      'GET',
      '/v1/meta',
      value === undefined ? {} : { PACT_S_MAXAGE: value },
    );
    assert.equal(/s-maxage=(\d+),/.exec(res.headers.get('cache-control') ?? '')?.[1], expected, String(value));
  }
});

test('a snapshot that breaks the schema is refused on the first request, naming what is wrong', async () => {
  const worker = createWorker({ ...snapshot(), partners: [{ id: 'kaz' }] });
  await assert.rejects(worker.fetch(new Request('http://edge/v1/meta')), /partners/);
});
