// The SQL store's `watch` (store/sql.ts), in this process, on PostgreSQL: a revision another
// connection commits makes the next read load it, long before the store's own recheck; a
// notification of the revision it already serves loads nothing; a listening connection that comes
// back makes it load again (what was committed meanwhile was not heard); once it stops watching,
// nothing more is heard. (notify.test.ts checks the same between two `pact-api` processes, which
// run the built package; watch.test.ts, the database's listener alone.)
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { openDatabase, type PactDatabase } from '../../src/db/index.js';
import { REVISION_CHANNEL } from '../../src/db/ledger.js';
import { SqlStore } from '../../src/store/sql.js';
import { accounts, freshPostgres, notePartner, sleep, until } from './support.js';

const fresh = await freshPostgres();
const skip = !fresh && 'PostgreSQL is not installed';

test(
  'postgres: a watching store reads what another connection commits, loads only what is new, and stops',
  { skip, timeout: 30_000 },
  async () => {
    if (!fresh) return;
    after(() => fresh.drop());
    const writer: PactDatabase = await openDatabase({ url: fresh.url });
    const reader: PactDatabase = await openDatabase({ url: fresh.url });
    const admin = new pg.Client({ connectionString: fresh.url });
    await admin.connect();
    // The revision is checked again only after a minute: only a notification makes it load sooner.
    const store = new SqlStore(reader, 60_000, () => undefined, 5_000);
    let loads = 0;
    const snapshot = reader.snapshot.bind(reader);
    reader.snapshot = () => (loads++, snapshot());
    try {
      // Stopping a store that never watched does nothing.
      await store.unwatchRevisions();

      const { coordinator } = await accounts(writer, 'unodc');
      const write = (note: string) => notePartner(writer, coordinator, note);
      const served = async () => Number((await store.revision()).split('|')[1]);

      // Watching before its first read: a revision heard then is loaded by that read.
      await store.watch();
      const first = await write('first');
      await sleep(300);
      assert.equal(await served(), first);

      // A revision committed elsewhere: the next reads serve it within moments, not a minute.
      const second = await write('second');
      await until(`revision ${second} served`, async () => (await served()) === second);
      assert.equal((await store.getPartner('kaz'))?.note, 'second');

      // The revision it serves already, notified again: nothing is loaded.
      const count = loads;
      await admin.query('select pg_notify($1, $2)', [REVISION_CHANNEL, String(second)]);
      await sleep(300);
      assert.equal(await served(), second);
      assert.equal(loads, count, 'no load for the revision served');

      // The listening connection is cut and comes back: the store loads again.
      const cut = await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'LISTEN%'`,
      );
      assert.equal(cut.rowCount, 1, 'one listening connection');
      await until('a load after the reconnection', async () => loads > count);

      // Stopped: a revision committed elsewhere is not heard (the next check is a minute away).
      await store.unwatchRevisions();
      const third = await write('third');
      await sleep(500);
      assert.equal(await served(), second);
      assert.notEqual(third, second);
    } finally {
      await store.unwatchRevisions();
      await admin.end();
      await writer.close();
      await reader.close();
    }
  },
);
