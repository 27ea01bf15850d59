import { cached, formatNumber } from '../core/format.js';

/** An amount in its currency, in the reader's language, without cents (in core/format.ts's cache). */
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

export const moneyText = formatMoney;

/**
 * The date formatter of `locale` (UTC: a calendar date has no time zone), in core/format.ts's cache
 * (a formatter costs far more to build than to use; that cache is bounded). One for dates and their
 * ranges alike: formatRange needs the DateTimeFormat itself.
 */
const dateFormat = (locale: string, style: 'medium' | 'long' = 'medium'): Intl.DateTimeFormat =>
  cached(`d|${locale}|${style}`, () => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }));

/** A calendar date (YYYY-MM-DD) read as UTC midnight, so that no time zone moves it to another day. */
const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** A calendar date (YYYY-MM-DD) shown in the reader's language, without time-zone drift. */
export function formatDate(locale: string, isoDate: string, style: 'medium' | 'long' = 'medium'): string {
  const d = utc(isoDate);
  return Number.isNaN(d.getTime()) ? isoDate : dateFormat(locale, style).format(d);
}

const ranges = new Map<string, string>();

/**
 * A calendar date range (YYYY-MM-DD to YYYY-MM-DD) in the reader's language: "1 Jan 2023 – 31
 * Jul 2026". Memoized: `formatRange` is slow (it builds an ICU interval format each call) and
 * projects share their dates.
 */
export function dateRangeText(locale: string, start: string, end: string): string {
  const key = `${locale}|${start}|${end}`;
  let text = ranges.get(key);
  if (text === undefined) {
    if (ranges.size > 5000) ranges.clear();
    text = formatRange(locale, start, end);
    ranges.set(key, text);
  }
  return text;
}

function formatRange(locale: string, start: string, end: string): string {
  const a = utc(start);
  const b = utc(end);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime()) || b < a) {
    return `${formatDate(locale, start)} – ${formatDate(locale, end)}`;
  }
  return dateFormat(locale).formatRange(a, b);
}
