import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './tables.js';

/** Where the data lives: a PGlite data directory (embedded, the default) or a PostgreSQL server. */
export type DatabaseLocation = { dir: string } | { url: string };

export type Backend = 'pglite' | 'postgres';

/** An open connection: the typed query builder, which backend it talks to, and how to close it. */
export interface Connection {
  readonly db: Kysely<Database>;
  readonly backend: Backend;
  /** The data directory or the URL without its password, for messages. */
  readonly where: string;
  close(): Promise<void>;
}

/** `memory://` keeps a PGlite database in memory only (tests); anything else is a directory. */
export function connect(location: DatabaseLocation): Connection {
  if ('url' in location) {
    const pool = new pg.Pool({ connectionString: location.url, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const url = new URL(location.url);
    url.password = '';
    return { db, backend: 'postgres', where: url.toString(), close: () => db.destroy() };
  }
  const memory = location.dir.startsWith('memory://');
  const dir = memory ? location.dir : resolve(location.dir);
  if (!memory) mkdirSync(dir, { recursive: true });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(new PGlite(dir)) });
  return { db, backend: 'pglite', where: dir, close: () => db.destroy() };
}
