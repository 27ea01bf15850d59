// The schema's migrations (db/migrate.ts) on a database no template made: what each run did, what
// /readyz says while one has not run, and the message when one fails. PGlite (the same code runs
// on PostgreSQL through db/store.test.ts's databases).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { connect } from '../../src/db/connection.js';
import { MigrationError, migrateToLatest, notReadyReason } from '../../src/db/migrate.js';

test('migrations: each runs once, /readyz names one not run, a failed one is named with its reason', async () => {
  const conn = connect({ dir: 'memory://' });
  try {
    assert.equal(await notReadyReason(conn.db), 'migrations not run: 001-initial, 002-content');
    assert.deepEqual(await migrateToLatest(conn.db), ['001-initial', '002-content']);
    assert.deepEqual(await migrateToLatest(conn.db), []);
    assert.equal(await notReadyReason(conn.db), null);

    // As if the newest migration had not run: /readyz says so, and the next start runs it alone.
    await sql`delete from kysely_migration where name = '002-content'`.execute(conn.db);
    assert.equal(await notReadyReason(conn.db), 'migrations not run: 002-content');
    assert.deepEqual(await migrateToLatest(conn.db), ['002-content']);

    // A migration that fails (the constraint it replaces is gone): refused by name, with the reason.
    await sql`delete from kysely_migration where name = '002-content'`.execute(conn.db);
    await sql`alter table record drop constraint record_kind`.execute(conn.db);
    await assert.rejects(migrateToLatest(conn.db), (e) => {
      assert.ok(e instanceof MigrationError);
      assert.equal(e.name, 'MigrationError');
      assert.match(e.message, /^migration 002-content failed: .*record_kind/);
      return true;
    });
    assert.equal(await notReadyReason(conn.db), 'migrations not run: 002-content');
  } finally {
    await conn.close();
  }
});
