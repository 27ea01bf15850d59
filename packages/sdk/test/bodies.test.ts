// How the SDK reads an answer, at its edges, over real HTTP: a body of exactly maxBodyBytes (with
// and without Content-Length), a character split between two pieces of the body, and a Retry-After
// that is neither seconds nor a date. (Found by the mutation bench: bench/README.md.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type ServerResponse, type Server } from 'node:http';
import { createClient, PactBodyTooLargeError, PactHttpError } from '@pact/sdk';
import { rejection } from './helpers.js';

/** A list body of exactly 1,000 bytes. */
const BODY = (() => {
  const shell = JSON.stringify({ data: [], total: 0, next: null, pad: '' });
  return JSON.stringify({ data: [], total: 0, next: null, pad: 'x'.repeat(1000 - shell.length) });
})();

let server: Server;
let origin: string;
const handlers: Record<string, (res: ServerResponse) => void> = {
  // The 1,000 bytes with their Content-Length.
  sized: (res) => res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' }).end(BODY),
  // The same 1,000 bytes chunked (no Content-Length), in two pieces.
  chunked: (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write(BODY.slice(0, 500));
    setTimeout(() => res.end(BODY.slice(500)), 30);
  },
  // "é" is two bytes in UTF-8: the first piece ends after its first byte.
  split: (res) => {
    const bytes = Buffer.from(JSON.stringify({ data: [], total: 0, next: null, note: 'café' }));
    const cut = bytes.indexOf(0xc3) + 1;
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write(bytes.subarray(0, cut));
    setTimeout(() => res.end(bytes.subarray(cut)), 300);
  },
  'retry-soon': (res) => {
    res.writeHead(503, { 'Content-Type': 'application/problem+json', 'Retry-After': 'soon' });
    res.end(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503 }));
  },
};

before(async () => {
  server = createServer((req, res) => handlers[(req.url ?? '').split('/')[1] ?? '']?.(res));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
after(() => {
  server.closeAllConnections();
  return new Promise<void>((ok) => server.close(() => ok()));
});

describe('reading a body', () => {
  for (const scenario of ['sized', 'chunked']) {
    it(`a body of exactly maxBodyBytes arrives; one byte less is too large (${scenario})`, async () => {
      const c = (maxBodyBytes: number) =>
        createClient({ baseUrl: `${origin}/${scenario}/v1`, maxBodyBytes, retries: 0 });
      const page = (await c(1000).pillars.list()) as unknown as { data: unknown[]; total: number };
      assert.deepEqual(page.data, []);
      const e = await rejection(c(999).pillars.list());
      assert.ok(e instanceof PactBodyTooLargeError, String(e));
      assert.equal(e.maxBodyBytes, 999);
    });
  }

  it('a limit reached exactly at the end of a piece is still too large when more follows', async () => {
    // The chunked body's first piece is 500 bytes: reading must go on to see the rest.
    const e = await rejection(
      createClient({ baseUrl: `${origin}/chunked/v1`, maxBodyBytes: 500, retries: 0 }).pillars.list(),
    );
    assert.ok(e instanceof PactBodyTooLargeError, String(e));
  });

  it('a character split between two pieces of the body arrives whole', async () => {
    const page = await createClient({ baseUrl: `${origin}/split/v1` }).pillars.list();
    assert.equal((page as unknown as { note: string }).note, 'café');
  });
});

describe('Retry-After', () => {
  it('neither seconds nor a date: no retryAfter on the error', async () => {
    const e = await rejection(createClient({ baseUrl: `${origin}/retry-soon/v1`, retries: 0 }).meta.get());
    assert.ok(e instanceof PactHttpError && e.status === 503, String(e));
    assert.equal(e.retryAfter, undefined);
  });
});
