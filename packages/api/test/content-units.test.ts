// The timeline's dates and the counts the API derives (content/dates.ts, content/counts.ts), one
// function at a time: what the filters, the checks and the partnership and pillar cards rest on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES, type Partner, type Partnership, type Pillar, type Project } from '@pact/schema';
import { withCldrNames } from '../src/localize.js';
import { endProblem, firstDay, isDateValue, isoDay, lastDay, spanOf } from '../src/content/dates.js';
import { withListedCounts, withProjectCounts } from '../src/content/counts.js';

test('a date value is a real year, month or day of the calendar', () => {
  for (const v of ['2006', '2006-06', '2006-06-26', '2004-02-29', '2000-02-29', '2006-12-31', '2006-01-01'])
    assert.equal(isDateValue(v), true, v);
  for (const v of [
    '2006-02-29', // not a leap year
    '2100-02-29', // a century, not a leap year
    '2006-02-30',
    '2006-06-31',
    '2006-13',
    '2006-00',
    '2006-06-00',
    '2006-6',
    '20066',
    ' 2006',
    '2006-06-26T00:00',
    '',
  ])
    assert.equal(isDateValue(v), false, v);
});

test('a year, month or day spans from its first day to its last', () => {
  assert.deepEqual(['2006', '2006-06', '2006-06-26'].map(firstDay), ['2006-01-01', '2006-06-01', '2006-06-26']);
  assert.deepEqual(['2006', '2006-06', '2006-02', '2004-02', '2006-11', '2006-06-26'].map(lastDay), [
    '2006-12-31',
    '2006-06-30',
    '2006-02-28',
    '2004-02-29',
    '2006-11-30',
    '2006-06-26',
  ]);
  assert.deepEqual(spanOf({ date: { value: '2010', precision: 'year' } }), { first: '2010-01-01', last: '2010-12-31' });
  assert.deepEqual(
    spanOf({ date: { value: '2006-06-26', precision: 'day' }, end: { value: '2006-07-02', precision: 'day' } }),
    { first: '2006-06-26', last: '2006-07-02' },
  );
  assert.deepEqual(
    spanOf({ date: { value: '2006-06', precision: 'month' }, end: { value: '2007-02', precision: 'month' } }),
    { first: '2006-06-01', last: '2007-02-28' },
  );
  // Today in UTC, whatever the hour.
  assert.equal(isoDay(new Date(Date.UTC(2026, 11, 3, 23, 59, 59))), '2026-12-03');
});

test('an end comes on or after its date, at the same precision', () => {
  const day = (value: string) => ({ value, precision: 'day' as const });
  assert.equal(endProblem(day('2006-06-26'), undefined), null);
  assert.equal(endProblem(day('2006-06-26'), day('2006-06-26')), null, 'the same day');
  assert.equal(endProblem(day('2006-06-26'), day('2006-06-27')), null);
  assert.equal(endProblem(day('2006-06-26'), day('2006-06-25')), '(2006-06-25) comes before the date (2006-06-26)');
  assert.equal(
    endProblem(day('2006-06-26'), { value: '2006-07', precision: 'month' }),
    'has precision "month", the date has "day"',
  );
});

const partner = (id: string, kind: 'country' | 'organization', memberships: Partner['memberships']) =>
  ({ id, kind, memberships }) as unknown as Partner;

test("a partnership's listed counts: by status, kind and confirmation, after its stated ones, none for empty groups", () => {
  const stated = { subject: 'members', basis: 'stated', value: 80 } as unknown as Partnership['counts'][number];
  const pact = { id: 'paris-pact', counts: [stated] } as unknown as Partnership;
  const member = (verified: boolean) =>
    [{ partnership: 'paris-pact', status: 'member', verified }] as Partner['memberships'];
  const partners = [
    partner('afg', 'country', member(true)),
    partner('tjk', 'country', member(true)),
    partner('grc', 'country', member(false)),
    partner('unodc', 'organization', member(true)),
    partner('osce', 'organization', [{ partnership: 'paris-pact', status: 'possible', verified: false }]),
    partner('fra', 'country', [{ partnership: 'pompidou-group', status: 'member', verified: true }]),
    partner('usa', 'country', [{ partnership: 'paris-pact', status: 'former', verified: true }]),
  ];
  const listed = (subject: string, status: string, verified: boolean, value: number, confidence: string) => ({
    subject,
    basis: 'listed',
    value,
    status,
    verified,
    confidence,
  });
  assert.deepEqual(withListedCounts(pact, partners).counts, [
    stated,
    listed('countries', 'member', true, 2, 'high'),
    listed('countries', 'member', false, 1, 'medium'),
    listed('organizations', 'member', true, 1, 'high'),
    listed('organizations', 'possible', false, 1, 'low'),
    listed('countries', 'former', true, 1, 'high'),
  ]);
  assert.deepEqual(withListedCounts(pact, []).counts, [stated], 'no records, no listed count');
  assert.equal(pact.counts.length, 1, 'the stored partnership is left as it was');
});

test("a pillar's count of projects and of illustrative ones among them", () => {
  const pillar = { number: 2 } as unknown as Pillar;
  const project = (n: number, illustrative: boolean) => ({ pillar: n, illustrative }) as unknown as Project;
  const projects = [project(2, true), project(2, false), project(2, true), project(1, true), project(3, false)];
  assert.deepEqual(withProjectCounts(pillar, projects).projects, { total: 3, illustrative: 2 });
  assert.deepEqual(withProjectCounts(pillar, []).projects, { total: 0, illustrative: 0 });
});

test('a country named in every language gets no CLDR name and no cldrNames marker', () => {
  const name = Object.fromEntries(LOCALES.map((l) => [l, `Name (${l})`]));
  const full = { id: 'tjk', kind: 'country', iso2: 'TJ', name } as unknown as Partner;
  assert.equal(withCldrNames(full), full, 'the record itself');
  // Named in English only: the other languages from CLDR, and marked so.
  const bare = { ...full, name: { en: 'Tajikistan' } } as unknown as Partner;
  const named = withCldrNames(bare) as Partner & { cldrNames?: string[] };
  assert.deepEqual(
    named.cldrNames,
    LOCALES.filter((l) => l !== 'en'),
  );
  assert.equal(named.name.fr, 'Tadjikistan');
});
