// What a developer reads when a record or a write body breaks the schema (validate.ts,
// validate-write.ts), and the closed lists against the published JSON Schemas (index.ts). Written
// for the mutation measure of issue 22: each assertion is something an SDK user or an API client
// sees (an error's sentence, a 422's field list, a filter's allowed values).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as schema from '@pact/schema';
import {
  flowSetValidator,
  formatViolation,
  metaValidator,
  partnerValidator,
  pillarValidator,
  problemValidator,
  projectValidator,
  routeValidator,
  topologyValidator,
  type CheckResult,
} from '@pact/schema/validate';
import { MAX_VIOLATIONS, partnerWriteValidator, projectWriteValidator } from '@pact/schema/validate-write';
import { country, project } from './records.js';

const dir = fileURLToPath(new URL('../schemas/', import.meta.url));
/** Every `enum` of the published JSON Schemas, and the `const` values of each object's `kind`, as sorted lists. */
function publishedLists(): Set<string> {
  const found = new Set<string>();
  const kinds: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (Array.isArray(o['enum'])) found.add(JSON.stringify([...(o['enum'] as unknown[])].sort()));
    const kind = (o['properties'] as Record<string, { const?: string }> | undefined)?.['kind']?.const;
    if (typeof kind === 'string' && !kinds.includes(kind)) kinds.push(kind);
    Object.values(o).forEach(walk);
  };
  for (const f of readdirSync(dir)) walk(JSON.parse(readFileSync(dir + f, 'utf8')));
  found.add(JSON.stringify(kinds.sort()));
  return found;
}

test('every closed list of records is exactly a list of the published JSON Schemas, no value missing, added or repeated', () => {
  const published = publishedLists();
  const lists: Record<string, readonly (string | number)[]> = {
    ATTENDANCE_MODES: schema.ATTENDANCE_MODES,
    CHANGE_KINDS: schema.CHANGE_KINDS,
    COUNT_SUBJECTS: schema.COUNT_SUBJECTS,
    DATE_PRECISIONS: schema.DATE_PRECISIONS,
    DRUG_FLOWS: schema.DRUG_FLOWS,
    EVENT_KINDS: schema.EVENT_KINDS,
    LOCALES: schema.LOCALES,
    MEMBERSHIP_IDS: schema.MEMBERSHIP_IDS,
    MEMBERSHIP_STATUSES: schema.MEMBERSHIP_STATUSES,
    ORGANIZATION_KINDS: schema.ORGANIZATION_KINDS,
    PARTNER_KINDS: schema.PARTNER_KINDS,
    PILLAR_NUMBERS: schema.PILLAR_NUMBERS,
    PLAN_ROLES: schema.PLAN_ROLES,
    PROJECT_STATUSES: schema.PROJECT_STATUSES,
    RECORD_KINDS: schema.RECORD_KINDS,
    REGION_IDS: schema.REGION_IDS,
    ROUTE_IDS: schema.ROUTE_IDS,
    ROUTE_ROLES: schema.ROUTE_ROLES,
  };
  for (const [name, list] of Object.entries(lists)) {
    assert.equal(new Set(list).size, list.length, `${name} repeats a value`);
    assert.ok(
      published.has(JSON.stringify([...list].sort())),
      `${name} (${list.join(', ')}) is no list of the schemas`,
    );
  }
  // The API's filters offer exactly these lists (GET /v1/partners?region=…, /v1/projects?status=…).
  assert.equal(schema.PARTNER_FILTERS.region, schema.REGION_IDS);
  assert.equal(schema.PROJECT_FILTERS.status, schema.PROJECT_STATUSES);
  assert.equal(schema.EVENT_FILTERS.kind, schema.EVENT_KINDS);
});

test('each read validator says which schema it checks', () => {
  const names = [
    partnerValidator,
    pillarValidator,
    routeValidator,
    projectValidator,
    problemValidator,
    metaValidator,
    topologyValidator,
    flowSetValidator,
  ].map((v) => v.schema);
  assert.deepEqual(names, ['Partner', 'Pillar', 'Route', 'Project', 'Problem', 'Meta', 'CountryTopology', 'FlowSet']);
  assert.deepEqual([projectWriteValidator.schema, partnerWriteValidator.schema], ['Project', 'Partner']);
  for (const v of [pillarValidator, routeValidator, metaValidator, topologyValidator, flowSetValidator])
    assert.equal(v.is({}), false, v.schema);
});

const sentence = (r: CheckResult<unknown>) => (r.ok ? 'ok' : formatViolation(r.violation));

test('a violation reads as one sentence: where, what was expected, which rule (the deepest error of a union)', () => {
  assert.equal(
    sentence(partnerValidator.check({ ...country, colour: 'red' })),
    '(root): has unknown property "colour" (rule: additionalProperties)',
  );
  assert.equal(
    sentence(partnerValidator.check({ ...country, routes: [{ route: 'western', role: 'transit' }] })),
    '/routes/0/route: must be one of "balkan", "northern", "southern" (rule: enum)',
  );
  assert.equal(
    sentence(partnerValidator.check({ ...country, kind: 'person' })),
    '/kind: must be "country" (rule: const)',
  );
  assert.equal(
    sentence(partnerValidator.check({ ...country, name: { fr: 'Tadjikistan' } })),
    "/name: must have required property 'en' (rule: required)",
  );
  assert.equal(sentence(partnerValidator.check(null)), '(root): must be object (rule: type)');
  assert.equal(sentence(partnerValidator.check(country)), 'ok');
});

test('a write body: every failing field by JSON Pointer, the missing or unknown field itself named, escaped', () => {
  assert.deepEqual(projectWriteValidator.checkAll(project), { ok: true, value: project });
  assert.deepEqual(projectWriteValidator.checkAll({ ...project, title: undefined, status: 'done', 'a/b~c': 1 }), {
    ok: false,
    violations: [
      { path: '/title', rule: 'required', message: "must have required property 'title'" },
      { path: '/a~1b~0c', rule: 'additionalProperties', message: 'has unknown property "a/b~c"' },
      {
        path: '/status',
        rule: 'enum',
        message: 'must be one of "cancelled", "closed", "finalisation", "implementation", "pipeline", "suspended"',
      },
    ],
    more: 0,
  });
  assert.deepEqual(projectWriteValidator.checkAll(null), {
    ok: false,
    violations: [{ path: '', rule: 'type', message: 'must be object' }],
    more: 0,
  });
});

test(`a write body with many errors: the first ${MAX_VIOLATIONS} reported, the rest counted`, () => {
  const body: Record<string, unknown> = { ...project };
  for (let i = 0; i < MAX_VIOLATIONS + 5; i++) body[`x${i}`] = i;
  const r = projectWriteValidator.checkAll(body);
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.equal(MAX_VIOLATIONS, 20);
  assert.equal(r.violations.length, 20);
  assert.equal(r.more, 5);
  assert.deepEqual(
    r.violations.map((v) => v.path),
    Array.from({ length: 20 }, (_, i) => `/x${i}`),
  );
  const exact: Record<string, unknown> = { ...project };
  for (let i = 0; i < MAX_VIOLATIONS; i++) exact[`x${i}`] = i;
  const at = projectWriteValidator.checkAll(exact);
  assert.deepEqual(at.ok ? null : [at.violations.length, at.more], [20, 0]);
});

test('a partner write is checked against the branch its kind names; another kind names /kind', () => {
  assert.deepEqual(partnerWriteValidator.checkAll(country), { ok: true, value: country });
  assert.deepEqual(partnerWriteValidator.checkAll({ ...country, iso2: 'tj', colour: 1 }), {
    ok: false,
    violations: [
      { path: '/colour', rule: 'additionalProperties', message: 'has unknown property "colour"' },
      { path: '/iso2', rule: 'pattern', message: 'must match pattern "^[A-Z]{2}$"' },
    ],
    more: 0,
  });
  // An organization's own required fields, not a country's.
  const org = partnerWriteValidator.checkAll({ kind: 'organization', id: 'x' });
  assert.equal(org.ok, false);
  if (!org.ok) {
    const missing = org.violations.filter((v) => v.rule === 'required').map((v) => v.path);
    assert.ok(missing.includes('/organizationKind') && missing.includes('/acronym'), missing.join(' '));
    assert.ok(!missing.includes('/iso2'), missing.join(' '));
  }
  const other = {
    ok: false,
    violations: [{ path: '/kind', rule: 'enum', message: 'must be one of "country", "organization"' }],
    more: 0,
  };
  assert.deepEqual(partnerWriteValidator.checkAll({ ...country, kind: 'person' }), other);
  assert.deepEqual(partnerWriteValidator.checkAll(null), other);
  assert.deepEqual(partnerWriteValidator.checkAll('country'), other);
});
