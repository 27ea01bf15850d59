// The IATI 2.03 export, checked with a real XML Schema validator (libxml2's
// xmllint compiled to WebAssembly) against the XSDs shipped in packages/api/iati/schema,
// and read back with an XML parser to check each element's value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';
import {
  IATI_LOCAL_ORG_PREFIX,
  IatiMappingError,
  partnerIndex,
  toIatiActivity,
  type CountryPartner,
  type OrganizationPartner,
  type Pillar,
  type Project,
} from '@pact/schema';
import { partnerValidator, projectValidator } from '@pact/schema/validate';
import { writeIatiActivities } from '@pact/api/iati';
import { loadDataset, startServer } from '@pact/api/node';
import { comment, el, xmlDocument } from '../src/iati/xml.js';

const GENERATED_AT = '2026-12-01T09:00:00Z';
const schemaFile = (name: string) => ({
  fileName: name,
  contents: readFileSync(new URL(`../iati/schema/${name}`, import.meta.url), 'utf8'),
});
const SCHEMA = [schemaFile('iati-activities-schema.xsd')];
const PRELOAD = [schemaFile('iati-common.xsd'), schemaFile('xml.xsd')];

function validate(xml: string): Promise<XMLValidationResult> {
  return validateXML({ xml: [{ fileName: 'export.xml', contents: xml }], schema: SCHEMA, preload: PRELOAD });
}

async function assertValid(xml: string): Promise<void> {
  const result = await validate(xml);
  assert.equal(result.valid, true, result.errors.map((e) => e.rawMessage).join('\n'));
}

/** Parses strictly: every warning or error of the parser fails the test. */
function parse(xml: string): Document {
  const fail = (message: string) => assert.fail(`XML parser: ${message}`);
  return new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(
    xml,
    'application/xml',
  );
}

/** Child elements of `parent` named `name`, in document order. */
function kids(parent: Element | Document, name: string): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < parent.childNodes.length; i++) {
    const node = parent.childNodes.item(i);
    if (node && node.nodeType === 1 && node.nodeName === name) out.push(node as Element);
  }
  return out;
}

function only(parent: Element, name: string): Element {
  const found = kids(parent, name);
  assert.equal(found.length, 1, `one <${name}> in <${parent.nodeName}>`);
  return found[0]!;
}

/** `[xml:lang, text]` of each narrative. */
const narratives = (parent: Element) =>
  kids(parent, 'narrative').map((n) => [n.getAttribute('xml:lang'), n.textContent]);

/** The attributes' values, null for an absent one. */
const attrs = (e: Element, ...names: string[]) => names.map((n) => (e.hasAttribute(n) ? e.getAttribute(n) : null));

function activityList(xml: string): Element[] {
  const root = parse(xml).documentElement;
  assert.ok(root);
  assert.equal(root.nodeName, 'iati-activities');
  assert.equal(root.getAttribute('version'), '2.03');
  return kids(root, 'iati-activity');
}

// Partners of the mapping tests, independent of the seed dataset.
const name = (en: string, fr: string) => ({ en, fr });
const country = (id: string, iso2: string, iso3: string, en: string, fr: string): CountryPartner => ({
  kind: 'country',
  id,
  iso2,
  iso3,
  isoNumeric: '000',
  name: name(en, fr),
  memberships: [],
  routes: [],
  region: 'central-asia',
  priority: { value: null, confidence: 'low', basis: 'test fixture' },
});
const organization = (
  id: string,
  acronym: string,
  en: string,
  fr: string,
  iatiOrgRef?: string,
): OrganizationPartner => ({
  kind: 'organization',
  id,
  acronym,
  name: name(en, fr),
  memberships: [],
  routes: [],
  organizationKind: 'un-entity',
  seat: { city: 'Vienna', country: 'AT', lat: 48.2, lon: 16.37 },
  ...(iatiOrgRef ? { iatiOrgRef } : {}),
});
const PARTNERS = [
  country('gbr', 'GB', 'GBR', 'United Kingdom', 'Royaume-Uni'),
  country('afg', 'AF', 'AFG', 'Afghanistan', 'Afghanistan'),
  country('tjk', 'TJ', 'TJK', 'Tajikistan', 'Tadjikistan'),
  organization('unodc', 'UNODC', 'United Nations Office on Drugs and Crime', 'ONUDC'),
  organization('osce', 'OSCE', 'Organization for Security and Co-operation in Europe', 'OSCE'),
  // A partner whose (made-up, IATI-example-shaped) organisation identifier the data gives: used verbatim.
  organization('fund', 'FUND', 'Example fund', 'Fonds exemple', 'AA-AAA-123456789'),
];
const PILLARS: Pillar[] = [3].map(() => ({
  number: 3,
  roman: 'III',
  title: name('Preventing the diversion of precursor chemicals', 'Prévenir le détournement des précurseurs'),
  shortTitle: name('Precursors', 'Précurseurs'),
  summary: name('Summary', 'Résumé'),
  unofficialTranslations: ['fr'],
}));

const PROJECT: Project = {
  id: 'prj-test-1',
  title: { en: 'Precursor control in Afghanistan and Tajikistan', fr: 'Contrôle des précurseurs', ru: 'Контроль' },
  summary: { en: 'Trains customs officers.', fr: 'Forme des douaniers.' },
  pillar: 3,
  status: 'suspended',
  donors: ['gbr', 'fund'],
  beneficiaries: ['afg', 'tjk'],
  implementer: 'unodc',
  accountable: 'unodc',
  extending: 'osce',
  routes: ['northern'],
  budget: { amount: 2500000.5, currency: 'EUR' },
  start: '2024-03-01',
  end: '2027-02-28',
  updated: '2025-06-30T12:00:00Z',
  illustrative: false,
};

test('the whole seed dataset exports as IATI 2.03 XML that the XSD accepts, every record marked illustrative', async () => {
  const dataset = await loadDataset();
  const xml = writeIatiActivities(dataset.projects, dataset.partners, {
    generatedAt: new Date(GENERATED_AT),
    pillars: dataset.pillars,
  });
  await assertValid(xml);
  const list = activityList(xml);
  assert.equal(list.length, dataset.projects.length);
  assert.ok(list.length >= 180, `${list.length} activities`);
  const ids = list.map((a) => only(a, 'iati-identifier').textContent);
  assert.deepEqual(
    ids,
    dataset.projects.map((p) => `${IATI_LOCAL_ORG_PREFIX}-PACT-EMBED-${p.id}`),
  );
  // The seed's projects are all illustrative: each one says so in a description of type 4 and a comment.
  assert.equal(dataset.projects.filter((p) => p.illustrative).length, dataset.projects.length);
  for (const a of list) {
    const other = kids(a, 'description').filter((d) => d.getAttribute('type') === '4');
    assert.equal(other.length, 1, only(a, 'iati-identifier').textContent ?? '');
    assert.match(narratives(other[0]!)[0]![1]!, /^Illustrative record: this project is a fictitious example/);
  }
  assert.equal(
    xml.match(/<!-- Illustrative record: a fictitious example, not a real project. -->/g)?.length,
    list.length,
  );
  // Said once, before the activities: the local references are not registered identifiers, and
  // nothing is reported as official development assistance.
  const notice = /^<\?xml [^>]*\?>\n<!-- (.*) -->\n<iati-activities /.exec(xml)?.[1] ?? '';
  assert.match(notice, /^Organisation references that begin with PACT-LOCAL- are project-local references/);
  assert.match(notice, /they are not IATI organisation identifiers and no registration agency issued them\./);
  assert.match(notice, /No activity in this file is reported as official development assistance \(ODA\)/);
  assert.match(notice, /the file gives no flow type, finance type, aid type or tied status\.$/);
  // Nothing claims to be official development assistance, and no organisation reference is passed off as registered.
  for (const tag of ['default-flow-type', 'default-finance-type', 'default-aid-type', 'default-tied-status', 'crs-add'])
    assert.ok(!xml.includes(`<${tag}`), tag);
  const refs = list.flatMap((a) => kids(a, 'participating-org').map((o) => o.getAttribute('ref') ?? ''));
  assert.ok(refs.length >= 2 * list.length);
  assert.deepEqual(
    refs.filter((r) => !r.startsWith(`${IATI_LOCAL_ORG_PREFIX}-`)),
    [],
  );
});

test('one project maps to exactly the expected IATI elements and values', async () => {
  const xml = writeIatiActivities([PROJECT], PARTNERS, { generatedAt: GENERATED_AT, pillars: PILLARS });
  await assertValid(xml);
  assert.ok(!xml.includes('Illustrative'), 'a real project is not marked illustrative');
  const root = parse(xml).documentElement!;
  assert.equal(root.getAttribute('generated-datetime'), GENERATED_AT);
  const [a] = activityList(xml);
  assert.ok(a);
  assert.deepEqual(attrs(a, 'last-updated-datetime', 'xml:lang', 'default-currency'), [
    '2025-06-30T12:00:00Z',
    'en',
    'EUR',
  ]);
  assert.equal(only(a, 'iati-identifier').textContent, 'PACT-LOCAL-PACT-EMBED-prj-test-1');
  const reporting = only(a, 'reporting-org');
  assert.deepEqual(attrs(reporting, 'ref', 'type', 'secondary-reporter'), ['PACT-LOCAL-PACT-EMBED', '90', '1']);
  assert.deepEqual(narratives(only(a, 'title')), [
    ['en', 'Precursor control in Afghanistan and Tajikistan'],
    ['fr', 'Contrôle des précurseurs'],
    ['ru', 'Контроль'],
  ]);
  assert.deepEqual(
    kids(a, 'description').map((d) => [d.getAttribute('type'), narratives(d)]),
    [
      [
        '1',
        [
          ['en', 'Trains customs officers.'],
          ['fr', 'Forme des douaniers.'],
        ],
      ],
    ],
  );
  assert.deepEqual(
    kids(a, 'participating-org').map((o) => [...attrs(o, 'role', 'ref', 'type'), narratives(o)[0]![1]]),
    [
      ['1', 'PACT-LOCAL-GBR', '10', 'United Kingdom'],
      ['1', 'AA-AAA-123456789', null, 'Example fund'],
      ['2', 'PACT-LOCAL-UNODC', null, 'United Nations Office on Drugs and Crime'],
      ['3', 'PACT-LOCAL-OSCE', null, 'Organization for Security and Co-operation in Europe'],
      ['4', 'PACT-LOCAL-UNODC', null, 'United Nations Office on Drugs and Crime'],
    ],
  );
  assert.equal(only(a, 'activity-status').getAttribute('code'), '6');
  assert.deepEqual(
    kids(a, 'activity-date').map((d) => attrs(d, 'type', 'iso-date')),
    [
      ['1', '2024-03-01'],
      ['3', '2027-02-28'],
    ],
  );
  assert.deepEqual(
    kids(a, 'recipient-country').map((c) => [...attrs(c, 'code', 'percentage'), narratives(c)]),
    [
      [
        'AF',
        null,
        [
          ['en', 'Afghanistan'],
          ['fr', 'Afghanistan'],
        ],
      ],
      [
        'TJ',
        null,
        [
          ['en', 'Tajikistan'],
          ['fr', 'Tadjikistan'],
        ],
      ],
    ],
  );
  const sector = only(a, 'sector');
  assert.deepEqual(attrs(sector, 'vocabulary', 'vocabulary-uri', 'code'), [
    '99',
    'https://www.unodc.org/unodc/en/drug-trafficking/paris-pact-initiative.html',
    '3',
  ]);
  assert.deepEqual(narratives(sector), [
    ['en', 'Precursors'],
    ['fr', 'Précurseurs'],
  ]);
  const budget = only(a, 'budget');
  assert.deepEqual(attrs(budget, 'type', 'status'), ['1', '1']);
  assert.equal(only(budget, 'period-start').getAttribute('iso-date'), '2024-03-01');
  assert.equal(only(budget, 'period-end').getAttribute('iso-date'), '2027-02-28');
  const value = only(budget, 'value');
  assert.deepEqual(attrs(value, 'currency', 'value-date'), ['EUR', '2024-03-01']);
  assert.equal(value.textContent, '2500000.5');
});

test('a reporting organisation of its own, and a project already published to IATI, keep their identifiers', async () => {
  const reportingOrg = {
    ref: 'AA-AAA-123456789',
    type: '40',
    name: { en: 'Example publisher' },
    secondaryReporter: false,
  };
  const xml = writeIatiActivities(
    [PROJECT, { ...PROJECT, id: 'prj-test-2', iatiIdentifier: 'BB-BBB-1-X7' }],
    PARTNERS,
    {
      generatedAt: GENERATED_AT,
      reportingOrg,
    },
  );
  await assertValid(xml);
  const list = activityList(xml);
  assert.deepEqual(
    list.map((a) => only(a, 'iati-identifier').textContent),
    ['AA-AAA-123456789-prj-test-1', 'BB-BBB-1-X7'],
  );
  assert.deepEqual(attrs(only(list[0]!, 'reporting-org'), 'ref', 'type', 'secondary-reporter'), [
    'AA-AAA-123456789',
    '40',
    '0',
  ]);
  // Without the pillar list the sector is still named, in English.
  assert.deepEqual(narratives(only(list[0]!, 'sector')), [['en', 'Pillar III']]);
});

test("the codes are IATI 2.03's codelists: every activity status, every organisation role, local references told apart", () => {
  // ActivityStatus (iatistandard.org/en/iati-standard/203/codelists/activitystatus/).
  const STATUS: [Project['status'], string][] = [
    ['pipeline', '1'],
    ['implementation', '2'],
    ['finalisation', '3'],
    ['closed', '4'],
    ['cancelled', '5'],
    ['suspended', '6'],
  ];
  const index = partnerIndex(PARTNERS);
  for (const [status, code] of STATUS)
    assert.equal(toIatiActivity({ ...PROJECT, status }, index).statusCode, code, status);
  // OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing.
  assert.deepEqual(
    toIatiActivity(PROJECT, index).participatingOrgs.map((o) => [o.role, o.ref, o.local]),
    [
      ['1', 'PACT-LOCAL-GBR', true],
      ['1', 'AA-AAA-123456789', false],
      ['2', 'PACT-LOCAL-UNODC', true],
      ['3', 'PACT-LOCAL-OSCE', true],
      ['4', 'PACT-LOCAL-UNODC', true],
    ],
  );
});

test('the sector is the project’s own pillar; an own reporting organisation is a secondary reporter unless it says not', () => {
  const index = partnerIndex(PARTNERS);
  const pillars: Pillar[] = [1, 3].map((n) => ({
    ...PILLARS[0]!,
    number: n as Pillar['number'],
    shortTitle: name(`P${n}`, `P${n} fr`),
  }));
  assert.deepEqual(toIatiActivity(PROJECT, index, { pillars }).sectors[0]?.narratives, [
    { lang: 'en', text: 'P3' },
    { lang: 'fr', text: 'P3 fr' },
  ]);
  const reportingOrg = { ref: 'AA-AAA-123456789', name: { en: 'Example publisher' } };
  assert.equal(toIatiActivity(PROJECT, index, { reportingOrg }).reportingOrg.secondaryReporter, true);
});

test('an illustrative project says so in a description of type 4, in English, French and Russian', () => {
  const activity = toIatiActivity({ ...PROJECT, illustrative: true }, partnerIndex(PARTNERS));
  const other = activity.descriptions.find((d) => d.type === '4');
  assert.deepEqual(
    other?.narratives.map((n) => n.lang),
    ['en', 'fr', 'ru'],
  );
  const [en, fr, ru] = other!.narratives.map((n) => n.text);
  assert.match(en!, /^Illustrative record: .*fictitious example/);
  assert.match(fr!, /^Exemple illustratif : .*exemple fictif/);
  assert.match(ru!, /^Иллюстративная запись: .*вымышленный пример/);
});

test('hostile text (markup, quotes, control characters, lone surrogates, non-BMP, every language, 100 kB) stays valid and reads back', async () => {
  const hostile = '<script>alert("x")</script> & \'q\' "dq" ]]> --> <!-- <![CDATA[ &amp; &#0;';
  // Lone surrogates (a low one first, then a high one not followed by a low one), U+FFFE and U+FFFF.
  const forbidden = '\u0000\u0001\u0008\u000B\u000C\u001F\uDFFF\uD800\uFFFE\uFFFF';
  // NEL and LINE SEPARATOR are line ends to some parsers: written as references, they survive any of them.
  const kept = 'tab\there\r\nline 😀 𠜎 \u0085\u2028\u00A0\u200B';
  const long = 'ж'.repeat(100_000);
  const title = {
    en: hostile + forbidden + kept,
    fr: `fr ${hostile}`,
    ru: `ru ${forbidden}`,
    ar: 'عربي ‏RTL‏',
    zh: '中文 𠜎',
    es: 'español ñ',
    de: 'Deutsch ß',
    it: long,
  };
  const budget = { amount: 1e21, currency: 'JPY' };
  const project: Project = { ...PROJECT, title, summary: title, budget, illustrative: true };
  const xml = writeIatiActivities([project], PARTNERS, {
    generatedAt: GENERATED_AT,
    reportingOrg: { ref: 'PACT-LOCAL-"quoted"&<ref>', name: { en: hostile } },
  });
  await assertValid(xml);
  assert.ok(!xml.includes('<script>'));
  const [a] = activityList(xml);
  assert.ok(a);
  assert.deepEqual(narratives(only(a, 'title')), [
    ['en', hostile + kept],
    ['fr', `fr ${hostile}`],
    ['ru', 'ru '],
    ['ar', 'عربي ‏RTL‏'],
    ['zh', '中文 𠜎'],
    ['es', 'español ñ'],
    ['de', 'Deutsch ß'],
    ['it', long],
  ]);
  assert.equal(only(a, 'reporting-org').getAttribute('ref'), 'PACT-LOCAL-"quoted"&<ref>');
  assert.equal(narratives(only(a, 'reporting-org'))[0]![1], hostile);
  // xsd:decimal has no exponent: 1e21 is written out in full.
  assert.equal(only(only(a, 'budget'), 'value').textContent, '1000000000000000000000');
  const notice = kids(a, 'description').find((d) => d.getAttribute('type') === '4');
  assert.ok(notice, 'the illustrative notice is there');
});

test('the validator rejects a broken document, so the tests above can fail', async () => {
  const xml = writeIatiActivities([PROJECT], PARTNERS, { generatedAt: GENERATED_AT });
  await assertValid(xml);
  const noIdentifier = xml.replace(/<iati-identifier>[^<]*<\/iati-identifier>/, '');
  assert.notEqual(noIdentifier, xml);
  const missing = await validate(noIdentifier);
  assert.equal(missing.valid, false);
  assert.match(missing.errors[0]!.message, /Expected is \( iati-identifier \)/);
  const badDate = await validate(xml.replace('iso-date="2024-03-01"', 'iso-date="2024-13-45"'));
  assert.equal(badDate.valid, false);
  const notWellFormed = await validate(xml.replace('Trains customs officers.', 'Tom & Jerry'));
  assert.equal(notWellFormed.valid, false);
});

test('a project that names an unknown partner, or an organization as a recipient country, is refused by name', () => {
  const write = (project: Project) => () => writeIatiActivities([project], PARTNERS, { generatedAt: GENERATED_AT });
  assert.throws(write({ ...PROJECT, donors: ['gbr', 'nowhere'] }), (e: unknown) => {
    assert.ok(e instanceof IatiMappingError);
    assert.equal(e.message, 'project prj-test-1, donors/1: no partner with id "nowhere"');
    return true;
  });
  for (const [field, project] of [
    ['accountable', { ...PROJECT, accountable: 'nowhere' }],
    ['extending', { ...PROJECT, extending: 'nowhere' }],
    ['implementer', { ...PROJECT, implementer: 'nowhere' }],
    ['beneficiaries/1', { ...PROJECT, beneficiaries: ['afg', 'nowhere'] }],
  ] satisfies [string, Project][])
    assert.throws(write(project), {
      name: 'IatiMappingError',
      message: `project prj-test-1, ${field}: no partner with id "nowhere"`,
    });
  assert.throws(write({ ...PROJECT, beneficiaries: ['afg', 'unodc'] }), {
    name: 'IatiMappingError',
    message: 'project prj-test-1, beneficiaries/1: "unodc" is not a country partner',
  });
});

test('an empty selection gives a well-formed document without activities, which the IATI schema does not accept', async () => {
  const xml = writeIatiActivities([], PARTNERS, { generatedAt: GENERATED_AT });
  assert.deepEqual(activityList(xml), []);
  assert.equal((await validate(xml)).valid, false);
  // A reader of the file is told why it is empty; a file with activities does not say so.
  assert.match(xml, /<iati-activities [^>]*>\n {2}<!-- No project matched the selection\. -->\n<\/iati-activities>/);
  const one = writeIatiActivities([PROJECT], PARTNERS, { generatedAt: GENERATED_AT });
  assert.ok(!one.includes('No project matched'));
});

test('the XML writer keeps comments well-formed and refuses names that are not XML names', () => {
  const doc = parse(xmlDocument(comment('a -- b --- c -\u0000'), el('r', { n: 1, yes: true, skip: undefined })));
  const comments: string[] = [];
  for (let n = doc.firstChild; n; n = n.nextSibling) if (n.nodeType === 8) comments.push(n.nodeValue ?? '');
  assert.deepEqual(comments, [' a - - b - - - c -  ']);
  assert.deepEqual(attrs(doc.documentElement!, 'n', 'yes', 'skip'), ['1', 'true', null]);
  assert.throws(() => el('a b'), /not an XML name/);
  assert.throws(() => el('a', { 'x"': '1' }), /not an XML name/);
});

test('the new IATI fields are optional, and the generated validators hold them to their patterns', () => {
  const { accountable: _a, extending: _e, ...withoutThem } = PROJECT;
  assert.equal(projectValidator.is(withoutThem), true);
  assert.equal(projectValidator.is({ ...PROJECT, iatiIdentifier: 'AA-AAA-123456789-prj-1' }), true);
  const spaced = projectValidator.check({ ...PROJECT, iatiIdentifier: 'AA AAA' });
  assert.equal(spaced.ok, false);
  assert.deepEqual(spaced.ok ? null : [spaced.violation.path, spaced.violation.rule], ['/iatiIdentifier', 'pattern']);
  assert.equal(partnerValidator.is(PARTNERS[5]), true);
  const badRef = partnerValidator.check({ ...PARTNERS[5], iatiOrgRef: '<ref>' });
  assert.deepEqual(badRef.ok ? null : [badRef.violation.path, badRef.violation.rule], ['/iatiOrgRef', 'pattern']);
});

test('GET /v1/projects.iati.xml: each query its own document, with every project of the query and the served pillars as vocabulary', async () => {
  const server = await startServer({ dataset: await loadDataset(), port: 0, log: false });
  try {
    const exported = async (query: string) => {
      const res = await fetch(`${server.url}/v1/projects.iati.xml?${query}`);
      assert.equal(res.status, 200, query);
      // XML, said as XML: a browser or a harvester reads it as such, in UTF-8.
      assert.equal(res.headers.get('content-type'), 'application/xml; charset=utf-8', query);
      const xml = await res.text();
      await assertValid(xml);
      return activityList(xml);
    };
    const total = async (query: string) =>
      ((await (await fetch(`${server.url}/v1/projects?${query}&limit=1`)).json()) as { total: number }).total;
    // Two queries of the same revision, one after the other: neither is served the other's document.
    for (const query of ['pillar=2', 'pillar=3', 'donor=jpn']) {
      const list = await exported(query);
      assert.equal(list.length, await total(query), query);
      assert.ok(list.length > 0, query);
      for (const a of list)
        assert.deepEqual(attrs(only(a, 'sector'), 'vocabulary', 'vocabulary-uri', 'code'), [
          '99',
          `${server.url}/v1/pillars`,
          query.startsWith('pillar=') ? query.slice(7) : only(a, 'sector').getAttribute('code'),
        ]);
    }
    assert.notEqual(await total('pillar=2'), await total('pillar=3'));
    // No filter: every project at once, not a page of them.
    assert.equal((await exported('')).length, (await loadDataset()).projects.length);
  } finally {
    await server.close();
  }
});
