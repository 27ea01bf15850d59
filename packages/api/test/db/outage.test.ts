// PostgreSQL stops answering under a running API: a TCP proxy between the API and the cluster
// cuts every connection and refuses new ones, then lets them through again. Reads go on from the
// last snapshot (they answered 500 before), /readyz says 503, the operator is told once when the
// database goes and once when it is back, and a change another process made meanwhile is read
// once it is. The embedded database has no such outage (it is in the process). And on both
// backends: a snapshot that fails while the database answers is no outage; the read fails.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Partner } from '@pact/schema';
import { SqlStore } from '@pact/api';
import { startServer, type RunningServer } from '@pact/api/node';
import { openDatabase, type PactDatabase } from '@pact/api/db';
import { sql } from 'kysely';
import { accounts, backends, freshPostgres } from './support.js';

/** A TCP proxy to `target` that can be cut (every connection ended, new ones refused) and restored. */
async function cuttableProxy(target: URL) {
  const sockets = new Set<Socket>();
  let up = true;
  const server: Server = createServer((client) => {
    if (!up) return void client.destroy();
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = new URL(target);
  url.port = String((server.address() as AddressInfo).port);
  return {
    url: url.toString(),
    cut() {
      up = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      up = true;
    },
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

const fresh = await freshPostgres();
if (!fresh && process.env['CI'] === 'true')
  test('postgres: PostgreSQL is available under CI', () => {
    throw new Error('CI=true but PostgreSQL could not be started and PACT_TEST_DATABASE_URL is not set');
  });

if (fresh)
  describe('postgres: the database stops answering under a running API', () => {
    const RECHECK_MS = 100;
    let proxy: Awaited<ReturnType<typeof cuttableProxy>>;
    let db: PactDatabase;
    let other: PactDatabase;
    let store: SqlStore;
    let server: RunningServer;
    const logged: string[] = [];
    before(async () => {
      proxy = await cuttableProxy(new URL(fresh.url));
      db = await openDatabase({ url: proxy.url });
      // Another process's connection, straight to the cluster: it keeps writing during the outage.
      other = await openDatabase({ url: fresh.url });
      store = new SqlStore(db, RECHECK_MS, (m) => logged.push(m));
      await store.refresh();
      await store.watch();
      server = await startServer({ dataset: store, port: 0, log: false });
    });
    after(async () => {
      await server?.close();
      await store?.unwatchRevisions();
      proxy?.restore();
      await db?.close();
      await other?.close();
      await proxy?.close();
      await fresh.drop();
    });

    const read = async (path: string) => {
      const res = await fetch(server.url + path);
      return { status: res.status, etag: res.headers.get('etag'), text: await res.text() };
    };
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

    test('reads go on from the last snapshot, /readyz says 503; once back, reads are current', async () => {
      const partners = await read('/v1/partners?limit=200');
      const tjk = await read('/v1/partners/tjk');
      assert.equal(partners.status, 200);
      assert.equal((await read('/readyz')).status, 200);

      const key = await db.createKey({ partner: 'unodc', role: 'coordinator' });
      const pak = await read('/v1/partners/pak');
      const rename = () =>
        fetch(`${server.url}/v1/partners/pak`, {
          method: 'PUT',
          headers: {
            Authorization: `Bearer ${key.token}`,
            'Content-Type': 'application/json',
            'If-Match': pak.etag ?? '',
          },
          body: JSON.stringify({ ...(JSON.parse(pak.text) as Partner), name: { en: 'Pakistan (renamed)' } }),
        });

      proxy.cut();
      // Meanwhile another process renames a partner.
      const { coordinator } = await accounts(other, 'unodc');
      const current = await other.getRecord('partner', 'tjk');
      const renamed = { ...(current?.body as unknown as Partner), name: { en: 'Tajikistan (renamed)' } };
      const written = await other.upsertPartner(coordinator, renamed, { ifMatch: current?.etag });
      assert.equal(written.ok, true);

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
      assert.equal(((await other.getRecord('partner', 'pak'))?.body as unknown as Partner).name.en, 'Pakistan');
      const ready = await read('/readyz');
      assert.equal(ready.status, 503);
      assert.match(ready.text, /^the database does not answer: /);
      assert.equal(logged.length, 1, logged.join('\n'));
      assert.match(
        logged[0] ?? '',
        /^pact-api: the database does not answer \(.+\); reads are served from revision \d+ until it does\.$/,
      );

      proxy.restore();
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
      // The same write, sent again, is made.
      const again = await rename();
      assert.equal(again.status, 200, await again.clone().text());
      assert.equal((JSON.parse((await read('/v1/partners/pak')).text) as Partner).name.en, 'Pakistan (renamed)');
    });
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
