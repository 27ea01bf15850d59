import { createPatch } from 'rfc6902';
import type { Transaction } from 'kysely';
import type { JsonValue } from './json.js';
import type { ChangeKind, Database, NewRecordRow, RecordKind, RecordRow } from './tables.js';

export type Trx = Transaction<Database>;

/** A record's ETag: opaque to clients, changes with every change of the record. */
export const etagOf = (version: number): string => `"v${version}"`;

/**
 * Takes the write lock: the revision row, locked until the transaction ends. Every write takes
 * it first, so writes are serialized in one order (no deadlock), the change log's sequence is
 * the commit order, and a reader never sees entry n+1 before entry n.
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

/** The current row of a record, withdrawn or not. Call under {@link lockRevision}. */
export function readRecord(trx: Trx, kind: RecordKind, id: string): Promise<RecordRow | undefined> {
  return trx.selectFrom('record').selectAll().where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
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

/** One change of one record: create or update (`after` is the new body), or withdraw (`after` null). */
export interface RecordChange {
  kind: RecordKind;
  id: string;
  before: RecordRow | undefined;
  after: JsonValue | null;
  /** Place in its collection for a new record (default: last). */
  position?: number;
}

/**
 * Stores changes of records as one write: bumps the revision once and appends one change-log
 * entry per record with the RFC 6902 patch from old to new (empty for a withdrawal: the record
 * stays as it was). New records go in with one INSERT, so importing the seed stays quick.
 * Must run under {@link lockRevision}. Returns, per change, the new version and log sequence.
 */
export async function applyChanges(trx: Trx, author: Author, changes: RecordChange[]): Promise<Applied[]> {
  const { value: revision } = await trx
    .updateTable('revision')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('id', '=', 1)
    .returning('value')
    .executeTakeFirstOrThrow();
  const now = new Date();
  const versions: number[] = [];
  const inserts: NewRecordRow[] = [];
  const next = new Map<RecordKind, number>();
  for (const c of changes) {
    if (c.before) {
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
      if (!row) throw new Error(`record ${c.kind}/${c.id} changed under the write lock`);
      versions.push(row.version);
      continue;
    }
    let position = c.position ?? next.get(c.kind);
    if (position === undefined) {
      const { max } = await trx
        .selectFrom('record')
        .select((eb) => eb.fn.max<number | null>('position').as('max'))
        .where('kind', '=', c.kind)
        .executeTakeFirstOrThrow();
      position = (max ?? -1) + 1;
    }
    next.set(c.kind, position + 1);
    const body = JSON.stringify(c.after);
    inserts.push({
      kind: c.kind,
      id: c.id,
      body,
      version: 1,
      position,
      created_at: now,
      updated_at: now,
      withdrawn_at: null,
    });
    versions.push(1);
  }
  if (inserts.length) await trx.insertInto('record').values(inserts).execute();
  const entries = changes.map((c) => {
    const live = c.before !== undefined && c.before.withdrawn_at === null;
    const change: ChangeKind = c.after === null ? 'withdraw' : live ? 'update' : 'create';
    const patch =
      c.after === null
        ? []
        : live && c.before
          ? createPatch(c.before.body, c.after)
          : [{ op: 'add' as const, path: '', value: c.after }];
    return {
      revision,
      at: now,
      account_id: author.accountId,
      organization: author.organization,
      record_kind: c.kind,
      record_id: c.id,
      change,
      patch: JSON.stringify(patch),
    };
  });
  const seqs = entries.length ? await trx.insertInto('change_log').values(entries).returning('seq').execute() : [];
  return changes.map((_, i) => ({ version: versions[i] ?? 1, revision, seq: seqs[i]?.seq ?? 0 }));
}

/** {@link applyChanges} for one record. */
export async function applyChange(
  trx: Trx,
  author: Author,
  kind: RecordKind,
  id: string,
  before: RecordRow | undefined,
  after: JsonValue | null,
): Promise<Applied> {
  const [applied] = await applyChanges(trx, author, [{ kind, id, before, after }]);
  if (!applied) throw new Error('no change applied');
  return applied;
}
