/**
 * The lists' orders, over sort keys (cursor.ts): the values a list is sorted by, then the record's
 * id, which breaks every tie, so that each order is total. A page after a cursor is found by the
 * key alone (a binary search), so it follows the page before it even when that page's last record
 * has since been withdrawn, moved or filtered out, or records were created before it.
 */
import type { LocaleCode, LocalizedText } from '@pact/schema';
import type { SortKey } from '../cursor.js';
import type { Page, PageRequest } from './store.js';

export interface Order<T> {
  key(record: T): SortKey;
  compare(a: SortKey, b: SortKey): number;
}

const plain = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Key against key, value by value: numbers by value, text by `text` (the first value) or by code
 * unit. A missing value sorts first, and text against a number by their text: a cursor's key has
 * the server's shape, and one made up by hand only lands somewhere in the list.
 */
function compareKeys(a: SortKey, b: SortKey, text?: Intl.Collator): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : -1) : 1;
    const c =
      typeof x === 'number' && typeof y === 'number'
        ? plain(x, y)
        : i === 0 && text
          ? text.compare(String(x), String(y))
          : plain(String(x), String(y));
    if (c !== 0) return c;
  }
  return 0;
}

/** An order by the values `key` gives, compared as they are (dates as `YYYY-MM-DD` text, amounts as numbers). */
export const byValues = <T>(key: (record: T) => SortKey): Order<T> => ({ key, compare: (a, b) => compareKeys(a, b) });

/** By `text` in `lang` (English when missing) with a collator of that language, then by id. */
export function byText<T extends { id: string }>(lang: LocaleCode, text: (r: T) => LocalizedText): Order<T> {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return { key: (r) => [text(r)[lang] ?? text(r).en, r.id], compare: (a, b) => compareKeys(a, b, collator) };
}

/** `list` sorted by `order` (its keys made once per record). */
export function sorted<T>(list: readonly T[], order: Order<T>): T[] {
  return list
    .map((record) => ({ record, key: order.key(record) }))
    .sort((a, b) => order.compare(a.key, b.key))
    .map((r) => r.record);
}

/**
 * The page of `found` (sorted by `order`, `descending` or not) that starts after the key `after`
 * (at the start without one), and the key of its last record when more follow.
 */
export function pageOf<T>(
  found: readonly T[],
  order: Order<T>,
  descending: boolean,
  { after, limit }: PageRequest,
): Page<T> {
  let start = 0;
  if (after) {
    // The first record past `after` in the list's direction.
    let end = found.length;
    while (start < end) {
      const mid = (start + end) >>> 1;
      const c = order.compare(order.key(found[mid] as T), after);
      if (descending ? c < 0 : c > 0) end = mid;
      else start = mid + 1;
    }
    // A cursor keeps only the start of a long text (cursor.ts), which sorts before the whole text:
    // its own record, by its id (the key's last value), is then the first found past it.
    const id = after[after.length - 1];
    if (start < found.length && order.key(found[start] as T).at(-1) === id) start++;
  }
  const data = found.slice(start, start + limit);
  const last = data[data.length - 1];
  return {
    data,
    total: found.length,
    next: last !== undefined && start + data.length < found.length ? order.key(last) : null,
  };
}
