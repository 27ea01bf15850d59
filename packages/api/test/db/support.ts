// Every db test runs against PGlite and, when PostgreSQL is available, PostgreSQL too.
// scripts/test-all.mjs starts one throw-away cluster and exports PACT_TEST_DATABASE_URL; a test
// file run alone starts its own when PostgreSQL is installed. Under CI=true a missing
// PostgreSQL is a failing test, never a silent skip.
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

/** A new empty database in the cluster, and how to drop it. */
async function freshDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `pact_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
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

/** The backends to run every case against. */
export async function backends(): Promise<TestBackend[]> {
  const list: TestBackend[] = [
    { name: 'pglite', open: (o) => openDatabase({ dir: 'memory://', template: process.env['PACT_DB_TEMPLATE'] }, o) },
  ];
  const url = await postgresUrl();
  if (url)
    list.push({
      name: 'postgres',
      open: async (o) => {
        const fresh = await freshDatabase(url);
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
