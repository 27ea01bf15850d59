// The partnership and timeline types: the sample answers in fixtures/content.json (which element
// tests and stories use) pass the schema validators and the guards, and a broken record fails both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EVENT_FILTERS, EVENT_KINDS, isPartnership, isTimelineEvent } from '@pact/schema';
import { formatViolation } from '@pact/schema/validate';
import { eventValidator, partnershipValidator } from '@pact/schema/validate-content';

const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('fixtures/content.json', import.meta.url)), 'utf8')) as {
  partnerships: Record<string, unknown>[];
  events: Record<string, unknown>[];
};

test('the sample partnerships and events pass their schemas and guards', () => {
  assert.ok(fixture.partnerships.length > 0 && fixture.events.length > 0);
  for (const p of fixture.partnerships) {
    const r = partnershipValidator.check(p);
    assert.ok(r.ok, r.ok ? '' : formatViolation(r.violation));
    assert.ok(isPartnership(p));
  }
  for (const e of fixture.events) {
    const r = eventValidator.check(e);
    assert.ok(r.ok, r.ok ? '' : `${String(e.id)}: ${r.ok ? '' : formatViolation(r.violation)}`);
    assert.ok(isTimelineEvent(e));
  }
});

test('an event of an unknown kind, with a malformed date or without sources fails schema and guard', () => {
  const event = fixture.events[0]!;
  const broken: Record<string, unknown>[] = [
    { ...event, kind: 'party' },
    { ...event, date: { value: '26/06/2006', precision: 'day' } },
    { ...event, date: { value: '2006-06-26', precision: 'week' } },
    { ...event, sources: 'UNODC' },
  ];
  for (const b of broken) {
    const what = JSON.stringify([b['kind'], b['date'], b['sources']]);
    assert.equal(eventValidator.is(b), false, what);
    assert.equal(isTimelineEvent(b), false, what);
  }
  assert.equal(eventValidator.check({ ...event, sources: [] }).ok, false, 'an event needs a source');
  // A value of another precision's form passes the schema's pattern but not the guard.
  assert.equal(isTimelineEvent({ ...event, date: { value: '2006-06', precision: 'day' } }), false);
  assert.equal(isTimelineEvent({ ...event, date: { value: '2006-06', precision: 'month' } }), true);
  const noTitle = eventValidator.check({ ...event, title: { fr: 'Sans anglais' } });
  assert.equal(noTitle.ok, false);
  assert.equal(isTimelineEvent({ ...event, title: { fr: 'Sans anglais' } }), false);
});

test('a partnership with an unknown id or a count without a number fails schema and guard', () => {
  const p = fixture.partnerships[0]!;
  for (const b of [
    { ...p, id: 'g8' },
    { ...p, counts: [{ subject: 'members', basis: 'stated', confidence: 'high' }] },
  ]) {
    assert.equal(partnershipValidator.is(b), false);
    assert.equal(isPartnership(b), false);
  }
});

test('the event filters take the closed lists of the model', () => {
  assert.deepEqual(EVENT_FILTERS.kind, EVENT_KINDS);
  assert.ok(EVENT_KINDS.includes('policy-consultative-group-meeting'));
  assert.deepEqual([...EVENT_FILTERS.when], ['past', 'upcoming']);
});
