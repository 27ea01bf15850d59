// The read store's queries (store/static.ts), one filter and one order at a time, on a small dataset
// made for them: each filter keeps some records and drops others, each order differs from the
// records' own order and from every other order, so that a filter ignored or an order mistaken
// gives another list. The answers are the exact ids expected. Written for the mutants a run over
// the file left (bench/README.md, "Where the api stands"); the HTTP suites judge the same store
// through the routes, with the seed dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Partner, Project, TimelineEvent } from '@pact/schema';
import { loadDataset } from '../src/load.js';
import { StaticStore } from '../src/store/static.js';
import type { Dataset } from '../src/dataset.js';
import type { EventFilter, Page, PartnerFilter, ProjectFilter } from '../src/store/store.js';

const seed = await loadDataset();
const afg = seed.partners.find((p) => p.id === 'afg')!;
const anOrg = seed.partners.find((p) => p.kind === 'organization' && !p.actionPlan)!;
const planOrg = seed.partners.find((p) => p.kind === 'organization' && p.actionPlan)!;
if (afg.kind !== 'country' || anOrg.kind !== 'organization' || planOrg.kind !== 'organization')
  throw new Error('the seed has changed: a country afg and organizations with and without an action plan role');

const country = (id: string, over: Partial<typeof afg>): Partner => ({ ...afg, id, ...over });
const org = (id: string, name: Partner['name'], over: Partial<typeof anOrg> = {}): Partner => ({
  ...anOrg,
  id,
  name,
  acronym: `ACR-${id}`,
  ...over,
});

const partners: Partner[] = [
  // Afghanistan as in the seed: priority, a member of the Paris Pact, on every opiate route.
  country('c-af', {}),
  country('c-tj', {
    name: { en: 'Tajikistan' },
    iso2: 'TJ',
    iso3: 'TJK',
    region: 'central-asia',
    priority: { ...afg.priority, value: false },
    memberships: [{ partnership: 'paris-pact', status: 'former', verified: true }],
    routes: [{ route: 'northern', role: 'transit' }],
  }),
  // Names that tell the collator's options apart: numeric ("9" before "10"), base sensitivity
  // ("eta" and "Éta" the same, so by id), the language (French names order otherwise), and an
  // English fallback (no French name).
  org('o-b', { en: 'Office 10', fr: 'Bureau 10' }),
  org(
    'o-c',
    { en: 'Office 9', fr: 'Agence 9' },
    { memberships: [{ partnership: 'paris-pact', status: 'member', verified: false }] },
  ),
  org('o-z', { en: 'eta' }),
  org('o-a', { en: 'Éta' }, { actionPlan: planOrg.actionPlan }),
];

const project = (id: string, over: Partial<Project>): Project => ({ ...seed.projects[0]!, id, ...over });
const projects: Project[] = [
  project('p-2', {
    title: { en: 'Border 2', fr: 'Zone 2' },
    start: '2012-05-01',
    budget: { amount: 500, currency: 'USD' },
    pillar: 1,
    status: 'implementation',
    donors: ['o-b'],
    implementer: 'o-c',
    beneficiaries: ['c-af'],
    illustrative: true,
  }),
  project('p-1', {
    title: { en: 'Border 10', fr: 'Alpha' },
    start: '2012-05-01',
    budget: { amount: 500, currency: 'USD' },
    pillar: 2,
    status: 'closed',
    donors: ['o-b', 'c-tj'],
    implementer: 'o-c',
    beneficiaries: ['c-tj'],
    illustrative: false,
  }),
  project('p-3', {
    title: { en: 'Airports' },
    start: '2010-01-01',
    budget: { amount: 90, currency: 'USD' },
    pillar: 1,
    status: 'implementation',
    donors: ['o-c'],
    implementer: 'o-b',
    beneficiaries: ['c-af', 'c-tj'],
    illustrative: undefined,
  }),
  project('p-4', {
    title: { en: 'Cargo' },
    start: '2015-03-01',
    budget: { amount: 5000, currency: 'EUR' },
    pillar: 3,
    status: 'pipeline',
    donors: ['o-c'],
    implementer: 'o-c',
    beneficiaries: ['c-af'],
    illustrative: true,
  }),
];

const event = (id: string, over: Partial<TimelineEvent>): TimelineEvent => ({
  ...seed.events[0]!,
  id,
  pillars: undefined,
  end: undefined,
  ...over,
});
const events: TimelineEvent[] = [
  // 2010 as a year: 2010-01-01 to 2010-12-31.
  event('e-annual', {
    title: { en: 'Annual review' },
    date: { value: '2010', precision: 'year' },
    kind: 'conference',
    partnerships: ['paris-pact'],
    pillars: [1],
  }),
  // The same first day, a shorter span: first (though its id comes after).
  event('e-day', {
    title: { en: 'Opening day' },
    date: { value: '2010-01-01', precision: 'day' },
    kind: 'decision',
    partnerships: ['osce'],
  }),
  // The same span as e-day, a smaller id: before it.
  event('e-a', {
    title: { en: 'Zeta meeting' },
    date: { value: '2010-01-01', precision: 'day' },
    kind: 'decision',
    partnerships: ['paris-pact', 'osce'],
    pillars: [2],
  }),
  // Across the turn of 2011 to 2012.
  event('e-span', {
    title: { en: 'Workshop on precursors' },
    date: { value: '2011-12-30', precision: 'day' },
    end: { value: '2012-01-02', precision: 'day' },
    kind: 'workshop',
    partnerships: ['paris-pact'],
    pillars: [1, 2],
  }),
];

const dataset: Dataset = { ...seed, partners, projects, events };
const store = new StaticStore(dataset);
const all = { limit: 100 };
const partnerIds = async (f: PartnerFilter) => (await store.listPartners(f, all)).data.map((p) => p.id);
const projectIds = async (f: ProjectFilter) => (await store.listProjects(f, all)).data.map((p) => p.id);
const eventIds = async (f: EventFilter) => (await store.listEvents(f, all)).data.map((e) => e.id);

test('partners by name in the language asked: numbers in numeric order, accents and case alike, then by id', async () => {
  assert.deepEqual(await partnerIds({ kind: 'organization' }), ['o-a', 'o-z', 'o-c', 'o-b']);
  assert.deepEqual(await partnerIds({ kind: 'organization', lang: 'en', sort: 'name' }), ['o-a', 'o-z', 'o-c', 'o-b']);
  // In French: the French names, English where there is none.
  assert.deepEqual(await partnerIds({ kind: 'organization', lang: 'fr' }), ['o-c', 'o-b', 'o-a', 'o-z']);
  assert.deepEqual(await partnerIds({ kind: 'organization', sort: '-name' }), ['o-b', 'o-c', 'o-z', 'o-a']);
  // Asked again: the same order (each language's order is kept).
  assert.deepEqual(await partnerIds({ kind: 'organization', lang: 'fr' }), ['o-c', 'o-b', 'o-a', 'o-z']);
  assert.deepEqual(await partnerIds({ kind: 'country' }), ['c-af', 'c-tj']);
});

test('each partner filter keeps exactly the partners it names', async () => {
  assert.equal((await partnerIds({})).length, 6);
  // Members only: not a former member, not a partner of another kind.
  assert.deepEqual(await partnerIds({ member: 'paris-pact' }), ['c-af', 'o-c']);
  assert.deepEqual(await partnerIds({ member: 'osce' }), []);
  assert.deepEqual(await partnerIds({ route: 'balkan' }), ['c-af']);
  assert.deepEqual(await partnerIds({ route: 'northern' }), ['c-af', 'c-tj']);
  assert.deepEqual(await partnerIds({ region: 'central-asia' }), ['c-tj']);
  // Priority is a country's: no organization is "not a priority".
  assert.deepEqual(await partnerIds({ priority: true }), ['c-af']);
  assert.deepEqual(await partnerIds({ priority: false }), ['c-tj']);
  // A role on at least one project.
  assert.deepEqual(await partnerIds({ role: 'donor' }), ['o-c', 'o-b', 'c-tj']);
  assert.deepEqual(await partnerIds({ role: 'implementer' }), ['o-c', 'o-b']);
  assert.deepEqual(await partnerIds({ role: 'beneficiary' }), ['c-af', 'c-tj']);
  assert.deepEqual(await partnerIds({ plan: planOrg.actionPlan!.role }), ['o-a']);
  assert.deepEqual(await partnerIds({ kind: 'organization', route: 'northern' }), []);
});

test('a partner search reads the name, the ISO codes, the acronym and the id, folded', async () => {
  assert.deepEqual(await partnerIds({ q: 'TAJIK' }), ['c-tj']);
  assert.deepEqual(await partnerIds({ q: 'tjk' }), ['c-tj']);
  assert.deepEqual(await partnerIds({ q: 'tj' }), ['c-tj']);
  assert.deepEqual(await partnerIds({ q: 'acr-o-b' }), ['o-b']);
  assert.deepEqual(await partnerIds({ q: 'c-af' }), ['c-af']);
  // "eta" finds both spellings, and the country whose name has it (Tajikistan does not).
  assert.deepEqual(await partnerIds({ q: 'ÉTA', kind: 'organization' }), ['o-a', 'o-z']);
  assert.deepEqual(await partnerIds({ q: 'nothing like it' }), []);
});

test('projects: newest first by default; by start, title or budget, each way, ties by id', async () => {
  assert.deepEqual(await projectIds({}), ['p-4', 'p-2', 'p-1', 'p-3']);
  assert.deepEqual(await projectIds({ sort: '-start' }), ['p-4', 'p-2', 'p-1', 'p-3']);
  assert.deepEqual(await projectIds({ sort: 'start' }), ['p-3', 'p-1', 'p-2', 'p-4']);
  assert.deepEqual(await projectIds({ sort: 'title' }), ['p-3', 'p-2', 'p-1', 'p-4']);
  assert.deepEqual(await projectIds({ sort: 'title', lang: 'fr' }), ['p-3', 'p-1', 'p-4', 'p-2']);
  assert.deepEqual(await projectIds({ sort: '-title' }), ['p-4', 'p-1', 'p-2', 'p-3']);
  // By currency, then amount, then id: EUR 5,000, then USD 90, 500 (p-1, p-2).
  assert.deepEqual(await projectIds({ sort: 'budget' }), ['p-4', 'p-3', 'p-1', 'p-2']);
  assert.deepEqual(await projectIds({ sort: '-budget' }), ['p-2', 'p-1', 'p-3', 'p-4']);
});

test('each project filter keeps exactly the projects it names', async () => {
  const sort = 'start' as const;
  assert.deepEqual(await projectIds({ sort, pillar: 1 }), ['p-3', 'p-2']);
  assert.deepEqual(await projectIds({ sort, status: 'implementation' }), ['p-3', 'p-2']);
  assert.deepEqual(await projectIds({ sort, illustrative: true }), ['p-2', 'p-4']);
  // Not illustrative: false and unsaid alike.
  assert.deepEqual(await projectIds({ sort, illustrative: false }), ['p-3', 'p-1']);
  assert.deepEqual(await projectIds({ sort, country: 'c-tj' }), ['p-3', 'p-1']);
  assert.deepEqual(await projectIds({ sort, donor: 'c-tj' }), ['p-1']);
  assert.deepEqual(await projectIds({ sort, q: 'BORDER' }), ['p-1', 'p-2']);
  assert.deepEqual(await projectIds({ sort, q: 'p-4' }), ['p-4']);
  assert.deepEqual(await projectIds({ sort, pillar: 1, country: 'c-tj' }), ['p-3']);
});

test('the timeline by first day, then last day, then id; -date the other way', async () => {
  assert.deepEqual(await eventIds({}), ['e-a', 'e-day', 'e-annual', 'e-span']);
  assert.deepEqual(await eventIds({ sort: 'date' }), ['e-a', 'e-day', 'e-annual', 'e-span']);
  assert.deepEqual(await eventIds({ sort: '-date' }), ['e-span', 'e-annual', 'e-day', 'e-a']);
});

test('each timeline filter keeps exactly the events it names; a span overlaps a period', async () => {
  assert.deepEqual(await eventIds({ partnership: 'osce' }), ['e-a', 'e-day']);
  assert.deepEqual(await eventIds({ kind: 'decision' }), ['e-a', 'e-day']);
  assert.deepEqual(await eventIds({ pillar: 1 }), ['e-annual', 'e-span']);
  assert.deepEqual(await eventIds({ pillar: 2 }), ['e-a', 'e-span']);
  // From 2010-06: what ends on or after its first day (the year 2010 does, the day of January not).
  assert.deepEqual(await eventIds({ from: '2010-06' }), ['e-annual', 'e-span']);
  assert.deepEqual(await eventIds({ from: '2010-12-31' }), ['e-annual', 'e-span']);
  assert.deepEqual(await eventIds({ from: '2012-01-02' }), ['e-span']);
  assert.deepEqual(await eventIds({ from: '2012-01-03' }), []);
  // To 2011: what begins on or before its last day.
  assert.deepEqual(await eventIds({ to: '2011' }), ['e-a', 'e-day', 'e-annual', 'e-span']);
  assert.deepEqual(await eventIds({ to: '2011-12-29' }), ['e-a', 'e-day', 'e-annual']);
  assert.deepEqual(await eventIds({ from: '2010-01-02', to: '2011-12-29' }), ['e-annual']);
  // Upcoming: its last day is today or later.
  assert.deepEqual(await eventIds({ when: 'upcoming', today: '2012-01-02' }), ['e-span']);
  assert.deepEqual(await eventIds({ when: 'past', today: '2012-01-02' }), ['e-a', 'e-day', 'e-annual']);
  assert.deepEqual(await eventIds({ when: 'upcoming', today: '2012-01-03' }), []);
  // Today without "when" filters nothing.
  assert.deepEqual(await eventIds({ today: '2012-01-02' }), ['e-a', 'e-day', 'e-annual', 'e-span']);
  // Beginning on the last day of the period counts.
  assert.deepEqual(await eventIds({ to: '2011-12-30' }), ['e-a', 'e-day', 'e-annual', 'e-span']);
  assert.deepEqual(await eventIds({ q: 'PRECURSOR' }), ['e-span']);
  assert.deepEqual(await eventIds({ q: 'e-day' }), ['e-day']);
});

test('a page starts after the sort key of the page before it, with the count of the whole list', async () => {
  const first = await store.listProjects({ sort: 'start' }, { limit: 1 });
  assert.deepEqual(first.next, ['2010-01-01', 'p-3']);
  const page = await store.listProjects({ sort: 'start' }, { after: first.next!, limit: 2 });
  assert.deepEqual(
    page.data.map((p) => p.id),
    ['p-1', 'p-2'],
  );
  assert.equal(page.total, 4);
  assert.deepEqual(page.next, ['2012-05-01', 'p-2']);
  const events = await store.listEvents({}, { limit: 3 });
  const past = await store.listEvents({}, { after: events.next!, limit: 5 });
  assert.deepEqual(
    past.data.map((e) => e.id),
    ['e-span'],
  );
  assert.equal(past.total, 4);
  assert.equal(past.next, null, 'the last page has no next key');
});

test('pages of 1, 2 and 3 in every order walk the whole list once, in its order', async () => {
  const walk = async <T extends { id: string }>(
    list: (page: { after?: readonly (string | number)[]; limit: number }) => Promise<Page<T>>,
    limit: number,
  ) => {
    const ids: string[] = [];
    let after: readonly (string | number)[] | null | undefined;
    for (let pages = 0; after !== null; pages++) {
      assert.ok(pages <= 10, 'the pages end');
      const p = await list(after ? { after, limit } : { limit });
      ids.push(...p.data.map((r) => r.id));
      after = p.next;
    }
    return ids;
  };
  for (const limit of [1, 2, 3]) {
    for (const lang of ['en', 'fr'] as const) {
      for (const sort of ['name', '-name'] as const)
        assert.deepEqual(
          await walk((page) => store.listPartners({ lang, sort }, page), limit),
          await partnerIds({ lang, sort }),
          `partners ${lang} ${sort} by ${limit}`,
        );
      for (const sort of ['start', '-start', 'title', '-title', 'budget', '-budget'] as const)
        assert.deepEqual(
          await walk((page) => store.listProjects({ lang, sort }, page), limit),
          await projectIds({ lang, sort }),
          `projects ${lang} ${sort} by ${limit}`,
        );
    }
    for (const sort of ['date', '-date'] as const)
      assert.deepEqual(
        await walk((page) => store.listEvents({ sort }, page), limit),
        await eventIds({ sort }),
        `events ${sort} by ${limit}`,
      );
  }
});

test('after a write, the next page starts past the key, wherever its record went', async () => {
  const first = await store.listProjects({ sort: 'start' }, { limit: 2 }); // p-3, p-1
  const after = first.next!;
  const next = async (changed: Project[]) =>
    (
      await new StaticStore({ ...dataset, projects: changed }).listProjects({ sort: 'start' }, { after, limit: 2 })
    ).data.map((p) => p.id);
  const early = project('p-0', { ...projects[2], start: '2001-01-01' });
  assert.deepEqual(await next([...projects, early]), ['p-2', 'p-4'], 'a project created before the cursor');
  assert.deepEqual(await next(projects.filter((p) => p.id !== 'p-3')), ['p-2', 'p-4'], 'one withdrawn before it');
  assert.deepEqual(await next(projects.filter((p) => p.id !== 'p-1')), ['p-2', 'p-4'], 'its own record withdrawn');
  const later = projects.map((p) => (p.id === 'p-1' ? { ...p, start: '2016-01-01' } : p));
  assert.deepEqual(await next(later), ['p-2', 'p-4'], 'its own record moved later');
  const descending = await store.listProjects({ sort: '-start' }, { limit: 1 }); // p-4
  assert.deepEqual(
    (
      await new StaticStore({ ...dataset, projects: projects.filter((p) => p.id !== 'p-4') }).listProjects(
        { sort: '-start' },
        { after: descending.next!, limit: 5 },
      )
    ).data.map((p) => p.id),
    ['p-2', 'p-1', 'p-3'],
    'a descending list, its first record withdrawn',
  );
  // A key cut short (made by hand: the API's have every value) starts at its values: a date alone, that day.
  const fromDay = await store.listProjects({ sort: 'start' }, { after: ['2012-05-01'], limit: 5 });
  assert.deepEqual(
    fromDay.data.map((p) => p.id),
    ['p-1', 'p-2', 'p-4'],
  );
});

test('one record by its id; an unknown id is undefined', async () => {
  assert.equal((await store.getPartner('o-c'))?.name.en, 'Office 9');
  assert.equal((await store.getProject('p-3'))?.title.en, 'Airports');
  assert.equal((await store.getEvent('e-span'))?.title.en, 'Workshop on precursors');
  assert.equal(await store.getPartner('p-3'), undefined);
  assert.equal(await store.getProject('nope'), undefined);
  assert.equal(await store.getEvent('nope'), undefined);
});

test('the revision names the dataset: the same for the same records, another when a record is added', async () => {
  const rev = await store.revision();
  assert.equal(rev, await new StaticStore(dataset).revision());
  assert.notEqual(rev, await new StaticStore({ ...dataset, projects: projects.slice(1) }).revision());
  assert.notEqual(rev, await new StaticStore({ ...dataset, partners: partners.slice(1) }).revision());
  assert.notEqual(rev, await new StaticStore({ ...dataset, meta: { ...dataset.meta, version: 'other' } }).revision());
});

test('the order does not depend on the order of the records in the dataset', async () => {
  const reversed = new StaticStore({
    ...dataset,
    partners: [...partners].reverse(),
    projects: [...projects].reverse(),
    events: [...events].reverse(),
  });
  for (const lang of ['en', 'fr'] as const) {
    for (const sort of ['name', '-name'] as const) {
      const f = { lang, sort };
      assert.deepEqual(
        (await reversed.listPartners(f, all)).data.map((p) => p.id),
        await partnerIds(f),
      );
    }
    for (const sort of ['start', '-start', 'title', '-title', 'budget', '-budget'] as const) {
      const f = { lang, sort };
      assert.deepEqual(
        (await reversed.listProjects(f, all)).data.map((p) => p.id),
        await projectIds(f),
        `${lang} ${sort}`,
      );
    }
  }
  for (const sort of ['date', '-date'] as const)
    assert.deepEqual(
      (await reversed.listEvents({ sort }, all)).data.map((e) => e.id),
      await eventIds({ sort }),
    );
});

test('the pillars with their projects counted, the partnerships with their listed members, the rest as given', async () => {
  const counts = (await store.listPillars()).map((p) => [p.number, p.projects]);
  assert.deepEqual(counts, [
    [1, { total: 2, illustrative: 1 }],
    [2, { total: 1, illustrative: 0 }],
    [3, { total: 1, illustrative: 1 }],
    [4, { total: 0, illustrative: 0 }],
  ]);
  assert.deepEqual((await store.getPillar(3))?.projects, { total: 1, illustrative: 1 });
  assert.equal((await store.getPillar(2))?.number, 2);
  // Listed: Afghanistan and o-c as members (c-tj is a former member, listed as such).
  const listed = (await store.getPartnership('paris-pact'))?.counts.filter((c) => c.basis === 'listed');
  assert.deepEqual(
    listed?.map((c) => [c.subject, c.status, c.value]),
    [
      ['countries', 'member', 1],
      ['organizations', 'member', 1],
      ['countries', 'former', 1],
    ],
  );
  assert.deepEqual(
    (await store.listPartnerships()).map((p) => p.id),
    seed.partnerships.map((p) => p.id),
  );
  assert.equal((await store.getPartnership('osce'))?.id, 'osce');
  assert.equal(await store.getPartnership('nope'), undefined);
  assert.deepEqual(await store.listRoutes(), seed.routes);
  assert.equal((await store.getRoute('balkan'))?.id, 'balkan');
  assert.equal(await store.getRoute('nope'), undefined);
  assert.deepEqual(await store.listFlows(), seed.flows);
  assert.equal(await store.countryShapes(), seed.geo);
  assert.equal((await store.meta()).version, seed.meta.version);
});
