import { hash } from './hash.js';

/** Parsed query values by parameter name (closed-list values keep their type: `true`, `2`). */
export type ParamValues = Record<string, string | number | boolean | undefined>;

const NOT_OURS = 'is not a cursor from this API; pass the `next` value of a previous page unchanged';

/**
 * Opaque cursors: the offset, tied to the query they were made for. Base64 of digits, a dot and
 * base-36 letters is URL-safe as it is: a 6-bit group of 62 or 63 (`+`, `/`) needs a byte of 0x80
 * or more, or one whose low six bits are `111110` or `111111` (`>`, `?`, `~`, DEL), and those
 * characters have none. The padding is cut; `atob` reads the text without it.
 */
export function makeCursor(offset: number, fingerprint: string): string {
  return btoa(`${offset}.${fingerprint}`).replace(/=+$/, '');
}

export function readCursor(cursor: string, fingerprint: string): { offset: number } | { error: string } {
  let text = '';
  try {
    text = atob(cursor);
  } catch {
    // not base64: the empty text matches no cursor
  }
  const m = /^(\d{1,9})\.([0-9a-z]+)$/.exec(text);
  if (!m) return { error: NOT_OURS };
  if (m[2] !== fingerprint)
    return { error: 'was made for another query; keep the same filters and sort when you follow `next`' };
  return { offset: Number(m[1]) };
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
