// Writes against a real server that misbehaves on purpose, one behaviour per request: no key,
// a hanging answer, an abort, a lost connection, 429/503 with and without Retry-After, a body
// that is not a problem document. What the caller sees: the error's class and sentence (naming
// the write's method), how many requests reached the server, and how long it took.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import {
  createClient,
  PactAbortError,
  PactAuthError,
  PactNetworkError,
  PactSchemaError,
  PactTimeoutError,
  PactWriteError,
  type ClientOptions,
  type PactError,
} from '@pact/sdk';
import { projectInput, rejection, since, slack, scriptedServer, type Answer } from './helpers.js';

const srv = scriptedServer();

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Answer =>
  (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
const hang: Answer = () => undefined;
const reset: Answer = (req) => req.socket.destroy();
const record = { id: 'p', title: { en: 'T' } };
const client = (o: ClientOptions = {}) => createClient({ baseUrl: srv.base, apiKey: 'secret', ...o });
const patch = (o: ClientOptions = {}, wo: { timeoutMs?: number; signal?: AbortSignal } = {}) =>
  client(o).projects.update('p', { status: 'closed' }, { ifMatch: '"v1"', ...wo });
const seen = (e: unknown) => [(e as PactError).name, (e as PactError).message];

test('without an apiKey a write is refused before anything is sent, and says how to fix it', async () => {
  srv.script = [json(200, record)];
  const e = await rejection(client({ apiKey: undefined }).projects.withdraw('p', { ifMatch: '"v1"' }));
  assert.ok(e instanceof PactAuthError);
  assert.deepEqual(seen(e), [
    'PactAuthError',
    `DELETE ${srv.base}/projects/p failed with 401: No API key: pass apiKey to createClient to write. Check the apiKey given to createClient (it is never logged).`,
  ]);
  assert.equal(srv.received.length, 0);
});

test('a write sends its key, its JSON body with its type, and a DELETE no body', async () => {
  srv.script = [json(200, record, { ETag: '"v2"' }), json(204, null)];
  const done = await patch();
  assert.deepEqual(done, { data: record, etag: '"v2"' });
  await client().projects.withdraw('p', { ifMatch: '"v2"' });
  const [p, d] = srv.received;
  assert.deepEqual(
    [p?.method, p?.headers.authorization, p?.headers['content-type'], p?.headers['if-match'], p?.body],
    ['PATCH', 'Bearer secret', 'application/merge-patch+json', '"v1"', '{"status":"closed"}'],
  );
  assert.deepEqual(
    [d?.method, d?.headers['content-type'], d?.headers['if-match'], d?.body],
    ['DELETE', undefined, '"v2"', ''],
  );
  // A 200 without an ETag: the version is unknown, said as an empty tag.
  srv.script = [json(200, record)];
  assert.equal((await patch()).etag, '');
});

test('a write that gets no answer within its timeout: PactTimeoutError naming the method, after that time', async () => {
  srv.script = [hang];
  const t0 = performance.now();
  const e = await rejection(patch({ timeoutMs: 10_000 }, { timeoutMs: 300 }));
  const took = since(t0);
  assert.deepEqual(seen(e), [
    'PactTimeoutError',
    `PATCH ${srv.base}/projects/p timed out after 300 ms. Try again, or raise timeoutMs.`,
  ]);
  assert.ok(took >= 290 && took < slack(2000), `${took} ms`);
  // The client's timeout when the call gives none.
  const e2 = await rejection(patch({ timeoutMs: 200 }));
  assert.ok(e2 instanceof PactTimeoutError && e2.timeoutMs === 200);
});

test('a write aborted by its signal: PactAbortError at once, before or while it is sent', async () => {
  srv.script = [hang];
  const before = new AbortController();
  before.abort();
  assert.deepEqual(seen(await rejection(patch({}, { signal: before.signal }))), [
    'PactAbortError',
    `PATCH ${srv.base}/projects/p was aborted. Nothing to fix if you aborted it.`,
  ]);
  assert.equal(srv.received.length, 0);
  const during = new AbortController();
  const t0 = performance.now();
  setTimeout(() => during.abort(), 100);
  const e = await rejection(patch({ timeoutMs: 0 }, { signal: during.signal }));
  assert.ok(e instanceof PactAbortError, String(e));
  assert.ok(since(t0) < slack(1500), `${since(t0)} ms`);
});

test('a lost connection: a create (with its Idempotency-Key) is sent again, an update never', async () => {
  srv.script = [reset, reset, json(201, record, { ETag: '"v1"' })];
  const made = await client({ retries: 2 }).projects.create(projectInput);
  assert.equal(made.etag, '"v1"');
  assert.equal(srv.received.length, 3);
  const keys = new Set(srv.received.map((r) => r.headers['idempotency-key']));
  assert.equal(keys.size, 1, 'the same key each time');
  assert.match(String([...keys][0]), /^[0-9a-f]{32}$/);

  srv.received = [];
  srv.script = [reset];
  const e = await rejection(patch({ retries: 2 }));
  assert.ok(e instanceof PactNetworkError);
  assert.match(e.message, new RegExp(`^PATCH ${srv.base}/projects/p failed: network error \\(`));
  assert.equal(srv.received.length, 1);
  // A create gives up after `retries` retries.
  srv.received = [];
  const c = await rejection(client({ retries: 1 }).projects.create({} as never, { idempotencyKey: 'k1' }));
  assert.ok(c instanceof PactNetworkError);
  assert.equal(srv.received.length, 2);
});

test('429 and 503 are waited for and sent again (Retry-After in seconds), within the retries and the timeout', async () => {
  srv.script = [json(503, { status: 503, title: 'Busy' }, { 'Retry-After': '1' }), json(200, record, { ETag: '"v3"' })];
  const t0 = performance.now();
  assert.equal((await patch({ retries: 1 })).etag, '"v3"');
  assert.ok(since(t0) >= 990 && since(t0) < slack(3000), `${since(t0)} ms`);
  assert.equal(srv.received.length, 2);

  // A wait longer than the call's timeout is not waited for: the error says how long to wait.
  srv.received = [];
  srv.script = [json(429, { status: 429, title: 'Too Many Requests' }, { 'Retry-After': '5' })];
  const t1 = performance.now();
  const e = await rejection(patch({ retries: 2, timeoutMs: 2000 }));
  assert.ok(e instanceof PactWriteError);
  assert.deepEqual([e.status, e.retryAfter, srv.received.length], [429, 5000, 1]);
  assert.ok(since(t1) < slack(1000), `${since(t1)} ms`);
  assert.equal(e.message, `PATCH ${srv.base}/projects/p failed with 429. Try again later.`);

  // Without retries left, the first answer is the error; a server error says to try later.
  srv.received = [];
  srv.script = [json(500, { status: 500, title: 'Oops', detail: 'Disk full.' })];
  const e500 = await rejection(patch({ retries: 0 }));
  assert.deepEqual(seen(e500), [
    'PactWriteError',
    `PATCH ${srv.base}/projects/p failed with 500: Disk full. Try again later.`,
  ]);
  // 502 is not retried by a write (only 429 and 503 are).
  srv.received = [];
  srv.script = [json(502, { status: 502, title: 'Bad Gateway' })];
  await rejection(patch({ retries: 2 }));
  assert.equal(srv.received.length, 1);
});

test('a 429 is sent again like a 503; retries counts the sends after the first; no timeout does not stop the wait', async () => {
  srv.script = [json(429, { status: 429, title: 'Too Many Requests' }, { 'Retry-After': '1' }), json(200, record)];
  const t0 = performance.now();
  await patch({ retries: 1 });
  assert.equal(srv.received.length, 2);
  assert.ok(since(t0) >= 990, `${since(t0)} ms`);

  // retries: 1 is one send again, not two; without Retry-After the wait is short (under 250 ms).
  srv.received = [];
  srv.script = [json(503, { status: 503, title: 'Busy' })];
  const t1 = performance.now();
  const e = await rejection(patch({ retries: 1 }));
  assert.ok(e instanceof PactWriteError);
  assert.deepEqual([e.status, e.retryAfter, srv.received.length], [503, undefined, 2]);
  assert.ok(since(t1) < slack(1000), `${since(t1)} ms`);

  // timeoutMs: 0 (no timeout) waits for a Retry-After as long as an hour.
  srv.received = [];
  srv.script = [json(503, { status: 503, title: 'Busy' }, { 'Retry-After': '1' }), json(200, record)];
  await patch({ retries: 1 }, { timeoutMs: 0 });
  assert.equal(srv.received.length, 2);
});

test('a Retry-After that is not whole seconds is not taken for a wait', async () => {
  for (const value of ['x2', '2x', '1.5', '-1']) {
    srv.received = [];
    srv.script = [json(503, { status: 503, title: 'Busy' }, { 'Retry-After': value })];
    const e = await rejection(patch({ retries: 0 }));
    assert.ok(e instanceof PactWriteError);
    assert.equal(e.retryAfter, undefined, `Retry-After: ${value}`);
  }
});

test('an error body that is not a problem document, or not JSON, is not taken for one', async () => {
  srv.script = [json(422, { detail: 'no status here', errors: [{ pointer: '/x', message: 'bad' }] })];
  const e = await rejection(patch({ retries: 0 }));
  assert.deepEqual(seen(e), [
    'PactValidationError',
    `PATCH ${srv.base}/projects/p failed with 422. Fix the fields named in \`violations\`.`,
  ]);
  srv.script = [
    (_req, res) => {
      res.writeHead(409, { 'Content-Type': 'text/html', ETag: '"v9"' });
      res.end('<h1>Conflict</h1>');
    },
  ];
  const c = await rejection(patch({ retries: 0 }));
  assert.deepEqual(seen(c), [
    'PactConflictError',
    `PATCH ${srv.base}/projects/p failed with 409. Read the record again and re-apply your change.`,
  ]);
});

test('read for writing: the record and its own ETag (without a compressed suffix); a body that is no record is a PactSchemaError', async () => {
  srv.script = [
    json(200, record, { ETag: '"abc-gzip"' }),
    json(200, record, { ETag: '"abc-br"' }),
    json(200, 'no record'),
  ];
  assert.deepEqual(await client().projects.read('p'), { data: record, etag: '"abc"' });
  assert.equal((await client().projects.read('p')).etag, '"abc"');
  const e = await rejection(client().projects.read('p'));
  assert.ok(e instanceof PactSchemaError);
  assert.deepEqual(seen(e), [
    'PactSchemaError',
    `GET ${srv.base}/projects/p returned data that breaks the schema at (root): must be an object (rule: envelope). Check that baseUrl points at a Pact API of this version.`,
  ]);
});

test('the change feed: its query as given, and a page without data is a PactSchemaError', async () => {
  srv.script = [json(200, { data: [], next: null }), json(200, { data: [] }), json(200, { changes: [] })];
  await client().changes.list({ limit: 5, since: '2026-01-01T00:00:00Z' });
  await client().changes.list();
  assert.deepEqual(
    srv.received.map((r) => r.url),
    ['/v1/changes?limit=5&since=2026-01-01T00%3A00%3A00Z', '/v1/changes'],
  );
  const e = await rejection(client().changes.list());
  assert.deepEqual(seen(e), [
    'PactSchemaError',
    `GET ${srv.base}/changes returned data that breaks the schema at (root): must be an object with a data array (rule: envelope). Check that baseUrl points at a Pact API of this version.`,
  ]);
});

test("a write leaves nothing behind: its timer is cleared and the caller's signal keeps no listener of it", async () => {
  const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
  const idle = timers();
  const signal = new AbortController().signal;
  // One accepted, one refused, with a long timeout: a timer left running would keep a script alive
  // for that long after its last write, and each write would add a listener to the caller's signal.
  srv.script = [json(200, record, { ETag: '"v2"' }), json(422, { status: 422, title: 'Unprocessable', errors: [] })];
  await patch({}, { signal, timeoutMs: 600_000 });
  await rejection(patch({}, { signal, timeoutMs: 600_000 }));
  assert.equal(srv.received.length, 2);
  assert.equal(getEventListeners(signal, 'abort').length, 0, "no listener left on the caller's signal");
  // (Fewer is fine: a timer of an earlier test may have ended meanwhile.)
  assert.ok(timers() <= idle, `no timer left running (${timers()} running, ${idle} before)`);
});

test('a wait before sending again ends with the call: an abort stops it at once, and a wait past the timeout is not begun', async () => {
  // Retry-After 5 s, no timeout: the caller aborts after 100 ms, while the write waits.
  srv.script = [json(503, { status: 503, title: 'Busy' }, { 'Retry-After': '5' }), json(200, record)];
  const ctl = new AbortController();
  setTimeout(() => ctl.abort(), 100);
  const t0 = performance.now();
  const aborted = await rejection(patch({ retries: 1 }, { signal: ctl.signal, timeoutMs: 0 }));
  assert.ok(aborted instanceof PactAbortError, String(aborted));
  assert.ok(since(t0) < slack(1000), `aborted after ${since(t0)} ms, not at the end of the wait`);
  assert.equal(srv.received.length, 1, 'not sent again');

  // The answer takes 600 ms of a 1,000 ms timeout and asks for a wait of 1 s: what is left (400 ms)
  // is too short, so the write does not wait: its error says when to come back.
  srv.received = [];
  srv.script = [
    (req, res, body) =>
      setTimeout(() => json(503, { status: 503, title: 'Busy' }, { 'Retry-After': '1' })(req, res, body), 600),
    json(200, record),
  ];
  const t1 = performance.now();
  const late = await rejection(patch({ retries: 1 }, { timeoutMs: 1000 }));
  assert.ok(late instanceof PactWriteError, String(late));
  assert.deepEqual([late.status, late.retryAfter, srv.received.length], [503, 1000, 1]);
  assert.ok(since(t1) < slack(1000), `failed after ${since(t1)} ms, without waiting`);
});
