// The PostgreSQL listener's reconnection (db/connection.ts), through a TCP proxy that misbehaves on
// purpose between it and the server: the proxy cuts the listening connection, then refuses or holds
// every new one. The listener must try again with a back-off that doubles from 0.1 s (not in a
// tight loop, not once and then wait 5 s, and from 0.1 s again after each outage), listen exactly
// once when the server is back (each notification heard once), stop while it has no connection,
// and never try again once stopped. (watch.test.ts checks what is heard through the database's API;
// notify.test.ts, between two processes.)
import assert from 'node:assert/strict';
import { createServer, connect as tcp, type AddressInfo, type Socket } from 'node:net';
import { after, test } from 'node:test';
import pg from 'pg';
import { connect } from '../../src/db/connection.js';
import { freshPostgres, sleep, until } from './support.js';

const fresh = await freshPostgres();
const skip = !fresh && 'PostgreSQL is not installed';

type Mode = 'pass' | 'refuse' | 'hold';

/** A TCP proxy to PostgreSQL that records when each connection is tried. */
async function proxyTo(target: URL) {
  let mode: Mode = 'pass';
  const attempts: number[] = [];
  const open = new Set<Socket>();
  const held = new Set<Socket>();
  const server = createServer((socket) => {
    attempts.push(performance.now());
    socket.on('error', () => undefined);
    if (mode === 'refuse') return void socket.destroy();
    if (mode === 'hold') return void held.add(socket);
    const upstream = tcp(Number(target.port), target.hostname);
    upstream.on('error', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
    upstream.on('close', () => socket.destroy());
    socket.pipe(upstream).pipe(socket);
    open.add(socket).add(upstream);
    socket.on('close', () => open.delete(socket).valueOf() && open.delete(upstream));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = new URL(target);
  url.host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: url.toString(),
    attempts,
    set mode(m: Mode) {
      mode = m;
    },
    /** Ends every connection passed through (as a network cut would). */
    cut: () => open.forEach((s) => s.destroy()),
    /** Fails the connections held so far. */
    release: () => held.forEach((s) => s.destroy()),
    close: () =>
      new Promise<void>((ok) => {
        for (const s of [...open, ...held]) s.destroy();
        server.close(() => ok());
      }),
  };
}

test(
  'postgres: a lost listener tries again with a doubling back-off, listens once when back, and stops cleanly',
  { skip, timeout: 30_000 },
  async () => {
    if (!fresh) return;
    after(() => fresh.drop());
    const proxy = await proxyTo(new URL(fresh.url));
    const connection = connect({ url: proxy.url, connectTimeoutMs: 10_000 });
    const admin = new pg.Client({ connectionString: fresh.url });
    await admin.connect();
    const heard: string[] = [];
    let reconnects = 0;
    let stop: (() => Promise<void>) | undefined;
    try {
      stop = await connection.listen!(
        'pact_listener_test',
        (payload) => heard.push(payload),
        () => reconnects++,
      );
      await admin.query(`notify pact_listener_test, 'one'`);
      await until('the first notification', () => heard.length === 1);

      // The server is unreachable: the connection is cut and each new one refused, for 2.5 s.
      proxy.mode = 'refuse';
      const cutAt = performance.now();
      const before = proxy.attempts.length;
      proxy.cut();
      await sleep(2500);
      const tries = proxy.attempts.slice(before).map((t) => t - cutAt);
      const shown = tries.map((t) => Math.round(t)).join(', ');
      // After 0.1 s, then 0.2, 0.4 and 0.8 s later: 4 tries (the fifth would be at 3.1 s). A timer never
      // fires early, but a busy machine fires it late: each wait is checked from below only.
      assert.ok(tries.length >= 3 && tries.length <= 4, `tries at ${shown} ms after the cut`);
      assert.ok((tries[0] ?? 0) >= 90 && (tries[0] ?? 0) < 1500, `first try at ${shown} ms`);
      for (let i = 1; i < tries.length; i++)
        assert.ok(
          (tries[i] ?? 0) - (tries[i - 1] ?? 0) >= 100 * 2 ** i - 10,
          `each wait twice the one before: tries at ${shown} ms`,
        );
      assert.equal(reconnects, 0);

      // Back: it listens again, once (one connection, each notification heard once).
      proxy.mode = 'pass';
      await until('listening again', () => reconnects === 1, 8000);
      await admin.query(`notify pact_listener_test, 'two'`);
      await until('the second notification', () => heard.length >= 2);
      await sleep(300);
      assert.deepEqual(heard, ['one', 'two']);
      const listening = await admin.query(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and query ilike 'LISTEN%'`,
      );
      assert.equal(listening.rows[0].n, 1, 'one listening connection');
      assert.equal(reconnects, 1);

      // Cut again, and stopped while a new connection is being made (held by the proxy): stopping
      // succeeds without a connection, and once that attempt fails, none follows.
      // The back-off starts again from 0.1 s (not from where the last outage left it).
      proxy.mode = 'hold';
      const held = proxy.attempts.length;
      const cutAgain = performance.now();
      proxy.cut();
      // (Without the reset, the first try would come after the last outage's 1.6 s at the earliest.)
      await until('a try within 1.5 s of the second cut', () => proxy.attempts.length > held, 1500);
      assert.ok((proxy.attempts[held] ?? 0) - cutAgain >= 90, 'not before 0.1 s');
      const s = stop;
      stop = undefined;
      await s();
      proxy.release();
      const stoppedAt = proxy.attempts.length;
      await sleep(1000);
      assert.equal(proxy.attempts.length, stoppedAt, 'no try once stopped');
      assert.equal(reconnects, 1);
    } finally {
      await stop?.();
      await admin.end();
      await connection.close();
      await proxy.close();
    }
  },
);
