import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { JsonValue } from './json.js';

// The closed lists (record kinds, change kinds, roles) are @pact/schema's.
export { CHANGE_KINDS, RECORD_KINDS, ROLES } from '@pact/schema';
import type { ChangeKind, RecordKind, Role } from '@pact/schema';
export type { ChangeKind, RecordKind, Role };

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** JSON columns (`json`, not `jsonb`: key order kept as written) are written as text and read back parsed. */
type Json = ColumnType<JsonValue, string, string>;

/** One record of the dataset, stored whole as JSON; the API filters run on the in-memory snapshot. */
export interface RecordTable {
  kind: RecordKind;
  id: string;
  body: Json;
  /** Starts at 1, +1 on every change; the ETag is derived from it. */
  version: number;
  /** Order in its collection (the seed's order, new records last). */
  position: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Set when withdrawn: the record leaves the lists but stays in the change history. */
  withdrawn_at: Timestamp | null;
}

/** A single row holding the revision: +1 on every accepted write. */
export interface RevisionTable {
  id: number;
  value: number;
}

/** The append-only change log (a trigger refuses UPDATE, DELETE and TRUNCATE). */
export interface ChangeTable {
  seq: Generated<number>;
  revision: number;
  at: Timestamp;
  /** null for changes made by an operator (import, seed) rather than through a key. */
  account_id: string | null;
  organization: string | null;
  record_kind: RecordKind;
  record_id: string;
  change: ChangeKind;
  /** RFC 6902 JSON Patch from the old record to the new one. */
  patch: Json;
}

export interface AccountTable {
  id: string;
  /** The partner (organization or country) the account speaks for. */
  partner_id: string;
  role: Role;
  /** Hex SHA-256 of the token; the token itself is never stored. */
  token_hash: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface IdempotencyTable {
  account_id: string;
  key: string;
  /** Hex SHA-256 of the request body, so a reused key with another body is refused. */
  request_hash: string;
  /** The first answer, replayed on a retry; null while the first request is in flight. */
  response: ColumnType<JsonValue | null, string | null, string | null>;
  created_at: Timestamp;
}

export interface Database {
  record: RecordTable;
  revision: RevisionTable;
  change_log: ChangeTable;
  account: AccountTable;
  idempotency_key: IdempotencyTable;
}

export type RecordRow = Selectable<RecordTable>;
export type NewRecordRow = Insertable<RecordTable>;
export type ChangeRow = Selectable<ChangeTable>;
export type AccountRow = Selectable<AccountTable>;
