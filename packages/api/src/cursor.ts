import { hash } from './hash.js';

/** Parsed query values by parameter name (closed-list values keep their type: `true`, `2`). */
export type ParamValues = Record<string, string | number | boolean | undefined>;

const NOT_OURS = 'is not a cursor from this API; pass the `next` value of a previous page unchanged';

/** Opaque cursors: the offset, tied to the query they were made for. */
export function makeCursor(offset: number, fingerprint: string): string {
  return btoa(`${offset}.${fingerprint}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

export function readCursor(cursor: string, fingerprint: string): { offset: number } | { error: string } {
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return { error: NOT_OURS };
  }
  const m = /^(\d{1,9})\.([0-9a-z]+)$/.exec(text);
  if (!m) return { error: NOT_OURS };
  if (m[2] !== fingerprint)
    return { error: 'was made for another query; keep the same filters and sort when you follow `next`' };
  return { offset: Number(m[1]) };
}

/** Canonical form of the filters (without cursor and limit), so that equal queries share cursors. */
export function fingerprintOf(values: ParamValues): string {
  const parts = Object.entries(values)
    .filter(([k, v]) => k !== 'cursor' && k !== 'limit' && v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`);
  return hash(parts.join('&'));
}
