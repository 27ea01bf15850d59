import { writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { migrateToLatest } from './migrate.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './tables.js';

/**
 * Archives a new embedded database, migrated and empty, to `file` (a tar of its data directory):
 * the `template` (or PACT_DB_TEMPLATE) a new embedded database then starts from, several times
 * faster than `initdb` (docs/storage.md). Migrations newer than the template still run on open.
 */
export async function createTemplate(file: string): Promise<void> {
  const pglite = new PGlite('memory://');
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  try {
    await migrateToLatest(db);
    const tar = await pglite.dumpDataDir('none');
    writeFileSync(file, Buffer.from(await tar.arrayBuffer()));
  } finally {
    await db.destroy();
  }
}
