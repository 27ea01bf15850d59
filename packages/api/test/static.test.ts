// The static files of `npm start` over real HTTP: no path out of the root (dotfiles, encoded
// separators, symbolic links), validators and 304s, content negotiation with q-values, built
// .br/.gz files used as they are, source maps never compressed on the fly, and the headers a
// reference deployment needs (nosniff, Referrer-Policy, CORS and immutable caching for the CDN).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request, type IncomingHttpHeaders } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { cdnDir, loadDataset, startServer, STRICT_CSP, type RunningServer } from '@pact/api/node';

const tmp = mkdtempSync(join(tmpdir(), 'pact-static-'));
const root = join(tmp, 'site');
const cdn = join(tmp, 'cdn');
const outside = join(tmp, 'outside');
for (const d of [root, join(root, 'sub'), cdn, join(cdn, 'chunks'), outside]) mkdirSync(d);
const SECRET = 'SECRET=do-not-serve';
const script = (tag: string) => `export const ${tag} = ${JSON.stringify('x'.repeat(40))};\n`.repeat(60);
const PAGE = `<!doctype html><title>t</title><p>${'A page that is long enough to compress. '.repeat(40)}</p>`;
writeFileSync(join(root, 'index.html'), PAGE);
writeFileSync(join(root, 'app.js'), script('app'));
writeFileSync(join(root, 'app.js.map'), JSON.stringify({ version: 3, mappings: 'AAAA;'.repeat(2000) }));
writeFileSync(join(root, 'tiny.txt'), 'small');
writeFileSync(join(root, '.env'), SECRET);
writeFileSync(join(root, 'sub', '.hidden'), SECRET);
writeFileSync(join(outside, 'secret.txt'), SECRET);
writeFileSync(join(outside, 'index.html'), SECRET);
symlinkSync(join(outside, 'secret.txt'), join(root, 'escape.txt'));
symlinkSync(outside, join(root, 'elsewhere'));
symlinkSync(join(root, 'app.js'), join(root, 'alias.js'));
writeFileSync(join(cdn, 'entry.js'), script('entry'));
writeFileSync(join(cdn, 'chunks', 'lazy-AbC_12-z.js'), script('lazy'));
// A built .br whose text differs from the file's: only the server reading it would send that text.
writeFileSync(join(cdn, 'entry.js.br'), brotliCompressSync(`${script('entry')}// from the built .br\n`));
// A built .br older than its file is stale: never sent.
writeFileSync(join(root, 'app.js.br'), brotliCompressSync('stale'));
utimesSync(join(root, 'app.js.br'), new Date(2000, 0, 1), new Date(2000, 0, 1));

let server: RunningServer;
before(async () => {
  server = await startServer({
    dataset: await loadDataset(),
    log: false,
    statics: { '/cdn/': cdnDir(cdn), '/': { dir: root } },
    staticHeaders: { 'Content-Security-Policy': STRICT_CSP },
  });
});
after(() => server.close());

interface Got {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}
/** A raw request: the path goes out exactly as written (no URL normalization by a client). */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Got> {
  return new Promise((ok, fail) => {
    const req = request(`${server.url}/`, { path, method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', fail);
    req.end();
  });
}
const decoded = (g: Got) =>
  (g.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(g.body)
    : g.headers['content-encoding'] === 'gzip'
      ? gunzipSync(g.body)
      : g.body
  ).toString();

describe('nothing outside the root, no dotfiles', () => {
  const refused = [
    '/.env',
    '/sub/.hidden',
    '/%2eenv',
    '/%2Eenv',
    '/sub%2f.hidden',
    '/sub%2F%2ehidden',
    '/sub%5c.hidden',
    '/sub\\.hidden',
    '/escape.txt',
    '/elsewhere/secret.txt',
    '/elsewhere/',
    '/cdn/..%2f..%2foutside/secret.txt',
    '/%2e%2e/outside/secret.txt',
    '/.%2e/outside/secret.txt',
    '/app.js%00.html',
  ];
  for (const path of refused) {
    test(`${path} is refused and shows nothing of the file`, async () => {
      const g = await raw(path);
      // 404; Node's own parser refuses a raw backslash with 400 before the server sees it.
      assert.equal(g.status, path.includes('\\') ? 400 : 404);
      assert.ok(!g.body.toString().includes('SECRET'), g.body.toString());
    });
  }
  test('a refused path is a plain 404 that the browser may not sniff', async () => {
    const g = await raw('/cdn/.env');
    assert.equal(g.status, 404);
    assert.equal(g.headers['x-content-type-options'], 'nosniff');
    assert.equal(g.headers['content-type'], 'text/plain; charset=utf-8');
  });

  test('a symbolic link that stays inside the root is served', async () => {
    const g = await raw('/alias.js');
    assert.equal(g.status, 200);
    assert.equal(g.body.toString(), script('app'));
  });
});

describe('validators and 304', () => {
  test('ETag and Last-Modified; If-None-Match (any coding, weak or strong) and If-Modified-Since answer 304', async () => {
    const first = await raw('/index.html', { 'Accept-Encoding': 'br' });
    assert.equal(first.status, 200);
    const etag = String(first.headers.etag);
    const modified = String(first.headers['last-modified']);
    assert.match(etag, /^"[0-9a-f]+-[0-9a-f]+-br"$/);
    assert.ok(Date.parse(modified) > 0);
    for (const inm of [etag, `W/${etag}`, etag.replace('-br"', '"'), `"nope", ${etag}`]) {
      const again = await raw('/index.html', { 'If-None-Match': inm, 'Accept-Encoding': 'gzip' });
      assert.equal(again.status, 304, inm);
      assert.equal(again.body.length, 0);
      assert.equal(again.headers.etag, etag.replace('-br"', '-gzip"'));
    }
    assert.equal((await raw('/index.html', { 'If-None-Match': '"other"' })).status, 200);
    assert.equal((await raw('/index.html', { 'If-Modified-Since': modified })).status, 304);
    assert.equal((await raw('/index.html', { 'If-Modified-Since': 'Sat, 01 Jan 2000 00:00:00 GMT' })).status, 200);
  });

  test('a changed file gets a new ETag and its new content, compressed or not', async () => {
    writeFileSync(join(root, 'changing.js'), script('one'));
    const a = await raw('/changing.js', { 'Accept-Encoding': 'gzip' });
    assert.equal(decoded(a), script('one'));
    writeFileSync(join(root, 'changing.js'), script('second'));
    utimesSync(join(root, 'changing.js'), new Date(), new Date(Date.now() + 5000));
    const b = await raw('/changing.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': String(a.headers.etag) });
    assert.equal(b.status, 200);
    assert.notEqual(b.headers.etag, a.headers.etag);
    assert.equal(decoded(b), script('second'));
  });

  test('HEAD sends exactly the headers of GET, without a body', async () => {
    const h = { 'Accept-Encoding': 'br' };
    const get = await raw('/cdn/entry.js', h);
    const head = await raw('/cdn/entry.js', h, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    for (const name of ['content-length', 'etag', 'content-encoding', 'content-type', 'vary', 'cache-control'])
      assert.equal(head.headers[name], get.headers[name], name);
    assert.equal(Number(get.headers['content-length']), get.body.length);
  });
});

describe('content negotiation', () => {
  const cases: [string, string | undefined][] = [
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.8', 'br'],
    ['gzip;q=0.9, br;q=0.2', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['x-br, x-gzip', undefined],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['identity', undefined],
  ];
  for (const [accept, encoding] of cases) {
    test(`Accept-Encoding: ${accept} gets ${encoding ?? 'the file as it is'}`, async () => {
      const g = await raw('/app.js', { 'Accept-Encoding': accept });
      assert.equal(g.status, 200);
      assert.equal(g.headers['content-encoding'], encoding);
      assert.equal(g.headers.vary, 'Accept-Encoding');
      assert.equal(decoded(g), script('app'), 'a stale built .br is never sent');
    });
  }

  test('a built .br next to the file is sent as it is; without Accept-Encoding the file itself', async () => {
    const br = await raw('/cdn/entry.js', { 'Accept-Encoding': 'br, gzip' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(decoded(br), /from the built \.br/);
    // No built .gz: gzip is made here from the file (a .js file is small enough).
    const gz = await raw('/cdn/entry.js', { 'Accept-Encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(decoded(gz), script('entry'));
    assert.equal((await raw('/cdn/entry.js')).body.toString(), script('entry'));
  });

  test('a source map without a built .br/.gz is sent uncompressed, whatever the client asks', async () => {
    const g = await raw('/app.js.map', { 'Accept-Encoding': 'br, gzip' });
    assert.equal(g.status, 200);
    assert.equal(g.headers['content-encoding'], undefined);
    assert.equal(g.headers.vary, 'Accept-Encoding');
    assert.equal(JSON.parse(g.body.toString()).version, 3);
  });

  test('a file over 8 MB is streamed whole, uncompressed, with its length (HEAD too)', async () => {
    writeFileSync(join(root, 'big.txt'), Buffer.alloc(9 * 1024 * 1024, 0x61));
    const g = await raw('/big.txt', { 'Accept-Encoding': 'br' });
    assert.equal(g.status, 200);
    assert.equal(g.headers['content-encoding'], undefined);
    assert.equal(g.body.length, 9 * 1024 * 1024);
    assert.equal(Number(g.headers['content-length']), g.body.length);
    assert.ok(g.body.every((b) => b === 0x61));
    const head = await raw('/big.txt', {}, 'HEAD');
    assert.equal(head.headers['content-length'], g.headers['content-length']);
    assert.equal(head.headers.etag, g.headers.etag);
  });

  test('a file under 1 kB is not compressed', async () => {
    const g = await raw('/tiny.txt', { 'Accept-Encoding': 'br' });
    assert.equal(g.headers['content-encoding'], undefined);
    assert.equal(g.body.toString(), 'small');
  });
});

describe('headers of a reference deployment', () => {
  test('pages: nosniff, Referrer-Policy, a CSP that forbids foreign frames, revalidated, no CORS', async () => {
    const g = await raw('/');
    assert.equal(g.status, 200);
    assert.equal(g.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(g.headers['x-content-type-options'], 'nosniff');
    assert.equal(g.headers['referrer-policy'], 'strict-origin-when-cross-origin');
    assert.match(String(g.headers['content-security-policy']), /frame-ancestors 'self'/);
    assert.equal(g.headers['cache-control'], 'no-cache');
    assert.equal(g.headers['access-control-allow-origin'], undefined);
  });

  test('/cdn/: open to every origin; hashed chunks immutable for a year, the entry file revalidated', async () => {
    const entry = await raw('/cdn/entry.js');
    const chunk = await raw('/cdn/chunks/lazy-AbC_12-z.js');
    for (const g of [entry, chunk]) {
      assert.equal(g.status, 200);
      assert.equal(g.headers['access-control-allow-origin'], '*');
      assert.equal(g.headers['x-content-type-options'], 'nosniff');
      assert.equal(g.headers['content-type'], 'text/javascript; charset=utf-8');
    }
    assert.equal(chunk.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(entry.headers['cache-control'], 'public, max-age=300, must-revalidate');
    assert.equal(entry.headers['referrer-policy'], undefined);
  });

  test('the API is still the API', async () => {
    const g = await raw('/v1/meta');
    assert.equal(g.status, 200);
    assert.equal(JSON.parse(g.body.toString()).counts.pillars, 4);
  });
});
