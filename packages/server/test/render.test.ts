// GET /v1/render/{tag} (render/index.ts) over real HTTP beside the real API: the problem documents
// (400 naming the attribute, 404 naming the tag or the record, 405), ETag and 304, and the cache
// of rendered HTML, revalidated against the API's answers (render/cache.ts).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataset, startServer, type PageHandler, type RunningServer } from '@pact/api/node';
import type { Rendered } from '@pact/elements/ssr';
import { renderHandler } from '../src/render/index.js';
import { RenderCache } from '../src/render/cache.js';

let server: RunningServer;
/** The API requests the render handler made, with their If-None-Match. */
const seen: string[] = [];
const watch: PageHandler = (req, url) => {
  if (url.pathname.startsWith('/v1/') && !url.pathname.startsWith('/v1/render/'))
    seen.push(`${url.pathname} ${req.headers.get('If-None-Match') ? 'conditional' : 'full'}`);
  return undefined;
};

before(async () => {
  server = await startServer({ dataset: await loadDataset(), log: false, handlers: [watch, renderHandler()] });
});
after(() => server?.close());

const get = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init);

test('bad input: 400 naming the attribute, 404 naming the tag or the record, 405 for a write', async () => {
  const cases: [string, number, string | undefined][] = [
    ['/v1/render/pact-route-map?routes=northern%20eastern', 400, 'routes'],
    ['/v1/render/pact-route-map?view=globe', 400, 'view'],
    ['/v1/render/pact-route-map?width=5000', 400, 'width'],
    ['/v1/render/pact-route-map?onload=x', 400, 'onload'],
    ['/v1/render/pact-projects?status=bogus', 400, 'status'],
    ['/v1/render/pact-projects?limit=10&limit=20', 400, 'limit'],
    ['/v1/render/pact-desk', 404, 'tag'],
    ['/v1/render/pact-partnership?partnership=nope', 404, 'partnership'],
  ];
  for (const [path, status, param] of cases) {
    seen.length = 0;
    const res = await get(path);
    assert.equal(res.status, status, path);
    assert.match(res.headers.get('Content-Type') ?? '', /^application\/problem\+json/, path);
    const body = (await res.json()) as { status: number; errors?: { param: string }[] };
    assert.equal(body.status, status);
    assert.equal(body.errors?.[0]?.param, param, path);
    if (param === 'routes' || param === 'view' || param === 'width')
      assert.deepEqual(seen, [], `${path}: refused before anything is loaded`);
  }
  const post = await get('/v1/render/pact-route-map', { method: 'POST' });
  assert.equal(post.status, 405);
});

test('ETag and 304; the same HTML from the cache while the API answers 304 to each of its sources', async () => {
  const path = '/v1/render/pact-route-map?routes=balkan';
  seen.length = 0;
  const first = await get(path);
  assert.equal(first.status, 200);
  const html = await first.text();
  const etag = first.headers.get('ETag')!;
  assert.match(etag, /^"ssr-[\w-]+"$/);
  assert.deepEqual(seen.sort(), ['/v1/geo/countries full', '/v1/partners full', '/v1/routes full']);

  seen.length = 0;
  const again = await get(path);
  assert.equal(await again.text(), html);
  assert.equal(again.headers.get('ETag'), etag);
  assert.deepEqual(
    seen.sort(),
    ['/v1/geo/countries conditional', '/v1/partners conditional', '/v1/routes conditional'],
    'revalidated, not loaded again',
  );
  assert.equal((await get(path, { headers: { 'If-None-Match': etag } })).status, 304);
  assert.equal((await get(path, { headers: { 'If-None-Match': `W/${etag}, "other"` } })).status, 200);

  // Without a cache: the data loaded again each time, the same HTML (but for the API's origin).
  const uncached = await startServer({
    dataset: await loadDataset(),
    log: false,
    handlers: [watch, renderHandler({ cache: false })],
  });
  try {
    seen.length = 0;
    const res = await fetch(`${uncached.url}${path}`);
    const fresh = await res.text();
    const second = await fetch(`${uncached.url}${path}`);
    assert.equal(second.headers.get('ETag'), res.headers.get('ETag'));
    await second.text();
    assert.equal(seen.filter((s) => s.endsWith('full')).length, 6, 'loaded twice');
    // The shadow roots are the same but for the element's own ids (one per render).
    const shadow = (s: string) =>
      s.slice(s.indexOf('<template'), s.indexOf('</template>')).replace(/(summary|keys)-[a-z0-9]+/g, '$1');
    assert.ok(shadow(html).length > 100_000);
    assert.ok(shadow(fresh) === shadow(html), 'the same shadow root from the cache as rendered afresh');
  } finally {
    await uncached.close();
  }
});

test('RenderCache: kept while every source answers 304, dropped at the first that changed', async () => {
  const rendered: Rendered = {
    html: '<pact-x></pact-x>',
    etag: '"ssr-x"',
    cacheControl: null,
    styleHashes: [],
    sources: [
      { url: 'http://api.test/v1/a', etag: '"a1"' },
      { url: 'http://api.test/v1/b', etag: '"b1"' },
    ],
  };
  let current: Record<string, string> = { '/v1/a': '"a1"', '/v1/b': '"b1"' };
  const asked: string[] = [];
  const fetcher = (async (url: string, init?: RequestInit) => {
    const path = new URL(url).pathname;
    const match = new Headers(init?.headers).get('If-None-Match');
    asked.push(`${path} ${match}`);
    return new Response(match === current[path] ? null : '{}', { status: match === current[path] ? 304 : 200 });
  }) as typeof fetch;
  const cache = new RenderCache();
  assert.equal(await cache.get('k', undefined, fetcher), undefined, 'nothing kept yet');
  cache.set('k', rendered);
  assert.equal(await cache.get('k', undefined, fetcher), rendered);
  assert.deepEqual(asked, ['/v1/a "a1"', '/v1/b "b1"']);
  current = { '/v1/a': '"a1"', '/v1/b': '"b2"' };
  assert.equal(await cache.get('k', undefined, fetcher), undefined, 'a source changed');
  current = { '/v1/a': '"a1"', '/v1/b': '"b1"' };
  assert.equal(await cache.get('k', undefined, fetcher), undefined, 'and the rendering was dropped');
  // A source without an ETag cannot be revalidated: never served from the cache.
  cache.set('n', { ...rendered, sources: [{ url: 'http://api.test/v1/a', etag: null }] });
  asked.length = 0;
  assert.equal(await cache.get('n', undefined, fetcher), undefined);
  assert.deepEqual(asked, []);
  // A source that cannot be revalidated (the API unreachable): not served from the cache.
  cache.set('u', rendered);
  const failing = (async () => {
    throw new TypeError('fetch failed');
  }) as typeof fetch;
  assert.equal(await cache.get('u', undefined, failing), undefined);
  // Bounded in bytes: the least recently used goes first.
  const small = new RenderCache(100);
  small.set('one', { ...rendered, html: 'x'.repeat(60) });
  small.set('two', { ...rendered, html: 'y'.repeat(60) });
  assert.equal(await small.get('one', undefined, fetcher), undefined);
  assert.ok(await small.get('two', undefined, fetcher));
});
