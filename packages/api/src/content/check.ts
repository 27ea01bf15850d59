/**
 * The checks of the partnerships and the timeline that their JSON Schemas cannot make: unique ids,
 * dates whose form matches their precision and that exist, ends after starts, references to
 * partners and pillars that exist, and no listed count stored (the API counts those).
 */
import type { Partnership, PartialDate, Pillar, TimelineEvent } from '@pact/schema';
import { endProblem, isDateValue } from './dates.js';

/** A broken record: the JSON path inside the collection's file and the reason. */
export type ContentProblem = { path: string; reason: string };

/** The form of a date's value at each precision (the calendar is checked apart, for its own message). */
const FORMS: Readonly<Record<string, RegExp>> = {
  day: /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/,
  month: /^[0-9]{4}-(0[1-9]|1[0-2])$/,
  year: /^[0-9]{4}$/,
};

const dateProblem = (d: PartialDate): string | null =>
  typeof d.value !== 'string' || !Object.hasOwn(FORMS, d.precision) || !FORMS[d.precision]?.test(d.value)
    ? `"${d.value}" does not have the form of precision "${d.precision}" (YYYY-MM-DD, YYYY-MM or YYYY)`
    : !isDateValue(d.value)
      ? `"${d.value}" is not a date of the calendar`
      : null;

function firstDuplicate(ids: readonly string[]): { index: number; id: string } | null {
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (seen.has(id)) return { index, id };
    seen.add(id);
  }
  return null;
}

/** The first problem of the partnerships, or null. */
export function partnershipProblem(list: readonly Partnership[], partners: ReadonlySet<string>): ContentProblem | null {
  const dup = firstDuplicate(list.map((p) => p.id));
  if (dup) return { path: `/${dup.index}/id`, reason: `duplicate id "${dup.id}"` };
  for (const [i, p] of list.entries()) {
    const date = dateProblem(p.founded.date);
    if (date) return { path: `/${i}/founded/date`, reason: date };
    for (const [j, by] of p.founded.by.entries()) {
      if (by.partner !== undefined && !partners.has(by.partner))
        return {
          path: `/${i}/founded/by/${j}/partner`,
          reason: `"${by.partner}" is not a partner id in partners.json`,
        };
      if (by.partner === undefined && by.name === undefined)
        return { path: `/${i}/founded/by/${j}`, reason: 'names neither a partner nor a body' };
    }
    const listed = p.counts.findIndex((c) => c.basis !== 'stated');
    if (listed >= 0)
      return {
        path: `/${i}/counts/${listed}/basis`,
        reason: 'only stated counts are stored: the API counts the listed ones from partners.json',
      };
    const unsourced = p.counts.findIndex((c) => c.source === undefined);
    if (unsourced >= 0) return { path: `/${i}/counts/${unsourced}/source`, reason: 'a stated count needs its source' };
  }
  return null;
}

/** The first problem of the timeline, or null. */
export function eventProblem(
  list: readonly TimelineEvent[],
  partners: ReadonlySet<string>,
  pillars: readonly Pillar[],
): ContentProblem | null {
  const dup = firstDuplicate(list.map((e) => e.id));
  if (dup) return { path: `/${dup.index}/id`, reason: `duplicate id "${dup.id}"` };
  const numbers = new Set(pillars.map((p) => p.number));
  for (const [i, e] of list.entries()) {
    const date = dateProblem(e.date);
    if (date) return { path: `/${i}/date`, reason: date };
    const end = e.end && (dateProblem(e.end) ?? endProblem(e.date, e.end));
    if (end) return { path: `/${i}/end`, reason: end };
    if (e.place?.country !== undefined && !partners.has(e.place.country))
      return { path: `/${i}/place/country`, reason: `"${e.place.country}" is not a partner id in partners.json` };
    for (const [j, o] of (e.organizers ?? []).entries()) {
      if (o.partner !== undefined && !partners.has(o.partner))
        return { path: `/${i}/organizers/${j}/partner`, reason: `"${o.partner}" is not a partner id in partners.json` };
      if (o.partner === undefined && o.name === undefined)
        return { path: `/${i}/organizers/${j}`, reason: 'names neither a partner nor a body' };
    }
    const pillar = (e.pillars ?? []).findIndex((n) => !numbers.has(n));
    if (pillar >= 0)
      return { path: `/${i}/pillars/${pillar}`, reason: `pillar ${e.pillars?.[pillar]} is not in pillars.json` };
  }
  return null;
}
