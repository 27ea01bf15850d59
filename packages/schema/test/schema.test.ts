import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { partnerValidator, projectValidator, formatViolation, problemValidator } from '@pact/schema/validate';
import { ROUTE_IDS, PROJECT_STATUSES } from '@pact/schema';
import { country, project } from './records.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const pkg = join(root, 'packages/schema');

test('every schema file is draft-07 JSON with an $id and forbids unknown properties on objects', () => {
  const files = readdirSync(join(pkg, 'schemas')).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 10);
  for (const f of files) {
    const schema = JSON.parse(readFileSync(join(pkg, 'schemas', f), 'utf8'));
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#', f);
    assert.match(schema.$id, new RegExp(`${f}$`));
  }
  const partner = JSON.parse(readFileSync(join(pkg, 'schemas/Partner.json'), 'utf8'));
  assert.equal(partner.definitions.CountryPartner.additionalProperties, false);
});

test('the precompiled validators never evaluate code at run time', () => {
  const js = readFileSync(join(pkg, 'generated/validators.js'), 'utf8');
  assert.doesNotMatch(js, /new Function|\beval\(/);
  assert.doesNotMatch(js, /^\s*import\s/m, 'the validators module is self-contained: it imports nothing');
});

test('a valid country partner passes', () => {
  const r = partnerValidator.check(country);
  assert.equal(r.ok, true, r.ok ? '' : formatViolation(r.violation));
});

test('a violation names the JSON path and the rule broken', () => {
  const cases: [unknown, string, string][] = [
    [{ ...country, iso2: 'tj' }, '/iso2', 'pattern'],
    [{ ...country, name: { fr: 'Tadjikistan' } }, '/name', 'required'],
    [{ ...country, routes: [{ route: 'western', role: 'transit' }] }, '/routes/0/route', 'enum'],
    [{ ...country, colour: 'red' }, '', 'additionalProperties'],
    [{ ...country, memberships: [{ partnership: 'osce', status: 'member' }] }, '/memberships/0', 'required'],
  ];
  for (const [value, path, rule] of cases) {
    const r = partnerValidator.check(value);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.violation.path, path, formatViolation(r.violation));
      assert.equal(r.violation.rule, rule, formatViolation(r.violation));
      assert.match(formatViolation(r.violation), new RegExp(`\\(rule: ${rule}\\)$`));
    }
  }
});

test('formats are checked: dates, date-times and URIs', () => {
  assert.equal(projectValidator.check(project).ok, true);
  const bad = projectValidator.check({ ...project, start: '2020-13-45' });
  assert.equal(bad.ok, false);
  if (!bad.ok) assert.deepEqual([bad.violation.path, bad.violation.rule], ['/start', 'format']);
  const badSite = partnerValidator.check({ ...country, website: 'https://example.org/not a url' });
  assert.equal(badSite.ok, false);
  if (!badSite.ok) assert.equal(badSite.violation.rule, 'format');
  // A website is an https: URL, its scheme in any case (issue 14).
  const script = partnerValidator.check({ ...country, website: 'javascript:alert(1)' });
  assert.equal(script.ok ? '' : script.violation.rule, 'pattern');
  assert.equal(partnerValidator.check({ ...country, website: 'HTTPS://UPPER.example/' }).ok, true);
});

test('problem documents validate', () => {
  assert.equal(problemValidator.is({ type: 'about:blank', title: 'Not Found', status: 404 }), true);
  assert.equal(problemValidator.is({ type: 'about:blank', title: 'Odd', status: 42 }), false);
});

test('value lists match the model', () => {
  assert.deepEqual([...ROUTE_IDS], ['northern', 'balkan', 'southern']);
  assert.equal(PROJECT_STATUSES.length, 6);
});
