// Every db test runs against PGlite and, when PostgreSQL is available, PostgreSQL too.
// scripts/test-all.mjs starts one throw-away cluster and exports PACT_TEST_DATABASE_URL; a test
// file run alone starts its own when PostgreSQL is installed. Under CI=true a missing
// PostgreSQL is a failing test, never a silent skip.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, test } from 'node:test';
import pg from 'pg';
import { openDatabase, type Account, type PactDatabase } from '../../src/db/index.js';
import { postgresBin, startPostgres } from '../../../../test/support/postgres.mjs';

export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** A fresh, seeded database of this backend (a new PostgreSQL database each call). */
  open(options?: { seed?: false }): Promise<PactDatabase>;
}

let clusterUrl: Promise<string | null> | undefined;
function postgresUrl(): Promise<string | null> {
  clusterUrl ??= (async () => {
    const given = process.env['PACT_TEST_DATABASE_URL'];
    if (given) return given;
    if (process.env['PACT_TEST_POSTGRES'] === '0' || !postgresBin()) return null;
    const cluster = await startPostgres();
    after(() => cluster.stop());
    return cluster.url;
  })();
  return clusterUrl;
}

/**
 * A new database in the cluster, and how to drop it: empty, or a copy of `template` (the mutation
 * bench's migrated and seeded database, PACT_TEST_DATABASE_TEMPLATE: a copy is ready at once, and
 * opening it finds the schema current and the seed there).
 */
async function freshDatabase(adminUrl: string, template?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `pact_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}${template ? ` template ${pg.escapeIdentifier(template)}` : ''}`);
  await admin.end();
  const drop = async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop };
}

/**
 * A new empty PostgreSQL database in the test cluster (its URL, and how to drop it), or null when
 * PostgreSQL is not installed (under CI=true a test then fails: see backends()).
 */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const url = await postgresUrl();
  return url ? freshDatabase(url) : null;
}

/**
 * The backends to run every case against. PACT_TEST_BACKENDS=postgres (set by the mutation bench
 * for the SDK, whose suites judge the client, not the store) leaves PGlite out: its start is most
 * of a suite's time there, where a copy of a seeded PostgreSQL database is ready in a moment.
 */
export async function backends(): Promise<TestBackend[]> {
  const list: TestBackend[] =
    process.env['PACT_TEST_BACKENDS'] === 'postgres'
      ? []
      : [
          {
            name: 'pglite',
            open: (o) => openDatabase({ dir: 'memory://', template: process.env['PACT_DB_TEMPLATE'] }, o),
          },
        ];
  const url = await postgresUrl();
  if (!url && list.length === 0)
    throw new Error('PACT_TEST_BACKENDS=postgres, but no PostgreSQL (PACT_TEST_DATABASE_URL)');
  if (url)
    list.push({
      name: 'postgres',
      open: async (o) => {
        const seeded = o?.seed === false ? undefined : process.env['PACT_TEST_DATABASE_TEMPLATE'];
        const fresh = await freshDatabase(url, seeded);
        const db = await openDatabase({ url: fresh.url }, o);
        const close = db.close.bind(db);
        // Closing a test database also drops it.
        return Object.assign(db, { close: () => close().then(fresh.drop) });
      },
    });
  else if (process.env['CI'] === 'true')
    test('postgres: PostgreSQL is available under CI', () => {
      throw new Error('CI=true but PostgreSQL could not be started and PACT_TEST_DATABASE_URL is not set');
    });
  return list;
}

/** An account of each role for a partner, created through keys (so the change log can name it). */
export async function accounts(db: PactDatabase, partner: string) {
  const make = async (role: 'coordinator' | 'partner' | 'reader'): Promise<Account> => {
    const key = await db.createKey({ partner, role });
    const account = await db.verifyKey(key.token);
    if (!account) throw new Error('a fresh key did not verify');
    return account;
  };
  return { coordinator: await make('coordinator'), partner: await make('partner'), reader: await make('reader') };
}

/** Writes `note` on Kazakhstan's partner record as `account`; the revision it made. */
export async function notePartner(db: PactDatabase, account: Account, note: string): Promise<number> {
  const before = await db.getRecord('partner', 'kaz');
  const r = await db.upsertPartner(account, { ...(before?.body as object), note }, { ifMatch: before?.etag });
  assert.ok(r.ok, JSON.stringify(r));
  return r.revision;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `ok` holds (asked every 10 ms), or fails naming `what` after `ms`. */
export async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await ok())) {
    if (performance.now() > end) throw new Error(`${what}: not within ${ms} ms`);
    await sleep(10);
  }
}
