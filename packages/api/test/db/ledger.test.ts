// The ledger's two guarantees that no ordinary write reaches (db/ledger.ts): a write that lost a
// race to another one is run again, a bounded number of times, and nothing else is; a change made
// from a row that is not the record's current one is refused whole. On PGlite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PactDatabase } from '../../src/db/index.js';
import { applyChange, applyChanges, readRecord, transact, type Author } from '../../src/db/ledger.js';
import type { JsonValue } from '../../src/db/json.js';
import { backends } from './support.js';

const operator: Author = { accountId: null, organization: null };

for (const backend of await backends()) {
  const t = (name: string, fn: () => Promise<void>) => test(`${backend.name}: ${name}`, fn);

  describe(`ledger on ${backend.name}`, () => {
    let db: PactDatabase;
    before(async () => {
      db = await backend.open();
    });
    after(() => db?.close());

    /** What a reader sees: the revision, the first project as served, and the change log's length. */
    const state = async () => {
      const { revision, dataset } = await db.snapshot();
      const { data } = await db.listChanges({ limit: 1000 });
      return { revision, project: dataset.projects[0], logged: data.length };
    };

    /** A write that renames project `id`, then fails with `error`; counts its runs. */
    const failingRename = (id: string, error: unknown) => {
      let runs = 0;
      const run = transact(db.connection, async (trx) => {
        // Past three runs, a failure that is not a race stops it (rather than a hang).
        if (++runs > 3) throw new Error('run more than three times');
        const row = await readRecord(trx, 'project', id);
        assert.ok(row);
        const body = row.body as Record<string, unknown>;
        await applyChange(trx, operator, 'project', id, row, { ...body, title: { en: `Renamed ${runs}` } });
        throw error;
      });
      return { run, runs: () => runs };
    };

    t('a write that keeps losing a race is run three times, then fails, and changes nothing', async () => {
      const start = await state();
      // A deadlock, a serialization failure, a unique key taken meanwhile: PostgreSQL's codes.
      for (const code of ['40P01', '40001', '23505']) {
        const lost = Object.assign(new Error(`lost (${code})`), { code });
        const w = failingRename(start.project!.id, lost);
        await assert.rejects(w.run, (e) => e === lost);
        assert.equal(w.runs(), 3, code);
      }
      assert.deepEqual(await state(), start);
    });

    t('any other failure is not run again', async () => {
      const start = await state();
      const others: unknown[] = [
        new Error('not a race'),
        Object.assign(new Error('a foreign key'), { code: '23503' }),
        { code: 'not-an-error' },
        undefined,
        null,
        'a string',
      ];
      for (const error of others) {
        const w = failingRename(start.project!.id, error);
        await assert.rejects(w.run, (e) => e === error);
        assert.equal(w.runs(), 1, String(error));
      }
      assert.deepEqual(await state(), start);
    });

    t('a race lost once: the second run commits, once', async () => {
      const start = await state();
      let runs = 0;
      const revision = await transact(db.connection, async (trx) => {
        runs++;
        const id = start.project!.id;
        const row = await readRecord(trx, 'project', id);
        assert.ok(row);
        const applied = await applyChange(trx, operator, 'project', id, row, {
          ...(row.body as Record<string, unknown>),
          title: { en: 'Renamed once' },
        });
        if (runs === 1) throw Object.assign(new Error('serialization failure'), { code: '40001' });
        return applied.revision;
      });
      assert.equal(runs, 2);
      const now = await state();
      assert.deepEqual(
        [now.revision, revision, now.logged],
        [start.revision + 1, start.revision + 1, start.logged + 1],
      );
      assert.equal(now.project?.title.en, 'Renamed once');
    });

    t('a change made from a row that is not the current one is refused whole', async () => {
      const start = await state();
      const id = start.project!.id;
      const row = await db.connection.db
        .selectFrom('record')
        .selectAll()
        .where('kind', '=', 'project')
        .where('id', '=', id)
        .executeTakeFirst();
      assert.ok(row);
      const stale = { ...row, version: row.version + 7 };
      const body = JSON.parse(JSON.stringify({ ...start.project!, title: { en: 'Lost update' } })) as JsonValue;
      const message = `record project/${id} changed under its row lock`;
      await assert.rejects(
        transact(db.connection, async (trx) => applyChange(trx, operator, 'project', id, stale, body)),
        { message },
      );
      // The import's path: a new record beside it is not inserted either.
      await assert.rejects(
        transact(db.connection, async (trx) =>
          applyChanges(trx, operator, [
            { kind: 'project', id, before: stale, after: body },
            { kind: 'event', id: 'ledger-test-event', before: undefined, after: { id: 'x' }, position: 0 },
          ]),
        ),
        { message },
      );
      assert.deepEqual(await state(), start);
    });
  });
}
