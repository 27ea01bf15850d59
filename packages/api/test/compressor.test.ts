// The server's compression of responses (server.ts, compressor), exactly: what is compressed and
// what is sent as it is, the ETag of each coding, the bodies kept, and the 406 document. A page
// handler (as the composing package adds: embed pages, server rendering) gives responses of a
// chosen size, type, status and ETag; the API's own answers are checked beside them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import type { Problem } from '@pact/schema';
import { loadDataset, startServer, type RunningServer } from '@pact/api/node';
import { HOT_BROTLI_MAX_BYTES, compressedBodies } from '../src/server.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let server: RunningServer;
/** `/page?size=N&status=S&type=T&etag=E`: N bytes of text (default 2000), as asked. */
before(async () => {
  server = await startServer({
    dataset: await loadDataset(),
    log: false,
    metricsToken: 'tok',
    handlers: [
      (_req, url) => {
        if (url.pathname !== '/page') return undefined;
        const q = url.searchParams;
        const headers = new Headers();
        if (q.get('type') !== 'none') headers.set('Content-Type', q.get('type') ?? 'text/plain; charset=utf-8');
        if (q.has('etag')) headers.set('ETag', `"${q.get('etag')}"`);
        const size = Number(q.get('size') ?? 2000);
        const body = 'pact '.repeat(Math.ceil(size / 5)).slice(0, size);
        return new Response(body, { status: Number(q.get('status') ?? 200), headers });
      },
    ],
  });
});
after(() => server.close());

/** One request with exactly these headers, the body as sent (not decompressed). */
function get(path: string, headers: Record<string, string> = {}, port = server.port): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const decoded = (a: Answer) =>
  a.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(a.body)
    : a.headers['content-encoding'] === 'gzip'
      ? gunzipSync(a.body)
      : a.body;

const compressedBytes = async () => {
  const text = await (await fetch(`${server.url}/metrics`, { headers: { Authorization: 'Bearer tok' } })).text();
  return Number(/^pact_compressed_cache_bytes (\d+)$/m.exec(text)?.[1] ?? NaN);
};

describe('the compressor', () => {
  test('a body under 1024 bytes is sent as it is, unless identity is refused; 1024 bytes and more are compressed', async () => {
    const cases: [number, string, string | undefined][] = [
      [1023, 'gzip', undefined],
      [1024, 'gzip', 'gzip'],
      [1023, 'br', undefined],
      [1024, 'br', 'br'],
      [1023, 'gzip, identity;q=0', 'gzip'],
      [10, 'br, identity;q=0', 'br'],
    ];
    for (const [size, accept, coding] of cases) {
      const a = await get(`/page?size=${size}`, { 'Accept-Encoding': accept });
      const what = `${size} bytes, ${accept}`;
      assert.equal(a.status, 200, what);
      assert.equal(a.headers['content-encoding'], coding, what);
      assert.equal(decoded(a).toString(), 'pact '.repeat(1000).slice(0, size), what);
      assert.equal(Number(a.headers['content-length']), a.body.length, what);
    }
  });

  test('each coding has its own ETag; a body without one is compressed and still has none', async () => {
    const gz = await get('/page?etag=v1', { 'Accept-Encoding': 'gzip' });
    const br = await get('/page?etag=v1', { 'Accept-Encoding': 'br' });
    const plain = await get('/page?etag=v1');
    assert.deepEqual([gz.headers['etag'], br.headers['etag'], plain.headers['etag']], ['"v1-gzip"', '"v1-br"', '"v1"']);
    for (const accept of ['gzip', 'br']) {
      const a = await get('/page', { 'Accept-Encoding': accept });
      assert.equal(a.status, 200, accept);
      assert.equal(a.headers['content-encoding'], accept);
      assert.equal(a.headers['etag'], undefined, accept);
      assert.equal(decoded(a).length, 2000, accept);
    }
  });

  test('an answer other than 200 keeps its status and its bytes, even when identity is refused', async () => {
    for (const accept of ['gzip', 'gzip, identity;q=0']) {
      const page = await get('/page?status=404&size=3000', { 'Accept-Encoding': accept });
      assert.deepEqual(
        [page.status, page.headers['content-encoding'], page.body.length],
        [404, undefined, 3000],
        accept,
      );
      const api = await get('/v1/partners/atlantis', { 'Accept-Encoding': accept });
      assert.equal(api.status, 404, accept);
      assert.equal(api.headers['content-encoding'], undefined, accept);
      assert.equal((JSON.parse(api.body.toString()) as Problem).status, 404, accept);
    }
  });

  test('only text, JSON, SVG and XML are compressed: another type, or none, is sent as it is', async () => {
    const cases: [string, string | undefined][] = [
      ['text/html; charset=utf-8', 'gzip'],
      ['application/json', 'gzip'],
      ['application/problem+json', 'gzip'],
      ['application/xml; charset=utf-8', 'gzip'],
      ['image/svg+xml', 'gzip'],
      ['image/png', undefined],
      ['application/octet-stream', undefined],
      ['none', undefined],
    ];
    for (const [type, coding] of cases) {
      const a = await get(`/page?type=${encodeURIComponent(type)}`, { 'Accept-Encoding': 'gzip' });
      assert.deepEqual([a.status, a.headers['content-encoding']], [200, coding], type);
      assert.equal(decoded(a).length, 2000, type);
    }
  });

  test('the IATI export (a megabyte of XML) is compressed, and decodes to the bytes sent plain', async () => {
    const plain = await get('/v1/projects.iati.xml');
    assert.equal(plain.status, 200);
    assert.match(String(plain.headers['content-type']), /^application\/xml/);
    assert.ok(plain.body.length > 500_000, `${plain.body.length} bytes`);
    for (const coding of ['gzip', 'br']) {
      const a = await get('/v1/projects.iati.xml', { 'Accept-Encoding': coding });
      assert.equal(a.headers['content-encoding'], coding);
      assert.ok(a.body.length < plain.body.length / 5, `${coding}: ${a.body.length} bytes`);
      assert.ok(decoded(a).equals(plain.body), coding);
      // brotli at quality 5, a speed choice: 15 ms for this megabyte where zlib's default (11)
      // takes about 560 ms (measured 2026-12-04). These are quality 5’s exact bytes.
      if (coding === 'br')
        assert.ok(
          a.body.equals(
            brotliCompressSync(plain.body, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: plain.body.length },
            }),
          ),
          'brotli at quality 5',
        );
    }
  });

  test("the country outlines, every route map's largest download, are sent with brotli's best compression", async () => {
    const plain = await get('/v1/geo/countries');
    const a = await get('/v1/geo/countries', { 'Accept-Encoding': 'br' });
    assert.equal(a.headers['content-encoding'], 'br');
    assert.ok(decoded(a).equals(plain.body));
    // 64.9 kB at quality 5 (the other answers' choice, above), 55.6 kB at 11: these are 11's bytes.
    const best = brotliCompressSync(plain.body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: plain.body.length },
    });
    assert.equal(a.body.length, best.length, 'the outlines at brotli quality 11');
    assert.ok(a.body.equals(best));
  });

  test('compressing the outlines (a third of a second) does not hold other requests; two at once share it', async () => {
    // A server of its own: nothing compressed yet.
    const fresh = await startServer({ dataset: await loadDataset(), log: false });
    try {
      const done: string[] = [];
      const br = { 'Accept-Encoding': 'br' };
      const outlines = [1, 2].map((n) =>
        get('/v1/geo/countries', br, fresh.port).then((a) => (done.push(`outlines ${n}`), a)),
      );
      await new Promise((r) => setTimeout(r, 20));
      const health = get('/healthz', {}, fresh.port).then((a) => (done.push('healthz'), a));
      const [first, second] = await Promise.all(outlines);
      assert.equal((await health).status, 200);
      assert.equal(done[0], 'healthz', `answered in the order ${done.join(', ')}`);
      assert.ok(first?.body.equals(second?.body ?? Buffer.alloc(0)), 'the same bytes for both');
      assert.equal(first?.headers['content-encoding'], 'br');
    } finally {
      await fresh.close();
    }
  });

  test("a hot answer is compressed again at brotli's best quality, with its own ETag that revalidates", async () => {
    // A server of its own: nothing compressed yet.
    const fresh = await startServer({ dataset: await loadDataset(), log: false });
    try {
      const path = '/v1/partners?lang=en&limit=200';
      const br = { 'Accept-Encoding': 'br' };
      const plain = await get(path, {}, fresh.port);
      const quality = (q: number) =>
        brotliCompressSync(plain.body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: q, [constants.BROTLI_PARAM_SIZE_HINT]: plain.body.length },
        });
      const first = await get(path, br, fresh.port);
      assert.ok(first.body.equals(quality(5)), 'asked for once: brotli at quality 5');
      assert.match(String(first.headers.etag), /^"[^"]+-br"$/);
      // Asked again: still quality 5's body, and quality 11's is made meanwhile.
      const second = await get(path, br, fresh.port);
      assert.ok(second.body.equals(first.body));
      let hot = second;
      for (const deadline = Date.now() + 3000; hot.headers.etag === first.headers.etag && Date.now() < deadline;)
        hot = await get(path, br, fresh.port);
      assert.equal(hot.headers.etag, String(first.headers.etag).replace(/-br"$/, '-br11"'), 'its own ETag within 3 s');
      assert.ok(hot.body.equals(quality(11)), 'brotli at quality 11: the same JSON, fewer bytes');
      assert.ok(hot.body.length < first.body.length, `${hot.body.length} < ${first.body.length} bytes`);
      assert.equal(hot.headers['content-length'], String(hot.body.length));
      assert.ok(decoded(hot).equals(plain.body));
      // Either tag revalidates the same content.
      for (const tag of [first.headers.etag, hot.headers.etag]) {
        const again = await get(path, { ...br, 'If-None-Match': String(tag) }, fresh.port);
        assert.equal(again.status, 304, String(tag));
      }
      // gzip is not affected.
      const gzip = await get(path, { 'Accept-Encoding': 'gzip' }, fresh.port);
      assert.match(String(gzip.headers.etag), /-gzip"$/);
    } finally {
      await fresh.close();
    }
  });

  test(`a hot body over ${HOT_BROTLI_MAX_BYTES / 1024} kB stays at brotli's quality 5`, async () => {
    const fresh = await startServer({
      dataset: await loadDataset(),
      log: false,
      handlers: [
        (_req, url) => {
          if (url.pathname !== '/page') return undefined;
          const size = Number(url.searchParams.get('size'));
          const body = 'pact '.repeat(Math.ceil(size / 5)).slice(0, size);
          return new Response(body, { headers: { 'Content-Type': 'text/plain', ETag: `"${size}"` } });
        },
      ],
    });
    try {
      const br = { 'Accept-Encoding': 'br' };
      const big = `/page?size=${HOT_BROTLI_MAX_BYTES + 1}`;
      const small = `/page?size=${HOT_BROTLI_MAX_BYTES}`;
      await get(big, br, fresh.port);
      await get(big, br, fresh.port);
      // One compression at quality 11 at a time: once the small body's is done, the big one's
      // would have been too.
      let hot = await get(small, br, fresh.port);
      for (const deadline = Date.now() + 3000; !/-br11"$/.test(String(hot.headers.etag)) && Date.now() < deadline;)
        hot = await get(small, br, fresh.port);
      assert.equal(hot.headers.etag, `"${HOT_BROTLI_MAX_BYTES}-br11"`, 'the body at the bound: quality 11 within 3 s');
      const third = await get(big, br, fresh.port);
      assert.equal(third.headers.etag, `"${HOT_BROTLI_MAX_BYTES + 1}-br"`, 'over the bound: still quality 5');
    } finally {
      await fresh.close();
    }
  });

  test('a body with an ETag is compressed once per coding and kept; one without is not kept', async () => {
    const before = await compressedBytes();
    const first = await get('/page?etag=kept&size=5000', { 'Accept-Encoding': 'gzip' });
    const key = '"kept"|gzip';
    assert.equal(await compressedBytes(), before + first.body.length + key.length);
    const again = await get('/page?etag=kept&size=5000', { 'Accept-Encoding': 'gzip' });
    assert.ok(again.body.equals(first.body));
    assert.equal(await compressedBytes(), before + first.body.length + key.length, 'asked again: not kept twice');
    await get('/page?size=5000', { 'Accept-Encoding': 'gzip' });
    assert.equal(await compressedBytes(), before + first.body.length + key.length, 'without an ETag: not kept');
  });

  test('406 when no coding the client accepts is available: a problem document, not cached, for every origin', async () => {
    const a = await get('/v1/partners', { 'Accept-Encoding': 'gzip;q=0, br;q=0, identity;q=0' });
    assert.equal(a.status, 406);
    assert.equal(a.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(a.headers['access-control-allow-origin'], '*');
    assert.equal(a.headers['cache-control'], 'no-store');
    assert.equal(a.headers['vary'], 'Accept-Encoding');
    const problem = JSON.parse(a.body.toString()) as Problem;
    assert.equal(problem.status, 406);
    assert.equal(problem.title, 'Not Acceptable');
    assert.equal(
      problem.detail,
      'No content coding the client accepts is available: send "Accept-Encoding: br", "gzip" or allow identity.',
    );
    // A type that is not compressed, with identity refused: the same answer.
    const png = await get('/page?type=image/png', { 'Accept-Encoding': 'gzip, identity;q=0' });
    assert.equal(png.status, 406);
  });
});

describe('the compressed bodies kept', () => {
  test('by default up to 16 MiB: an 8 MiB body is kept, a 17 MiB one is not', () => {
    const cache = compressedBodies();
    cache.set('"big"|br', Buffer.alloc(8 * 1024 * 1024));
    assert.equal(cache.size, 8 * 1024 * 1024 + 8);
    cache.set('"huge"|br', Buffer.alloc(17 * 1024 * 1024));
    assert.equal(cache.get('"huge"|br'), undefined);
  });

  test('idle bodies are dropped when one is kept, at most every quarter of the idle limit', () => {
    // (lru-cache takes a start time of 0 for "no time": the clock starts at 1 s.)
    let now = 1_000;
    const cache = compressedBodies(1024 * 1024, 60_000, { now: () => now });
    cache.set('"a"|gzip', Buffer.alloc(100)); // 108 bytes with its key
    now = 51_000;
    cache.set('"b"|gzip', Buffer.alloc(200)); // a purge: nothing idle yet
    assert.equal(cache.size, 108 + 208);
    now = 62_000; // "a" idle for 61 s, but the last purge was 11 s ago: "a" still counted
    cache.set('"c"|gzip', Buffer.alloc(300));
    assert.equal(cache.size, 108 + 208 + 308);
    now = 66_000; // a quarter of the limit (15 s) since the last purge: "a" dropped
    cache.set('"d"|gzip', Buffer.alloc(400));
    assert.equal(cache.size, 208 + 308 + 408);
  });
});
