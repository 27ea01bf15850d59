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

/** A calendar date (YYYY-MM-DD) shown in the reader's language, without time-zone drift. */
export function formatDate(locale: string, isoDate: string, style: 'medium' | 'long' = 'medium'): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return cached(
    `d|${locale}|${style}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }),
  ).format(d);
}

/**
 * The date range's formatter: formatRange needs the DateTimeFormat itself. In core/format.ts's
 * cache (a formatter costs far more to build than to use; that cache is bounded).
 */
const dateFormat = (locale: string): Intl.DateTimeFormat =>
  cached(`range|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));

const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

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
