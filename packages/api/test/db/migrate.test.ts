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

/** A new empty database where every statement of `tag` (e.g. `ALTER TABLE`) fails with `no TAG here`. */
async function refusing(tag: 'ALTER TABLE' | 'CREATE TABLE') {
  const conn = connect({ dir: 'memory://' });
  await sql`create function refuse() returns event_trigger language plpgsql as
    $$ begin raise exception 'no % here', tg_tag; end $$`.execute(conn.db);
  await sql`create event trigger refuse on ddl_command_start when tag in (${sql.lit(tag)})
    execute function refuse()`.execute(conn.db);
  return conn;
}

/** The message of the MigrationError a run on `conn` fails with, and what /readyz then says. */
async function failure(conn: ReturnType<typeof connect>): Promise<[string, string | null]> {
  try {
    await migrateToLatest(conn.db);
  } catch (e) {
    assert.ok(e instanceof MigrationError, String(e));
    return [e.message, await notReadyReason(conn.db).catch((r: Error) => r.message)];
  } finally {
    await conn.close();
  }
  throw new Error('the run did not fail');
}

test('a run that fails after a migration passed names the one that failed, and keeps none of it; one that fails before any, says so', async () => {
  // The first migration (only CREATE statements) passes, the second (it alters a constraint)
  // fails, in the same run; Kysely runs them in one transaction, so the first is undone too.
  assert.deepEqual(await failure(await refusing('ALTER TABLE')), [
    'migration 002-content failed: no ALTER TABLE here',
    'migrations not run: 001-initial, 002-content',
  ]);
  // A run that fails before any migration (Kysely cannot make its own tables): named as such.
  const [message] = await failure(await refusing('CREATE TABLE'));
  assert.equal(message, 'migration (unknown) failed: no CREATE TABLE here');
});
