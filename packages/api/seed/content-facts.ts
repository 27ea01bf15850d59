// Checks of the partnerships and the timeline that a schema cannot express (issue 16), run before
// anything is written: no pillar before the Vienna Declaration; every Russian text marked as a
// translation made for this dataset (no Russian source was read); a date known only to the month
// or the year says why; a stated member count that differs from the listed records says so; and
// every meeting the reference facts name is on the timeline with the reference's dates.
import type { MemberCount, Partner, Partnership, TimelineEvent } from '@pact/schema';
import { SeedError, type Dataset } from './check.js';

/** The day the Vienna Declaration, and with it the four pillars, was adopted. */
export const VIENNA_DECLARATION = '2012-02-16';
/** The word for a pillar in English, French and Russian. */
const PILLAR_WORD = /pillar|pilier|направлени/i;

/** A meeting as reference.json lists it (the fields the check reads). */
export interface RefMeeting {
  name?: string;
  number?: number;
  date?: string;
  date_start?: string;
  date_end?: string;
}

/** The partner records a stated count compares with (statuses per subject). */
function listedFor(p: Partnership, c: MemberCount, partners: readonly Partner[]): number | null {
  const where = (kind: Partner['kind'] | null, status: string) =>
    partners.filter(
      (r) =>
        (kind === null || r.kind === kind) && r.memberships.some((m) => m.partnership === p.id && m.status === status),
    ).length;
  switch (c.subject) {
    case 'countries':
    case 'participating-states':
      return where('country', 'member');
    case 'organizations':
      return where('organization', 'member');
    case 'members':
      return where(null, 'member');
    case 'partners-for-co-operation':
      return where('country', 'partner');
  }
}

function eventFacts(e: TimelineEvent): void {
  const fail = (path: string, reason: string) => {
    throw new SeedError('events.json', e.id, path, reason);
  };
  const before = e.date.value < VIENNA_DECLARATION.slice(0, e.date.value.length);
  if (before && e.pillars?.length)
    fail('/pillars', `dated ${e.date.value}, before the Vienna Declaration and its pillars`);
  if (before)
    for (const field of ['title', 'summary'] as const)
      for (const [lang, text] of Object.entries(e[field]))
        if (PILLAR_WORD.test(text ?? ''))
          fail(`/${field}/${lang}`, `a meeting before 2012 called a pillar's: "${text}"`);
  const russianSource = e.sources.some((s) => s.lang === 'ru');
  if ((e.title.ru || e.summary.ru) && !russianSource && !e.unofficialTranslations?.includes('ru'))
    fail('/unofficialTranslations', 'has Russian text that no source gives: list "ru" as a translation');
  if (e.date.precision !== 'day' && !e.note) fail('/note', `dated only to the ${e.date.precision}: say why in a note`);
}

/** Every meeting of the reference, with its dates, is an event of the timeline. */
export function missingMeeting(events: readonly TimelineEvent[], meetings: readonly RefMeeting[]): RefMeeting | null {
  for (const m of meetings) {
    const start = m.date ?? m.date_start;
    if (!start) continue;
    const found = events.some(
      (e) => e.date.value === start && (m.date_end === undefined || e.end?.value === m.date_end),
    );
    if (!found) return m;
  }
  return null;
}

/** Throws a SeedError naming the first record whose facts are wrong; returns when all hold. */
export function checkContentFacts(data: Dataset, meetings?: readonly RefMeeting[]): void {
  for (const e of data.events) eventFacts(e);
  for (const p of data.partnerships)
    p.counts.forEach((c, j) => {
      const listed = listedFor(p, c, data.partners);
      if (listed !== null && listed !== c.value && !c.note)
        throw new SeedError(
          'partnerships.json',
          p.id,
          `/counts/${j}/note`,
          `states ${c.value} ${c.subject} where the dataset lists ${listed}: the note must say so`,
        );
    });
  const missing = meetings && missingMeeting(data.events, meetings);
  if (missing)
    throw new SeedError(
      'events.json',
      missing.name ?? `meeting ${missing.number ?? ''}`.trim(),
      '',
      `the reference's meeting of ${missing.date ?? missing.date_start} is not on the timeline with its dates`,
    );
}
