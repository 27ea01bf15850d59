// Per-call timeouts against a real server that answers late on purpose: `timeoutMs` on a call
// overrides the client's, and 0 turns the timeout off for that call (not "use the default").
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, PactTimeoutError } from '@pact/sdk';

const LATE_MS = 1000;
let server: Server;
let baseUrl: string;

before(async () => {
  // Every answer comes LATE_MS after the request: a valid, empty page of partners.
  server = createServer((_req, res) => {
    setTimeout(() => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ data: [], total: 0, next: null }));
    }, LATE_MS);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

describe('timeoutMs', () => {
  it("the client's timeout gives up on a late answer with a PactTimeoutError that says how long it waited", async () => {
    const pact = createClient({ baseUrl, timeoutMs: 100, retries: 0, cache: false });
    const t0 = performance.now();
    const e = await pact.partners.list().then(
      () => assert.fail('a late answer must time out'),
      (x: unknown) => x,
    );
    assert.ok(e instanceof PactTimeoutError, String(e));
    assert.equal(e.timeoutMs, 100);
    assert.ok(performance.now() - t0 < LATE_MS, 'it gave up before the answer came');
  });

  it('a call with timeoutMs: 0 waits for the late answer even when the client has a short timeout', async () => {
    const pact = createClient({ baseUrl, timeoutMs: 100, retries: 0, cache: false });
    const page = await pact.partners.list({}, { timeoutMs: 0 });
    assert.deepEqual(page.data, []);
    assert.equal(page.total, 0);
  });

  it("a call's longer timeout overrides the client's shorter one, and a shorter one the longer", async () => {
    const short = createClient({ baseUrl, timeoutMs: 100, retries: 0, cache: false });
    assert.equal((await short.partners.list({}, { timeoutMs: LATE_MS * 5 })).total, 0);
    const long = createClient({ baseUrl, timeoutMs: LATE_MS * 5, retries: 0, cache: false });
    await assert.rejects(long.partners.list({}, { timeoutMs: 100 }), PactTimeoutError);
  });
});
