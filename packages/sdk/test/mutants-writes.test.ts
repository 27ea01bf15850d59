// Writes and the read for writing against a real server scripted per request, for what the mutation
// runs found untested: the problem of a write refused for want of a key, the Idempotency-Key's form,
// error bodies that are JSON null, a 499, a field error without a pointer, a detail with a dot
// inside, no Retry-After, retries counted exactly, waits as long as the timeout or with none,
// validated reads and a change feed that is null.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import {
  createClient,
  PactAuthError,
  PactSchemaError,
  PactValidationError,
  PactWriteError,
  type ClientOptions,
  type PactError,
} from '@pact/sdk';
import { validators } from '@pact/sdk/validate';
import { projectInput, rejection, since, slack, scriptedServer, type Answer } from './helpers.js';

const srv = scriptedServer();

/** Answers `body` as JSON (a string is sent as it is). */
const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Answer =>
  (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(typeof body == 'string' ? body : JSON.stringify(body));
  };
const record = { id: 'p', title: { en: 'T' } };
const client = (o: ClientOptions = {}) => createClient({ baseUrl: srv.base, apiKey: 'secret', ...o });
const patch = (o: ClientOptions = {}, wo: { timeoutMs?: number; signal?: AbortSignal } = {}) =>
  client(o).projects.update('p', { status: 'closed' }, { ifMatch: '"v1"', ...wo });
const seen = (e: unknown) => [(e as PactError).name, (e as PactError).message];

test('a write without an apiKey carries the 401 problem it stands for', async () => {
  const e = await rejection(client({ apiKey: undefined }).projects.create(projectInput));
  assert.ok(e instanceof PactAuthError);
  assert.deepEqual(e.problem, {
    type: 'about:blank',
    title: 'Unauthorized',
    status: 401,
    detail: 'No API key: pass apiKey to createClient to write',
  });
  assert.equal(srv.received.length, 0);
});

test('every generated Idempotency-Key is 32 hex digits', async () => {
  srv.script = [json(201, record, { ETag: '"v1"' })];
  const pact = client();
  for (let i = 0; i < 24; i++) await pact.projects.create(projectInput);
  assert.equal(srv.received.length, 24);
  for (const r of srv.received) assert.match(String(r.headers['idempotency-key']), /^[0-9a-f]{32}$/);
});

test('an error body of JSON null, a 499 and a detail with a dot inside: the status and what to do', async () => {
  srv.script = [json(500, 'null')];
  assert.deepEqual(seen(await rejection(patch({ retries: 0 }))), [
    'PactWriteError',
    `PATCH ${srv.base}/projects/p failed with 500. Try again later.`,
  ]);
  srv.script = [json(499, { status: 499, title: 'Closed' })];
  assert.deepEqual(seen(await rejection(patch({ retries: 0 }))), [
    'PactWriteError',
    `PATCH ${srv.base}/projects/p failed with 499. Fix the request.`,
  ]);
  srv.script = [json(500, { status: 500, title: 'Oops', detail: 'Disk 1.5 full.' })];
  assert.equal(
    ((await rejection(patch({ retries: 0 }))) as Error).message,
    `PATCH ${srv.base}/projects/p failed with 500: Disk 1.5 full. Try again later.`,
  );
});

test('a field error without a pointer is about the body', async () => {
  srv.script = [json(422, { status: 422, title: 'Invalid', errors: [{ rule: 'required', message: 'is required' }] })];
  const e = await rejection(patch({ retries: 0 }));
  assert.ok(e instanceof PactValidationError);
  assert.deepEqual(e.violations, [{ pointer: '', rule: 'required', message: 'is required' }]);
  assert.equal(
    e.message,
    `PATCH ${srv.base}/projects/p failed with 422: (body) is required. Fix the fields named in \`violations\`.`,
  );
});

test('no Retry-After, or one that is not whole seconds: no retryAfter', async () => {
  for (const value of [undefined, 'x2', '2x', '1e3']) {
    srv.script = [json(503, { status: 503, title: 'Busy' }, value === undefined ? {} : { 'Retry-After': value })];
    const e = await rejection(patch({ retries: 0 }));
    assert.ok(e instanceof PactWriteError);
    assert.equal(e.retryAfter, undefined, `Retry-After: ${value}`);
  }
});

test('retries counts the sends after the first: none with 0, one with 1; a 429 is sent again too', async () => {
  srv.script = [json(503, { status: 503, title: 'Busy' }, { 'Retry-After': '0' })];
  const e = await rejection(patch({ retries: 0, timeoutMs: 2000 }));
  assert.ok(e instanceof PactWriteError && e.status === 503, String(e));
  assert.equal(srv.received.length, 1);

  srv.received = [];
  const e1 = await rejection(patch({ retries: 1, timeoutMs: 2000 }));
  assert.ok(e1 instanceof PactWriteError && e1.status === 503, String(e1));
  assert.equal(srv.received.length, 2);

  srv.received = [];
  srv.script = [json(429, { status: 429, title: 'Too Many Requests' }, { 'Retry-After': '0' }), json(200, record)];
  assert.deepEqual((await patch({ retries: 1 })).data, record);
  assert.equal(srv.received.length, 2);
});

test('without a timeout a Retry-After is waited for; one as long as the whole timeout is not (the answer took some of it)', async () => {
  srv.script = [json(503, { status: 503, title: 'Busy' }, { 'Retry-After': '1' }), json(200, record)];
  const t0 = performance.now();
  await patch({ retries: 1 }, { timeoutMs: 0 });
  assert.equal(srv.received.length, 2);
  assert.ok(since(t0) >= 990 && since(t0) < slack(3000), `${since(t0)} ms`);

  // A wait that would end after the timeout is not begun: the 503 at once, with when to come back.
  srv.received = [];
  srv.script = [json(503, { status: 503, title: 'Busy' }, { 'Retry-After': '1' })];
  const t1 = performance.now();
  const e = await rejection(patch({ retries: 1 }, { timeoutMs: 1000 }));
  assert.ok(e instanceof PactWriteError, String(e));
  assert.deepEqual([e.status, e.retryAfter, srv.received.length], [503, 1000, 1]);
  assert.ok(since(t1) < slack(900), `${since(t1)} ms`);
});

test("a write leaves no listener on the caller's signal", async () => {
  srv.script = [json(200, record, { ETag: '"v2"' })];
  const signal = new AbortController().signal;
  await patch({}, { signal });
  await patch({}, { signal });
  assert.equal(getEventListeners(signal, 'abort').length, 0);
});

test("read for writing checks the record with the client's validator; no ETag reads as an empty tag", async () => {
  const project = {
    check: (x: unknown) =>
      (x as { id?: unknown }).id === 'p'
        ? { ok: true as const, value: x as never }
        : { ok: false as const, violation: { path: '/id', rule: 'const', message: 'must be p' } },
  };
  const pact = client({ validate: { ...validators, project } });
  srv.script = [json(200, record)];
  assert.deepEqual(await pact.projects.read('p'), { data: record, etag: '' });
  srv.script = [json(200, { id: 'q' })];
  const e = await rejection(pact.projects.read('p'));
  assert.ok(e instanceof PactSchemaError);
  assert.deepEqual([e.path, e.rule], ['/id', 'const']);
});

test('a change feed of JSON null is a PactSchemaError', async () => {
  srv.script = [json(200, 'null')];
  const e = await rejection(client().changes.list());
  assert.deepEqual(seen(e), [
    'PactSchemaError',
    `GET ${srv.base}/changes returned data that breaks the schema at (root): must be an object with a data array (rule: envelope). Check that baseUrl points at a Pact API of this version.`,
  ]);
});
