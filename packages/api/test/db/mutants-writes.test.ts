// Mutants of db/writes.ts that no other suite caught (bench/mutation-reports/api-survivors.md), on
// PGlite and PostgreSQL: a reader key is refused before anything about the record is looked at,
// so a reader learns nothing of what it names (not whether it exists, nor what its ETag is).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Project } from '@pact/schema';
import type { Account, PactDatabase, WriteResult } from '../../src/db/index.js';
import { loadDataset } from '../../src/load.js';
import { accounts, backends } from './support.js';

const seed = await loadDataset();
const project = seed.projects.find((p) => p.implementer === 'osce') as Project;

for (const backend of await backends()) {
  describe(`db writes by a reader on ${backend.name}`, () => {
    let db: PactDatabase;
    let reader: Account;
    before(async () => {
      db = await backend.open();
      reader = (await accounts(db, 'osce')).reader;
    });
    after(() => db.close());

    const refusal = async (r: Promise<WriteResult<unknown>>) => {
      const res = await r;
      return res.ok ? assert.fail(`accepted: ${JSON.stringify(res.record).slice(0, 80)}`) : res.error;
    };
    const forbidden = { kind: 'forbidden', reason: 'a reader key may not write' };

    test(`${backend.name}: a reader is refused as a reader, whatever the body, the id or the If-Match`, async () => {
      const before = await db.exportDataset();
      // A body the schema refuses, and a retry key: still the reader's refusal, not the schema's.
      assert.deepEqual(await refusal(db.createProject(reader, { id: 'x' })), forbidden);
      assert.deepEqual(await refusal(db.createProject(reader, { id: 'x' }, { idempotencyKey: 'k1' })), forbidden);
      // No If-Match, an id that names nothing, a stale If-Match: not the precondition's refusals.
      assert.deepEqual(await refusal(db.updateProject(reader, project.id, { title: { en: 'x' } }, {})), forbidden);
      assert.deepEqual(await refusal(db.updateProject(reader, 'no-such-project', {}, { ifMatch: '*' })), forbidden);
      assert.deepEqual(await refusal(db.withdrawProject(reader, project.id, { ifMatch: '"v999"' })), forbidden);
      assert.equal(await db.exportDataset(), before);
    });
  });
}
