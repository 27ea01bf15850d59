/**
 * Numbers, dates, money, lists, plurals and collation through Intl, in the element's language.
 * Formatters are cached per locale and options (creating an Intl formatter costs up to half a
 * millisecond on a cold page, and the map and lists format hundreds of values per render); each
 * cache holds one entry per locale and style, so it is bounded by the languages a page uses.
 */
const cache = new Map<string, unknown>();

/** The formatter (or other costly value) of `key`, made once by `make`; at most 256 kept in all. */
export function cached<T>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (f === undefined) {
    // Bound: a page that cycles through many `lang` values cannot grow this without limit.
    if (cache.size >= 256) cache.clear();
    cache.set(key, (f = make()));
  }
  return f;
}

export function formatNumber(locale: string, n: number): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

export function formatPercent(locale: string, ratio: number): string {
  return cached(
    `p|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  ).format(ratio);
}

export function formatMoney(locale: string, amount: number, currency: string): string {
  try {
    return cached(
      `m|${locale}|${currency}`,
      () => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }),
    ).format(amount);
  } catch {
    return `${formatNumber(locale, amount)} ${currency}`;
  }
}

/** A calendar date (YYYY-MM-DD) shown in the reader's language, without time-zone drift. */
export function formatDate(locale: string, isoDate: string, style: 'medium' | 'long' = 'medium'): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return cached(
    `d|${locale}|${style}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }),
  ).format(d);
}

export function formatList(locale: string, items: string[]): string {
  return cached(`l|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}

export type PluralCategory = Intl.LDMLPluralRule;

export function pluralCategory(locale: string, n: number): PluralCategory {
  return cached(`r|${locale}`, () => new Intl.PluralRules(locale)).select(n);
}

/** A collator for sorting names in the reader's language. */
export function collator(locale: string): Intl.Collator {
  return cached(`c|${locale}`, () => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }));
}
