// The database CLI's commands one by one (db/cli.ts, in this process), their exact output and exit
// codes: cli.test.ts runs the whole round trip on both backends; this file the rest, on PostgreSQL
// (each PGlite open is a WASM start: where every command opens the database, seconds each).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { DEFAULT_DB_DIR, UsageError, cliLocation, runDbCli } from '../../src/db/cli.js';
import { openDatabase } from '../../src/db/index.js';
import { freshPostgres } from './support.js';

// First, before any test is declared (the file's hooks then run once all of them are done), and so
// that the test cluster's own `after`, which stops it, runs after this file's suites.
const fresh = await freshPostgres();
// Two more, left empty: an export from one, an import into the other.
const [exportFrom, importInto] = fresh ? [await freshPostgres(), await freshPostgres()] : [null, null];
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
    [['keys', 'export'], 'unknown command "keys export"'],
    [['keys', 'migrate'], 'unknown command "keys migrate"'],
    [['tables', 'list'], 'unknown command "tables list"'],
    [['keys', 'create', '--partner', 'unodc'], 'keys create needs --partner ID and --role ROLE'],
    [['keys', 'create', '--role', 'partner'], 'keys create needs --partner ID and --role ROLE'],
  ];
  for (const [argv, reason] of cases) {
    const r = await run(argv, env);
    assert.equal(r.code, 2, argv.join(' '));
    assert.equal(r.stdout, '', argv.join(' '));
    assert.ok(r.stderr.startsWith(`${reason}\nusage:\n  db migrate`), `${argv.join(' ')}: ${r.stderr}`);
    assert.ok(r.stderr.includes('\n  keys create --partner ID --role coordinator|partner|reader\n'), r.stderr);
  }
  assert.throws(() => readFileSync(join(tmp, 'never', 'PG_VERSION')));
});

test('without an io of its own, the CLI writes to the process’s stdout and stderr', async (t) => {
  let err = '';
  const write = t.mock.method(process.stderr, 'write', (text: string) => ((err += text), true));
  try {
    assert.equal(await runDbCli(['db', 'frobnicate']), 2);
  } finally {
    write.mock.restore();
  }
  assert.match(err, /^unknown command "db frobnicate"\nusage:/);
});

test('a DATABASE_URL that is not a URL: exit 1 with the reason, not the usage', async () => {
  const r = await run(['db', 'migrate'], { DATABASE_URL: 'not a url' });
  assert.deepEqual(r, { code: 1, stdout: '', stderr: 'error: Invalid URL\n' });
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
  after(() => Promise.all([fresh.drop(), exportFrom?.drop(), importInto?.drop()]));
  const env = { DATABASE_URL: fresh.url };
  /** Connections still open to a database (a command left one open: the CLI would not exit). */
  const open = async (url: string) => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const r = await admin.query<{ n: number }>(
        'select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      return r.rows[0]?.n;
    } finally {
      await admin.end();
    }
  };
  const where = (() => {
    const u = new URL(fresh.url);
    u.password = '';
    return u.toString();
  })();

  test('db migrate, then seed once; the second seed imports nothing', async () => {
    const first = await run(['db', 'migrate'], env);
    assert.deepEqual([first.code, first.stderr], [0, '']);
    assert.equal(first.stdout, `migrated ${where}: 001-initial, 002-content\n`);
    assert.equal(await open(fresh.url), 0, 'no connection left open by db migrate');
    assert.deepEqual(await run(['db', 'migrate'], env), { code: 0, stdout: `${where} is up to date\n`, stderr: '' });
    assert.deepEqual(await run(['db', 'seed'], env), { code: 0, stdout: 'imported the seed dataset\n', stderr: '' });
    assert.deepEqual(await run(['db', 'seed'], env), {
      code: 0,
      stdout: 'the database is not empty: nothing imported\n',
      stderr: '',
    });
    assert.equal(await open(fresh.url), 0, 'no connection left open by db seed');
  });

  test('without an io of its own, the CLI writes its answer to the process’s stdout', async () => {
    // In a process of its own: this one's stdout carries the test runner's reports.
    const cli = pathToFileURL(fileURLToPath(new URL('../../src/db/cli.ts', import.meta.url))).href;
    const script = `import { runDbCli } from ${JSON.stringify(cli)}; process.exitCode = await runDbCli(['db', 'migrate']);`;
    const child = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        env: { ...process.env, ...env },
      },
    );
    assert.match(child.stdout, /^(migrated postgres:\/\/\S+: .+|postgres:\/\/\S+ is up to date)\n$/);
    assert.equal(child.stderr, '');
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
    // Two partners swapped in the file: each has moved in its collection (its order is served).
    const swapped = JSON.parse(readFileSync(file, 'utf8')) as { partners: unknown[] };
    [swapped.partners[0], swapped.partners[1]] = [swapped.partners[1], swapped.partners[0]];
    const moved = join(tmp, 'moved.json');
    writeFileSync(moved, JSON.stringify(swapped));
    const reordered = await run(['db', 'import', moved], env);
    assert.equal(reordered.code, 0, reordered.stderr);
    assert.match(
      reordered.stdout,
      new RegExp(
        `^imported ${moved.replace(/[.]/g, '\\.')}: 0 created, 0 updated, 0 withdrawn, 2 moved \\(revision \\d+\\)\\n$`,
      ),
    );
    const missing = join(tmp, 'nowhere.json');
    assert.deepEqual(await run(['db', 'import', missing], env), {
      code: 1,
      stdout: '',
      stderr: `error: ${missing} at (root): cannot be read (missing file?)\n`,
    });
  });
  test('db export of an empty database seeds it first; db import into an empty one creates every record, seed or not', async () => {
    assert.ok(exportFrom && importInto);
    const file = join(tmp, 'from-empty.json');
    assert.equal((await run(['db', 'export', file], { DATABASE_URL: exportFrom.url })).code, 0);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown[] | object>;
    assert.equal((exported['partners'] as unknown[]).length > 100, true, 'the seed, imported on open');
    const records = ['partners', 'pillars', 'routes', 'projects', 'partnerships', 'events']
      .map((k) => (exported[k] as unknown[]).length)
      .reduce((a, b) => a + b, 1); // and the meta
    const imported = await run(['db', 'import', file], { DATABASE_URL: importInto.url });
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, new RegExp(`: ${records} created, 0 updated, 0 withdrawn \\(revision 1\\)\\n$`));
    assert.equal(await open(importInto.url), 0, 'no connection left open by db import');
  });
});
