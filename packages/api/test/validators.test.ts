// Conditional requests as a cache or a browser sends them, read over raw HTTP (node:http), since
// fetch() discards the body of a 304 and of a HEAD answer by specification and so cannot tell
// whether the server sent one.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readServer, type ReadServer } from './read-server.js';

let server: ReadServer;
before(async () => {
  server = await readServer();
});
after(() => server.close());

/** One request; the status, the headers and the body bytes exactly as they came off the wire. */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: number }>(
    (resolve, reject) => {
      const req = request(server.url + path, { method, headers }, (res) => {
        let bytes = 0;
        res.on('data', (b: Buffer) => (bytes += b.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('If-None-Match', () => {
  test('the ETag itself, its weak form W/"…", a list that contains it, and * all answer 304 with no body', async () => {
    const first = await raw('/v1/partners?member=osce');
    assert.equal(first.status, 200);
    assert.ok(first.bytes > 1000, 'the full body the first time');
    const etag = String(first.headers.etag);
    assert.match(etag, /^"[^"]+"$/);
    for (const inm of [etag, `W/${etag}`, `"other", W/${etag}`, '*']) {
      const again = await raw('/v1/partners?member=osce', { 'If-None-Match': inm });
      assert.equal(again.status, 304, inm);
      assert.equal(again.bytes, 0, `no body with a 304 (${inm})`);
      assert.equal(again.headers.etag, etag, inm);
    }
  });

  test('a different tag, weak or strong, gets the full body again', async () => {
    const etag = String((await raw('/v1/meta')).headers.etag);
    const other = `"${etag.slice(1, -1)}x"`;
    for (const inm of [other, `W/${other}`]) {
      const res = await raw('/v1/meta', { 'If-None-Match': inm });
      assert.equal(res.status, 200, inm);
      assert.ok(res.bytes > 100, inm);
    }
  });
});

describe('headers a page on another origin needs', () => {
  test('ETag is exposed to scripts (the SDK revalidates with it), with the other headers it reads (the request id a support ticket quotes)', async () => {
    const res = await raw('/v1/pillars', { Origin: 'https://www.osce.org' });
    assert.equal(res.headers['access-control-allow-origin'], '*');
    const exposed = String(res.headers['access-control-expose-headers'] ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase());
    for (const h of ['etag', 'retry-after', 'content-language', 'location', 'idempotent-replayed', 'x-request-id'])
      assert.ok(exposed.includes(h), `${h} in ${exposed}`);
  });
});

describe('HEAD', () => {
  test('sends no body bytes, and the same length and ETag as GET', async () => {
    const get = await raw('/v1/partners?limit=7', { 'Accept-Encoding': 'identity' });
    const head = await raw('/v1/partners?limit=7', { 'Accept-Encoding': 'identity' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.bytes, 0);
    assert.equal(head.headers.etag, get.headers.etag);
    assert.equal(Number(get.headers['content-length'] ?? get.bytes), get.bytes);
    if (head.headers['content-length'] !== undefined)
      assert.equal(Number(head.headers['content-length']), get.bytes, 'HEAD announces the length GET sends');
  });
});
