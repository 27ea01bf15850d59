import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration';
import * as initial from './migrations/001-initial.js';
import * as content from './migrations/002-content.js';
import type { Database } from './tables.js';

/** Every migration, in order; the same set serves PGlite and PostgreSQL. */
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '002-content': content,
};

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Brings the schema to the latest migration; returns the names of the migrations it ran. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(MIGRATIONS) } });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '(unknown)';
    throw new MigrationError(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Whether the database answers and every migration this code knows has run (for /readyz): the
 * reason when not, null when ready.
 */
export async function notReadyReason(db: Kysely<Database>): Promise<string | null> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(MIGRATIONS) } });
  const pending = (await migrator.getMigrations()).filter((m) => m.executedAt === undefined).map((m) => m.name);
  return pending.length ? `migrations not run: ${pending.join(', ')}` : null;
}
