// The mapping of a project to an IATI 2.03 activity (iati.ts), value by value: the codes against the
// IATI codelists, the sector's name, the organisation references, the reporting organisation's
// defaults (docs/iati.md) and the field an unknown partner is reported at. The API's test
// (packages/api/test/iati.test.ts) checks the XML written from it against the XSD.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  IATI_ACTIVITY_STATUS,
  IATI_LOCAL_ORG_PREFIX,
  PILLAR_NUMBERS,
  PROJECT_STATUSES,
  IatiMappingError,
  partnerIndex,
  toIatiActivity,
  type CountryPartner,
  type OrganizationPartner,
  type Partner,
  type Pillar,
  type Project,
} from '@pact/schema';

const country = (id: string, iso2: string, en: string): CountryPartner => ({
  kind: 'country',
  id,
  iso2,
  iso3: `${iso2}X`,
  isoNumeric: '000',
  name: { en },
  memberships: [],
  routes: [],
  region: 'central-asia',
  priority: { value: null, confidence: 'low', basis: 'test fixture' },
});
const organization = (id: string, en: string, iatiOrgRef?: string): OrganizationPartner => ({
  kind: 'organization',
  id,
  acronym: id.toUpperCase(),
  name: { en },
  memberships: [],
  routes: [],
  organizationKind: 'un-entity',
  seat: { city: 'Vienna', country: 'AT', lat: 48.2, lon: 16.37 },
  ...(iatiOrgRef ? { iatiOrgRef } : {}),
});
const PARTNERS: Partner[] = [
  country('afg', 'AF', 'Afghanistan'),
  country('tjk', 'TJ', 'Tajikistan'),
  organization('unodc', 'United Nations Office on Drugs and Crime'),
  organization('osce', 'Organization for Security and Co-operation in Europe'),
  // An organisation identifier the data gives (IATI-example-shaped, made up): used as it is.
  organization('fund', 'Example fund', 'AA-AAA-123456789'),
];
const partners = partnerIndex(PARTNERS);

const PROJECT: Project = {
  id: 'prj-1',
  title: { en: 'Precursor control' },
  summary: { en: 'Trains customs officers.' },
  pillar: 3,
  status: 'implementation',
  donors: ['fund'],
  beneficiaries: ['afg', 'tjk'],
  implementer: 'unodc',
  accountable: 'unodc',
  extending: 'osce',
  routes: ['northern'],
  budget: { amount: 1000, currency: 'EUR' },
  start: '2024-03-01',
  end: '2027-02-28',
  updated: '2025-06-30T12:00:00Z',
  illustrative: false,
};

test('each project status is the code of the IATI Activity Status codelist', () => {
  // IATI Activity Status codelist (../shared/standards/iati-2.03/README.md; IATI-Codelists
  // xml/ActivityStatus.xml): 1 Pipeline/identification, 2 Implementation, 3 Finalisation, 4 Closed,
  // 5 Cancelled, 6 Suspended.
  const expected = {
    pipeline: '1',
    implementation: '2',
    finalisation: '3',
    closed: '4',
    cancelled: '5',
    suspended: '6',
  };
  assert.deepEqual({ ...IATI_ACTIVITY_STATUS }, expected);
  for (const status of PROJECT_STATUSES)
    assert.equal(toIatiActivity({ ...PROJECT, status }, partners).statusCode, expected[status], status);
});

test('an illustrative project says so in a description of type 4 (Other), in each language, not left empty', () => {
  const real = toIatiActivity(PROJECT, partners);
  assert.deepEqual(
    real.descriptions.map((d) => d.type),
    ['1'],
  );
  const sample = toIatiActivity({ ...PROJECT, illustrative: true }, partners);
  // IATI Description Type codelist (IATI-Codelists-NonEmbedded xml/DescriptionType.xml, not among the
  // files of ../shared/standards): 1 General, 4 Other.
  assert.deepEqual(
    sample.descriptions.map((d) => d.type),
    ['1', '4'],
  );
  const notice = sample.descriptions[1]?.narratives ?? [];
  assert.deepEqual(
    notice.map((n) => n.lang),
    ['en', 'fr', 'ru'],
  );
  for (const { lang, text } of notice) assert.match(text, /Pact Embed/, `${lang} names the dataset`);
  assert.match(notice[0]?.text ?? '', /^Illustrative record: this project is a fictitious example/);
  assert.match(notice[1]?.text ?? '', /^Exemple illustratif : ce projet est un exemple fictif/);
  assert.match(notice[2]?.text ?? '', /^Иллюстративная запись: этот проект — вымышленный пример/);
});

test("without the pillars, a project's sector is named by its pillar's Roman numeral", () => {
  const names = PILLAR_NUMBERS.map((pillar) => toIatiActivity({ ...PROJECT, pillar }, partners).sectors[0]?.narratives);
  assert.deepEqual(names, [
    [{ lang: 'en', text: 'Pillar I' }],
    [{ lang: 'en', text: 'Pillar II' }],
    [{ lang: 'en', text: 'Pillar III' }],
    [{ lang: 'en', text: 'Pillar IV' }],
  ]);
});

test("with the pillars, each project's sector is named by its own pillar, in the reporter's vocabulary 99", () => {
  const pillars = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../api/data/pillars.json', import.meta.url)), 'utf8'),
  ) as Pillar[];
  assert.equal(pillars.length, 4);
  for (const pillar of PILLAR_NUMBERS) {
    const sector = toIatiActivity({ ...PROJECT, pillar }, partners, { pillars }).sectors[0];
    const own = pillars.find((p) => p.number === pillar);
    // IATI Sector Vocabulary 99: Reporting Organisation (../shared/standards/iati-2.03/README.md).
    assert.equal(sector?.vocabulary, '99');
    assert.equal(sector?.code, String(pillar));
    assert.equal(sector?.narratives[0]?.text, own?.shortTitle.en, `pillar ${pillar}`);
    assert.deepEqual(
      sector?.narratives.map((n) => n.lang),
      ['en', 'fr', 'ru'],
    );
  }
});

test("a partner's IATI organisation identifier is used as it is; without one, a project-local reference says so", () => {
  const orgs = toIatiActivity(PROJECT, partners).participatingOrgs;
  // IATI Organisation Role codelist: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing.
  assert.deepEqual(
    orgs.map(({ role, ref, local }) => ({ role, ref, local })),
    [
      { role: '1', ref: 'AA-AAA-123456789', local: false },
      { role: '2', ref: `${IATI_LOCAL_ORG_PREFIX}-UNODC`, local: true },
      { role: '3', ref: `${IATI_LOCAL_ORG_PREFIX}-OSCE`, local: true },
      { role: '4', ref: `${IATI_LOCAL_ORG_PREFIX}-UNODC`, local: true },
    ],
  );
});

test('a reporting organisation given without the flag is a secondary reporter (docs/iati.md: `1` by default)', () => {
  const name = { en: 'A registered publisher' };
  const given = (secondaryReporter?: boolean) =>
    toIatiActivity(PROJECT, partners, {
      reportingOrg: { ref: 'XM-DAC-00000', name, ...(secondaryReporter === undefined ? {} : { secondaryReporter }) },
    }).reportingOrg.secondaryReporter;
  assert.equal(given(), true);
  assert.equal(given(true), true);
  assert.equal(given(false), false);
  assert.equal(toIatiActivity(PROJECT, partners).reportingOrg.secondaryReporter, true);
});

test('an unknown partner is reported at the field that names it', () => {
  const cases: [Partial<Project>, string, string][] = [
    [{ donors: ['fund', 'nobody'] }, 'donors/1', 'no partner with id "nobody"'],
    [{ accountable: 'nobody' }, 'accountable', 'no partner with id "nobody"'],
    [{ extending: 'nobody' }, 'extending', 'no partner with id "nobody"'],
    [{ implementer: 'nobody' }, 'implementer', 'no partner with id "nobody"'],
    [{ beneficiaries: ['afg', 'nobody'] }, 'beneficiaries/1', 'no partner with id "nobody"'],
    [{ beneficiaries: ['unodc'] }, 'beneficiaries/0', '"unodc" is not a country partner'],
  ];
  for (const [change, field, message] of cases)
    assert.throws(
      () => toIatiActivity({ ...PROJECT, ...change }, partners),
      (e: unknown) => {
        assert.ok(e instanceof IatiMappingError);
        assert.equal(e.name, 'IatiMappingError');
        assert.equal(e.project, 'prj-1');
        assert.equal(e.field, field);
        assert.equal(e.message, `project prj-1, ${field}: ${message}`);
        return true;
      },
      field,
    );
});
