// The static files' types, compression and caching by name, over real HTTP: each extension the
// server knows gets its Content-Type (an unknown one is a download, never sniffed), the text kinds
// are compressed and the images are not, and only a versioned folder or a hashed chunk of the CDN is
// cached for a year.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { cdnDir, loadDataset, startServer, type RunningServer } from '@pact/api/node';

const tmp = mkdtempSync(join(tmpdir(), 'pact-static-types-'));
const root = join(tmp, 'site');
const cdn = join(tmp, 'cdn');
const outside = join(tmp, 'outside');
for (const d of [
  root,
  outside,
  cdn,
  join(cdn, 'chunks'),
  join(cdn, '1.2.3'),
  join(cdn, '1.2.3-rc.1'),
  join(cdn, '10.20.30'),
  join(cdn, 'v1'),
  join(cdn, 'v1.2.3'),
])
  mkdirSync(d, { recursive: true });
const TEXT = 'const text = "long enough to be worth compressing";\n'.repeat(40);

const TYPES: [string, string, boolean][] = [
  ['page.html', 'text/html; charset=utf-8', true],
  ['a.js', 'text/javascript; charset=utf-8', true],
  ['a.mjs', 'text/javascript; charset=utf-8', true],
  ['a.css', 'text/css; charset=utf-8', true],
  ['a.json', 'application/json; charset=utf-8', true],
  ['a.svg', 'image/svg+xml', true],
  ['a.png', 'image/png', false],
  ['a.txt', 'text/plain; charset=utf-8', true],
  ['favicon.ico', 'image/x-icon', false],
  ['data.bin', 'application/octet-stream', false],
];
for (const [name] of TYPES) writeFileSync(join(root, name), TEXT);
for (const name of [
  'entry.js',
  'chunks/lazy-AbC_12-z.js',
  'chunks/lazy-AbC_12-z.js.map',
  'chunks/lazy-short.js',
  'chunks/lazy-AbC_12-zz.js',
  'chunks/lazy-a.js',
  'chunks/lazy-AbC_12-z.json',
  '1.2.3/pact-elements.js',
  '1.2.3-rc.1/pact-elements.js',
  '10.20.30/pact-elements.js',
  'v1/pact-elements.js',
  'v1.2.3/pact-elements.js',
])
  writeFileSync(join(cdn, name), TEXT);
// At the size limits: exactly 1 kB (compressed), and exactly 1 MiB (still compressed on the fly).
writeFileSync(join(root, 'kb.txt'), 'k'.repeat(1024));
writeFileSync(join(root, 'mib.txt'), 'm'.repeat(1024 * 1024));
// A built .br as old as its file is used (its text differs: only it could send that text).
writeFileSync(join(root, 'same-age.js'), TEXT);
writeFileSync(join(root, 'same-age.js.br'), brotliCompressSync(`${TEXT}// from the built .br\n`));
for (const f of ['same-age.js', 'same-age.js.br'])
  utimesSync(join(root, f), new Date(2026, 0, 1), new Date(2026, 0, 1));
// Over 8 MB with a built .br: streamed, with the length of the .br.
const BIG = 'b'.repeat(9 * 1024 * 1024);
writeFileSync(join(root, 'big.js'), BIG);
writeFileSync(join(root, 'big.js.br'), brotliCompressSync(BIG, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }));
writeFileSync(join(outside, 'secret.txt'), 'SECRET');
// The site root holds a path of the CDN's prefix too: the CDN's folder must answer it.
mkdirSync(join(root, 'cdn'));
writeFileSync(join(root, 'cdn', 'entry.js'), 'the site root’s copy');
symlinkSync(join(outside, 'secret.txt'), join(root, 'escape.txt'));

let server: RunningServer;
before(async () => {
  server = await startServer({
    dataset: await loadDataset(),
    log: false,
    statics: { '/cdn/': cdnDir(cdn), '/': { dir: root } },
  });
});
after(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });
/** The static files' own refusal: a plain-text 404 (not the API's problem document). */
async function refusedByTheFiles(path: string) {
  const res = await get(path);
  assert.equal(res.status, 404, path);
  assert.equal(res.headers.get('Content-Type'), 'text/plain; charset=utf-8', path);
  assert.equal(await res.text(), 'Not found\n', path);
}

describe('static files by name', () => {
  for (const [name, type, compressed] of TYPES)
    test(`${name}: ${type}, ${compressed ? 'compressed' : 'sent as it is'}`, async () => {
      const res = await get(`/${name}`, { 'Accept-Encoding': 'br' });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('Content-Type'), type);
      assert.equal(res.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.equal(res.headers.get('Content-Encoding'), compressed ? 'br' : null);
      assert.equal(await res.text(), TEXT);
    });

  test('an encoded slash is not a folder: /cdn/chunks%2f… is not the chunk', async () => {
    assert.equal((await get('/cdn/chunks/lazy-AbC_12-z.js')).status, 200);
    await refusedByTheFiles('/cdn/chunks%2flazy-AbC_12-z.js');
    await refusedByTheFiles('/cdn/chunks%2Flazy-AbC_12-z.js');
  });

  test('a path the files refuse gets their plain 404, not the API’s: bad encoding, a link out of the root', async () => {
    await refusedByTheFiles('/cdn/%E0%A4%A');
    await refusedByTheFiles('/escape.txt');
  });

  test('compressed from exactly 1 kB, and on the fly up to exactly 1 MiB', async () => {
    for (const name of ['kb.txt', 'mib.txt']) {
      const res = await get(`/${name}`, { 'Accept-Encoding': 'br' });
      assert.equal(res.headers.get('Content-Encoding'), 'br', name);
      assert.equal((await res.text()).length, name === 'kb.txt' ? 1024 : 1024 * 1024);
    }
  });

  test('a built .br as old as its file is used', async () => {
    const res = await get('/same-age.js', { 'Accept-Encoding': 'br' });
    assert.match(await res.text(), /from the built \.br/);
  });

  test('a file over 8 MB with a built .br: the .br streamed, with its own length', async () => {
    const res = await get('/big.js', { 'Accept-Encoding': 'br' });
    assert.equal(res.headers.get('Content-Encoding'), 'br');
    // fetch decodes the body; the length sent is the built file's.
    assert.equal(Number(res.headers.get('Content-Length')), statSync(join(root, 'big.js.br')).size);
    assert.equal((await res.text()).length, BIG.length);
  });

  test('the ETag of a file sent as it is brings a 304 back', async () => {
    const first = await get('/a.png');
    const etag = first.headers.get('ETag') ?? '';
    assert.match(etag, /^"[0-9a-f]+-[0-9a-f]+"$/);
    assert.equal((await get('/a.png', { 'If-None-Match': etag })).status, 304);
  });

  test('a year of caching only for a versioned folder or a chunk with an 8-character hash (and its map)', async () => {
    const cache = async (path: string) => {
      const res = await get(path);
      assert.equal(res.status, 200, path);
      return res.headers.get('Cache-Control');
    };
    const year = 'public, max-age=31536000, immutable';
    const revalidated = 'public, max-age=300, must-revalidate';
    assert.equal(await cache('/cdn/1.2.3/pact-elements.js'), year);
    assert.equal(await cache('/cdn/1.2.3-rc.1/pact-elements.js'), year);
    assert.equal(await cache('/cdn/chunks/lazy-AbC_12-z.js'), year);
    assert.equal(await cache('/cdn/chunks/lazy-AbC_12-z.js.map'), year);
    assert.equal(await cache('/cdn/10.20.30/pact-elements.js'), year);
    assert.equal(
      (await get('/cdn/chunks/lazy-AbC_12-z.js.map')).headers.get('Content-Type'),
      'application/json; charset=utf-8',
    );
    for (const path of [
      '/cdn/entry.js',
      '/cdn/v1/pact-elements.js',
      '/cdn/v1.2.3/pact-elements.js',
      '/cdn/chunks/lazy-a.js',
      '/cdn/chunks/lazy-AbC_12-z.json',
      '/cdn/chunks/lazy-short.js',
      '/cdn/chunks/lazy-AbC_12-zz.js',
    ])
      assert.equal(await cache(path), revalidated, path);
  });
});

describe('static folders as a deployment may list them', () => {
  let other: RunningServer;
  before(async () => {
    other = await startServer({
      dataset: await loadDataset(),
      log: false,
      // The site first, as a string; the CDN after it; and a folder that does not exist.
      statics: { '/': root, '/cdn/': cdnDir(cdn), '/missing/': join(tmp, 'no-such-folder') },
    });
  });
  after(() => other.close());

  test('the longest prefix wins whatever the order, a folder given as a string is served, a missing one serves nothing', async () => {
    const entry = await fetch(`${other.url}/cdn/entry.js`);
    assert.equal(entry.status, 200);
    assert.equal(entry.headers.get('Access-Control-Allow-Origin'), '*', 'served as the CDN');
    assert.equal(await entry.text(), TEXT, 'from the CDN’s folder, not the site root’s cdn/');
    assert.equal((await fetch(`${other.url}/a.css`)).status, 200);
    // Nothing of the process's own folder through a folder that is not there.
    for (const path of ['/missing/package.json', '/missing/', '/missing/index.html'])
      assert.equal((await fetch(`${other.url}${path}`)).status, 404, path);
  });
});
