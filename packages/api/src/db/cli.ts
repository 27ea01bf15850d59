import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DatasetError } from '../dataset.js';
import { KeyError, ROLES, openDatabase, type PactDatabase } from './index.js';
import type { DatabaseLocation } from './connection.js';
import { connect } from './connection.js';
import { migrateToLatest } from './migrate.js';

/** The default embedded database: `.data/pact-db` under the repository root (git-ignored). */
export const DEFAULT_DB_DIR = fileURLToPath(new URL('../../../../.data/pact-db', import.meta.url));

export const DB_USAGE = `usage:
  db migrate                 bring the schema to the latest migration
  db seed                    import the seed dataset into an empty database
  db export FILE             write the dataset as canonical JSON (FILE "-" for stdout)
  db import FILE             validate FILE, then make the database hold exactly it
  keys create --partner ID --role ${ROLES.join('|')}
  keys list
  keys revoke ID
options: --db DIR (or PACT_DB; default ${DEFAULT_DB_DIR}); DATABASE_URL selects PostgreSQL`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
}

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
};

export class UsageError extends Error {}

/**
 * Where the CLI works: DATABASE_URL (PostgreSQL) wins, then --db, PACT_DB, the default directory;
 * PACT_DB_TEMPLATE, an archive of `createTemplate`, is where a new embedded database starts from.
 */
export function cliLocation(db: string | undefined, env: CliIo['env']): DatabaseLocation {
  if (env['DATABASE_URL']) {
    // PACT_DB_POOL: connections to the server (default twice the cores; docs/storage.md).
    const text = env['PACT_DB_POOL'];
    const pool = Number(text);
    if (text !== undefined && !(Number.isInteger(pool) && pool > 0))
      throw new UsageError(`PACT_DB_POOL must be a whole number of connections above 0, not "${text}"`);
    return { url: env['DATABASE_URL'], poolSize: text === undefined ? undefined : pool };
  }
  return { dir: db ?? env['PACT_DB'] ?? DEFAULT_DB_DIR, template: env['PACT_DB_TEMPLATE'] };
}

/**
 * Runs `db migrate|seed|export FILE|import FILE` or `keys create|list|revoke`; returns the exit
 * code: 0 done, 1 refused or failed (the reason on stderr), 2 bad usage.
 */
export async function runDbCli(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { db: { type: 'string' }, partner: { type: 'string' }, role: { type: 'string' } },
    });
    const [group, command, arg, ...extra] = positionals;
    const location = cliLocation(values.db, io.env);
    const needsArg = (group === 'db' && (command === 'export' || command === 'import')) || command === 'revoke';
    if (extra.length || (needsArg && !arg) || (!needsArg && arg !== undefined))
      throw new UsageError(`wrong arguments for "${positionals.join(' ')}"`);
    if (group === 'db' && command === 'migrate') {
      const conn = connect(location);
      try {
        const ran = await migrateToLatest(conn.db);
        io.stdout(ran.length ? `migrated ${conn.where}: ${ran.join(', ')}\n` : `${conn.where} is up to date\n`);
      } finally {
        await conn.close();
      }
      return 0;
    }
    const seed = !(group === 'db' && (command === 'import' || command === 'seed'));
    const run = COMMANDS[`${group} ${command}`];
    if (!run) throw new UsageError(`unknown command "${positionals.join(' ')}"`);
    if (group === 'keys' && command === 'create' && (!values.partner || !values.role))
      throw new UsageError('keys create needs --partner ID and --role ROLE');
    const db = await openDatabase(location, seed ? {} : { seed: false });
    try {
      return await run(db, { arg: arg ?? '', partner: values.partner, role: values.role }, io);
    } finally {
      await db.close();
    }
  } catch (e) {
    if (
      e instanceof UsageError ||
      (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr(`${e.message}\n${DB_USAGE}\n`);
      return 2;
    }
    // Refused (a DatasetError, KeyError or MigrationError: the message says why) or failed: exit 1.
    io.stderr(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

type Command = (
  db: PactDatabase,
  args: { arg: string; partner: string | undefined; role: string | undefined },
  io: CliIo,
) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  'db seed': async (db, _args, io) => {
    const done = await db.seedIfEmpty();
    io.stdout(done ? 'imported the seed dataset\n' : 'the database is not empty: nothing imported\n');
    return 0;
  },
  'db export': async (db, { arg }, io) => {
    const json = await db.exportDataset();
    if (arg === '-') io.stdout(json);
    else await writeFile(arg, json);
    if (arg !== '-') io.stdout(`wrote ${arg}\n`);
    return 0;
  },
  'db import': async (db, { arg }, io) => {
    let text: string;
    try {
      text = await readFile(arg, 'utf8');
    } catch {
      throw new DatasetError(arg, '', 'cannot be read (missing file?)');
    }
    const r = await db.importDataset(text, undefined, arg);
    if (!r.ok) {
      io.stderr(`error: ${r.error.message}\nnothing was changed\n`);
      return 1;
    }
    io.stdout(
      `imported ${arg}: ${r.created} created, ${r.updated} updated, ${r.withdrawn} withdrawn${r.moved ? `, ${r.moved} moved` : ''} (revision ${r.revision})\n`,
    );
    return 0;
  },
  'keys create': async (db, { partner, role }, io) => {
    const key = await db.createKey({ partner: partner ?? '', role: role ?? '' });
    io.stdout(
      `created key ${key.id} for ${key.partnerId} (${key.role})\ntoken (shown once, store it now): ${key.token}\n`,
    );
    return 0;
  },
  'keys list': async (db, _args, io) => {
    const keys = await db.listKeys();
    if (!keys.length) io.stdout('no keys\n');
    for (const k of keys)
      io.stdout(
        `${k.id}  ${k.partnerId}  ${k.role}  created ${k.createdAt}  last used ${k.lastUsedAt ?? 'never'}${k.revokedAt ? `  revoked ${k.revokedAt}` : ''}\n`,
      );
    return 0;
  },
  'keys revoke': async (db, { arg }, io) => {
    if (!(await db.revokeKey(arg))) throw new KeyError(`no active key "${arg}"`);
    io.stdout(`revoked ${arg}\n`);
    return 0;
  },
};
