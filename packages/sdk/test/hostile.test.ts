// The SDK against servers that misbehave on purpose, over real HTTP: huge and endless bodies,
// repeating or endless cursors, absurd Retry-After values; and text() with prototype keys.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  createClient,
  PactBodyTooLargeError,
  PactError,
  PactHttpError,
  PactPagingError,
  PactWriteError,
  text,
  type LocalizedText,
} from '@pact/sdk';
import { rejection, since, slack } from './helpers.js';

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;
/** Each misbehaviour is a scenario: the first path segment, e.g. /endless/v1/meta. */
const routes = new Map<string, Handler>();
/** Requests by scenario, and the last If-None-Match by path. */
const seen = new Map<string, number>();
const revalidated = new Map<string, string | undefined>();
/** Bytes written by the endless body before the client hung up. */
let endlessSent = 0;
let server: Server;
let origin: string;

const route = (scenario: string, h: Handler) => routes.set(scenario, h);
const count = (scenario: string) => seen.get(scenario) ?? 0;
/** The baseUrl of a scenario. */
const at = (scenario: string) => `${origin}/${scenario}/v1`;
const json = (res: ServerResponse, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(200, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

before(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] as string;
    const scenario = path.split('/')[1] as string;
    const n = count(scenario) + 1;
    seen.set(scenario, n);
    revalidated.set(path, req.headers['if-none-match']);
    const h = routes.get(scenario);
    if (h) h(req, res, n);
    else json(res, { status: 404 });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  // Says 100 MB up front, then sends a trickle and never ends.
  route('huge-length', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(100 * 1024 * 1024) });
    res.write('{"data":[');
  });
  // A chunked body that never ends: 64 kB at a time for as long as the client reads.
  route('endless', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    const chunk = Buffer.alloc(65536, 0x20);
    const pump = () => {
      while (!res.destroyed && res.write(chunk)) endlessSent += chunk.length;
      if (!res.destroyed) res.once('drain', pump);
    };
    res.write('{"data":[');
    pump();
  });
  route('endless-write', (_req, res) => {
    res.writeHead(201, { 'Content-Type': 'application/json' });
    res.write('{"id":"');
    const chunk = Buffer.alloc(65536, 0x61);
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', pump);
    };
    pump();
  });
  // 2 MB of valid JSON: under the default limit.
  route('big', (_req, res) => json(res, { data: [{ note: 'x'.repeat(2 * 1024 * 1024) }] }));
  // Distinct bodies of about 1,000 characters with ETags, for the cache bound.
  route('etag', (req, res) => {
    const k = (req.url ?? '').split('/').at(-1) as string;
    if (req.headers['if-none-match'] === `"${k}"`) res.writeHead(304, { ETag: `"${k}"` }).end();
    else json(res, { id: k, pad: k.repeat(1000) }, { ETag: `"${k}"` });
  });
  // Pages whose `next` comes back: the same cursor, or a cycle a -> b -> a.
  route('pages', (req, res) => {
    const cursor = new URL(req.url ?? '', 'http://x').searchParams.get('cursor');
    const next = req.headers['x-mode'] === 'cycle' ? (cursor === 'a' ? 'b' : 'a') : 'same';
    json(res, { data: [{ id: `p-${cursor}` }], total: 1e6, next });
  });
});
after(() => {
  server.closeAllConnections();
  return new Promise<void>((ok) => server.close(() => ok()));
});

describe('response body limits', () => {
  it('a Content-Length over maxBodyBytes fails at once with PactBodyTooLargeError, timeout or not', async () => {
    for (const timeoutMs of [0, 10000]) {
      const t0 = performance.now();
      const e = await rejection(createClient({ baseUrl: at('huge-length'), timeoutMs, maxBodyBytes: 1e6 }).meta.get());
      assert.ok(e instanceof PactBodyTooLargeError && e instanceof PactError, String(e));
      assert.equal(e.name, 'PactBodyTooLargeError');
      assert.equal(e.maxBodyBytes, 1e6);
      assert.equal(e.url, `${at('huge-length')}/meta`);
      assert.ok(since(t0) < slack(1000), `${since(t0)} ms`);
    }
  });

  it('the default limit is 10 MB: a 100 MB Content-Length is refused without reading it', async () => {
    const c = createClient({ baseUrl: at('huge-length'), timeoutMs: 0 });
    const e = await rejection(c.geo.countries());
    assert.ok(e instanceof PactBodyTooLargeError, String(e));
    assert.equal(e.maxBodyBytes, 10_000_000);
  });

  it('a never-ending chunked body is cut at the limit with the timeout off, and not retried', async () => {
    endlessSent = 0;
    const before = count('endless');
    const c = createClient({ baseUrl: at('endless'), timeoutMs: 0, maxBodyBytes: 2e6 });
    const t0 = performance.now();
    const e = await rejection(c.meta.get());
    assert.ok(e instanceof PactBodyTooLargeError, String(e));
    assert.match(e.message, /sent over 2000000 bytes\. Raise maxBodyBytes\.$/);
    assert.ok(since(t0) < 5000, `${since(t0)} ms`);
    assert.equal(count('endless') - before, 1, 'not retried');
    // The client hung up: the server stops well short of what it would send to a reader.
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(endlessSent < 16 * 1024 * 1024, `${endlessSent} bytes sent`);
  });

  it('a body under the limit arrives whole (2 MB under the default 10 MB), and fails under a 1 MB limit', async () => {
    const pillars = await createClient({ baseUrl: at('big') }).pillars.list();
    assert.equal((pillars.data[0] as unknown as { note: string }).note.length, 2 * 1024 * 1024);
    const e = await rejection(createClient({ baseUrl: at('big'), maxBodyBytes: 1024 * 1024 }).pillars.list());
    assert.ok(e instanceof PactBodyTooLargeError);
  });

  it('a write whose answer never ends fails with PactBodyTooLargeError naming the method', async () => {
    const c = createClient({ baseUrl: at('endless-write'), apiKey: 'k', timeoutMs: 0, maxBodyBytes: 1e6 });
    const e = await rejection(c.projects.create({} as never));
    assert.ok(e instanceof PactBodyTooLargeError, String(e));
    assert.match(e.message, /^POST /);
  });

  it('the cache is bounded in bytes: the oldest body is dropped, the newest still revalidates', async () => {
    const c = createClient({ baseUrl: at('etag'), maxCacheBytes: 2500 });
    for (const k of ['a', 'b', 'c', 'd'] as const) await c.routes.get(k as never);
    await c.routes.get('d' as never);
    assert.equal(revalidated.get('/etag/v1/routes/d'), '"d"', 'd is still cached');
    await c.routes.get('a' as never);
    assert.equal(revalidated.get('/etag/v1/routes/a'), undefined, 'a was dropped to stay under 2,500');
    // With room for all four, the first is still there.
    const roomy = createClient({ baseUrl: at('etag') });
    for (const k of ['a', 'b', 'c', 'd'] as const) await roomy.routes.get(k as never);
    await roomy.routes.get('a' as never);
    assert.equal(revalidated.get('/etag/v1/routes/a'), '"a"');
  });
});

/**
 * A fetch that answers any route with a small body and its ETag (`"<id>"`), 304 when asked with
 * that tag; `asked` records the If-None-Match each URL was last sent with.
 */
function taggedFetch() {
  const asked = new Map<string, string | null>();
  const fetchFn: typeof fetch = async (input, init) => {
    const url = String(input);
    const tag = `"${url.split('/').pop()}"`;
    const sent = new Headers(init?.headers).get('If-None-Match');
    asked.set(url, sent);
    if (sent === tag) return new Response(null, { status: 304, headers: { ETag: tag } });
    return new Response(JSON.stringify({ id: url.split('/').pop() }), {
      status: 200,
      headers: { 'Content-Type': 'application/json', ETag: tag },
    });
  };
  return { asked, fetchFn };
}

describe('the cache at its bounds', () => {
  const base = 'http://cache.test/v1';
  const revalidates = async (c: ReturnType<typeof createClient>, id: string, asked: Map<string, string | null>) => {
    await c.routes.get(id as never);
    return asked.get(`${base}/routes/${id}`) === `"${id}"`;
  };

  it('holds exactly 300 answers; the 301st drops the oldest', async () => {
    const { asked, fetchFn } = taggedFetch();
    const c = createClient({ baseUrl: base, fetch: fetchFn, retries: 0 });
    for (let i = 0; i < 300; i++) await c.routes.get(`r${i}` as never);
    assert.equal(await revalidates(c, 'r0', asked), true, 'r0 is still cached with 300 answers');
    await c.routes.get('r300' as never);
    // A revalidation (304) does not make an answer newer: r0 is still the oldest, and goes.
    assert.equal(await revalidates(c, 'r1', asked), true, 'r1 is still cached');
    assert.equal(await revalidates(c, 'r0', asked), false, 'r0 was dropped by the 301st answer');
  });

  it('holds answers up to exactly maxCacheBytes in all', async () => {
    const { asked, fetchFn } = taggedFetch();
    const size = JSON.stringify({ id: 'r0' }).length;
    const c = createClient({ baseUrl: base, fetch: fetchFn, retries: 0, maxCacheBytes: 3 * size });
    for (const id of ['r0', 'r1', 'r2']) await c.routes.get(id as never);
    assert.equal(await revalidates(c, 'r0', asked), true, 'three answers fill maxCacheBytes exactly');
    await c.routes.get('r3' as never);
    assert.equal(await revalidates(c, 'r2', asked), true, 'the newest stay');
    assert.equal(await revalidates(c, 'r0', asked), false, 'a fourth answer drops the oldest');
  });
});

describe('all() under a server whose pages never end', () => {
  it('a repeated cursor stops with PactPagingError after the pages read', async () => {
    const before = count('pages');
    const got: string[] = [];
    const e = await rejection(
      (async () => {
        for await (const p of createClient({ baseUrl: at('pages') }).partners.all()) got.push(p.id);
      })(),
    );
    assert.ok(e instanceof PactPagingError && e instanceof PactError, String(e));
    assert.equal(e.repeated, true);
    assert.equal(e.pages, 2);
    assert.deepEqual(got, ['p-null', 'p-same']);
    assert.equal(count('pages') - before, 2);
  });

  it('a cycle of cursors (a, b, a) is caught too', async () => {
    const fetchCycle: typeof fetch = (u, i) => fetch(u, { ...i, headers: { ...i?.headers, 'X-Mode': 'cycle' } });
    const e = await rejection(
      (async () => {
        for await (const _ of createClient({ baseUrl: at('pages'), fetch: fetchCycle }).partners.all()) void _;
      })(),
    );
    assert.ok(e instanceof PactPagingError && e.repeated, String(e));
    assert.equal(e.pages, 3);
  });

  it('more than maxPages pages stop with PactPagingError (repeated false)', async () => {
    let page = 0;
    // Every page a new cursor: only the page cap ends it.
    const fresh: typeof fetch = async () =>
      new Response(JSON.stringify({ data: [{ id: `p${page}` }], total: 1e6, next: `c${++page}` }));
    let n = 0;
    const e = await rejection(
      (async () => {
        for await (const _ of createClient({ baseUrl: at('pages'), fetch: fresh, maxPages: 5 }).partners.all()) n++;
      })(),
    );
    assert.ok(e instanceof PactPagingError, String(e));
    assert.equal(e.repeated, false);
    assert.equal(e.pages, 5);
    assert.equal(n, 5);
    assert.match(e.message, /went on after 5 pages\. Check the API, or raise maxPages\.$/);
  });
});

describe('Retry-After past what a timer holds', () => {
  const retryAfter = (value: string) => (_req: IncomingMessage, res: ServerResponse, n: number) => {
    if (n > 1 && value === '1') return json(res, { data: [], total: 0, next: null });
    res.writeHead(503, { 'Content-Type': 'application/problem+json', 'Retry-After': value });
    res.end(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Busy.' }));
  };
  const cases: [string, string, number][] = [
    ['25.4 days (over 2^31-1 ms)', '2200000', 2.2e9],
    ['two hours', '7200', 7.2e6],
    ['100 years as a date', new Date(Date.now() + 100 * 365 * 864e5).toUTCString(), 100 * 365 * 864e5],
  ];
  cases.forEach(([what, value, ms], i) => {
    it(`${what}: not waited for, not retried at once; the error carries retryAfter`, async () => {
      route(`ra-${i}`, retryAfter(value));
      const t0 = performance.now();
      const e = await rejection(createClient({ baseUrl: at(`ra-${i}`), timeoutMs: 0, retries: 3 }).meta.get());
      assert.ok(e instanceof PactHttpError, String(e));
      assert.equal(e.status, 503);
      // Within 1 % of what was sent (a date has a resolution of one second).
      assert.ok(e.retryAfter !== undefined && Math.abs(e.retryAfter - ms) <= ms * 0.01, `${e.retryAfter}`);
      assert.equal(count(`ra-${i}`), 1, 'asked once');
      assert.ok(since(t0) < slack(2000));
    });
  });

  it('one second is waited for and retried (the control)', async () => {
    route('ra-one', retryAfter('1'));
    const c = createClient({ baseUrl: at('ra-one'), timeoutMs: 0 });
    const t0 = performance.now();
    const r = await c.pillars.list();
    assert.deepEqual(r.data, []);
    assert.equal(count('ra-one'), 2);
    assert.ok(since(t0) >= 900);
  });

  it('a write answered 429 with a 30-day Retry-After fails at once with retryAfter set', async () => {
    route('ra-write', (_req, res) => {
      res.writeHead(429, { 'Content-Type': 'application/problem+json', 'Retry-After': String(30 * 86400) });
      res.end(JSON.stringify({ type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'Slow down.' }));
    });
    const c = createClient({ baseUrl: at('ra-write'), apiKey: 'k', timeoutMs: 0 });
    const t0 = performance.now();
    const e = await rejection(c.projects.create({} as never));
    assert.ok(e instanceof PactWriteError, String(e));
    assert.equal(e.retryAfter, 30 * 86400 * 1000);
    assert.equal(count('ra-write'), 1);
    assert.ok(since(t0) < slack(2000));
  });
});

describe('text() reads own string values only', () => {
  const t = { en: 'Vienna', fr: 'Vienne' } as LocalizedText;
  it('prototype keys are not texts: constructor, __proto__, toString fall back to English', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      assert.equal(text(t, key), 'Vienna', key);
      assert.equal(typeof text(t, key), 'string');
    }
    assert.equal(text({} as LocalizedText, 'constructor'), '');
  });
  it('an own "__proto__" key (as JSON.parse makes it) is a text; non-string values are skipped', () => {
    assert.equal(text(JSON.parse('{"__proto__":"own","en":"Vienna"}') as LocalizedText, '__proto__'), 'own');
    const odd = JSON.parse('{"fr":{"x":1},"ru":5,"de":"Wien"}') as LocalizedText;
    assert.equal(text(odd, 'fr'), 'Wien');
    assert.equal(text('not an object' as unknown as LocalizedText), '');
  });
});
