// What the guards and the validators must refuse or say, written for the survivors of the mutation
// run on packages/schema (bench/mutation-reports/schema.json): each assertion is something a user
// of the package sees (a record rendered that should be skipped, a date of the wrong form accepted,
// an error's sentence, a schema's name). The IATI mapping has its own file, iati.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import {
  ROLES,
  isFlowSet,
  isLocalizedText,
  isPartialDate,
  isPartnership,
  isPillarProjects,
  isProject,
  isTimelineEvent,
} from '@pact/schema';
import { describe, formatViolation, partnerValidator, validator, type CheckResult } from '@pact/schema/validate';
import { eventValidator, partnershipValidator } from '@pact/schema/validate-content';
import { partnerWriteValidator } from '@pact/schema/validate-write';
import { validateOrganizationPartner } from '../generated/write-validators.js';

type Rec = Record<string, unknown>;
const read = (file: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8'));
const seed = (name: string) => read(`../../api/data/${name}.json`) as Rec[];
const content = read('fixtures/content.json') as { partnerships: Rec[]; events: Rec[] };

/** A deep copy of `record` with the value at the dotted `path` replaced (undefined removes it). */
function edit(record: Rec, path: string, value: unknown): Rec {
  const copy = structuredClone(record);
  const keys = path.split('.');
  let at: Rec = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Rec;
  const last = keys.at(-1) ?? '';
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

const sentence = (r: CheckResult<unknown>) => (r.ok ? 'ok' : formatViolation(r.violation));

// ---------------------------------------------------------------------------------------------
// Guards (guards.ts)

test('a localized text is an object with its English: null, a string or a function is none', () => {
  assert.equal(isLocalizedText({ en: 'Tajikistan' }), true);
  assert.equal(isLocalizedText(null), false);
  assert.equal(isLocalizedText(undefined), false);
  assert.equal(isLocalizedText('Tajikistan'), false);
  // A function is not a record, whatever properties it carries (no JSON value is a function).
  assert.equal(isLocalizedText(Object.assign(() => undefined, { en: 'Tajikistan' })), false);
  // A record whose name is null is skipped, not a crash of the guard.
  const project = seed('projects')[0] ?? {};
  assert.equal(isProject(edit(project, 'title', null)), false);
});

test("a pillar's count of projects: whole numbers from 0, no more illustrative projects than projects", () => {
  assert.equal(isPillarProjects({ total: 5, illustrative: 2 }), true);
  assert.equal(isPillarProjects({ total: 0, illustrative: 0 }), true, 'none is a count');
  assert.equal(isPillarProjects({ total: 3, illustrative: 3 }), true, 'every project illustrative');
  assert.equal(isPillarProjects({ total: 2, illustrative: 3 }), false, 'more illustrative than projects');
  assert.equal(isPillarProjects({ total: -1, illustrative: 0 }), false, 'a negative total');
  assert.equal(isPillarProjects({ total: 4, illustrative: -1 }), false, 'a negative illustrative count');
  assert.equal(isPillarProjects({ total: 2.5, illustrative: 0 }), false, 'a fraction');
  assert.equal(isPillarProjects({ total: '4', illustrative: 0 }), false, 'a number as text');
  assert.equal(isPillarProjects({ total: 4 }), false, 'no illustrative count');
  assert.equal(isPillarProjects({ illustrative: 0 }), false, 'no total');
  assert.equal(isPillarProjects(null), false);
});

test('a function carrying every field of a project is still no project', () => {
  const project = seed('projects')[0] ?? {};
  assert.equal(isProject(project), true);
  assert.equal(isProject(Object.assign(() => undefined, project)), false);
});

test('a flow set: the seed passes, and each broken field of the set, its lines or their points fails', () => {
  const flows = seed('flows');
  assert.ok(flows.length > 0);
  for (const f of flows) assert.equal(isFlowSet(f), true, String(f['id']));
  const set = flows[0] ?? {};
  const lines = set['lines'] as Rec[];
  const line = lines[0] ?? {};
  const points = line['points'] as Rec[];
  assert.ok(points.length >= 2, 'the first line has two points or more');
  const withLine = (l: Rec) => ({ ...set, lines: [l, ...lines.slice(1)] });
  const faults: [string, unknown][] = [
    ['name', { fr: 'Flux' }],
    ['disclaimer', undefined],
    ['id', 5],
    ['lines', [...lines, 'across']],
    ['centres', ['maoc-n', 1]],
  ];
  for (const [path, value] of faults)
    assert.equal(isFlowSet(edit(set, path, value)), false, `flow set ${path} = ${JSON.stringify(value)}`);
  const lineFaults: [string, unknown][] = [
    ['id', undefined],
    ['summary', { ru: 'только по-русски' }],
    ['points', 'andean-region'],
    ['points', points.slice(0, 1)], // a line needs two points
    ['points', []],
    ['points', [points[0], { ...points[1], lat: '12' }]],
    ['points', [points[0], { ...points[1], name: undefined }]],
    ['source', undefined],
    ['source.quote', undefined],
    ['source.section', 2],
    ['basis', undefined],
  ];
  for (const [path, value] of lineFaults)
    assert.equal(isFlowSet(withLine(edit(line, path, value))), false, `line ${path} = ${JSON.stringify(value)}`);
  assert.equal(isFlowSet(withLine(edit(line, 'points', points.slice(0, 2)))), true, 'two points make a line');
});

const day = (value: unknown) => ({ value, precision: 'day' });
const month = (value: unknown) => ({ value, precision: 'month' });
const year = (value: unknown) => ({ value, precision: 'year' });

test('a partial date has exactly the form of its precision, the whole value and nothing around it, and a day is one the calendar has', () => {
  const valid = [
    day('2006-06-26'),
    day('2006-01-31'),
    day('2006-06-30'),
    day('2006-12-01'),
    day('2006-10-10'),
    month('2006-10'),
    month('2006-11'),
    month('2006-12'),
    month('2006-01'),
    year('2006'),
    day('2004-02-29'), // leap years: every fourth, and every fourth century
    day('2000-02-29'),
    day('2006-01-31'),
    day('2006-04-30'),
  ];
  for (const d of valid) assert.equal(isPartialDate(d), true, JSON.stringify(d));
  const invalid = [
    day('12006-06-26'),
    day('x2006-06-26'),
    day('2006-06-261'),
    day('2006-06-26T00:00:00Z'),
    day('2006-06-32'),
    day('2006-06-39'),
    day('2006-13-01'),
    // Days the calendar does not have, which a Date would roll over into the next month.
    day('2006-02-29'),
    day('1900-02-29'),
    day('2006-02-30'),
    day('2006-04-31'),
    day('2006-11-31'),
    day('2006-06'),
    month('12006-06'),
    month('2006-061'),
    month('2006-06-26'),
    month('2006-13'),
    month('2006-19'),
    year('12006'),
    year('2006-06'),
    year('20066'),
    year(2006), // a number, not the string the schema says
    day(20060626),
    { value: '2006', precision: 'decade' },
  ];
  for (const d of invalid) assert.equal(isPartialDate(d), false, JSON.stringify(d));
});

test('a partial date that is no object is refused, never a crash', () => {
  for (const v of [null, undefined, 0, '', '2006', true]) assert.equal(isPartialDate(v), false, String(v));
  assert.equal(isPartialDate(Object.assign(() => undefined, year('2006'))), false, 'a function');
  const event = content.events[0] ?? {};
  assert.equal(isTimelineEvent(event), true);
  assert.equal(isTimelineEvent(edit(event, 'date', null)), false);
  assert.equal(isTimelineEvent(edit(event, 'date', undefined)), false);
  assert.equal(isTimelineEvent(edit(event, 'end', null)), false);
});

test('a source needs its title (its address may be absent); a founding needs its date and founders', () => {
  const event = content.events[0] ?? {};
  assert.equal(isTimelineEvent({ ...event, sources: [{ title: 'UNODC' }] }), true);
  for (const sources of [[{ url: 'https://www.unodc.org/' }], [{ title: 7 }], [{ title: 'UNODC', url: 7 }], [null]])
    assert.equal(isTimelineEvent({ ...event, sources }), false, JSON.stringify(sources));
  const partnership = content.partnerships[0] ?? {};
  assert.equal(isPartnership(partnership), true);
  const faults: [string, unknown][] = [
    ['founded', {}],
    ['founded.date', undefined],
    ['founded.date', day('1971')],
    ['founded.by', undefined],
    ['founded.by', 'coe'],
    ['sources', [{ url: 'https://www.coe.int/' }]],
  ];
  for (const [path, value] of faults)
    assert.equal(isPartnership(edit(partnership, path, value)), false, `${path} = ${JSON.stringify(value)}`);
});

// ---------------------------------------------------------------------------------------------
// Constants and names (index.ts, validate-content.ts)

test('the roles of an API key are those docs/api-writes.md documents, in its order', () => {
  const doc = readFileSync(fileURLToPath(new URL('../../../docs/api-writes.md', import.meta.url)), 'utf8');
  const section = doc.split('## Keys and roles')[1]?.split('\n## ')[0] ?? '';
  const documented = [...section.matchAll(/^\| `([a-z]+)` +\|/gm)].map((m) => m[1]);
  assert.deepEqual(documented, ['coordinator', 'partner', 'reader']);
  assert.deepEqual([...ROLES], documented);
});

test('the content validators name the schema they check', () => {
  assert.equal(partnershipValidator.schema, 'Partnership');
  assert.equal(eventValidator.schema, 'TimelineEvent');
});

// ---------------------------------------------------------------------------------------------
// Errors in words (validate.ts, validate-write.ts)

test('a partner write body that is no object at all names /kind, whatever the value', () => {
  const other = {
    ok: false,
    violations: [{ path: '/kind', rule: 'enum', message: 'must be one of "country", "organization"' }],
    more: 0,
  };
  for (const body of [undefined, null, 0, '', 'country', true, []])
    assert.deepEqual(partnerWriteValidator.checkAll(body), other, String(body));
});

test('an organization partner with a wrong field is reported at that field, not as a country missing its code', () => {
  const org = seed('partners').find((p) => p['kind'] === 'organization') ?? {};
  assert.equal(sentence(partnerValidator.check(org)), 'ok');
  // The union's first branch (country) fails at the root, the second at /seat/lat: the deeper one is named.
  assert.equal(
    sentence(partnerValidator.check(edit(org, 'seat.lat', 'north'))),
    '/seat/lat: must be number (rule: type)',
  );
  assert.equal(sentence(partnerValidator.check(edit(org, 'name.en', 5))), '/name/en: must be string (rule: type)');
});

test('a validator over an all-errors function names the deepest error, by path segments, not by length', () => {
  const org = seed('partners').find((p) => p['kind'] === 'organization') ?? {};
  const check = validator('OrganizationPartner', validateOrganizationPartner);
  // Two errors: /organizationKind (two segments, 17 characters), then /seat/lat (three segments, 9 characters).
  const body = edit(edit(org, 'organizationKind', 'club'), 'seat.lat', 'north');
  assert.equal(sentence(check.check(body)), '/seat/lat: must be number (rule: type)');
});

test('a union error is never preferred to a field error, even when it comes first', () => {
  // Coordinates or a city, not both: with both, oneOf fails with no error of its own branches.
  const ajv = new Ajv({ allErrors: true });
  const fn = ajv.compile({ type: 'object', required: ['id'], oneOf: [{ required: ['lat'] }, { required: ['city'] }] });
  const place = validator('Place', fn);
  assert.equal(fn({ lat: 1, city: 'Accra' }), false);
  assert.deepEqual(
    fn.errors?.map((e) => e.keyword),
    ['oneOf', 'required'],
    'Ajv reports the union first',
  );
  assert.equal(
    sentence(place.check({ lat: 1, city: 'Accra' })),
    "(root): must have required property 'id' (rule: required)",
  );
  assert.equal(
    sentence(place.check({ id: 'x', lat: 1, city: 'Accra' })),
    '(root): must match exactly one schema in oneOf (rule: oneOf)',
  );
});

test('an error without a message (Ajv messages: false) reads "is invalid"', () => {
  const ajv = new Ajv({ messages: false });
  const fn = ajv.compile({ type: 'object' });
  assert.equal(fn(5), false);
  const [error] = fn.errors ?? [];
  assert.ok(error);
  assert.deepEqual(describe(error), { path: '', rule: 'type', message: 'is invalid' });
  assert.equal(sentence(validator('Thing', fn).check(5)), '(root): is invalid (rule: type)');
});

test('a validation function that fails without saying why gives one violation of the whole value', () => {
  for (const errors of [undefined, null, []]) {
    const fn = Object.assign((_data: unknown) => false, { errors });
    const r = validator('Thing', fn).check({});
    assert.deepEqual(r, { ok: false, violation: { path: '', rule: 'unknown', message: 'is invalid' } }, String(errors));
    assert.equal(sentence(r), '(root): is invalid (rule: unknown)');
  }
});
