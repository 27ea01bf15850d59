/**
 * Cached Intl formatters. Creating an Intl.ListFormat costs about half a millisecond (more on
 * a cold page), and the map formats a list for every country's accessible name; core/format.ts
 * creates a new formatter per call. (Wanted core change: cache there, then drop this file.)
 */
const lists = new Map<string, Intl.ListFormat>();
const numbers = new Map<string, Intl.NumberFormat>();
const collators = new Map<string, Intl.Collator>();

export function formatList(locale: string, items: string[]): string {
  let f = lists.get(locale);
  if (!f) lists.set(locale, (f = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  return f.format(items);
}

export function formatNumber(locale: string, n: number): string {
  let f = numbers.get(locale);
  if (!f) numbers.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(n);
}

const percents = new Map<string, Intl.NumberFormat>();

export function formatPercent(locale: string, ratio: number): string {
  let f = percents.get(locale);
  if (!f) percents.set(locale, (f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })));
  return f.format(ratio);
}

/** A collator for sorting names in the reader's language. */
export function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return c;
}
