/** Numbers, dates, money, lists and plurals through Intl, in the element's language. */
export function formatNumber(locale: string, n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

export function formatMoney(locale: string, amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(locale).format(amount)} ${currency}`;
  }
}

/** A calendar date (YYYY-MM-DD) shown in the reader's language, without time-zone drift. */
export function formatDate(locale: string, isoDate: string, style: 'medium' | 'long' = 'medium'): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(d);
}

export function formatList(locale: string, items: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

export type PluralCategory = Intl.LDMLPluralRule;

export function pluralCategory(locale: string, n: number): PluralCategory {
  return new Intl.PluralRules(locale).select(n);
}

/** A collator for sorting names in the reader's language. */
export function collator(locale: string): Intl.Collator {
  return new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
}
