// Issue 14 (the API half), over real HTTP: no error answer larger than its request plus 4 kB,
// `q` folded before the cache is keyed, log lines that cannot be forged, Node's own refusals as
// problem documents, Accept-Encoding per RFC 9110, HEAD = GET without the body, BCP 47 lookup.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import type { Problem } from '@pact/schema';
import { loadDataset, startServer, type RunningServer } from '@pact/api/node';
import { BodyCache, matching } from '../src/http-cache.js';
import { LOG_PATH_LENGTH, logLine, logPath } from '../src/log.js';
import { negotiate } from '../src/encoding.js';
import { lookupLanguage, MAX_QUERY_PARAMS } from '../src/params.js';
import { MAX_LISTED_ERRORS } from '../src/problem.js';

let server: RunningServer;
before(async () => {
  server = await startServer({ dataset: await loadDataset(), port: 0, log: false });
});
after(() => server.close());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with exactly these headers (no decompression, no URL normalisation). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Bytes of the request line and headers Node sends for `get(path)`. */
const requestBytes = (path: string) => Buffer.byteLength(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:00000\r\n\r\n`);
const problemOf = (a: Answer) => JSON.parse(a.body.toString('utf8')) as Problem;

/** Sends raw bytes on a new socket and returns everything the server writes until it closes. */
function rawSocket(bytes: string): Promise<string> {
  return new Promise((ok, fail) => {
    const socket = connect(server.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'ECONNRESET' || e.code === 'EPIPE' ? ok(Buffer.concat(chunks).toString('latin1')) : fail(e),
    );
    socket.on('close', () => ok(Buffer.concat(chunks).toString('latin1')));
    // A server that never answers fails the test by name, in seconds.
    socket.setTimeout(5000, () => {
      socket.destroy();
      fail(new Error(`no answer within 5 s to ${JSON.stringify(bytes.slice(0, 40))}`));
    });
    socket.write(bytes);
  });
}

describe('amplification: an error answer is never larger than its request plus 4 kB', () => {
  test('2,737 unknown parameters are refused early with a short problem naming the query', async () => {
    // One- and two-character names (some repeated), as in the issue: an 8.2 kB request target.
    const names = Array.from({ length: 2737 }, (_, i) => (i < 36 ? i : i % 1296).toString(36));
    const path = `/v1/partners?${names.join('&')}`;
    assert.ok(path.length < 8192, 'under the 414 limit, so the parameter count is what is refused');
    const t0 = performance.now();
    const r = await get(path);
    const ms = performance.now() - t0;
    assert.equal(r.status, 400);
    assert.ok(r.body.length <= requestBytes(path) + 4096, `${r.body.length} bytes`);
    assert.ok(r.body.length < 400, `a short answer, not one error per parameter: ${r.body.length} bytes`);
    const p = problemOf(r);
    assert.equal(p.title, 'Bad Request');
    assert.equal(p.detail, `The query has 2737 parameters; the API reads at most ${MAX_QUERY_PARAMS}.`);
    assert.deepEqual(p.errors, [{ param: 'query', message: `has more than ${MAX_QUERY_PARAMS} parameters` }]);
    assert.equal(r.headers['access-control-allow-origin'], '*');
    assert.ok(ms < 1000, `${ms} ms`);
  });

  test('33 parameters are refused, 32 are read (and each unknown one reported)', async () => {
    const at = (n: number) => `/v1/partners?${Array.from({ length: n }, (_, i) => `p${i}=1`).join('&')}`;
    assert.match(problemOf(await get(at(33))).detail ?? '', /^The query has 33 parameters/);
    const p = problemOf(await get(at(32)));
    assert.match(p.detail ?? '', /^Invalid query parameters\. p0: unknown parameter; this endpoint accepts kind,/);
    assert.match(p.detail ?? '', /; and 24 more\.$/);
  });

  test('a handful of errors is listed, the rest counted; the accepted names are given once', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `${'x'.repeat(190)}${i}`);
    const path = `/v1/projects?${names.map((n) => `${n}=1`).join('&')}`;
    const r = await get(path);
    assert.equal(r.status, 400);
    const p = problemOf(r);
    assert.equal(p.errors?.length, MAX_LISTED_ERRORS);
    assert.deepEqual(p.errors?.[0]?.allowed, [
      'pillar',
      'status',
      'illustrative',
      'country',
      'donor',
      'q',
      'sort',
      'lang',
      'limit',
      'cursor',
    ]);
    assert.deepEqual(
      p.errors?.slice(1).map((e) => [e.message, e.allowed]),
      Array.from({ length: MAX_LISTED_ERRORS - 1 }, () => ['unknown parameter', undefined]),
    );
    assert.match(p.detail ?? '', new RegExp(`; and ${30 - MAX_LISTED_ERRORS} more\\.$`));
    assert.ok(r.body.length <= requestBytes(path) + 4096, `${r.body.length} bytes`);
  });
});

describe('the body cache is keyed on the folded query and bounded in bytes', () => {
  test('a q of only combining marks is no q: the same body and ETag as no q at all', async () => {
    const plain = await get('/v1/projects?limit=200');
    const marks = await get(`/v1/projects?limit=200&q=${encodeURIComponent('\u0301\u0308\u0327 \u0301')}`);
    assert.equal(marks.status, 200);
    assert.equal(marks.headers['etag'], plain.headers['etag']);
    assert.ok(marks.body.equals(plain.body));
    const filtered = JSON.parse((await get('/v1/projects?q=border')).body.toString('utf8')) as { total: number };
    const all = JSON.parse(plain.body.toString('utf8')) as { total: number };
    assert.ok(filtered.total > 0 && filtered.total < all.total, 'q filters when it folds to something');
    const accented = await get(`/v1/projects?q=${encodeURIComponent('BÖRDÉR')}`);
    assert.equal(accented.headers['etag'], (await get('/v1/projects?q=border')).headers['etag']);
  });

  test('a cursor made for a folded q is accepted for the same search written differently', async () => {
    const first = JSON.parse((await get('/v1/partners?q=an&limit=2')).body.toString('utf8')) as { next: string };
    const r = await get(`/v1/partners?q=${encodeURIComponent('ÁN')}&limit=2&cursor=${first.next}`);
    assert.equal(r.status, 200, r.body.toString('utf8'));
  });

  test('BodyCache keeps at most its byte budget, evicting the least recently used', async () => {
    const cache = new BodyCache(10_000);
    const body = (n: number) => async () => ({ text: 'x'.repeat(n) });
    await cache.get('r1', 'a', body(3000));
    await cache.get('r1', 'b', body(3000));
    await cache.get('r1', 'a', body(3000)); // a is now the most recently used
    await cache.get('r1', 'c', body(3000));
    await cache.get('r1', 'd', body(3000));
    assert.ok(cache.size <= 10_000, `${cache.size} bytes`);
    let made = 0;
    const counting = async () => ((made += 1), { text: 'x'.repeat(3000) });
    await cache.get('r1', 'a', counting);
    assert.equal(made, 0, 'the recently used entry was kept');
    await cache.get('r1', 'b', counting);
    assert.equal(made, 1, 'the least recently used entry was evicted');
    for (let i = 0; i < 1000; i++) await cache.get('r1', `k${i}`, body(500));
    assert.ok(cache.size <= 10_000, `${cache.size} bytes after 1,000 distinct keys`);
    // The key is kept too, and counted (two bytes a character): a long query with a small answer.
    const keyed = new BodyCache(100_000);
    await keyed.get('r1', 'q'.repeat(8000), body(10));
    assert.ok(keyed.size >= 16_010, `${keyed.size} bytes for a 10-byte body under an 8,000-character key`);
  });

  test('If-None-Match matches a tag whole: weak or compressed forms of it, never a tag that only contains it', () => {
    const etag = '"a1b2"';
    assert.equal(matching('"a1b2"', etag), '"a1b2"');
    assert.equal(matching('W/"a1b2"', etag), '"a1b2"');
    assert.equal(matching('"x", W/"a1b2-gzip"', etag), '"a1b2-gzip"');
    assert.equal(matching('*', etag), etag);
    // "W/" inside a tag is part of it, not a weak prefix; a suffix other than -gzip or -br is too.
    assert.equal(matching('"a1bW/2"', etag), null);
    assert.equal(matching('"a1b2W/"', etag), null);
    assert.equal(matching('"a1b2-zstd"', etag), null);
    assert.equal(matching('"a1b2-gzip"x', etag), null);
  });

  test('a body made before a write is not kept for the revision after it', async () => {
    const cache = new BodyCache();
    // A list is being made at revision r1 when a write makes r2 (another request is answered at r2).
    let finish: (v: unknown) => void = () => {};
    const slow = cache.get('r1', 'list', () => new Promise((resolve) => (finish = resolve)));
    await cache.get('r2', 'other', async () => ({ data: [] }));
    finish({ data: ['before the write'] });
    const old = await slow;
    assert.equal(new TextDecoder().decode(old.body), '{"data":["before the write"]}');
    // The next request at r2 gets r2's list, not the one made at r1.
    const next = await cache.get('r2', 'list', async () => ({ data: ['after the write'] }));
    assert.equal(new TextDecoder().decode(next.body), '{"data":["after the write"]}');
    assert.notEqual(next.etag, old.etag);
  });
});

describe('logging and the answers Node gives itself', () => {
  test('the path of a log line is escaped and cut', () => {
    assert.equal(logPath('/v1/%0d%0aGET%20/admin%20200'), '/v1/\\x0d\\x0aGET /admin 200');
    assert.equal(logPath('/v1/%1b[31mred%1b[0m'), '/v1/\\x1b[31mred\\x1b[0m');
    assert.equal(logPath('/v1/%E2%80%AEevil%C2%85'), '/v1/\\u202eevil\\x85');
    assert.equal(logPath('/v1/%zz\\'), '/v1/%zz\\\\');
    const long = logPath(`/${'a'.repeat(5000)}`);
    assert.equal(long.length, 201);
    assert.ok(long.endsWith('…'));
    // Exactly the bound: shown whole, not marked as cut.
    const whole = `/${'a'.repeat(LOG_PATH_LENGTH - 1)}`;
    assert.equal(logPath(whole), whole);
    // A control above Latin-1 (the Arabic letter mark) in four hex digits.
    assert.equal(logPath('/v1/%D8%9Cx'), '/v1/\\u061cx');
  });

  test('the method of a log line: at most 20 characters, anything but letters and "-" as "?"', () => {
    assert.equal(logLine('GET', '/v1/meta', 200, 1.2), 'GET /v1/meta 200 1.2ms');
    assert.equal(logLine('GE\r\nT', '/v1/meta', 400, 0.04), 'GE??T /v1/meta 400 0.0ms');
    assert.equal(logLine('M-SEARCH'.padEnd(40, 'X'), '/', 405, 3), `${'M-SEARCH'.padEnd(20, 'X')} / 405 3.0ms`);
  });

  test('a request with CR LF and ANSI escapes in its path logs one escaped line', async () => {
    const logged = await startServer({ dataset: await loadDataset(), port: 0, log: true });
    const lines: string[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
    try {
      await new Promise<void>((ok, fail) => {
        const req = request(`${logged.url}/v1/x%0d%0aGET%20/v1/meta%20200%201.0ms%1b[2J?q=1`, (res) => {
          res.resume();
          res.on('end', ok);
        });
        req.on('error', fail);
        req.end();
      });
    } finally {
      console.log = original;
      await logged.close();
    }
    assert.deepEqual(
      lines.map((l) => l.replace(/ \d+\.\dms [0-9a-f-]{36}$/, ' Nms')),
      ['GET /v1/x\\x0d\\x0aGET /v1/meta 200 1.0ms\\x1b[2J 404 Nms'],
    );
  });

  test('a malformed request line gets a 400 problem document with CORS', async () => {
    const answer = await rawSocket('GET /v1/meta HTTP/1.1 extra\r\nHost: x\r\n\r\n');
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    assert.match(head, /^HTTP\/1\.1 400 Bad Request\r\n/);
    assert.match(head, /\r\nAccess-Control-Allow-Origin: \*\r\n/);
    assert.match(head, /\r\nContent-Type: application\/problem\+json; charset=utf-8\r\n/);
    // Never kept by a cache; its length told (a client need not wait for the connection's end).
    assert.match(head, /\r\nCache-Control: no-store\r\n/);
    assert.match(head, new RegExp(`\\r\\nContent-Length: ${Buffer.byteLength(body)}\\r\\n`));
    assert.deepEqual(JSON.parse(body), {
      type: 'https://pact-embed.org/problems/bad-request',
      title: 'Bad Request',
      status: 400,
      detail: 'The request is not well-formed HTTP/1.1.',
    });
  });

  test('headers over 64 kB get a 431 problem document with CORS', async () => {
    const answer = await rawSocket(`GET /v1/meta HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`);
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    assert.match(head, /^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    assert.match(head, /\r\nAccess-Control-Allow-Origin: \*\r\n/);
    assert.equal(problemOf({ status: 431, headers: {}, body: Buffer.from(body) }).status, 431);
    assert.match(JSON.parse(body).detail, /headers are larger than the server accepts/);
  });
});

describe('Accept-Encoding per RFC 9110, and HEAD mirrors GET', () => {
  test('negotiate() honours q-values, * and identity;q=0, and ignores unknown codings', () => {
    const cases: [string | undefined, string | null, boolean][] = [
      [undefined, null, true],
      ['gzip', 'gzip', true],
      ['br', 'br', true],
      ['gzip, br', 'br', true],
      ['BR;Q=1', 'br', true],
      ['br;q=0', null, true],
      ['br;q=0, gzip', 'gzip', true],
      ['br;q=0.5, gzip', 'gzip', true],
      ['br;q=0.5, gzip;q=0.4', 'br', true],
      ['x-br', null, true],
      ['x-gzip, brotli', null, true],
      ['*', 'br', true],
      ['*;q=0.5, br;q=0', 'gzip', true],
      ['gzip;q=0, *;q=0', null, true],
      ['gzip;q=0, br;q=0, identity;q=0', null, false],
      ['gzip, identity;q=0', 'gzip', false],
      ['br;q=2, gzip;q=abc', null, true],
      ['identity', null, true],
    ];
    for (const [header, coding, identity] of cases) {
      assert.deepEqual(negotiate(header), { coding, identity }, String(header));
    }
  });

  test('over HTTP: the coding served follows the q-values', async () => {
    const raw = (await get('/v1/partners')).body;
    const cases: [string, string | undefined, number][] = [
      ['br;q=0', undefined, 200],
      ['x-br', undefined, 200],
      ['br;q=0, gzip', 'gzip', 200],
      ['gzip;q=0, *;q=0', undefined, 200],
      ['br', 'br', 200],
      ['gzip;q=0, br;q=0, identity;q=0', undefined, 406],
    ];
    for (const [accept, coding, status] of cases) {
      const r = await get('/v1/partners', { 'Accept-Encoding': accept });
      assert.equal(r.status, status, accept);
      assert.equal(r.headers['content-encoding'], coding, accept);
      if (status !== 200) {
        assert.equal(problemOf(r).status, 406);
        assert.equal(r.headers['vary'], 'Accept-Encoding');
        continue;
      }
      const plain = coding === 'br' ? brotliDecompressSync(r.body) : coding === 'gzip' ? gunzipSync(r.body) : r.body;
      assert.ok(plain.equals(raw), accept);
    }
  });

  test('HEAD answers exactly the headers of GET, without a body', async () => {
    const paths = ['/v1/partners', '/v1/projects?pillar=2', '/v1/meta', '/v1/routes/balkan', '/v1/nothing'];
    for (const path of paths) {
      for (const accept of [undefined, 'gzip', 'br', 'br;q=0, gzip']) {
        const headers: Record<string, string> = accept ? { 'Accept-Encoding': accept } : {};
        const g = await get(path, headers);
        const h = await get(path, headers, 'HEAD');
        const comparable = (a: Answer) =>
          Object.fromEntries(
            Object.entries(a.headers).filter(([k]) => !['date', 'connection', 'keep-alive'].includes(k)),
          );
        assert.equal(h.status, g.status, `${path} ${accept}`);
        assert.deepEqual(comparable(h), comparable(g), `${path} ${accept}`);
        assert.equal(Number(h.headers['content-length']), g.body.length, `${path} ${accept}`);
      }
      // Node's client reads no body after a HEAD, so the socket is read instead: nothing follows
      // the headers (the connection closes right after them).
      const wire = await rawSocket(`HEAD ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      assert.match(wire, /^HTTP\/1\.1 \d{3} /, path);
      assert.equal(wire.slice(wire.indexOf('\r\n\r\n') + 4), '', `${path}: bytes after the headers of a HEAD`);
    }
  });
});

describe('language tags fall back by BCP 47 lookup', () => {
  test('lookupLanguage cuts subtags from the end', () => {
    const values = ['en', 'fr', 'zh', 'zh-Hant'];
    assert.equal(lookupLanguage('zh-Hant-TW', values), 'zh-Hant');
    assert.equal(lookupLanguage('zh-Hans-CN', values), 'zh');
    assert.equal(lookupLanguage('ZH-hant', values), 'zh-Hant');
    assert.equal(lookupLanguage('fr-CA-x-quebec', values), 'fr');
    assert.equal(lookupLanguage('pt-BR', values), undefined);
    assert.equal(lookupLanguage('en_US', values), null);
    assert.equal(lookupLanguage('x', values), null);
  });

  test('lang=zh-Hant-TW answers exactly what lang=zh does; ru-Cyrl-RU what ru does; pt-BR what no lang does', async () => {
    const body = async (path: string) => {
      const r = await get(path);
      assert.equal(r.status, 200, `${path}: ${r.body.toString('utf8').slice(0, 300)}`);
      return r.body.toString('utf8');
    };
    const same = async (a: string, b: string) => assert.ok((await body(a)) === (await body(b)), `${a} = ${b}`);
    const ids = (text: string) => (JSON.parse(text) as { data: { id: string }[] }).data.map((p) => p.id).join();
    const list = '/v1/partners?sort=name&limit=200';
    assert.notEqual(ids(await body(`${list}&lang=ru`)), ids(await body(list)), 'the Russian order differs');
    await same(`${list}&lang=zh-Hant-TW`, `${list}&lang=zh`);
    await same(`${list}&lang=zh-Hant`, `${list}&lang=zh`);
    await same(`${list}&lang=ZH-hans-cn`, `${list}&lang=zh`);
    await same(`${list}&lang=ru-Cyrl-RU`, `${list}&lang=ru`);
    await same(`${list}&lang=pt-BR`, list);
    await same('/v1/projects?lang=fr-CA&sort=title', '/v1/projects?lang=fr&sort=title');
  });

  test('a malformed tag is a 400 naming lang', async () => {
    const r = await get('/v1/partners?lang=en_US');
    assert.equal(r.status, 400);
    assert.deepEqual(problemOf(r), {
      type: 'https://pact-embed.org/problems/bad-request',
      title: 'Bad Request',
      status: 400,
      detail:
        'Invalid query parameters. lang: "en_US" is not a well-formed BCP 47 language tag (e.g. en, fr, ru, zh-Hant-TW).',
      instance: '/v1/partners',
      errors: [
        { param: 'lang', message: '"en_US" is not a well-formed BCP 47 language tag (e.g. en, fr, ru, zh-Hant-TW)' },
      ],
    });
  });
});
