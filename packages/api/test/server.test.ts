// The Node server around the API (server.ts, startServer), what an operator and a webmaster meet:
// where it listens, the log line, request ids on every answer, static files that never shadow the
// API, the operations' headers, and a shutdown that lets requests finish, in bounded time.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '@pact/schema';
import { loadDataset, startServer } from '@pact/api/node';
import { slowServer } from './read-server.js';

const dataset = await loadDataset();
const tmp = mkdtempSync(join(tmpdir(), 'pact-server-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** A free port, found by listening on 0 and closing. */
const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => ok(typeof a === 'object' && a ? a.port : 0));
    });
  });

const raw = (port: number, method: string, path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });

// A start that never settles fails by name here, in seconds.
describe('where it listens', { timeout: 15_000 }, () => {
  test('on loopback by default, on the port asked for, with its URL', async () => {
    const port = await freePort();
    const server = await startServer({ dataset, log: false, port });
    try {
      assert.equal(server.port, port);
      assert.equal(server.url, `http://127.0.0.1:${port}`);
      const address = server.server.address();
      assert.equal(typeof address === 'object' && address?.address, '127.0.0.1', 'not every interface');
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    } finally {
      await server.close();
    }
  });

  test('on another address: its URL names it; on 0.0.0.0, the URL names loopback', async () => {
    const other = await startServer({ dataset, log: false, host: '127.0.0.2' });
    try {
      assert.equal(other.url, `http://127.0.0.2:${other.port}`);
      assert.equal((await fetch(`${other.url}/healthz`)).status, 200);
    } finally {
      await other.close();
    }
    const all = await startServer({ dataset, log: false, host: '0.0.0.0' });
    try {
      assert.equal(all.url, `http://127.0.0.1:${all.port}`);
      const address = all.server.address();
      assert.equal(typeof address === 'object' && address?.address, '0.0.0.0');
    } finally {
      await all.close();
    }
  });

  test('a port already in use fails the start, naming the reason', async () => {
    const first = await startServer({ dataset, log: false });
    try {
      await assert.rejects(startServer({ dataset, log: false, port: first.port }), /EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});

describe('the log and request ids', () => {
  test('by default, one line per request on stdout: method, path, status, time, request id', async (t) => {
    const lines: string[] = [];
    const log = t.mock.method(console, 'log', (line: string) => lines.push(line));
    const server = await startServer({ dataset });
    try {
      const res = await fetch(`${server.url}/v1/partners/kaz`);
      await res.arrayBuffer();
      const id = res.headers.get('x-request-id') ?? '';
      assert.match(id, /^[0-9a-f-]{36}$/);
      const line = lines.find((l) => l.includes('/v1/partners/kaz'));
      assert.match(line ?? '', new RegExp(`^GET /v1/partners/kaz 200 \\d+\\.\\dms ${id}$`), lines.join('\n'));
      assert.ok(Number(/ 200 (\d+\.\d)ms/.exec(line ?? '')?.[1]) < 10_000, 'the time taken, not a clock reading');
    } finally {
      await server.close();
      log.mock.restore();
    }
  });

  test('log: false writes nothing and adds no request id, with metrics or without', async (t) => {
    const log = t.mock.method(console, 'log', () => {});
    for (const metricsToken of [undefined, 'tok']) {
      const server = await startServer({ dataset, log: false, metricsToken });
      try {
        const res = await fetch(`${server.url}/v1/meta`);
        await res.arrayBuffer();
        assert.equal(res.headers.get('x-request-id'), null, String(metricsToken));
        assert.equal(log.mock.callCount(), 0, String(metricsToken));
      } finally {
        await server.close();
      }
    }
    log.mock.restore();
  });

  test("log: 'json' writes one JSON object per request on stdout (pino), with the process id", async () => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, fileURLToPath(new URL('json-log-server.ts', import.meta.url))],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    const until = async (what: string, found: () => string | undefined) => {
      for (const t0 = Date.now(); Date.now() - t0 < 15_000; await new Promise((r) => setTimeout(r, 20))) {
        const v = found();
        if (v) return v;
      }
      throw new Error(`${what} within 15 s: ${err}${out}`);
    };
    try {
      const url = await until('no server', () => /listening (\S+)/.exec(err)?.[1]);
      const res = await fetch(`${url}/v1/partners/kaz`, { headers: { 'X-Request-Id': 'json-7' } });
      await res.arrayBuffer();
      assert.equal(res.headers.get('x-request-id'), 'json-7');
      const line = await until('no log line', () => out.split('\n').find((l) => l.includes('"json-7"')));
      const entry = JSON.parse(line) as Record<string, unknown>;
      assert.deepEqual(
        [entry['reqId'], entry['method'], entry['path'], entry['status'], entry['level'], entry['pid']],
        ['json-7', 'GET', '/v1/partners/kaz', 200, 30, child.pid],
      );
      assert.equal(entry['hostname'], undefined, "the process id only, not pino's host name");
      assert.equal(typeof entry['ms'], 'number');
      assert.ok((entry['ms'] as number) >= 0 && (entry['ms'] as number) < 10_000, String(entry['ms']));
      assert.doesNotMatch(out, /^GET /m, 'no plain line beside the JSON');
    } finally {
      child.kill('SIGTERM');
    }
  });

  test('a static file and a page get a request id too', async (t) => {
    t.mock.method(console, 'log', () => {});
    const dir = join(tmp, 'pages');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    const server = await startServer({
      dataset,
      statics: { '/': dir },
      handlers: [(_req, url) => (url.pathname === '/page' ? new Response('a page') : undefined)],
    });
    try {
      for (const path of ['/index.html', '/page']) {
        const res = await fetch(`${server.url}${path}`);
        assert.equal(res.status, 200, path);
        await res.arrayBuffer();
        assert.match(res.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/, path);
      }
    } finally {
      await server.close();
    }
  });

  test('the `now` option is the clock of GET /v1/events?when=', async () => {
    const count = async (now: Date) => {
      const server = await startServer({ dataset, log: false, now: () => now });
      try {
        return ((await (await fetch(`${server.url}/v1/events?when=upcoming&limit=100`)).json()) as { data: unknown[] })
          .data.length;
      } finally {
        await server.close();
      }
    };
    const early = await count(new Date('1990-01-01T00:00:00Z'));
    const late = await count(new Date('2100-01-01T00:00:00Z'));
    assert.ok(early > 0, `${early} upcoming in 1990`);
    assert.equal(late, 0);
  });
});

describe('static files never shadow the API', () => {
  test('a /v1 folder among the pages is not served in place of the API, and only GET and HEAD read files', async () => {
    const dir = join(tmp, 'site');
    mkdirSync(join(dir, 'v1'), { recursive: true });
    writeFileSync(join(dir, 'v1', 'meta'), 'a file, not the API');
    writeFileSync(join(dir, 'about.html'), '<!doctype html><title>about</title>');
    const server = await startServer({ dataset, log: false, statics: { '/': dir } });
    try {
      const meta = await raw(server.port, 'GET', '/v1/meta');
      assert.equal(meta.status, 200);
      assert.match(String(meta.headers['content-type']), /^application\/json/);
      assert.equal((JSON.parse(meta.body) as { updated: string }).updated, dataset.meta.updated);
      assert.equal((await raw(server.port, 'GET', '/about.html')).status, 200);
      const head = await raw(server.port, 'HEAD', '/about.html');
      assert.deepEqual([head.status, head.headers['content-type']], [200, 'text/html; charset=utf-8']);
      const post = await raw(server.port, 'POST', '/about.html');
      assert.equal(post.status, 404, 'the API answers: nothing to POST to');
      assert.doesNotMatch(post.body, /<title>about/);
    } finally {
      await server.close();
    }
  });
});

describe('the operations’ answers', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  before(async () => {
    server = await startServer({ dataset, log: false, metricsToken: 'tok' });
  });
  after(() => server.close());

  test('/healthz and /readyz: plain text, never cached', async () => {
    for (const [path, body] of [
      ['/healthz', 'ok\n'],
      ['/readyz', 'ready\n'],
    ] as const) {
      const r = await raw(server.port, 'GET', path);
      assert.deepEqual([r.status, r.body], [200, body], path);
      assert.equal(r.headers['content-type'], 'text/plain; charset=utf-8', path);
      assert.equal(r.headers['cache-control'], 'no-store', path);
      assert.equal(r.headers['connection'], 'keep-alive', `${path}: connections are kept until shutdown`);
    }
  });

  test('/metrics without the token: a 401 problem asking for a Bearer token; with it, never cached', async () => {
    const refused = await raw(server.port, 'GET', '/metrics');
    assert.equal(refused.status, 401);
    assert.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(refused.headers['www-authenticate'], 'Bearer');
    const problem = JSON.parse(refused.body) as Problem;
    assert.deepEqual(
      [problem.status, problem.title, problem.detail],
      [401, 'Unauthorized', 'The metrics need the metrics token as a Bearer token.'],
    );
    const ok = await raw(server.port, 'GET', '/metrics', { Authorization: 'Bearer tok' });
    assert.equal(ok.status, 200);
    assert.match(String(ok.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    assert.equal(ok.headers['cache-control'], 'no-store');
  });

  test('a request’s duration is counted in seconds: a fast one falls in the small buckets', async () => {
    await (await fetch(`${server.url}/v1/meta`)).arrayBuffer();
    const text = (await raw(server.port, 'GET', '/metrics', { Authorization: 'Bearer tok' })).body;
    const bucket = (le: string) =>
      Number(
        new RegExp(
          `^pact_http_request_duration_seconds_bucket\\{le="${le.replace('+', '\\+')}",route="/v1/meta",method="GET",status="200"\\} (\\d+)$`,
          'm',
        ).exec(text)?.[1],
      );
    assert.equal(bucket('+Inf'), 1);
    assert.equal(bucket('2.5'), 1, 'under 2.5 s');
  });

  test('HEAD of a 304 has the headers of GET’s 304: no length, no body', async () => {
    const first = await raw(server.port, 'GET', '/v1/partners/kaz');
    const etag = String(first.headers['etag']);
    const get = await raw(server.port, 'GET', '/v1/partners/kaz', { 'If-None-Match': etag });
    const head = await raw(server.port, 'HEAD', '/v1/partners/kaz', { 'If-None-Match': etag });
    assert.deepEqual([get.status, head.status], [304, 304]);
    const same = (h: IncomingHttpHeaders) =>
      Object.fromEntries(Object.entries(h).filter(([k]) => !['date', 'connection', 'keep-alive'].includes(k)));
    assert.deepEqual(same(head.headers), same(get.headers));
    assert.equal(head.headers['content-length'], undefined);
  });
});

describe('shutdown', () => {
  test(
    'close() ends as soon as the requests in flight are done, not at the deadline',
    { timeout: 20_000 },
    async () => {
      const { server, release } = await slowServer({ shutdownMs: 8_000 });
      const inFlight = raw(server.port, 'GET', '/slow');
      await new Promise((ok) => setTimeout(ok, 100));
      const t0 = performance.now();
      const closing = server.close();
      setTimeout(release, 200);
      const answer = await inFlight;
      assert.deepEqual([answer.status, answer.body, answer.headers['connection']], [200, 'done', 'close']);
      await closing;
      assert.ok(performance.now() - t0 < 3000, `closed after ${Math.round(performance.now() - t0)} ms`);
    },
  );

  test(
    'a response already streaming finishes; one that never ends is cut at the deadline',
    { timeout: 20_000 },
    async () => {
      let finish!: () => void;
      const server = await startServer({
        dataset,
        log: false,
        shutdownMs: 500,
        handlers: [
          (_req, url) => {
            if (url.pathname === '/stream')
              return new Response(
                new ReadableStream({
                  start(c) {
                    c.enqueue(new TextEncoder().encode('first '));
                    finish = () => {
                      c.enqueue(new TextEncoder().encode('last'));
                      c.close();
                    };
                  },
                }),
              );
            if (url.pathname === '/never') return new Promise<Response>(() => {});
            return undefined;
          },
        ],
      });
      const streaming = raw(server.port, 'GET', '/stream');
      const never = raw(server.port, 'GET', '/never').then(
        () => 'answered',
        () => 'cut',
      );
      await new Promise((ok) => setTimeout(ok, 200));
      const t0 = performance.now();
      const closing = server.close();
      setTimeout(() => finish(), 100);
      assert.deepEqual([(await streaming).status, (await streaming).body], [200, 'first last']);
      await closing;
      const took = performance.now() - t0;
      assert.ok(took >= 400 && took < 3000, `closed after ${Math.round(took)} ms (deadline 500 ms)`);
      assert.equal(await never, 'cut');
    },
  );

  test(
    'a request that arrives while shutting down: /readyz says so, and its connection closes',
    { timeout: 20_000 },
    async () => {
      const { server, release } = await slowServer({ shutdownMs: 5_000 });
      const inFlight = raw(server.port, 'GET', '/slow');
      // A connection that has sent part of its request (not idle, not yet a request in flight).
      const socket = connect(server.port, '127.0.0.1');
      await new Promise((ok) => socket.once('connect', ok));
      socket.write('GET /readyz HTTP/1.1\r\nHost: x\r\n');
      await new Promise((ok) => setTimeout(ok, 100));
      const closing = server.close();
      const answer = new Promise<string>((ok) => {
        let text = '';
        socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
        socket.on('close', () => ok(text));
        socket.on('error', () => ok(text));
      });
      socket.write('\r\n');
      const text = await answer;
      assert.match(text, /^HTTP\/1\.1 503 /);
      assert.match(text, /\r\nconnection: close\r\n/i);
      assert.match(text, /\r\n\r\nshutting down\n$/);
      release();
      await inFlight;
      await closing;
    },
  );
});
