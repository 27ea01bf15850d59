import { writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { migrateToLatest } from './migrate.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './tables.js';

/**
 * Archives a new embedded database, migrated and empty, to `file` (a gzipped tar of its data
 * directory): the `template` (or PACT_DB_TEMPLATE) a new embedded database then starts from,
 * several times faster than `initdb` (docs/storage.md). Migrations newer than the template still
 * run on open.
 *
 * A checkpoint first, so that a database unpacked from it has no log to replay; gzip, because the
 * data directory is 40 MB, most of it zeros (a 16 MB log segment, three 7.5 MB databases): each
 * open then reads 4.7 MB instead. Together, PGlite alone (4 opens each): 1.1 s an open instead of
 * 1.6 s (docs/storage.md, "Figures").
 */
export async function createTemplate(file: string): Promise<void> {
  const pglite = new PGlite('memory://');
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  try {
    await migrateToLatest(db);
    await pglite.exec('CHECKPOINT');
    const tar = await pglite.dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await tar.arrayBuffer()));
  } finally {
    await db.destroy();
  }
}
