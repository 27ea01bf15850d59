import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PILLAR_NUMBERS, PROJECT_STATUSES, ROUTE_IDS, type CountryPartner, type Partner } from '@pact/schema';
import { validateDataset, DatasetError, type Dataset } from '@pact/api';
import { loadDataset, SEED_DATA_DIR, SEED_GEO_FILE } from '@pact/api/node';
import { assertEvery } from '../../../test/support/assert-every.js';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as {
  isValid(code: string): boolean;
  alpha2ToAlpha3(code: string): string | undefined;
  alpha2ToNumeric(code: string): string | undefined;
};

const dataset: Dataset = await loadDataset();
const countries = dataset.partners.filter((p): p is CountryPartner => p.kind === 'country');
const orgs = dataset.partners.filter((p) => p.kind === 'organization');
const status = (p: Partner, partnership: string) => p.memberships.find((m) => m.partnership === partnership);

test('the seed dataset validates against the schemas and its own references', () => {
  assert.ok(dataset.partners.length > 100);
});

test('every country code is a real ISO 3166-1 code, consistent across alpha-2, alpha-3 and numeric', () => {
  for (const c of countries) {
    assert.ok(iso.isValid(c.iso2), `${c.id}: ${c.iso2} is not an ISO 3166-1 code`);
    assert.equal(iso.alpha2ToAlpha3(c.iso2), c.iso3, c.id);
    assert.equal(iso.alpha2ToNumeric(c.iso2), c.isoNumeric, c.id);
    assert.equal(c.id, c.iso3.toLowerCase());
  }
  for (const o of orgs) {
    if (o.kind !== 'organization') continue;
    const ok = iso.isValid(o.seat.country) || o.seat.country === 'XK'; // Kosovo: no ISO code (UNMIK's seat)
    assert.ok(ok, `${o.id}: seat country ${o.seat.country}`);
  }
});

test('all 58 Paris Pact partner countries and 23 partner organizations, each named in English and French', () => {
  const pp = dataset.partners.filter((p) => status(p, 'paris-pact')?.status === 'member');
  assert.equal(pp.filter((p) => p.kind === 'country').length, 58);
  assert.equal(pp.filter((p) => p.kind === 'organization').length, 23);
  for (const p of pp) assert.ok(p.name.en && p.name.fr, `${p.id} lacks an English or French name`);
  const names = new Set(countries.map((c) => c.name.en));
  for (const current of ['Türkiye', 'Czechia', 'North Macedonia']) assert.ok(names.has(current), current);
});

test('the 57 OSCE participating States; OSCE partners are not counted as States', () => {
  assert.equal(countries.filter((c) => status(c, 'osce')?.status === 'member').length, 57);
  const afg = dataset.partners.find((p) => p.id === 'afg');
  assert.equal(afg && status(afg, 'osce')?.status, 'partner');
});

test('uncertain facts stay uncertain: Pompidou membership and priority flags', () => {
  const pompidou = countries.map((c) => status(c, 'pompidou-group')).filter((m) => m !== undefined);
  const possible = pompidou.filter((m) => m.status === 'possible');
  assert.equal(possible.length, 14, 'the reference leaves 14 Pompidou memberships unknown');
  assertEvery(possible, (m) => m.verified === false, 'possible');
  const rus = countries.find((c) => c.id === 'rus');
  assert.equal(rus && status(rus, 'pompidou-group')?.status, 'former');
  // Members on the 2000 list whose current status was not checked are members, but unverified.
  assert.ok(pompidou.some((m) => m.status === 'member' && !m.verified));
  // Greece, Moldova, Ukraine and Russia: priority unknown.
  for (const id of ['grc', 'mda', 'ukr', 'rus'])
    assert.equal(countries.find((c) => c.id === id)?.priority.value, null, id);
  // Every unverified membership is listed in meta.
  for (const c of dataset.partners) {
    c.memberships.forEach((m, i) => {
      if (!m.verified) {
        assert.ok(
          dataset.meta.unverified.some((u) => u.record === `partners/${c.id}` && u.field === `/memberships/${i}`),
          `meta.unverified lacks partners/${c.id} /memberships/${i}`,
        );
      }
    });
  }
});

test('the four pillars with titles and summaries in English, French and Russian', () => {
  assert.deepEqual(
    dataset.pillars.map((p) => p.number),
    [...PILLAR_NUMBERS],
  );
  for (const p of dataset.pillars)
    for (const lang of ['en', 'fr', 'ru'] as const) assert.ok(p.title[lang] && p.summary[lang], `${p.number} ${lang}`);
  assert.equal(
    dataset.pillars[1]?.title.en,
    'Detecting and blocking financial flows linked to illicit traffic in opiates',
  );
});

test('the northern, Balkan and southern routes start in Afghanistan', () => {
  assert.deepEqual(
    dataset.routes.map((r) => r.id),
    [...ROUTE_IDS],
  );
  for (const r of dataset.routes) {
    assert.equal(r.countries[0], 'afg', r.id);
    assert.ok(r.waypoints.length >= 10, r.id);
  }
});

test('the regional centres are organizations with seats', () => {
  for (const id of ['caricc', 'maoc-n', 'ceclad-m', 'jiatf-s', 'accra-info-centre', 'dakar-info-centre']) {
    const o = dataset.partners.find((p) => p.id === id);
    assert.ok(o && o.kind === 'organization', id);
    if (o?.kind === 'organization') assert.ok(Math.abs(o.seat.lat) > 0 && o.seat.city, id);
  }
});

test('at least 120 illustrative projects over every pillar and status, labelled illustrative in meta', () => {
  assert.ok(dataset.projects.length >= 120);
  assertEvery(dataset.projects, (p) => p.illustrative, 'dataset.projects');
  for (const n of PILLAR_NUMBERS) assert.ok(dataset.projects.filter((p) => p.pillar === n).length >= 10, `pillar ${n}`);
  for (const s of PROJECT_STATUSES)
    assert.ok(
      dataset.projects.some((p) => p.status === s),
      s,
    );
  assert.ok(new Set(dataset.projects.flatMap((p) => p.donors)).size >= 10);
  assert.ok(new Set(dataset.projects.flatMap((p) => p.beneficiaries)).size >= 10);
  assert.ok(dataset.meta.illustrative.some((i) => i.collection === 'projects'));
  assert.equal(dataset.meta.counts.projects, dataset.projects.length);
  assert.equal(dataset.meta.counts.partners, dataset.partners.length);
});

function raw() {
  const read = (f: string) => JSON.parse(readFileSync(join(SEED_DATA_DIR, f), 'utf8')) as unknown;
  return {
    partners: read('partners.json') as Record<string, unknown>[],
    pillars: read('pillars.json'),
    routes: read('routes.json') as { countries: string[] }[],
    projects: read('projects.json') as Record<string, unknown>[],
    partnerships: read('partnerships.json') as Record<string, unknown>[],
    events: read('events.json') as Record<string, unknown>[],
    meta: read('meta.json'),
    geo: JSON.parse(readFileSync(SEED_GEO_FILE, 'utf8')) as unknown,
  };
}

test('a broken record is reported with its file, JSON path and reason', () => {
  const r = raw();
  (r.partners[3] as { iso2?: string }).iso2 = 'xx';
  assert.throws(
    () => validateDataset(r),
    (e: unknown) =>
      e instanceof DatasetError && e.file === 'partners.json' && e.path === '/3/iso2' && /pattern/.test(e.reason),
  );
});

test('dangling references and duplicate ids are reported', () => {
  const r1 = raw();
  r1.projects[5] = { ...r1.projects[5], implementer: 'nobody' };
  assert.throws(
    () => validateDataset(r1),
    /projects\.json at \/5\/implementer: implementer "nobody" is not a partner id/,
  );
  const r2 = raw();
  r2.routes[1]?.countries.push('atlantis');
  assert.throws(() => validateDataset(r2), /routes\.json at \/1\/countries\/\d+: country "atlantis"/);
  const r3 = raw();
  r3.partners.push(r3.partners[0] as Record<string, unknown>);
  assert.throws(() => validateDataset(r3), /duplicate id/);
});
