// Reads (the transport) against a real server scripted per request, for what the mutation runs found
// untested: error bodies that are no problem document, the hints by status, a Retry-After that is
// junk, a 204 that announces a huge body, the cache's bounds, stale-if-error only when the API is
// down, a wait of exactly an hour, a timeout too long for a timer, a shared request's bookkeeping
// (joined by a later caller, replaced after an abort), and the listeners and timers a read leaves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import {
  createClient,
  createReader,
  PactAbortError,
  PactBodyTooLargeError,
  PactHttpError,
  PactNetworkError,
  PactPagingError,
  PactTimeoutError,
  type ClientOptions,
  type PactError,
} from '@pact/sdk';
import { rejection, since, slack, scriptedServer, type Answer } from './helpers.js';

const srv = scriptedServer();

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}, reason?: string): Answer =>
  (_req, res) => {
    res.writeHead(status, reason ?? '', { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
/** The same answer after `ms`. */
const later =
  (ms: number, a: Answer): Answer =>
  (req, res, body) =>
    void setTimeout(() => a(req, res, body), ms);
const hang: Answer = () => undefined;
const reader = (o: ClientOptions = {}) => createReader({ baseUrl: srv.base, ...o });
const seen = (e: unknown) => [(e as PactError).name, (e as PactError).message];
const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
/** Resolves once the server has srv.received `n` requests (fails after 5 s). */
async function requests(n: number) {
  const t0 = performance.now();
  while (srv.received.length < n) {
    if (since(t0) > 5000) throw new Error(`only ${srv.received.length} of ${n} requests arrived`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('an error body that is JSON but no problem document is not taken for one; the hint follows the status', async () => {
  srv.script = [json(404, { detail: 'nope.' }, {}, 'Not Found')];
  const e = await rejection(reader({ retries: 0 }).meta.get());
  assert.ok(e instanceof PactHttpError);
  assert.equal(e.problem, undefined);
  assert.equal(e.message, `GET ${srv.base}/meta failed with 404 Not Found. Check the id and the baseUrl.`);
  // 499 is no server error: check the baseUrl, not try again later.
  srv.script = [json(499, { status: 499, title: 'Closed' }, {}, 'Client Closed')];
  assert.deepEqual(seen(await rejection(reader({ retries: 0 }).meta.get())), [
    'PactHttpError',
    `GET ${srv.base}/meta failed with 499 Client Closed. Check the baseUrl.`,
  ]);
  // A detail with a dot inside keeps it; only its final dot goes.
  srv.script = [json(500, { status: 500, title: 'Oops', detail: 'Disk 1.5 full.' }, {}, 'Internal Server Error')];
  assert.equal(
    ((await rejection(reader({ retries: 0 }).meta.get())) as Error).message,
    `GET ${srv.base}/meta failed with 500 Internal Server Error: Disk 1.5 full. Try again later.`,
  );
});

test('a read aborted before it starts, and paging that repeats a cursor: their names and sentences', async () => {
  const ac = new AbortController();
  ac.abort();
  assert.deepEqual(seen(await rejection(reader().meta.get({ signal: ac.signal }))), [
    'PactAbortError',
    `GET ${srv.base}/meta was aborted. Nothing to fix if you aborted it.`,
  ]);
  assert.equal(srv.received.length, 0);
  srv.script = [json(200, { data: [{ id: 'a' }], next: 'c1' })];
  const all = async () => {
    for await (const x of reader().partners.all()) void x;
  };
  const e = await rejection(all());
  assert.ok(e instanceof PactPagingError);
  assert.deepEqual(seen(e), [
    'PactPagingError',
    `GET ${srv.base}/partners repeated a cursor after 2 pages. Check the API, or raise maxPages.`,
  ]);
});

test('a Retry-After that is neither whole seconds nor a date gives no retryAfter', async () => {
  for (const value of ['1e3', '0x10']) {
    srv.script = [json(503, { status: 503, title: 'Busy' }, { 'Retry-After': value })];
    const e = await rejection(reader({ retries: 0 }).meta.get());
    assert.ok(e instanceof PactHttpError);
    assert.equal(e.retryAfter, undefined, `Retry-After: ${value}`);
  }
});

test('a 204 that announces a body over maxBodyBytes is a PactBodyTooLargeError', async () => {
  srv.script = [
    (_req, res) => {
      res.writeHead(204, { 'Content-Length': '99999999' });
      res.end();
    },
  ];
  const e = await rejection(reader({ retries: 0, maxBodyBytes: 1000 }).meta.get());
  assert.deepEqual(seen(e), [
    'PactBodyTooLargeError',
    `GET ${srv.base}/meta sent over 1000 bytes. Raise maxBodyBytes.`,
  ]);
  assert.ok(e instanceof PactBodyTooLargeError);
});

test('a body exactly as long as maxCacheBytes is kept and revalidated', async () => {
  const body = { id: 'x', pad: 'y'.repeat(50) };
  const size = JSON.stringify(body).length;
  srv.script = [json(200, body, { ETag: '"e1"' }), json(200, body, { ETag: '"e1"' })];
  const pact = reader({ maxCacheBytes: size });
  await pact.meta.get();
  await pact.meta.get();
  assert.deepEqual(
    srv.received.map((r) => r.headers['if-none-match']),
    [undefined, '"e1"'],
  );
});

test('the cache keeps 300 entries: the 301st pushes out the oldest', async () => {
  srv.script = [json(200, { id: 'x' }, { ETag: '"e"' })];
  const pact = reader();
  for (let i = 1; i <= 300; i++) await pact.projects.get(`p${i}`);
  await pact.projects.get('p1');
  assert.equal(srv.received.at(-1)?.headers['if-none-match'], '"e"', 'p1 kept among 300 entries');
  // Now p1 is the newest; one more entry pushes out p2, the oldest.
  await pact.projects.get('p301');
  await pact.projects.get('p2');
  assert.deepEqual(
    srv.received.slice(-2).map((r) => [r.url, r.headers['if-none-match']]),
    [
      ['/v1/projects/p301', undefined],
      ['/v1/projects/p2', undefined],
    ],
  );
});

test('stale-if-error: off by default; on, a 5xx serves the kept body but a 499 does not', async () => {
  const record = { id: 'x' };
  srv.script = [json(200, record), json(503, { status: 503, title: 'Busy' })];
  const plain = reader({ retries: 0 });
  await plain.meta.get();
  assert.ok((await rejection(plain.meta.get())) instanceof PactHttpError);

  srv.received = [];
  srv.script = [
    json(200, record),
    json(500, { status: 500, title: 'Oops' }),
    json(499, { status: 499, title: 'Closed' }),
  ];
  const stale = reader({ retries: 0, staleIfError: true, cache: false });
  await stale.meta.get();
  assert.deepEqual(await stale.meta.get(), record);
  const e = await rejection(stale.meta.get());
  assert.ok(e instanceof PactHttpError && e.status === 499, String(e));
});

test('a Retry-After of exactly an hour is waited for (until the caller aborts)', async () => {
  srv.script = [json(503, { status: 503, title: 'Busy' }, { 'Retry-After': '3600' })];
  const ac = new AbortController();
  const t0 = performance.now();
  setTimeout(() => ac.abort(), 300);
  const e = await rejection(reader({ retries: 1, timeoutMs: 0 }).meta.get({ signal: ac.signal }));
  assert.ok(e instanceof PactAbortError, String(e));
  assert.ok(since(t0) >= 250 && since(t0) < slack(2000), `${since(t0)} ms`);
  assert.equal(srv.received.length, 1);
});

test('aborting a read during its retry wait stops the wait: no timer is left running', async () => {
  // Settle the timers of earlier tests first (keep-alive sockets and the like).
  await new Promise((r) => setTimeout(r, 50));
  const idle = timers();
  srv.script = [json(503, { status: 503, title: 'Busy' }, { 'Retry-After': '4' })];
  const ac = new AbortController();
  const got = reader({ retries: 1, timeoutMs: 0 }).meta.get({ signal: ac.signal });
  await requests(1);
  await new Promise((r) => setTimeout(r, 100));
  ac.abort();
  assert.ok((await rejection(got)) instanceof PactAbortError);
  await new Promise((r) => setTimeout(r, 50));
  assert.ok(timers() <= idle, `no timer left running (${timers()} running, ${idle} before)`);
  assert.equal(srv.received.length, 1);
});

test('a timeout too long for a timer (over 2e9 ms) means no timeout, not an immediate one', async () => {
  srv.script = [later(300, json(200, { id: 'x' }))];
  assert.deepEqual(await reader({ timeoutMs: 3e9 }).meta.get(), { id: 'x' });
  srv.script = [later(300, json(200, { id: 'y' }))];
  assert.deepEqual(await reader().meta.get({ timeoutMs: 3e9 }), { id: 'y' });
});

test("a caller joining a shared read with a shorter timeout does not cut the first caller's retries short", async () => {
  srv.script = [later(200, json(503, { status: 503, title: 'Busy' }, { 'Retry-After': '1' })), json(200, { id: 'x' })];
  const pact = reader({ retries: 1 });
  const first = pact.meta.get({ timeoutMs: 0 });
  const second = pact.meta.get({ timeoutMs: 500 });
  assert.ok((await rejection(second)) instanceof PactTimeoutError);
  assert.deepEqual(await first, { id: 'x' });
  assert.equal(srv.received.length, 2);
});

test('after every caller aborted a read, a new read of the URL is shared by the next callers', async () => {
  srv.script = [hang, later(400, json(200, { id: 'x' }))];
  const pact = reader({ timeoutMs: 5000 });
  const ac = new AbortController();
  const a = pact.meta.get({ signal: ac.signal });
  await requests(1);
  ac.abort();
  const b = pact.meta.get();
  assert.ok((await rejection(a)) instanceof PactAbortError);
  // The aborted request has ended by now; a third caller joins the second request.
  await new Promise((r) => setTimeout(r, 100));
  const c = pact.meta.get();
  assert.deepEqual(await Promise.all([b, c]), [{ id: 'x' }, { id: 'x' }]);
  assert.equal(srv.received.length, 2);
});

test("reads leave no listener on the caller's signal", async () => {
  srv.script = [json(200, { id: 'x' }), json(500, { status: 500, title: 'Oops' })];
  const signal = new AbortController().signal;
  const pact = reader({ retries: 0, cache: false });
  await pact.meta.get({ signal });
  await rejection(pact.meta.get({ signal }));
  assert.equal(getEventListeners(signal, 'abort').length, 0);
});

test('a network error from a fetch that gives no cause (as browsers do) is a PactNetworkError with its message', async () => {
  srv.script = [(req) => req.socket.destroy()];
  const browserish: typeof fetch = (u, i) =>
    fetch(u, i).catch(() => {
      throw new TypeError('Failed to fetch');
    });
  const e = await rejection(createClient({ baseUrl: srv.base, retries: 0, fetch: browserish }).meta.get());
  assert.ok(e instanceof PactNetworkError, String(e));
  assert.equal(
    e.message,
    `GET ${srv.base}/meta failed: network error (Failed to fetch). Check the connection and the baseUrl.`,
  );
});
