// Opening a database (db/index.ts, db/connection.ts, db/template.ts): seeding only an empty one
// (a seed over a database with edits would make it hold the seed again: the edits gone), a record
// read back as stored, withdrawn or not; where an embedded database lives, and the template a new
// one starts from, told apart from initdb's by a table only the template has.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import type { Project } from '@pact/schema';
import { openDatabase } from '../../src/db/index.js';
import { defaultPoolSize } from '../../src/db/connection.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { PGliteDialect } from '../../src/db/pglite-dialect.js';
import type { Database } from '../../src/db/tables.js';
import { loadDataset } from '../../src/load.js';
import { accounts, backends, freshPostgres } from './support.js';

const seed = await loadDataset();
const tmp = mkdtempSync(join(tmpdir(), 'pact-open-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

for (const backend of await backends()) {
  describe(`opening on ${backend.name}`, () => {
    test(`${backend.name}: the seed goes only into an empty database; an edited one keeps its edits`, async () => {
      const empty = await backend.open({ seed: false });
      try {
        assert.equal(empty.backend, backend.name);
        assert.equal((await empty.connection.db.selectFrom('record').select('id').execute()).length, 0);
        assert.equal(await empty.seedIfEmpty(), true, 'imported');
        const project = seed.projects[0] as Project;
        const { coordinator } = await accounts(empty, 'unodc');
        const before = await empty.getRecord('project', project.id);
        assert.ok(before && !before.withdrawn);
        const edited = await empty.updateProject(
          coordinator,
          project.id,
          { title: { en: 'Edited after the seed' } },
          { ifMatch: before.etag },
        );
        assert.ok(edited.ok, JSON.stringify(edited));
        assert.equal(await empty.seedIfEmpty(), false, 'not empty: nothing imported');
        const after = await empty.getRecord('project', project.id);
        assert.equal((after?.body as { title: { en: string } }).title.en, 'Edited after the seed');
        assert.equal(after?.etag, edited.etag);
      } finally {
        await empty.close();
      }
    });

    test(`${backend.name}: a record as stored: its ETag, withdrawn or not; null when it never existed`, async () => {
      const db = await backend.open();
      try {
        const { coordinator } = await accounts(db, 'unodc');
        const id = seed.projects[1]!.id;
        const live = await db.getRecord('project', id);
        assert.deepEqual(live && { etag: live.etag, withdrawn: live.withdrawn }, { etag: '"v1"', withdrawn: false });
        assert.deepEqual(live?.body, JSON.parse(JSON.stringify(seed.projects[1])));
        const gone = await db.withdrawProject(coordinator, id, { ifMatch: '"v1"' });
        assert.ok(gone.ok, JSON.stringify(gone));
        const withdrawn = await db.getRecord('project', id);
        assert.deepEqual(withdrawn && { etag: withdrawn.etag, withdrawn: withdrawn.withdrawn }, {
          etag: '"v2"',
          withdrawn: true,
        });
        assert.equal(await db.getRecord('project', 'prj-never'), null);
        assert.equal(await db.getRecord('partner', id), null, 'a project id is no partner');
      } finally {
        await db.close();
      }
    });
  });
}

describe('an embedded database on disk', () => {
  test('a new directory, however deep, is made; memory:// makes none', async () => {
    const dir = join(tmp, 'a', 'b', 'pact-db');
    const db = await openDatabase({ dir, template: process.env['PACT_DB_TEMPLATE'] }, { seed: false });
    try {
      assert.equal(db.backend, 'pglite');
      assert.equal(db.connection.where, dir);
      assert.ok(existsSync(join(dir, 'PG_VERSION')));
    } finally {
      await db.close();
    }
    const memory = await openDatabase({ dir: 'memory://', template: process.env['PACT_DB_TEMPLATE'] }, { seed: false });
    await memory.close();
    assert.equal(existsSync('memory:'), false, 'no directory named after memory://');
  });

  test('a new directory, and a new memory database, start from the template; an existing directory does not', async () => {
    // A template holding one more table than a migrated database: only a copy of it has that table.
    // (From the suite's template when there is one: initdb and the migrations take seconds.)
    const base = process.env['PACT_DB_TEMPLATE'];
    const pglite = new PGlite('memory://', base ? { loadDataDir: new Blob([readFileSync(base)]) } : undefined);
    const k = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    await migrateToLatest(k);
    await sql`create table only_in_the_template (x int)`.execute(k);
    const template = join(tmp, 'marked.tar');
    writeFileSync(template, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
    await k.destroy();
    const marked = async (location: { dir: string; template?: string }) => {
      const db = await openDatabase(location, { seed: false });
      try {
        const r = await sql<{
          n: number;
        }>`select count(*)::int as n from pg_tables where tablename = 'only_in_the_template'`.execute(db.connection.db);
        return r.rows[0]?.n === 1;
      } finally {
        await db.close();
      }
    };
    assert.equal(await marked({ dir: 'memory://', template }), true, 'a new memory database');
    const dir = join(tmp, 'from-template');
    assert.equal(await marked({ dir, template }), true, 'a new directory');
    const existing = join(tmp, 'existing');
    assert.equal(await marked({ dir: existing, template: base }), false, 'made without the marked template');
    assert.equal(await marked({ dir: existing, template }), false, 'an existing directory ignores the template');
  });

  test('a seed that cannot be read fails the open, naming it (no half-opened database)', async () => {
    const nowhere = join(tmp, 'no-seed-here');
    await assert.rejects(
      openDatabase({ dir: 'memory://', template: process.env['PACT_DB_TEMPLATE'] }, { seed: nowhere }),
      // (the files are read at once: whichever fails first is named)
      (e: Error) =>
        e.message.startsWith(`${nowhere}/`) && e.message.endsWith('.json at (root): cannot be read (missing file?)'),
    );
  });

  test('a PostgreSQL pool of a chosen size opens no more connections than that (PACT_DB_POOL)', async (t) => {
    const fresh = await freshPostgres();
    if (!fresh) return t.skip('PostgreSQL is not installed');
    const db = await openDatabase({ url: fresh.url, poolSize: 2 }, { seed: false });
    try {
      // Five queries at once, each holding its connection for 0.2 s: two run, three wait.
      const sleeping = Array.from({ length: 5 }, () => sql`select pg_sleep(0.2)`.execute(db.connection.db));
      await new Promise((r) => setTimeout(r, 100));
      assert.deepEqual(db.poolStats(), { total: 2, idle: 0, waiting: 3 });
      await Promise.all(sleeping);
    } finally {
      await db.close();
      await fresh.drop();
    }
  });

  test('a PostgreSQL pool has twice the cores by default, at least 2', () => {
    assert.equal(defaultPoolSize(), Math.max(2, availableParallelism() * 2));
  });
});
