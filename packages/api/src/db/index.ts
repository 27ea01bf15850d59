import type { MembershipId } from '@pact/schema';
import { loadDataset } from '../load.js';
import type { Dataset } from '../dataset.js';
import type { Account } from './authorize.js';
import { listChanges, type ChangePage } from './changes.js';
import { connect, type Backend, type Connection, type DatabaseLocation } from './connection.js';
import { exportDataset, importDataset, snapshot, type ImportResult } from './dataset-io.js';
import { createKey, listKeys, revokeKey, verifyKey } from './keys.js';
import { REVISION_CHANNEL, etagOf, type Author } from './ledger.js';
import type { JsonValue } from './json.js';
import type { RecordKind } from './tables.js';
import { migrateToLatest, notReadyReason } from './migrate.js';
import * as writes from './writes.js';
import type { Preconditions } from './writes.js';

export type { Account, WriteAction, Decision } from './authorize.js';
export { authorize } from './authorize.js';
export type { Change, ChangePage } from './changes.js';
export { CursorError } from './changes.js';
export type { Backend, DatabaseLocation } from './connection.js';
export type { FieldError, WriteError, WriteResult, Written } from './errors.js';
export type { ImportResult } from './dataset-io.js';
export { KeyError, type KeyInfo } from './keys.js';
export { MigrationError } from './migrate.js';
export { createTemplate } from './template.js';
export { RECORD_KINDS, ROLES, type RecordKind, type Role } from './tables.js';
export type { Preconditions } from './writes.js';

export interface OpenOptions {
  /** Import this dataset directory (default: the package's seed) when the database is empty; false: don't. */
  seed?: string | false;
}

/** An open Pact database: reads, writes, keys and the change feed over PGlite or PostgreSQL. */
export class PactDatabase {
  private constructor(readonly connection: Connection) {}

  /** Opens (migrating to the latest schema, and seeding an empty database) the database at `location`. */
  static async open(location: DatabaseLocation, options: OpenOptions = {}): Promise<PactDatabase> {
    const connection = connect(location);
    try {
      await migrateToLatest(connection.db);
      const store = new PactDatabase(connection);
      if (options.seed !== false) await store.seedIfEmpty(options.seed);
      return store;
    } catch (e) {
      await connection.close();
      throw e;
    }
  }

  get backend(): Backend {
    return this.connection.backend;
  }

  /** Imports the seed dataset when no record exists yet; returns whether it did. */
  async seedIfEmpty(dir?: string): Promise<boolean> {
    const any = await this.connection.db.selectFrom('record').select('id').limit(1).executeTakeFirst();
    if (any) return false;
    const result = await importDataset(this.connection, await loadDataset(dir));
    if (!result.ok) throw result.error;
    return result.created > 0;
  }

  /** Null when the database answers and its schema is current; else why not (for /readyz). */
  async notReady(): Promise<string | null> {
    try {
      return await notReadyReason(this.connection.db);
    } catch (e) {
      return `the database does not answer: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  /** The PostgreSQL pool's use (undefined for the embedded database). */
  poolStats(): { total: number; idle: number; waiting: number } | undefined {
    return this.connection.pool?.();
  }

  /** One record as stored, with its ETag (for If-Match), withdrawn or not; null when it never existed. */
  async getRecord(kind: RecordKind, id: string): Promise<{ body: JsonValue; etag: string; withdrawn: boolean } | null> {
    const row = await this.connection.db
      .selectFrom('record')
      .select(['body', 'version', 'withdrawn_at'])
      .where('kind', '=', kind)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { body: row.body, etag: etagOf(row.version), withdrawn: row.withdrawn_at !== null } : null;
  }

  /**
   * Calls `onRevision` with each revision another process (or this one) commits, through
   * PostgreSQL's LISTEN/NOTIFY, and `onReconnect` when the listening connection came back after a
   * loss (a notification may have been missed). Undefined for the embedded database, which has
   * one process. Resolves once listening; returns how to stop.
   */
  watchRevisions(
    onRevision: (revision: number) => void,
    onReconnect: () => void,
  ): Promise<() => Promise<void>> | undefined {
    return this.connection.listen?.(REVISION_CHANNEL, (payload) => onRevision(Number(payload)), onReconnect);
  }

  snapshot(): Promise<{ revision: number; dataset: Dataset }> {
    return snapshot(this.connection);
  }
  exportDataset(): Promise<string> {
    return exportDataset(this.connection);
  }
  importDataset(json: string | unknown, author?: Author, file?: string): Promise<ImportResult> {
    return importDataset(this.connection, json, author, file);
  }

  createProject(account: Account, project: unknown, options?: { idempotencyKey?: string | undefined }) {
    return writes.createProject(this.connection, account, project, options);
  }
  updateProject(account: Account, id: string, mergePatch: unknown, pre: Preconditions) {
    return writes.updateProject(this.connection, account, id, mergePatch, pre);
  }
  withdrawProject(account: Account, id: string, pre: Preconditions) {
    return writes.withdrawProject(this.connection, account, id, pre);
  }
  upsertPartner(account: Account, partner: unknown, pre?: Preconditions) {
    return writes.upsertPartner(this.connection, account, partner, pre);
  }
  withdrawPartner(account: Account, id: string, pre: Preconditions) {
    return writes.withdrawPartner(this.connection, account, id, pre);
  }
  setMembership(account: Account, partnerId: string, membership: unknown, pre: Preconditions) {
    return writes.setMembership(this.connection, account, partnerId, membership, pre);
  }
  removeMembership(account: Account, partnerId: string, partnership: MembershipId, pre: Preconditions) {
    return writes.removeMembership(this.connection, account, partnerId, partnership, pre);
  }

  createKey(options: { partner: string; role: string }) {
    return createKey(this.connection, options);
  }
  verifyKey(token: string) {
    return verifyKey(this.connection, token);
  }
  listKeys() {
    return listKeys(this.connection);
  }
  revokeKey(id: string) {
    return revokeKey(this.connection, id);
  }
  listChanges(options?: { since?: string | undefined; limit?: number | undefined }): Promise<ChangePage> {
    return listChanges(this.connection, options);
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}

/** Opens the database: `{ dir }` for PGlite (embedded), `{ url }` for PostgreSQL. */
export function openDatabase(location: DatabaseLocation, options?: OpenOptions): Promise<PactDatabase> {
  return PactDatabase.open(location, options);
}
