// Revisions committed by another process, heard through PostgreSQL's LISTEN/NOTIFY, in this process
// (db/index.ts watchRevisions, db/connection.ts's listener): notify.test.ts checks the same between
// two `pact-api` processes, which run the built package. Each revision is heard with its number;
// a listening connection the server cuts is made again, and said so; once stopped, nothing is heard.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { openDatabase, type PactDatabase } from '../../src/db/index.js';
import { accounts, freshPostgres, notePartner } from './support.js';

const fresh = await freshPostgres();
const skip = !fresh && 'PostgreSQL is not installed';

/** Resolves with the next value `next` is given, or fails naming `what` after 5 s. */
function waiter<T>(what: string) {
  let give: (value: T) => void = () => {};
  const heard: T[] = [];
  return {
    heard,
    push(value: T) {
      heard.push(value);
      give(value);
    },
    next: () =>
      new Promise<T>((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`${what}: nothing within 5 s`)), 5000);
        give = (v) => {
          clearTimeout(timer);
          ok(v);
        };
      }),
  };
}

test(
  'postgres: each revision another connection commits is heard with its number; a cut listener comes back',
  { skip },
  async () => {
    if (!fresh) return;
    after(() => fresh.drop());
    const writer: PactDatabase = await openDatabase({ url: fresh.url });
    const reader: PactDatabase = await openDatabase({ url: fresh.url });
    let stop: (() => Promise<void>) | undefined;
    try {
      const { coordinator } = await accounts(writer, 'unodc');
      const write = (note: string) => notePartner(writer, coordinator, note);
      const revisions = waiter<number>('a revision');
      const reconnects = waiter<void>('a reconnection');
      stop = await reader.watchRevisions(
        (n) => revisions.push(n),
        () => reconnects.push(),
      );
      assert.ok(stop, 'PostgreSQL listens');

      let heard = revisions.next();
      const first = await write('first');
      assert.equal(await heard, first);
      assert.equal(typeof first, 'number');

      // The server ends the listening connection: it is made again (onReconnect), and hears again.
      const back = reconnects.next();
      const admin = new pg.Client({ connectionString: fresh.url });
      await admin.connect();
      const cut = await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'LISTEN%'`,
      );
      await admin.end();
      assert.equal(cut.rowCount, 1, 'one listening connection');
      await back;
      heard = revisions.next();
      const second = await write('second');
      assert.equal(await heard, second);
      assert.equal(second, first + 1);

      // Stopped: a write is no longer heard.
      await stop?.();
      stop = undefined;
      const count = revisions.heard.length;
      await write('third');
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(revisions.heard.length, count, 'nothing heard once stopped');
      assert.deepEqual(revisions.heard, [first, second]);
    } finally {
      // A failure above leaves the listening connection open: stopped here, so the process ends.
      await stop?.();
      await writer.close();
      await reader.close();
    }
  },
);

test('the embedded database has no other process to hear: nothing to listen to', async () => {
  const db = await openDatabase({ dir: 'memory://', template: process.env['PACT_DB_TEMPLATE'] }, { seed: false });
  try {
    assert.equal(
      db.watchRevisions(
        () => {},
        () => {},
      ),
      undefined,
    );
  } finally {
    await db.close();
  }
});
