import type { Connection } from './connection.js';
import type { ChangePage, JsonPatchOperation } from '@pact/schema';

export type { Change, ChangePage } from '@pact/schema';

export class CursorError extends Error {
  override name = 'CursorError';
}

const encode = (seq: number) => Buffer.from(`c${seq}`).toString('base64url');

function decode(cursor: string): number {
  const m = /^c(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m || encode(Number(m[1])) !== cursor) throw new CursorError(`"${cursor}" is not a change-feed cursor`);
  return Number(m[1]);
}

/** The change log in order, after an opaque cursor (from the start without one). */
export async function listChanges(
  conn: Connection,
  options: { since?: string | undefined; limit?: number | undefined } = {},
): Promise<ChangePage> {
  const after = options.since === undefined || options.since === '' ? 0 : decode(options.since);
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 100), 1), 1000);
  const rows = await conn.db
    .selectFrom('change_log')
    .selectAll()
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  return {
    data: page.map((r) => ({
      revision: r.revision,
      at: new Date(r.at).toISOString(),
      account: r.account_id,
      organization: r.organization,
      kind: r.record_kind,
      id: r.record_id,
      change: r.change,
      patch: r.patch as unknown as JsonPatchOperation[],
    })),
    cursor: encode(page.at(-1)?.seq ?? after),
    more: rows.length > limit,
  };
}
