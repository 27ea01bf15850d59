import { createPatch } from 'rfc6902';
import { sql, type Transaction } from 'kysely';
import type { JsonValue } from './json.js';
import type { Connection } from './connection.js';
import type { ChangeKind, Database, NewRecordRow, RecordKind, RecordRow } from './tables.js';

export type Trx = Transaction<Database>;

/** The PostgreSQL notification channel on which each committed write announces its revision. */
export const REVISION_CHANNEL = 'pact_revision';

/**
 * PostgreSQL's answers to a race between two writes: a deadlock (a record writer and an import
 * take their locks in opposite orders), a serialization failure, or a unique key taken by a write
 * that committed meanwhile (two creates of one id, or one Idempotency-Key). Run again, the write
 * sees the other's result and gives the proper answer (409, a replay, ...).
 */
const RACES = new Set(['40P01', '40001', '23505']);
export const isRace = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && 'code' in e && RACES.has(String((e as { code: unknown }).code));

/**
 * Runs a write in a transaction, again when it lost a race (at most three tries). A record write
 * locks only the rows it reads, and the revision at its end (see applyChanges).
 */
export async function transact<T>(conn: Pick<Connection, 'db'>, body: (trx: Trx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await conn.db.transaction().execute(body);
    } catch (e) {
      if (attempt < 3 && isRace(e)) continue;
      throw e;
    }
  }
}

/** A record's ETag: opaque to clients, changes with every change of the record. */
export const etagOf = (version: number): string => `"v${version}"`;

/**
 * Takes the write lock: the revision row, locked until the transaction ends. Whole-store writes
 * (import) take it first. A record write takes it only at its end, in {@link applyChanges}, after
 * its reads and checks (which lock just the rows they touch), so that writers of different records
 * wait for each other only for the last statements and the commit. Either way the change log's
 * sequence is the commit order, and a reader never sees entry n+1 before entry n.
 */
export async function lockRevision(trx: Trx): Promise<number> {
  const row = await trx
    .selectFrom('revision')
    .select('value')
    .where('id', '=', 1)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return row.value;
}

export async function readRevision(db: Pick<Trx, 'selectFrom'>): Promise<number> {
  const row = await db.selectFrom('revision').select('value').where('id', '=', 1).executeTakeFirstOrThrow();
  return row.value;
}

/**
 * The current row of a record, withdrawn or not, locked against other writers until the
 * transaction ends: a second writer of the same record waits here, then reads what the first
 * one committed (so its If-Match is checked against the new version).
 */
export function readRecord(trx: Trx, kind: RecordKind, id: string): Promise<RecordRow | undefined> {
  return trx
    .selectFrom('record')
    .selectAll()
    .where('kind', '=', kind)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export interface Author {
  accountId: string | null;
  organization: string | null;
}

export interface Applied {
  version: number;
  revision: number;
  seq: number;
}

/**
 * One change of one record: a change of a record that has a row (`before`, read in the write's
 * transaction and locked): `after` its new body (a withdrawn record's brings it back), or null to
 * withdraw it; or a new record, with its place in its collection.
 */
export type RecordChange =
  | { kind: RecordKind; id: string; before: RecordRow; after: JsonValue | null }
  | { kind: RecordKind; id: string; before: undefined; after: JsonValue; position: number };

/**
 * Stores changes of records as one write (an import): bumps the revision once and appends one
 * change-log entry per record with the RFC 6902 patch from old to new (empty for a withdrawal: the
 * record stays as it was). New records go in with one INSERT, so importing the seed stays quick.
 * Existing records must have been read in this transaction, locked. `changes` is not empty.
 * Returns the new revision.
 */
export async function applyChanges(trx: Trx, author: Author, changes: RecordChange[]): Promise<number> {
  const now = new Date();
  for (const c of changes) {
    if (!c.before) continue;
    // Compare-and-set on the version as well as the lock: a lost update cannot slip through.
    const row = await trx
      .updateTable('record')
      .set({
        body: JSON.stringify(c.after ?? c.before.body),
        version: c.before.version + 1,
        updated_at: now,
        withdrawn_at: c.after === null ? now : null,
      })
      .where('kind', '=', c.kind)
      .where('id', '=', c.id)
      .where('version', '=', c.before.version)
      .returning('version')
      .executeTakeFirst();
    if (!row) throw new Error(`record ${c.kind}/${c.id} changed under its row lock`);
  }
  // The log entries' contents, computed before taking the lock.
  const logged = changes.map((c) => logEntry(author, c, now));
  // The write lock, from here to the commit: the revision, the new records, the log.
  const { value: revision } = await trx
    .updateTable('revision')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('id', '=', 1)
    .returning('value')
    .executeTakeFirstOrThrow();
  const inserts: NewRecordRow[] = changes.flatMap((c) =>
    c.before
      ? []
      : [
          {
            kind: c.kind,
            id: c.id,
            body: JSON.stringify(c.after),
            version: 1,
            position: c.position,
            created_at: now,
            updated_at: now,
            withdrawn_at: null,
          },
        ],
  );
  if (inserts.length) await trx.insertInto('record').values(inserts).execute();
  await trx
    .insertInto('change_log')
    .values(logged.map((e) => ({ ...e, revision })))
    .execute();
  // Delivered at the commit (never for a rolled-back write) to every process that listens.
  await sql`select pg_notify(${REVISION_CHANNEL}, ${String(revision)})`.execute(trx);
  return revision;
}

/** The change-log entry of one change, without its revision. */
function logEntry(
  author: Author,
  c: { kind: RecordKind; id: string; before: RecordRow | undefined; after: JsonValue | null },
  now: Date,
) {
  const live = c.before !== undefined && c.before.withdrawn_at === null;
  const change: ChangeKind = c.after === null ? 'withdraw' : live ? 'update' : 'create';
  const patch =
    c.after === null
      ? []
      : live && c.before
        ? createPatch(c.before.body, c.after)
        : [{ op: 'add' as const, path: '', value: c.after }];
  return {
    at: now,
    account_id: author.accountId,
    organization: author.organization,
    record_kind: c.kind,
    record_id: c.id,
    change,
    patch: JSON.stringify(patch),
  };
}

/**
 * {@link applyChanges} for one record, in one statement: the record's update (compare-and-set on
 * its version) or insert, the revision bump, the change-log entry and the notification. A write
 * holds the revision lock from this statement to its commit, and each statement on the embedded
 * database costs about 0.4 ms, so one statement instead of four keeps writers' queue short.
 */
export async function applyChange(
  trx: Trx,
  author: Author,
  kind: RecordKind,
  id: string,
  before: RecordRow | undefined,
  after: JsonValue | null,
): Promise<Applied> {
  const now = new Date();
  const entry = logEntry(author, { kind, id, before, after }, now);
  const row = await trx
    .with('rev', (db) =>
      db
        .updateTable('revision')
        .set((eb) => ({ value: eb('value', '+', 1) }))
        .where('id', '=', 1)
        .returning('value'),
    )
    .with('rec', (db) =>
      before
        ? db
            .updateTable('record')
            .set({
              body: JSON.stringify(after ?? before.body),
              version: before.version + 1,
              updated_at: now,
              withdrawn_at: after === null ? now : null,
            })
            .where('kind', '=', kind)
            .where('id', '=', id)
            // Compare-and-set on the version as well as the lock: a lost update cannot slip through.
            .where('version', '=', before.version)
            .returning('version')
        : db
            .insertInto('record')
            .values({
              kind,
              id,
              body: JSON.stringify(after),
              version: 1,
              position: (eb) =>
                eb
                  .selectFrom('record')
                  .select(sql<number>`coalesce(max(position), -1) + 1`.as('next'))
                  .where('kind', '=', kind),
              created_at: now,
              updated_at: now,
              withdrawn_at: null,
            })
            .returning('version'),
    )
    // INSERT ... SELECT FROM rev: the entry's sequence number is drawn after the revision lock
    // is held (a VALUES row with a subquery draws it first), so the log's order is the commit order.
    .with('log', (db) =>
      db
        .insertInto('change_log')
        .columns(['revision', 'at', 'account_id', 'organization', 'record_kind', 'record_id', 'change', 'patch'])
        .expression((eb) =>
          eb
            .selectFrom('rev')
            .select((e) => [
              'rev.value',
              sql<Date>`${entry.at}::timestamptz`.as('at'),
              sql<string | null>`${entry.account_id}::text`.as('account_id'),
              sql<string | null>`${entry.organization}::text`.as('organization'),
              e.val(entry.record_kind).as('record_kind'),
              e.val(entry.record_id).as('record_id'),
              e.val(entry.change).as('change'),
              sql<string>`${entry.patch}::json`.as('patch'),
            ]),
        )
        .returning(['seq', 'revision']),
    )
    .selectFrom(['log', 'rec'])
    .select([
      'log.seq',
      'log.revision',
      'rec.version',
      // Delivered at the commit (never for a rolled-back write) to every process that listens.
      sql<string>`pg_notify(${REVISION_CHANNEL}, log.revision::text)`.as('notified'),
    ])
    .executeTakeFirst();
  // No row: the record's version moved under its row lock; throwing rolls the whole write back.
  if (!row) throw new Error(`record ${kind}/${id} changed under its row lock`);
  return { version: row.version, revision: row.revision, seq: row.seq };
}
