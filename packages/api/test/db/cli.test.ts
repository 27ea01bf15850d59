import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runDbCli } from '../../src/db/cli.js';
import { loadDataset } from '../../src/load.js';
import { backends } from './support.js';

const seed = await loadDataset();
const tmp = mkdtempSync(join(tmpdir(), 'pact-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

for (const backend of await backends()) {
  describe(`CLI on ${backend.name}`, () => {
    let env: Record<string, string | undefined> = {};
    const args: string[] = [];
    const cli = async (...argv: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runDbCli([...argv, ...args], {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        env,
      });
      return { code, stdout, stderr };
    };

    test(`${backend.name}: db migrate, keys create|list|revoke, db export|import, with exit codes`, async () => {
      if (backend.name === 'pglite') args.push('--db', join(tmp, 'db'));
      else {
        // A fresh PostgreSQL database, left unseeded: the CLI must seed it on first use.
        const db = await backend.open({ seed: false });
        env = { DATABASE_URL: db.connection.where.replace('pact:@', 'pact@') };
        after(() => db.close());
      }
      const migrate = await cli('db', 'migrate');
      assert.equal(migrate.code, 0, migrate.stderr);
      assert.match(migrate.stdout, backend.name === 'pglite' ? /migrated .*: 001-initial/ : /up to date|001-initial/);

      const created = await cli('keys', 'create', '--partner', 'unodc', '--role', 'coordinator');
      assert.equal(created.code, 0, created.stderr);
      const [, id, token] =
        /created key (key_[0-9a-f]+) for unodc \(coordinator\)\ntoken \(shown once, store it now\): (pact_\S+)/.exec(
          created.stdout,
        ) ?? [];
      assert.ok(id && token, created.stdout);
      // Each PGlite open costs a WASM start: the key listing and revocation run on PostgreSQL only.
      if (backend.name === 'postgres') {
        const listed = await cli('keys', 'list');
        assert.match(listed.stdout, new RegExp(`^${id}  unodc  coordinator  created \\S+  last used never$`, 'm'));
        assert.equal(listed.stdout.includes(token), false);
        assert.equal((await cli('keys', 'revoke', id)).code, 0);
        const again = await cli('keys', 'revoke', id);
        assert.deepEqual([again.code, again.stderr], [1, `error: no active key "${id}"\n`]);
        const unknown = await cli('keys', 'create', '--partner', 'atlantis', '--role', 'partner');
        assert.deepEqual([unknown.code, unknown.stderr], [1, 'error: partner "atlantis" does not exist\n']);
      }

      const file = join(tmp, `${backend.name}-export.json`);
      assert.equal((await cli('db', 'export', file)).code, 0);
      const exported = readFileSync(file, 'utf8');
      assert.deepEqual(JSON.parse(exported).projects, JSON.parse(JSON.stringify(seed.projects)));

      const data = JSON.parse(exported);
      data.partners[2].memberships[0].partnership = 'nato';
      writeFileSync(join(tmp, 'bad.json'), JSON.stringify(data));
      const bad = await cli('db', 'import', join(tmp, 'bad.json'));
      assert.equal(bad.code, 1);
      assert.match(
        bad.stderr,
        /partners\.json at \/2\/memberships\/0\/partnership: must be one of .*\nnothing was changed\n$/,
      );
      if (backend.name === 'postgres') {
        data.partners[2].memberships[0].partnership = 'osce';
        data.partners[2].note = 'Edited through db import';
        writeFileSync(join(tmp, 'good.json'), JSON.stringify(data));
        const good = await cli('db', 'import', join(tmp, 'good.json'));
        assert.equal(good.code, 0, good.stderr);
        assert.match(good.stdout, /: 0 created, 1 updated, 0 withdrawn/);
        assert.equal((await cli('db', 'export', '-')).stdout.includes('Edited through db import'), true);
      }
    });
  });
}

test('CLI usage errors exit 2 with the usage, before opening any database', async () => {
  for (const argv of [
    ['db', 'frobnicate'],
    ['keys', 'create', '--role', 'partner'],
    ['db', 'export'],
    ['db', 'migrate', '--bogus'],
  ]) {
    let stderr = '';
    const code = await runDbCli(argv, {
      stdout: () => {},
      stderr: (t) => (stderr += t),
      env: { PACT_DB: join(tmp, 'never') },
    });
    assert.equal(code, 2, argv.join(' '));
    assert.match(stderr, /usage:\n {2}db migrate/);
  }
  assert.throws(() => readFileSync(join(tmp, 'never', 'PG_VERSION')));
});

test('A PACT_DB_POOL that is not a count of connections is a usage error naming it', async () => {
  for (const pool of ['0', '-3', 'ten', '2.5', '']) {
    let stderr = '';
    const code = await runDbCli(['db', 'migrate'], {
      stdout: () => {},
      stderr: (t) => (stderr += t),
      env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', PACT_DB_POOL: pool },
    });
    assert.equal(code, 2, pool);
    assert.match(stderr, new RegExp(`PACT_DB_POOL must be a whole number of connections above 0, not "${pool}"`));
  }
});
