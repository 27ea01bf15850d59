import { hash } from './hash.js';

/** Parsed query values by parameter name (closed-list values keep their type: `true`, `2`). */
export type ParamValues = Record<string, string | number | boolean | undefined>;

/**
 * Where a list's order puts a record: the values it is sorted by, its id last (store/order.ts). A
 * page after a cursor starts at the first record past this key, wherever the record itself now is.
 */
export type SortKey = readonly (string | number)[];

const NOT_OURS = 'is not a cursor from this API; pass the `next` value of a previous page unchanged';

/**
 * Opaque cursors: the sort key of the last record of a page (a name or a date, then the id), tied
 * to the query they were made for, so that a page follows the one before it across writes: a
 * record created, withdrawn or moved before it does not make the next page repeat or skip one.
 * The JSON `[fingerprint, ...key]` in UTF-8, as base64url without padding (URL-safe as it is).
 */
export function makeCursor(key: SortKey, fingerprint: string): string {
  // A title has no length limit; in a cursor (a URL, at most 8 kB) its first characters stand for it.
  const cut = key.map((v) => (typeof v === 'string' && v.length > TEXT_MAX ? [...v].slice(0, TEXT_MAX).join('') : v));
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify([fingerprint, ...cut])))
    binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/**
 * The most characters (code points) of a text a cursor keeps. The page after it still starts right
 * after its record: store/order.ts finds the record by its id, the key's last value.
 */
export const TEXT_MAX = 200;

/** A key has the sort's values and an id: at most four, each text (cut to TEXT_MAX) or a finite number. */
const isKey = (key: unknown[]): key is (string | number)[] =>
  key.length >= 2 &&
  key.length <= 4 &&
  key.every(
    (v) => (typeof v === 'string' && v.length <= 2 * TEXT_MAX) || (typeof v === 'number' && Number.isFinite(v)),
  );

export function readCursor(cursor: string, fingerprint: string): { after: SortKey } | { error: string } {
  let value: unknown;
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    // not base64url, not UTF-8 or not JSON: not one of ours
  }
  if (!Array.isArray(value) || typeof value[0] !== 'string' || !/^[0-9a-z]+$/.test(value[0]))
    return { error: NOT_OURS };
  const [made, ...key] = value as unknown[];
  if (!isKey(key)) return { error: NOT_OURS };
  if (made !== fingerprint)
    return { error: 'was made for another query; keep the same filters and sort when you follow `next`' };
  return { after: key };
}

/**
 * Canonical form of the filters (without cursor and limit), so that equal queries share cursors:
 * the pairs in the order of their names (which are distinct), as JSON, so that no value can pass
 * for another pair (`q=a&sort=name` is not `q` "a&sort=name").
 */
export function fingerprintOf(values: ParamValues): string {
  const pairs = Object.entries(values)
    .filter(([k, v]) => k !== 'cursor' && k !== 'limit' && v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return hash(JSON.stringify(pairs));
}
