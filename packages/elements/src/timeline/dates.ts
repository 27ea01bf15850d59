/**
 * Dates of the timeline as the data gives them: to the day, the month or the year. They are shown
 * through Intl.DateTimeFormat in the element's language with only the parts the data knows (a
 * month-precision date is "June 2006", a year "2003"), and a span ("26–28 June 2006",
 * "2013–2016") through formatRange. Calendar dates are read in UTC, so no time zone shifts a day.
 */
import type { DatePrecision, PartialDate } from '@pact/schema';
import { cached } from '../core/format.js';

const OPTIONS: Readonly<Record<DatePrecision, Intl.DateTimeFormatOptions>> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

/** Made once per language and precision (core/format.ts's bounded cache). */
const formatter = (locale: string, precision: DatePrecision): Intl.DateTimeFormat =>
  cached(`partial|${precision}|${locale}`, () => new Intl.DateTimeFormat(locale, OPTIONS[precision]));

/** The first day of a partial date, as a UTC Date (invalid for a malformed value). */
export function firstDay(d: PartialDate): Date {
  const [y = NaN, m = 1, day = 1] = d.value.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, day));
}

/** The last day of a partial date: the day itself, the month's last day, or 31 December. */
export function lastDay(d: PartialDate): Date {
  const [y = NaN, m = 12, day] = d.value.split('-').map(Number);
  if (d.precision === 'day' && day !== undefined) return new Date(Date.UTC(y, m - 1, day));
  if (d.precision === 'year') return new Date(Date.UTC(y, 11, 31));
  return new Date(Date.UTC(y, m, 0));
}

/** The year of a partial date ("2006"). */
export function yearOf(d: PartialDate): string {
  return d.value.slice(0, 4);
}

/**
 * A date, or a span from `date` to `end`, in `locale`, with only the parts the data knows.
 * A malformed value is shown as it is.
 */
export function formatPartialDate(locale: string, date: PartialDate, end?: PartialDate): string {
  const start = firstDay(date);
  if (Number.isNaN(start.getTime())) return date.value;
  const f = formatter(locale, date.precision);
  if (!end || end.value === date.value) return f.format(start);
  const stop = firstDay(end);
  if (Number.isNaN(stop.getTime()) || end.precision !== date.precision) return f.format(start);
  return f.formatRange(start, stop);
}

/**
 * Whether an event is still to come on `today` (a UTC calendar day): its last day (the end of its
 * span, else of its day, month or year) is on or after today, as the API's `when=upcoming` says.
 */
export function isUpcoming(date: PartialDate, end: PartialDate | undefined, today: Date): boolean {
  const last = lastDay(end ?? date).getTime();
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return last >= day;
}

/** A machine-readable `datetime` for <time>: the value itself (valid for year, month and day forms). */
export function datetimeOf(date: PartialDate): string {
  return date.value;
}
