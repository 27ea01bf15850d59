/**
 * Dates of the timeline: a date known to the day, the month or the year covers a span of days, from
 * its first day to its last. The filters compare spans (an event of "2010" meets `from=2010-06`),
 * and "past" and "upcoming" are read against today's date in UTC.
 */
import type { PartialDate, TimelineEvent } from '@pact/schema';

/** Days in a month of a year (month 1 to 12), leap years included. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `value` is a real day, month or year (`2006`, `2006-06`, `2006-06-26`; not `2006-02-30`). */
export function isDateValue(value: string): boolean {
  const m = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [
    Number(m[1]),
    m[2] === undefined ? 1 : Number(m[2]),
    m[3] === undefined ? 1 : Number(m[3]),
  ];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** The first day of a year, month or day value, as `YYYY-MM-DD`. */
export function firstDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** The last day of a year, month or day value, as `YYYY-MM-DD`. */
export function lastDay(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const days = daysIn(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
    return `${value}-${String(days).padStart(2, '0')}`;
  }
  return value;
}

/** The days an event covers: from the first day of its date to the last day of its end (or of its date). */
export function spanOf(e: Pick<TimelineEvent, 'date' | 'end'>): { first: string; last: string } {
  return { first: firstDay(e.date.value), last: lastDay((e.end ?? e.date).value) };
}

/** Today's date in UTC, `YYYY-MM-DD`. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** Whether an end date (when given) comes on or after the start, at the same precision. */
export function endProblem(date: PartialDate, end: PartialDate | undefined): string | null {
  if (!end) return null;
  if (end.precision !== date.precision) return `has precision "${end.precision}", the date has "${date.precision}"`;
  if (end.value < date.value) return `(${end.value}) comes before the date (${date.value})`;
  return null;
}
