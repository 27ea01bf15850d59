// The run-time guards the elements use to skip a broken record: every record of the seed passes
// its guard, and each required field, broken in turn, makes it fail (one record skipped, never
// rendered half).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isCountry, isOrganization, isPartner, isPillar, isProject, isRoute } from '@pact/schema';

const data = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../api/data/${name}.json`, import.meta.url)), 'utf8')) as Record<
    string,
    unknown
  >[];
const partners = data('partners');
const country = partners.find((p) => p.kind === 'country')!;
const organization = partners.find((p) => p.kind === 'organization')!;

/** A deep copy of `record` with the value at `path` replaced (undefined removes it). */
function broken(record: Record<string, unknown>, path: string, value: unknown) {
  const copy = structuredClone(record);
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[keys.at(-1)!] = value;
  return copy;
}

test('every record of the seed passes its guard', () => {
  assert.equal(partners.filter(isPartner).length, partners.length);
  assert.equal(partners.filter(isCountry).length, partners.filter((p) => p.kind === 'country').length);
  assert.equal(partners.filter(isOrganization).length, partners.filter((p) => p.kind === 'organization').length);
  for (const [name, guard] of [
    ['projects', isProject],
    ['pillars', isPillar],
    ['routes', isRoute],
  ] as const) {
    const records = data(name);
    assert.ok(records.length > 0, name);
    assert.equal(records.filter((r) => guard(r)).length, records.length, name);
  }
});

test('nothing that is not an object passes', () => {
  for (const guard of [isPartner, isProject, isPillar, isRoute])
    for (const v of [null, undefined, 0, 'x', [], true]) assert.equal(guard(v), false, `${guard.name}(${String(v)})`);
});

const cases: [string, (r: unknown) => boolean, Record<string, unknown>, [string, unknown][]][] = [
  [
    'country',
    isPartner,
    country,
    [
      ['id', 7],
      ['name', { fr: 'sans anglais' }],
      ['name.en', undefined],
      ['memberships', undefined],
      ['routes', 'balkan'],
      ['kind', 'state'],
      ['iso3', undefined],
      ['priority', undefined],
    ],
  ],
  [
    'organization',
    isPartner,
    organization,
    [
      ['acronym', undefined],
      ['seat', undefined],
      ['seat.city', 1],
      ['seat.lat', Number.NaN],
      ['seat.lon', '12'],
    ],
  ],
  [
    'project',
    isProject,
    data('projects')[0]!,
    [
      ['title', undefined],
      ['summary', { ru: 'только по-русски' }],
      ['pillar', '2'],
      ['status', undefined],
      ['donors', 'usa'],
      ['beneficiaries', undefined],
      ['implementer', undefined],
      ['budget', undefined],
      ['budget.amount', '1000'],
      ['budget.currency', undefined],
      ['start', 2020],
      ['end', undefined],
    ],
  ],
  [
    'pillar',
    isPillar,
    data('pillars')[0]!,
    [
      ['number', 5],
      ['number', '1'],
      ['roman', undefined],
      ['title', undefined],
      ['summary', 'text'],
      ['shortTitle', { fr: 'x' }],
    ],
  ],
  [
    'route',
    isRoute,
    data('routes')[0]!,
    [
      ['id', 'western'],
      ['name', undefined],
      ['waypoints', [{ id: 'x', lat: 1 }]],
      ['paths', [['a'], 'b']],
      ['countries', ['afg', 3]],
    ],
  ],
];

for (const [kind, guard, record, faults] of cases)
  test(`a ${kind} with a broken required field fails its guard, field by field`, () => {
    assert.equal(guard(record), true, 'the intact record passes');
    for (const [path, value] of faults)
      assert.equal(guard(broken(record, path, value)), false, `${kind}.${path} = ${JSON.stringify(value)}`);
  });
