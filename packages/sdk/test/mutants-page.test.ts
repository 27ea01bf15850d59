// The SDK where there is a `location` (a page or a worker), in Node: `location` is set before the SDK
// is loaded, as a browser has it. Without a baseUrl the client then uses the page's /v1, and reads
// ask for no HTTP cache (`cache: 'no-store'`, which Node's fetch sends as Cache-Control: no-cache):
// the ETag cache has to see the network.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const received: { url: string; headers: IncomingMessage['headers'] }[] = [];
let server: Server;
let origin: string;
before(async () => {
  server = createServer((req, res) => {
    received.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"id":"m"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.defineProperty(globalThis, 'location', { value: { href: `${origin}/page/index.html` }, configurable: true });
});
after(() => {
  server.closeAllConnections();
  server.close();
});

test("on a page, the client defaults to the page's /v1 and reads bypass the HTTP cache", async () => {
  // Loaded only now that `location` is set, as on a page.
  const { createReader } = await import('@pact/sdk');
  const pact = createReader({ retries: 0 });
  assert.equal(pact.baseUrl, `${origin}/v1`);
  assert.deepEqual(await pact.meta.get(), { id: 'm' });
  assert.equal(received.length, 1);
  assert.equal(received[0]?.url, '/v1/meta');
  assert.equal(received[0]?.headers['cache-control'], 'no-cache');
  // A baseUrl relative to the page.
  assert.equal(createReader({ baseUrl: '../api/v2/' }).baseUrl, `${origin}/api/v2`);
});
