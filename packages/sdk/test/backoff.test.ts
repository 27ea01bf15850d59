// The wait before each retry when the server names none (no Retry-After): a random share of
// 250·2^i ms (full jitter, i the retry's index from 0), for a read answered 503, a write answered
// 429, and a create whose answer was lost (its Idempotency-Key makes it safe to send again). With
// Math.random fixed at 0.5, the waits are 125, 250 and 500 ms: neither at once, nor shrinking.
// A Retry-After of an hour at most is waited for (the caller can abort); a longer one fails at
// once, saying when to come back. Against a real server that answers each request as scripted,
// recording when each arrived.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, PactAbortError, PactHttpError, PactNetworkError, PactWriteError } from '@pact/sdk';
import { projectInput, rejection, scriptedServer, slack, type Answer } from './helpers.js';

const srv = scriptedServer();
const client = () => createClient({ baseUrl: srv.base, apiKey: 'secret', retries: 3, timeoutMs: 10_000 });
const problem =
  (status: number): Answer =>
  (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/problem+json' });
    res.end(JSON.stringify({ type: 'about:blank', title: 'Busy', status, detail: 'Try again.' }));
  };
const reset: Answer = (req) => req.socket.destroy();

/** The waits between the requests received, each checked against 125, 250 and 500 ms. */
function assertBackoff(what: string) {
  const at = srv.received.map((r) => r.at);
  assert.equal(at.length, 4, `${what}: the first request and 3 retries`);
  const waits = at.slice(1).map((t, i) => t - (at[i] ?? 0));
  const shown = waits.map((w) => Math.round(w)).join(', ');
  for (const [i, want] of [125, 250, 500].entries()) {
    const wait = waits[i] ?? NaN;
    // A timer never fires early; a busy machine fires it late: the upper bound is loose.
    assert.ok(wait >= want - 5 && wait <= slack(2 * want + 1000), `${what}: waits of ${shown} ms, not 125, 250, 500`);
  }
}

test('a read answered 503 without Retry-After is retried after 125, 250 and 500 ms (Math.random at 0.5)', async (t) => {
  t.mock.method(Math, 'random', () => 0.5);
  srv.script = [problem(503)];
  const e = await rejection(client().meta.get());
  assert.ok(e instanceof PactHttpError && e.status === 503, String(e));
  assertBackoff('GET');
});

test('a write answered 429 without Retry-After is retried after 125, 250 and 500 ms', async (t) => {
  t.mock.method(Math, 'random', () => 0.5);
  srv.script = [problem(429)];
  const e = await rejection(client().projects.create(projectInput));
  assert.ok(e instanceof PactWriteError && e.status === 429, String(e));
  assertBackoff('POST, 429');
});

test('a create whose answer was lost is sent again after 125, 250 and 500 ms', async (t) => {
  t.mock.method(Math, 'random', () => 0.5);
  srv.script = [reset];
  const e = await rejection(client().projects.create(projectInput));
  assert.ok(e instanceof PactNetworkError, String(e));
  assertBackoff('POST, connection lost');
  // The same create each time: one Idempotency-Key.
  assert.equal(new Set(srv.received.map((r) => r.headers['idempotency-key'])).size, 1);
});

test('a Retry-After of exactly an hour is waited for, until the caller aborts; a second more fails at once', async () => {
  const busy =
    (seconds: number): Answer =>
    (_req, res) => {
      res.writeHead(503, { 'Content-Type': 'application/problem+json', 'Retry-After': String(seconds) });
      res.end(JSON.stringify({ type: 'about:blank', title: 'Busy', status: 503, detail: 'Later.' }));
    };
  // Without a time-out, so that only the hour decides.
  const patient = createClient({ baseUrl: srv.base, apiKey: 'secret', retries: 3, timeoutMs: 0 });
  srv.script = [busy(3600)];
  const ctl = new AbortController();
  const waiting = rejection(patient.projects.create(projectInput, { signal: ctl.signal }));
  setTimeout(() => ctl.abort(), 200);
  const aborted = await waiting;
  assert.ok(aborted instanceof PactAbortError, String(aborted));
  assert.equal(srv.received.length, 1, 'waiting for the hour, not sent again');

  srv.received = [];
  srv.script = [busy(3601)];
  const refused = await rejection(patient.projects.create(projectInput));
  assert.ok(refused instanceof PactWriteError && refused.status === 503, String(refused));
  assert.equal(refused.retryAfter, 3_601_000);
  assert.equal(srv.received.length, 1);
});
