// The read API in workerd, Cloudflare's runtime (through miniflare): the worker bundle
// (scripts/build-worker.mjs) with the seed dataset, asked over HTTP by the same read tests that ask
// the Node server (api, routes, languages, validators, hostile: read-server.ts sends them here), and
// by the tests of what only the edge does (writes refused, settings from the worker's env).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import type { Problem } from '@pact/schema';
import { ROUTES } from '@pact/api';
import { loadDataset } from '@pact/api/node';
import { createWorker } from '../src/worker.js';
import { buildWorker } from '../../../scripts/build-worker.mjs';

const dir = mkdtempSync(join(tmpdir(), 'pact-edge-'));
const { out } = await buildWorker({ out: join(dir, 'worker.mjs') });
const worker = new Miniflare({
  modules: true,
  scriptPath: out,
  modulesRoot: dir,
  compatibilityDate: '2026-04-01',
  host: '127.0.0.1',
  port: 0,
  bindings: { PACT_ORIGIN: 'https://api.example.org' },
});
const base = (await worker.ready).href.replace(/\/$/, '');
process.env['PACT_TEST_EDGE_URL'] = base;

describe('what only the edge does', () => {
  test('every write route answers a 405 problem: a read-only snapshot, writes go to the origin', async () => {
    const read = async (path: string) => (await fetch(base + path)).text();
    const before = [await read('/v1/projects/prj-0001'), await read('/v1/partners/kaz'), await read('/v1/meta')];
    const writes = ROUTES.filter((r) => r.kind === 'write');
    assert.ok(writes.length >= 5);
    for (const route of writes) {
      const id = route.path.startsWith('/v1/projects') ? 'prj-0001' : 'kaz';
      const path = route.path.replace('{id}', id).replace('{partnership}', 'osce');
      const res = await fetch(base + path, {
        method: route.method,
        // A connection of its own: workerd closes one whose request body it did not read (api.test.ts).
        headers: {
          'Content-Type': 'application/json',
          Authorization: 'Bearer x',
          'If-Match': '"x"',
          Connection: 'close',
        },
        body: route.method === 'DELETE' ? undefined : '{"status":"closed"}',
      });
      assert.equal(res.status, 405, `${route.method} ${path}`);
      assert.equal(res.headers.get('allow'), 'GET, HEAD, OPTIONS');
      assert.equal(res.headers.get('cache-control'), 'no-store');
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const body = (await res.json()) as Problem;
      assert.equal(body.status, 405);
      assert.match(
        body.detail ?? '',
        /read-only dataset snapshot \(\d{4}-\d\d-\d\d\); send writes to the origin API at https:\/\/api\.example\.org\./,
      );
    }
    // Nothing changed: the records written to and the snapshot's meta read the same.
    assert.deepEqual(
      [await read('/v1/projects/prj-0001'), await read('/v1/partners/kaz'), await read('/v1/meta')],
      before,
    );
  });

  test('PACT_S_MAXAGE sets how long a CDN keeps a read; a value that is not a whole number is ignored', async () => {
    const dataset = await loadDataset();
    const sMaxAge = async (value?: string) => {
      const worker = createWorker({ ...dataset });
      const res = await worker.fetch(new Request('http://edge/v1/partners?limit=1'), { PACT_S_MAXAGE: value });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-tag'), 'pact,partner');
      return /s-maxage=(\d+),/.exec(res.headers.get('cache-control') ?? '')?.[1];
    };
    assert.equal(await sMaxAge('3600'), '3600');
    assert.equal(await sMaxAge(undefined), '300');
    assert.equal(await sMaxAge('soon'), '300');
  });
});

describe('the read tests, against the worker', async () => {
  after(async () => {
    await worker.dispose();
    rmSync(dir, { recursive: true, force: true });
  });
  for (const suite of ['api', 'routes', 'languages', 'validators', 'hostile']) await import(`./${suite}.test.js`);
});
