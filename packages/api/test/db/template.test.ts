// A new embedded database started from a template (createTemplate, PACT_DB_TEMPLATE) is the same
// database as one made by initdb: migrated, empty until seeded, and a directory keeps what is
// written to it. An existing directory ignores the template; a template that is not there is named.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, test } from 'node:test';
import { createTemplate, openDatabase } from '../../src/db/index.js';
import { cliLocation } from '../../src/db/cli.js';
import { loadDataset } from '../../src/load.js';

const tmp = mkdtempSync(join(tmpdir(), 'pact-template-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const template = join(tmp, 'template.tar.gz');
const seed = await loadDataset();

test('a template is a migrated, empty database; what starts from it is seeded like a new one', async () => {
  await createTemplate(template);
  const size = statSync(template).size;
  assert.ok(size > 1_000_000, 'the archive holds a data directory');
  // The data directory is 40 MB, most of it zeros: each new database reads the archive whole.
  assert.ok(size < 8_000_000, `the archive is compressed: ${size} bytes`);

  const empty = await openDatabase({ dir: 'memory://', template }, { seed: false });
  const q = empty.connection.db;
  assert.equal((await q.selectFrom('record').select('id').execute()).length, 0);
  assert.deepEqual(await q.selectFrom('revision').selectAll().execute(), [{ id: 1, value: 0 }]);
  assert.equal(await empty.notReady(), null, 'its schema is current');
  await empty.close();

  // A plain tar, as templates were made before they were compressed, still opens.
  const plain = join(tmp, 'plain.tar');
  writeFileSync(plain, gunzipSync(readFileSync(template)));
  const old = await openDatabase({ dir: 'memory://', template: plain }, { seed: false });
  assert.deepEqual(await old.connection.db.selectFrom('revision').selectAll().execute(), [{ id: 1, value: 0 }]);
  assert.equal(await old.notReady(), null, 'its schema is current');
  await old.close();

  const seeded = await openDatabase({ dir: 'memory://', template });
  const { dataset, revision } = await seeded.snapshot();
  assert.equal(revision, 1);
  assert.deepEqual(dataset, seed);
  await seeded.close();
});

test('a directory started from the template keeps its writes; once it exists, the template is not used', async () => {
  if (!existsSync(template)) await createTemplate(template);
  const dir = join(tmp, 'db');
  const first = await openDatabase({ dir, template });
  const { token } = await first.createKey({ partner: 'unodc', role: 'coordinator' });
  await first.close();
  assert.ok(existsSync(join(dir, 'PG_VERSION')), 'the data directory is on disk');

  // Reopened with the template again: the directory's own data, not a fresh copy.
  const again = await openDatabase({ dir, template });
  assert.equal((await again.verifyKey(token))?.partnerId, 'unodc');
  await again.close();
});

test('a template that cannot be read is named, and the CLI takes it from PACT_DB_TEMPLATE', async () => {
  const missing = join(tmp, 'nowhere.tar');
  await assert.rejects(openDatabase({ dir: 'memory://', template: missing }), (e: Error) => {
    assert.match(e.message, /the database template .*nowhere\.tar cannot be read/);
    return true;
  });
  assert.deepEqual(cliLocation('db', { PACT_DB_TEMPLATE: template }), { dir: 'db', template });
  assert.deepEqual(cliLocation(undefined, { PACT_DB: 'x' }), { dir: 'x', template: undefined });
});
