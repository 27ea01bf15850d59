import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './tables.js';

/**
 * Where the data lives: a PGlite data directory (embedded, the default) or a PostgreSQL server.
 * `template` (the CLI's PACT_DB_TEMPLATE) is a data directory archived by
 * `createTemplate`: a new embedded database starts from it instead of running `initdb`, which is
 * most of the cost of creating one (see docs/storage.md). An existing directory ignores it.
 */
export type DatabaseLocation =
  | { dir: string; template?: string | undefined }
  | {
      url: string;
      poolSize?: number | undefined;
      /** Milliseconds to get a connection (a new one, or a turn in the pool); default 10 s. */
      connectTimeoutMs?: number | undefined;
      /** Milliseconds a query waits for its answer before it fails; default 15 s. */
      queryTimeoutMs?: number | undefined;
    };

/**
 * Connections a process opens to a PostgreSQL server by default: twice its cores (PostgreSQL's
 * own rule of thumb). Writes queue for one row at their end (the revision), so more connections
 * than the cores can run only lengthen that queue: with 10 concurrent writers on 2 cores, a pool
 * of 10 gave a p99 of 76-82 ms where 3-5 gave 35-48 ms (bench/db.mjs; docs/storage.md).
 */
export const defaultPoolSize = (): number => Math.max(2, availableParallelism() * 2);

/**
 * How long a PostgreSQL connection and a query may take. Without them, a server that stops
 * answering without closing anything (a dead host, a firewall that drops packets) made a query
 * wait for ever, and every read, write and readiness check behind it (db/outage.test.ts).
 */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_QUERY_TIMEOUT_MS = 15_000;

export type Backend = 'pglite' | 'postgres';

/** An open connection: the typed query builder, which backend it talks to, and how to close it. */
export interface Connection {
  readonly db: Kysely<Database>;
  readonly backend: Backend;
  /** The data directory or the URL without its password, for messages. */
  readonly where: string;
  /**
   * Listens to a PostgreSQL notification channel on a connection of its own (PostgreSQL only:
   * an embedded database has one process, which sees its own writes). Reconnects after a lost
   * connection, with `onReconnect` once listening again (notifications sent meanwhile are lost:
   * the listener checks what it may have missed). Resolves once listening; returns how to stop.
   */
  listen?(channel: string, onNotify: (payload: string) => void, onReconnect: () => void): Promise<() => Promise<void>>;
  /** The PostgreSQL pool's connections: open, idle, and requests waiting for one (PostgreSQL only). */
  pool?(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

/** `LISTEN` on its own client, connected again (0.1 s, doubling up to 5 s) whenever it is lost. */
function listener(connectionString: string, connectionTimeoutMillis: number): NonNullable<Connection['listen']> {
  return async (channel, onNotify, onReconnect) => {
    let client: pg.Client | undefined;
    let stopped = false;
    let delay = 100;
    let timer: NodeJS.Timeout | undefined;
    const connect = async (): Promise<void> => {
      const c = new pg.Client({ connectionString, connectionTimeoutMillis });
      c.on('notification', (n) => n.channel === channel && onNotify(n.payload ?? ''));
      c.on('error', () => undefined); // 'end' follows: reconnect there
      c.on('end', () => {
        if (stopped || client !== c) return;
        client = undefined;
        timer = setTimeout(retry, delay);
      });
      await c.connect();
      await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      client = c;
      delay = 100;
    };
    const retry = () => {
      if (stopped) return;
      connect().then(onReconnect, () => {
        delay = Math.min(delay * 2, 5000);
        timer = setTimeout(retry, delay);
      });
    };
    await connect();
    return async () => {
      stopped = true;
      clearTimeout(timer);
      await client?.end().catch(() => undefined);
    };
  };
}

/**
 * PGlite's buffer cache. PostgreSQL's default (128 MB) is memory the WebAssembly heap allocates and
 * sets up on every open, for a dataset of a few megabytes (the seed's database is 9 MB; pages not
 * in the cache are read from the data directory, in memory or the OS's file cache): 16 MB makes an
 * open about a third faster and the process 60 to 120 MB smaller (docs/storage.md, "Figures").
 */
const PGLITE_SHARED_BUFFERS = '16MB';

/** `memory://` keeps a PGlite database in memory only (tests); anything else is a directory. */
export function connect(location: DatabaseLocation): Connection {
  if ('url' in location) {
    const connectMs = location.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    const pool = new pg.Pool({
      connectionString: location.url,
      max: location.poolSize ?? defaultPoolSize(),
      connectionTimeoutMillis: connectMs,
      // A query past it fails but stays on the wire: a connection's next query waits behind it, and
      // a transaction's ROLLBACK fails with it, for which Kysely discards the connection (so none
      // goes back to the pool inside a transaction: db/outage.test.ts).
      query_timeout: location.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
    });
    // An idle connection the server ends (a restart, pg_terminate_backend, a database dropped
    // while the pool closes) is already out of the pool when the pool reports it: without a
    // listener, that report would end the process (db/notify.test.ts cuts them).
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const url = new URL(location.url);
    url.password = '';
    return {
      db,
      backend: 'postgres',
      where: url.toString(),
      listen: listener(location.url, connectMs),
      pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      close: () => db.destroy(),
    };
  }
  const memory = location.dir.startsWith('memory://');
  const dir = memory ? location.dir : resolve(location.dir);
  if (!memory) mkdirSync(dir, { recursive: true });
  const fresh = memory || !existsSync(join(dir, 'PG_VERSION'));
  const options = {
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    ...(location.template && fresh ? { loadDataDir: readTemplate(location.template) } : {}),
  };
  const db = new Kysely<Database>({ dialect: new PGliteDialect(new PGlite(dir, options)) });
  return { db, backend: 'pglite', where: dir, close: () => db.destroy() };
}

/**
 * The archive a new embedded database starts from, a tar or (createTemplate's) a gzipped tar: its
 * type tells PGlite to unpack it (without, PGlite takes it for a tar, fails, then tries gzip). A
 * missing or unreadable one is named.
 */
function readTemplate(file: string): Blob {
  try {
    const bytes = readFileSync(file);
    const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    return new Blob([bytes], gzip ? { type: 'application/gzip' } : {});
  } catch (e) {
    throw new Error(`the database template ${file} cannot be read: ${(e as Error).message}`);
  }
}
