// The database CLI's commands one by one (db/cli.ts, in this process), their exact output and exit
// codes: cli.test.ts runs the whole round trip on both backends; this file the rest, on PostgreSQL
// (each PGlite open is a WASM start: where every command opens the database, seconds each).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { DEFAULT_DB_DIR, UsageError, cliLocation, runDbCli } from '../../src/db/cli.js';
import { openDatabase } from '../../src/db/index.js';
import { freshPostgres } from './support.js';

// First, before any test is declared (the file's hooks then run once all of them are done), and so
// that the test cluster's own `after`, which stops it, runs after this file's suites.
const fresh = await freshPostgres();
const tmp = mkdtempSync(join(tmpdir(), 'pact-cli-commands-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const run = async (argv: string[], env: Record<string, string | undefined>) => {
  let stdout = '';
  let stderr = '';
  const code = await runDbCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
};

test('wrong arguments for each command: exit 2, the reason and the usage, no database opened', async () => {
  const env = { PACT_DB: join(tmp, 'never') };
  const cases: [string[], string][] = [
    [['db', 'migrate', 'now'], 'wrong arguments for "db migrate now"'],
    [['db', 'seed', 'x'], 'wrong arguments for "db seed x"'],
    [['db', 'import'], 'wrong arguments for "db import"'],
    [['db', 'import', 'a.json', 'b.json'], 'wrong arguments for "db import a.json b.json"'],
    [['keys', 'list', 'all'], 'wrong arguments for "keys list all"'],
    [['keys', 'revoke'], 'wrong arguments for "keys revoke"'],
    [['keys', 'frobnicate'], 'unknown command "keys frobnicate"'],
    [['tables', 'list'], 'unknown command "tables list"'],
    [['keys', 'create', '--partner', 'unodc'], 'keys create needs --partner ID and --role ROLE'],
    [['keys', 'create', '--role', 'partner'], 'keys create needs --partner ID and --role ROLE'],
  ];
  for (const [argv, reason] of cases) {
    const r = await run(argv, env);
    assert.equal(r.code, 2, argv.join(' '));
    assert.equal(r.stdout, '', argv.join(' '));
    assert.ok(r.stderr.startsWith(`${reason}\nusage:\n  db migrate`), `${argv.join(' ')}: ${r.stderr}`);
  }
  assert.throws(() => readFileSync(join(tmp, 'never', 'PG_VERSION')));
});

test('where the CLI works: DATABASE_URL first (with PACT_DB_POOL), then --db, PACT_DB, the default', () => {
  const url = 'postgres://pact@db.example.org/pact';
  assert.deepEqual(cliLocation('ignored', { DATABASE_URL: url, PACT_DB: 'x' }), { url, poolSize: undefined });
  assert.deepEqual(cliLocation(undefined, { DATABASE_URL: url, PACT_DB_POOL: '4' }), { url, poolSize: 4 });
  assert.throws(() => cliLocation(undefined, { DATABASE_URL: url, PACT_DB_POOL: '4.5' }), UsageError);
  assert.deepEqual(cliLocation('a', { PACT_DB: 'b', PACT_DB_TEMPLATE: 't.tar' }), { dir: 'a', template: 't.tar' });
  assert.deepEqual(cliLocation(undefined, { PACT_DB: 'b' }), { dir: 'b', template: undefined });
  assert.deepEqual(cliLocation(undefined, {}), { dir: DEFAULT_DB_DIR, template: undefined });
  assert.match(DEFAULT_DB_DIR, /[\\/]\.data[\\/]pact-db$/);
});

describe('the commands on PostgreSQL', () => {
  if (!fresh) {
    // Under CI=true, PostgreSQL is there (backends() fails the run otherwise): only a machine
    // without it runs these on nothing.
    test('PostgreSQL is not installed here: the commands are tested by cli.test.ts on PGlite', () => {
      assert.notEqual(process.env['CI'], 'true');
    });
    return;
  }
  after(() => fresh.drop());
  const env = { DATABASE_URL: fresh.url };
  const where = (() => {
    const u = new URL(fresh.url);
    u.password = '';
    return u.toString();
  })();

  test('db migrate, then seed once; the second seed imports nothing', async () => {
    const first = await run(['db', 'migrate'], env);
    assert.deepEqual([first.code, first.stderr], [0, '']);
    assert.match(first.stdout, new RegExp(`^migrated ${where.replace(/[.?]/g, '\\$&')}: 001-initial`));
    assert.deepEqual(await run(['db', 'migrate'], env), { code: 0, stdout: `${where} is up to date\n`, stderr: '' });
    assert.deepEqual(await run(['db', 'seed'], env), { code: 0, stdout: 'imported the seed dataset\n', stderr: '' });
    assert.deepEqual(await run(['db', 'seed'], env), {
      code: 0,
      stdout: 'the database is not empty: nothing imported\n',
      stderr: '',
    });
  });

  test('keys list: none, then one used and revoked, with its dates', async () => {
    assert.deepEqual(await run(['keys', 'list'], env), { code: 0, stdout: 'no keys\n', stderr: '' });
    const created = await run(['keys', 'create', '--partner', 'kaz', '--role', 'partner'], env);
    assert.equal(created.code, 0, created.stderr);
    const [, id, token] =
      /^created key (key_[0-9a-f]+) for kaz \(partner\)\ntoken .*: (pact_\S+)\n$/.exec(created.stdout) ?? [];
    assert.ok(id && token, created.stdout);
    const fresh = await run(['keys', 'list'], env);
    assert.match(fresh.stdout, new RegExp(`^${id}  kaz  partner  created \\S+  last used never\\n$`));
    const db = await openDatabase({ url: env.DATABASE_URL });
    try {
      assert.ok(await db.verifyKey(token));
    } finally {
      await db.close();
    }
    assert.deepEqual(await run(['keys', 'revoke', id], env), { code: 0, stdout: `revoked ${id}\n`, stderr: '' });
    const listed = await run(['keys', 'list'], env);
    const [, createdAt, usedAt, revokedAt] =
      new RegExp(`^${id}  kaz  partner  created (\\S+)  last used (\\S+)  revoked (\\S+)\\n$`).exec(listed.stdout) ??
      [];
    assert.ok(createdAt && usedAt && revokedAt, listed.stdout);
    assert.ok(createdAt <= usedAt && usedAt <= revokedAt, listed.stdout);
    assert.ok(!Number.isNaN(Date.parse(revokedAt)), revokedAt);
    const unknown = await run(['keys', 'create', '--partner', 'kaz', '--role', 'owner'], env);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /^error: .*owner/);
  });

  test('db export to a file and to stdout; import of the same file changes nothing; a missing file is named', async () => {
    const file = join(tmp, 'export.json');
    assert.deepEqual(await run(['db', 'export', file], env), { code: 0, stdout: `wrote ${file}\n`, stderr: '' });
    const stdout = await run(['db', 'export', '-'], env);
    assert.equal(stdout.code, 0);
    assert.equal(stdout.stdout, readFileSync(file, 'utf8'));
    assert.equal(JSON.parse(stdout.stdout).partners.length > 100, true);
    const again = await run(['db', 'import', file], env);
    assert.equal(again.code, 0, again.stderr);
    assert.match(
      again.stdout,
      new RegExp(`^imported ${file.replace(/[.]/g, '\\.')}: 0 created, 0 updated, 0 withdrawn \\(revision \\d+\\)\\n$`),
    );
    const missing = join(tmp, 'nowhere.json');
    assert.deepEqual(await run(['db', 'import', missing], env), {
      code: 1,
      stdout: '',
      stderr: `error: ${missing} at (root): cannot be read (missing file?)\n`,
    });
  });
});
