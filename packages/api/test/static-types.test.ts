// The static files' types, compression and caching by name, over real HTTP: each extension the
// server knows gets its Content-Type (an unknown one is a download, never sniffed), the text kinds
// are compressed and the images are not, and only a versioned folder or a hashed chunk of the CDN is
// cached for a year.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cdnDir, loadDataset, startServer, type RunningServer } from '@pact/api/node';

const tmp = mkdtempSync(join(tmpdir(), 'pact-static-types-'));
const root = join(tmp, 'site');
const cdn = join(tmp, 'cdn');
for (const d of [root, cdn, join(cdn, 'chunks'), join(cdn, '1.2.3'), join(cdn, '1.2.3-rc.1'), join(cdn, 'v1')])
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
  '1.2.3/pact-elements.js',
  '1.2.3-rc.1/pact-elements.js',
  'v1/pact-elements.js',
])
  writeFileSync(join(cdn, name), TEXT);

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
    assert.equal((await get('/cdn/chunks%2flazy-AbC_12-z.js')).status, 404);
    assert.equal((await get('/cdn/chunks%2Flazy-AbC_12-z.js')).status, 404);
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
    for (const path of [
      '/cdn/entry.js',
      '/cdn/v1/pact-elements.js',
      '/cdn/chunks/lazy-short.js',
      '/cdn/chunks/lazy-AbC_12-zz.js',
    ])
      assert.equal(await cache(path), revalidated, path);
  });
});
