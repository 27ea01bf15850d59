// PostgreSQL stops answering under a running API: a TCP proxy between the API and the cluster
// cuts every connection and refuses new ones, then lets them through again. Reads go on from the
// last snapshot (they answered 500 before), /readyz says 503, the operator is told once when the
// database goes and once when it is back, and a change another process made meanwhile is read
// once it is. The embedded database has no such outage (it is in the process). And on both
// backends: a snapshot that fails while the database answers is no outage; the read fails.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Partner } from '@pact/schema';
import { SqlStore } from '@pact/api';
import { startServer, type RunningServer } from '@pact/api/node';
import { openDatabase, type PactDatabase } from '@pact/api/db';
import { sql } from 'kysely';
import { accounts, backends, freshPostgres } from './support.js';

/**
 * A TCP proxy to `target` that can be cut (every connection ended, new ones refused), stalled (a
 * black hole: nothing is closed, nothing gets through, new connections are accepted and never
 * answered) and restored (a stalled connection then carries what was held, as TCP would).
 */
async function cuttableProxy(target: URL) {
  const sockets = new Set<Socket>();
  const pairs = new Set<[Socket, Socket]>();
  const held = new Set<Socket>();
  let state: 'up' | 'cut' | 'stalled' = 'up';
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => (sockets.delete(s), held.delete(s)));
    s.on('error', () => undefined);
  };
  const join = (client: Socket) => {
    const upstream = connect(Number(target.port), target.hostname);
    track(upstream);
    pairs.add([client, upstream]);
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  };
  const server: Server = createServer((client) => {
    if (state === 'cut') return void client.destroy();
    track(client);
    if (state === 'stalled') held.add(client);
    else join(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = new URL(target);
  url.port = String((server.address() as AddressInfo).port);
  return {
    url: url.toString(),
    cut() {
      state = 'cut';
      for (const s of sockets) s.destroy();
    },
    stall() {
      state = 'stalled';
      for (const [a, b] of pairs) {
        a.unpipe(b).pause();
        b.unpipe(a).pause();
      }
    },
    restore() {
      if (state === 'stalled') {
        for (const [a, b] of pairs) a.pipe(b).pipe(a);
        for (const s of held) join(s);
        held.clear();
      }
      state = 'up';
    },
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** The API's rename of Pakistan, as `pak` (a read of it) stands, with a coordinator's key. */
const renamePak = (token: string, pak: { etag: string | null; text: string }): RequestInit => ({
  method: 'PUT',
  headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-Match': pak.etag ?? '' },
  body: JSON.stringify({ ...(JSON.parse(pak.text) as Partner), name: { en: 'Pakistan (renamed)' } }),
});

/** Another process renames Tajikistan, straight on the database. */
async function renameTjk(other: PactDatabase): Promise<void> {
  const { coordinator } = await accounts(other, 'unodc');
  const current = await other.getRecord('partner', 'tjk');
  const renamed = { ...(current?.body as unknown as Partner), name: { en: 'Tajikistan (renamed)' } };
  assert.equal((await other.upsertPartner(coordinator, renamed, { ifMatch: current?.etag })).ok, true);
}

/**
 * An API on PostgreSQL through a proxy, and another process's connection straight to the cluster
 * (it keeps writing during an outage): started before a suite's tests, stopped after them.
 */
function apiBehindProxy(
  cluster: { url: string; drop: () => Promise<void> },
  o: { recheckMs: number; waitMs?: number; location?: { connectTimeoutMs: number; queryTimeoutMs: number } },
) {
  const s = { logged: [] as string[], levels: [] as string[] } as {
    proxy: Awaited<ReturnType<typeof cuttableProxy>>;
    db: PactDatabase;
    other: PactDatabase;
    store: SqlStore;
    server: RunningServer;
    logged: string[];
    levels: string[];
  };
  before(async () => {
    s.proxy = await cuttableProxy(new URL(cluster.url));
    s.db = await openDatabase({ url: s.proxy.url, ...o.location });
    s.other = await openDatabase({ url: cluster.url });
    s.store = new SqlStore(
      s.db,
      o.recheckMs,
      (m, level) => {
        s.logged.push(m);
        s.levels.push(level);
      },
      o.waitMs,
    );
    await s.store.refresh();
    await s.store.watch();
    s.server = await startServer({ dataset: s.store, port: 0, log: false });
  });
  after(async () => {
    s.proxy?.restore();
    await s.server?.close();
    await s.store?.unwatchRevisions();
    await s.db?.close();
    await s.other?.close();
    await s.proxy?.close();
    await cluster.drop();
  });
  return s;
}

const fresh = await freshPostgres();
if (!fresh && process.env['CI'] === 'true')
  test('postgres: PostgreSQL is available under CI', () => {
    throw new Error('CI=true but PostgreSQL could not be started and PACT_TEST_DATABASE_URL is not set');
  });

if (fresh)
  describe('postgres: the database stops answering under a running API', () => {
    const RECHECK_MS = 100;
    const s = apiBehindProxy(fresh, { recheckMs: RECHECK_MS });
    const { logged } = s;

    const read = async (path: string) => {
      const res = await fetch(s.server.url + path);
      return { status: res.status, etag: res.headers.get('etag'), text: await res.text() };
    };
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

    test('reads go on from the last snapshot, /readyz says 503; once back, reads are current', async () => {
      const partners = await read('/v1/partners?limit=200');
      const tjk = await read('/v1/partners/tjk');
      assert.equal(partners.status, 200);
      assert.equal((await read('/readyz')).status, 200);

      const key = await s.db.createKey({ partner: 'unodc', role: 'coordinator' });
      const pak = await read('/v1/partners/pak');
      const rename = () => fetch(`${s.server.url}/v1/partners/pak`, renamePak(key.token, pak));

      s.proxy.cut();
      await renameTjk(s.other); // meanwhile, by another process

      for (let i = 0; i < 3; i++) {
        await wait(RECHECK_MS + 20);
        const during = await read('/v1/partners?limit=200');
        assert.equal(during.status, 200, `read ${i + 1} during the outage: ${during.text}`);
        assert.equal(during.etag, partners.etag);
        assert.equal(during.text, partners.text);
        assert.equal((await read('/v1/partners/tjk')).text, tjk.text);
      }
      // A write cannot be made: 503 with Retry-After (it was a 500), and nothing changes.
      const refused = await rename();
      assert.equal(refused.status, 503);
      assert.equal(refused.headers.get('retry-after'), '5');
      assert.equal(
        ((await refused.json()) as { detail: string }).detail,
        'The database does not answer, so this write may not have been made. Try again in a few seconds: a create sent again with the same Idempotency-Key, or a change with the same If-Match, is never made twice.',
      );
      assert.equal(((await s.other.getRecord('partner', 'pak'))?.body as unknown as Partner).name.en, 'Pakistan');
      const ready = await read('/readyz');
      assert.equal(ready.status, 503);
      assert.match(ready.text, /^the database does not answer: /);
      assert.equal(logged.length, 1, logged.join('\n'));
      assert.match(
        logged[0] ?? '',
        /^pact-api: the database does not answer \(.+\); reads are served from revision \d+ until it does\.$/,
      );

      s.proxy.restore();
      const t0 = performance.now();
      let back = await read('/v1/partners/tjk');
      while (!back.text.includes('Tajikistan (renamed)') && performance.now() - t0 < 5000) {
        await wait(50);
        back = await read('/v1/partners/tjk');
      }
      assert.equal(back.status, 200);
      assert.equal((JSON.parse(back.text) as Partner).name.en, 'Tajikistan (renamed)');
      assert.notEqual((await read('/v1/partners?limit=200')).etag, partners.etag);
      assert.equal((await read('/readyz')).status, 200);
      assert.deepEqual(logged.slice(1), ['pact-api: the database answers again; reads are current.']);
      assert.deepEqual(s.levels, ['warn', 'info'], 'the outage is a warning, the return news');
      // The same write, sent again, is made.
      const again = await rename();
      assert.equal(again.status, 200, await again.clone().text());
      assert.equal((JSON.parse((await read('/v1/partners/pak')).text) as Partner).name.en, 'Pakistan (renamed)');
    });
  });

// A black hole: the proxy stops carrying packets but closes nothing, as a dead host or a firewall
// that drops them would. Before the timeouts, every read after the first second waited for ever
// on the snapshot's query, and so did /readyz and every write.
const hole = fresh && (await freshPostgres());
if (hole)
  describe('postgres: the database stops answering without closing anything (a black hole)', () => {
    // A read waits WAIT_MS for a snapshot, shorter than a query's timeout; once the outage is
    // known, it does not wait at all.
    const RECHECK_MS = 100;
    const WAIT_MS = 2000;
    const QUERY_MS = 3000;
    const s = apiBehindProxy(hole, {
      recheckMs: RECHECK_MS,
      waitMs: WAIT_MS,
      location: { connectTimeoutMs: 500, queryTimeoutMs: QUERY_MS },
    });
    const { logged } = s;

    /** A request answered within `ms`, or a failure naming it (a hang fails in seconds, by name). */
    const within = async (ms: number, path: string, init: RequestInit = {}) => {
      const res = await fetch(s.server.url + path, { ...init, signal: AbortSignal.timeout(ms) }).catch((e: unknown) =>
        assert.fail(`${init.method ?? 'GET'} ${path}: no answer within ${ms} ms (${String(e)})`),
      );
      return { status: res.status, etag: res.headers.get('etag'), text: await res.text() };
    };
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    /** `p`, or a failure naming `what` past `ms`. */
    const bounded = <T>(ms: number, what: string, p: Promise<T>) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, no) => {
        timer = setTimeout(() => no(new Error(`${what}: no answer within ${ms} ms`)), ms);
      });
      return Promise.race([p, late]).finally(() => clearTimeout(timer));
    };

    test('reads answer from the last snapshot at once; /readyz and a write fail within their timeouts; once packets flow, all is current', async () => {
      const partners = await within(5000, '/v1/partners?limit=200');
      const tjk = await within(5000, '/v1/partners/tjk');
      const key = await s.db.createKey({ partner: 'unodc', role: 'coordinator' });
      const pak = await within(5000, '/v1/partners/pak');
      const rename = (ms: number) => within(ms, '/v1/partners/pak', renamePak(key.token, pak));

      s.proxy.stall();
      await renameTjk(s.other);

      const same = async (ms: number, what: string) => {
        const during = await within(ms, '/v1/partners?limit=200');
        assert.equal(during.status, 200, `${what}: ${during.text}`);
        assert.equal(during.etag, partners.etag, what);
        assert.equal(during.text, partners.text, what);
      };
      // Until the failed query tells the outage: each read waits at most WAIT_MS, never QUERY_MS.
      await wait(RECHECK_MS + 20);
      const stalled = performance.now();
      for (let i = 1; logged.length === 0; i++) {
        assert.ok(performance.now() - stalled < 4 * QUERY_MS, `the outage is told within ${4 * QUERY_MS} ms`);
        await same(WAIT_MS + 1500, `read ${i} during the outage`);
      }
      // Then at once, while a load waits for its connection's timeout.
      for (let i = 1; i <= 3; i++) {
        await wait(RECHECK_MS + 20);
        await same(WAIT_MS / 2, `read ${i} once the outage is told`);
        assert.equal((await within(WAIT_MS / 2, '/v1/partners/tjk')).text, tjk.text);
      }
      // A transaction begun meanwhile (as a write's) fails: its BEGIN is still on the wire.
      await assert.rejects(
        bounded(
          QUERY_MS + 2000,
          'a transaction',
          s.db.connection.db.transaction().execute((trx) => trx.selectFrom('revision').selectAll().execute()),
        ),
        /timeout/, // the query's, or the connection's
      );
      const ready = await within(QUERY_MS + 2000, '/readyz');
      assert.equal(ready.status, 503);
      assert.match(ready.text, /^the database does not answer: /);
      const refused = await rename(3 * QUERY_MS);
      assert.equal(refused.status, 503, refused.text);
      assert.equal(((await s.other.getRecord('partner', 'pak'))?.body as unknown as Partner).name.en, 'Pakistan');
      assert.equal(logged.length, 1, logged.join('\n'));
      assert.match(
        logged[0] ?? '',
        /^pact-api: the database does not answer \(.+\); reads are served from revision \d+/,
      );

      s.proxy.restore();
      const t0 = performance.now();
      let back = await within(5000, '/v1/partners/tjk');
      while (!back.text.includes('Tajikistan (renamed)') && performance.now() - t0 < 10_000) {
        await wait(50);
        back = await within(5000, '/v1/partners/tjk');
      }
      assert.equal((JSON.parse(back.text) as Partner).name.en, 'Tajikistan (renamed)');
      assert.equal((await within(5000, '/readyz')).status, 200);
      assert.deepEqual(logged.slice(1), ['pact-api: the database answers again; reads are current.']);
      assert.deepEqual(s.levels, ['warn', 'info'], 'the outage is a warning, the return news');
      // No connection the outage left is inside that transaction: a key made through the API's
      // database is committed at once, seen by another connection.
      for (let i = 1; i <= 6; i++) {
        const made = await bounded(QUERY_MS, `key ${i}`, s.db.createKey({ partner: 'osce', role: 'reader' }));
        assert.ok(await s.other.verifyKey(made.token), `key ${i} made after the outage is committed`);
      }
      const again = await rename(5000);
      assert.equal(again.status, 200, again.text);
      assert.equal(
        (JSON.parse((await within(5000, '/v1/partners/pak')).text) as Partner).name.en,
        'Pakistan (renamed)',
      );
    });
  });

// Under PACT_LOG=json a log collector reads JSON lines only: the outage's two lines were plain
// text on stderr there, which a collector drops or flags as unparsable.
const SERVE = fileURLToPath(new URL('../../dist/serve.js', import.meta.url));
const jsonLogged = fresh && (await freshPostgres());
if (jsonLogged)
  test('postgres: under PACT_LOG=json, the outage and the return are JSON lines of the log', async () => {
    const proxy = await cuttableProxy(new URL(jsonLogged.url));
    const env = { ...process.env, DATABASE_URL: proxy.url, PACT_LOG: 'json', PACT_REVISION_RECHECK_MS: '100' };
    const child = spawn(process.execPath, [SERVE, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise((ok) => child.once('exit', ok));
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    /** `found()` once it is defined, polled every 20 ms, or a failure naming `what` after `ms`. */
    const until = async <T>(found: () => T | undefined, ms: number, what: string): Promise<T> => {
      const t0 = performance.now();
      for (let v = found(); ; v = found()) {
        if (v !== undefined) return v;
        if (performance.now() - t0 > ms) assert.fail(`${what}: not within ${ms} ms\nstdout: ${out}\nstderr: ${err}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const line = (pattern: RegExp) => () =>
      out
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { level: number; msg?: string; pid: number })
        .find((l) => pattern.test(l.msg ?? ''));
    try {
      const url = await until(() => /API at (http:\/\/\S+)\/v1/.exec(out)?.[1], 60_000, 'the server started');
      assert.equal((await fetch(`${url}/v1/meta`)).status, 200);
      proxy.cut();
      await new Promise((r) => setTimeout(r, 150));
      assert.equal((await fetch(`${url}/v1/meta`)).status, 200, 'answered from the last snapshot');
      const down = await until(line(/^pact-api: the database does not answer \(/), 10_000, 'the outage logged');
      assert.deepEqual([down.level, down.pid], [40, child.pid]);
      proxy.restore();
      await new Promise((r) => setTimeout(r, 150));
      assert.equal((await fetch(`${url}/v1/meta`)).status, 200);
      const back = await until(line(/^pact-api: the database answers again/), 10_000, 'the return logged');
      assert.equal(back.level, 30);
      assert.doesNotMatch(err, /database/, 'nothing of it on stderr');
    } finally {
      child.kill('SIGTERM');
      await exited;
      await proxy.close();
      await jsonLogged.drop();
    }
  });

// A query past its timeout: pg fails it but leaves it on the wire, and Kysely's ROLLBACK, queued
// behind it, fails too. Kysely then discards the connection: were it back in the pool inside the
// transaction, the next statements on it (a key created, a key's use recorded) would never be
// committed and would hold their locks.
const slow = fresh && (await freshPostgres());
if (slow)
  test('postgres: a query past its timeout leaves no connection inside its transaction', async () => {
    const db = await openDatabase({ url: slow.url, poolSize: 1, queryTimeoutMs: 300 });
    const other = await openDatabase({ url: slow.url });
    try {
      await assert.rejects(
        db.connection.db.transaction().execute((trx) => sql`select pg_sleep(1)`.execute(trx)),
        /timeout/,
      );
      await new Promise((r) => setTimeout(r, 1200)); // the sleep ends; its answer arrives
      for (let i = 1; i <= 3; i++) {
        const made = await db.createKey({ partner: 'osce', role: 'reader' });
        assert.ok(await other.verifyKey(made.token), `key ${i}, made on the only connection, is committed`);
      }
    } finally {
      await db.close();
      await other.close();
      await slow.drop();
    }
  });

const pick = (o: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));

for (const backend of await backends())
  test(`${backend.name}: a snapshot that fails while the database answers fails the read (no stale answer, no outage); so does the feed (500, not a bad cursor)`, async () => {
    const db = await backend.open();
    const logged: string[] = [];
    const store = new SqlStore(db, 0, (m) => logged.push(m));
    const server = await startServer({ dataset: store, port: 0, log: false });
    const table = (from: string, to: string) =>
      sql.raw(`ALTER TABLE ${from} RENAME TO ${to}`).execute(db.connection.db);
    const quiet = console.error;
    try {
      const get = () => fetch(`${server.url}/v1/partners/tjk`);
      assert.equal(((await (await get()).json()) as Partner).name.en, 'Tajikistan');
      // A change, then the records' table out of the snapshot's reach: the database still answers.
      const { coordinator } = await accounts(db, 'unodc');
      const current = await db.getRecord('partner', 'tjk');
      const renamed = { ...(current?.body as unknown as Partner), name: { en: 'Tajikistan (renamed)' } };
      assert.equal((await db.upsertPartner(coordinator, renamed, { ifMatch: current?.etag })).ok, true);
      await table('record', 'record_moved');
      console.error = () => undefined; // the API logs the failed request
      const failed = await get();
      console.error = quiet;
      assert.equal(failed.status, 500, 'not the last snapshot: the database answers, the failure is not hidden');
      assert.deepEqual(
        Object.values(pick((await failed.json()) as Record<string, unknown>, 'status', 'title', 'detail')),
        [500, 'Internal Server Error', 'The API failed to answer this request; it has been logged. Try again later.'],
      );
      assert.equal((await fetch(`${server.url}/readyz`)).status, 200);
      assert.deepEqual(logged, [], 'no "does not answer" for a database that answers');
      await table('record_moved', 'record');
      assert.equal(((await (await get()).json()) as Partner).name.en, 'Tajikistan (renamed)');
      // The change feed failing for a reason of the database's is a 500, not a bad cursor (400).
      const cursor = ((await (await fetch(`${server.url}/v1/changes`)).json()) as { cursor: string }).cursor;
      await table('change_log', 'change_log_moved');
      console.error = () => undefined;
      const feed = await fetch(`${server.url}/v1/changes?since=${cursor}`);
      console.error = quiet;
      assert.equal(feed.status, 500, await feed.clone().text());
      await table('change_log_moved', 'change_log');
      assert.equal((await fetch(`${server.url}/v1/changes?since=${cursor}`)).status, 200);
    } finally {
      console.error = quiet;
      await server.close();
      await db.close();
    }
  });
