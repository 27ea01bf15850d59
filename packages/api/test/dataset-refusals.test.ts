// What validateDataset refuses in the seed once one thing in it is broken, and in what words: the
// file, the JSON path and the reason an operator reads when the API refuses to start (or an import
// is refused). Each case breaks one thing; the message is checked whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset, DatasetError } from '@pact/api';
import { SEED_DATA_DIR, SEED_GEO_FILE } from '@pact/api/node';

type Rec = Record<string, unknown> & { id?: string };
interface Raw {
  partners: (Rec & { routes: { route: string }[] })[];
  pillars: (Rec & { number: number })[];
  routes: (Rec & { id: string; waypoints: { country: string }[]; paths: string[][]; countries: string[] })[];
  projects: (Rec & { pillar: number; routes: string[]; start: string; end: string })[];
  partnerships: Rec[];
  events: (Rec & { place?: { country?: string } })[];
  meta: unknown;
  geo: unknown;
  flows?: (Rec & { centres: string[]; networks: string[] })[];
}

const read = (f: string) => JSON.parse(readFileSync(join(SEED_DATA_DIR, f), 'utf8')) as unknown;
const seed = (): Raw => ({
  partners: read('partners.json') as Raw['partners'],
  pillars: read('pillars.json') as Raw['pillars'],
  routes: read('routes.json') as Raw['routes'],
  projects: read('projects.json') as Raw['projects'],
  partnerships: read('partnerships.json') as Raw['partnerships'],
  events: read('events.json') as Raw['events'],
  meta: read('meta.json'),
  geo: JSON.parse(readFileSync(SEED_GEO_FILE, 'utf8')) as unknown,
  flows: read('flows.json') as Raw['flows'],
});

/** The message validateDataset throws for the seed broken by `edit` (and that it is a DatasetError). */
function refusal(edit: (r: Raw) => void, geoFile?: string): string {
  const r = seed();
  edit(r);
  try {
    validateDataset(r, geoFile);
  } catch (e) {
    assert.ok(e instanceof DatasetError, String(e));
    assert.equal(e.name, 'DatasetError');
    assert.equal(e.message, `${e.file} at ${e.path || '(root)'}: ${e.reason}`);
    return e.message;
  }
  assert.fail('the broken dataset was accepted');
}

test('the seed passes, with and without its flow sets', () => {
  const r = seed();
  assert.equal(validateDataset(r).flows.length, r.flows?.length);
  delete r.flows;
  assert.deepEqual(validateDataset(r).flows, []);
});

test('a collection that is no JSON array is refused by its file name', () => {
  for (const key of ['partners', 'pillars', 'routes', 'projects', 'partnerships', 'events'] as const)
    assert.equal(
      refusal((r) => ((r as unknown as Record<string, unknown>)[key] = { [key]: [] })),
      `${key}.json at (root): must be a JSON array`,
    );
  assert.equal(
    refusal((r) => (r.flows = {} as unknown as Raw['flows'])),
    'flows.json at (root): must be a JSON array',
  );
});

test('a record that breaks its schema: its file and index, the path inside it, the rule', () => {
  assert.match(
    refusal((r) => (r.pillars[2] = { ...r.pillars[2], number: 7 })),
    /^pillars\.json at \/2\/number: .* \(rule: [a-z]+\)$/,
  );
  assert.match(
    refusal((r) => (r.meta = [])),
    /^meta\.json at \(root\): .* \(rule: type\)$/,
  );
  assert.match(
    refusal((r) => (r.geo = { type: 'Topology' })),
    /^geo\/countries\.json at \(root\): .* \(rule: required\)$/,
  );
  assert.match(
    refusal((r) => (r.geo = { type: 'Topology' }), 'data/world.json'),
    /^data\/world\.json at /,
  );
});

test('a duplicate id names the file and the second record', () => {
  assert.equal(
    refusal((r) => r.partners.push(r.partners[1]!)),
    `partners.json at /${seed().partners.length}/id: duplicate id "${seed().partners[1]!.id}"`,
  );
  assert.equal(
    refusal((r) => r.pillars.push(r.pillars[0]!)),
    'pillars.json at /4/id: duplicate id "1"',
  );
  assert.equal(
    refusal((r) => r.routes.push(r.routes[2]!)),
    'routes.json at /3/id: duplicate id "southern"',
  );
  assert.equal(
    refusal((r) => r.projects.splice(3, 0, r.projects[1]!)),
    'projects.json at /3/id: duplicate id "prj-0002"',
  );
});

test("a partner's route, a route's countries and waypoints must exist", () => {
  // Without the southern route, Afghanistan (the first partner) names it third.
  assert.equal(
    refusal((r) => (r.routes = r.routes.filter((x) => x.id !== 'southern'))),
    'partners.json at /0/routes/2/route: route "southern" is not in routes.json',
  );
  assert.equal(
    refusal((r) => (r.routes[0]!.waypoints[1]!.country = 'zzz')),
    'routes.json at /0/waypoints/1/country: country "zzz" is not a partner id in partners.json',
  );
  assert.equal(
    refusal((r) => (r.routes[1]!.countries[2] = 'zzz')),
    'routes.json at /1/countries/2: country "zzz" is not a partner id in partners.json',
  );
  assert.equal(
    refusal((r) => (r.routes[0]!.paths[0]![1] = 'atlantis')),
    'routes.json at /0/paths/0/1: waypoint "atlantis" is not in this route\'s waypoints',
  );
});

test("a project's pillar, partners and routes must exist, and it cannot end before it starts", () => {
  const seeded = seed().projects;
  const fourth = seeded.findIndex((p) => p.pillar === 4);
  assert.equal(
    refusal((r) => {
      r.pillars = r.pillars.filter((p) => p.number !== 4);
      // The timeline names pillars too: only the projects' check is at stake here.
      for (const e of r.events) delete e['pillars'];
    }),
    `projects.json at /${fourth}/pillar: pillar 4 is not in pillars.json`,
  );
  const named = (field: string, what: string, at = '') =>
    assert.equal(
      refusal((r) => (r.projects[0]![field] = at ? ['nobody'] : 'nobody')),
      `projects.json at /0/${field}${at}: ${what} "nobody" is not a partner id in partners.json`,
    );
  named('donors', 'donor', '/0');
  named('beneficiaries', 'beneficiary', '/0');
  named('implementer', 'implementer');
  named('accountable', 'accountable');
  named('extending', 'extending');
  // The southern route gone, and with it every partner's part in it: the projects still name it.
  const southern = seeded.findIndex((p) => p.routes.includes('southern'));
  assert.equal(
    refusal((r) => {
      r.routes = r.routes.filter((x) => x.id !== 'southern');
      for (const p of r.partners) p.routes = p.routes.filter((x) => x.route !== 'southern');
    }),
    `projects.json at /${southern}/routes/${seeded[southern]!.routes.indexOf('southern')}: route "southern" is not in routes.json`,
  );
  assert.equal(
    refusal((r) => (r.projects[0]!.end = '2022-12-31')),
    `projects.json at /0/end: ends (2022-12-31) before it starts (${seeded[0]!.start})`,
  );
  // Ending the day it starts is allowed.
  const sameDay = seed();
  sameDay.projects[0]!.end = sameDay.projects[0]!.start;
  assert.equal(validateDataset(sameDay).projects[0]?.end, seeded[0]!.start);
});

test('the partnerships and the timeline are checked with their own file names', () => {
  assert.equal(
    refusal((r) => r.partnerships.push(r.partnerships[0]!)),
    `partnerships.json at /${seed().partnerships.length}/id: duplicate id "${seed().partnerships[0]!.id}"`,
  );
  const at = seed().events.findIndex((e) => e.place?.country !== undefined);
  assert.equal(
    refusal((r) => (r.events[at]!.place!.country = 'zzz')),
    `events.json at /${at}/place/country: "zzz" is not a partner id in partners.json`,
  );
});

test("a flow set's centres and networks must be organizations in that part of the plan", () => {
  const flows = seed().flows!;
  // A network standing as a centre, a centre as a network, a country, an unknown id.
  assert.equal(
    refusal((r) => (r.flows![0]!.centres[1] = flows[0]!.networks[0]!)),
    `flows.json at /0/centres/1: "${flows[0]!.networks[0]}" is not an organization in partners.json whose actionPlan role is a centre`,
  );
  assert.equal(
    refusal((r) => (r.flows![0]!.networks[2] = flows[0]!.centres[0]!)),
    `flows.json at /0/networks/2: "${flows[0]!.centres[0]}" is not an organization in partners.json whose actionPlan role is network`,
  );
  assert.equal(
    refusal((r) => (r.flows![0]!.networks[0] = 'afg')),
    'flows.json at /0/networks/0: "afg" is not an organization in partners.json whose actionPlan role is network',
  );
  assert.equal(
    refusal((r) => (r.flows![0]!.centres[0] = 'nobody')),
    'flows.json at /0/centres/0: "nobody" is not an organization in partners.json whose actionPlan role is a centre',
  );
});

type Dated = { value: string; precision: string };
const partnership = (r: Raw, i: number) =>
  r.partnerships[i] as Rec & { founded: { date: Dated; by: Rec[] }; counts: Rec[] };
const event = (r: Raw, i: number) =>
  r.events[i] as Raw['events'][number] & { date: Dated; end?: Dated; organizers?: Rec[]; pillars?: number[] };

test("a partnership's founding date, founders and counts", () => {
  assert.equal(
    refusal((r) => (partnership(r, 0).founded.date = { value: '2003-05', precision: 'year' })),
    'partnerships.json at /0/founded/date: "2003-05" does not have the form of precision "year" (YYYY-MM-DD, YYYY-MM or YYYY)',
  );
  assert.equal(
    refusal((r) => (partnership(r, 1).founded.date = { value: '1971-02-30', precision: 'day' })),
    'partnerships.json at /1/founded/date: "1971-02-30" is not a date of the calendar',
  );
  assert.equal(
    refusal((r) => (partnership(r, 0).founded.by[1] = { partner: 'zzz' })),
    'partnerships.json at /0/founded/by/1/partner: "zzz" is not a partner id in partners.json',
  );
  assert.equal(
    refusal((r) => (partnership(r, 0).founded.by[0] = {})),
    'partnerships.json at /0/founded/by/0: names neither a partner nor a body',
  );
  assert.equal(
    refusal((r) => (partnership(r, 0).counts[0]!['basis'] = 'listed')),
    'partnerships.json at /0/counts/0/basis: only stated counts are stored: the API counts the listed ones from partners.json',
  );
  assert.equal(
    refusal((r) => delete partnership(r, 0).counts[0]!['source']),
    'partnerships.json at /0/counts/0/source: a stated count needs its source',
  );
});

test("an event's dates, organizers and pillars", () => {
  assert.equal(
    refusal((r) => r.events.push(r.events[2]!)),
    `events.json at /${seed().events.length}/id: duplicate id "${seed().events[2]!.id}"`,
  );
  assert.equal(
    refusal((r) => (event(r, 0).date = { value: '1980', precision: 'day' })),
    'events.json at /0/date: "1980" does not have the form of precision "day" (YYYY-MM-DD, YYYY-MM or YYYY)',
  );
  const ends = seed().events.findIndex((e) => e['end'] !== undefined);
  const start = (event(seed(), ends).date as Dated).value;
  assert.equal(
    refusal((r) => (event(r, ends).end = { value: '2006-06-31', precision: 'day' })),
    `events.json at /${ends}/end: "2006-06-31" is not a date of the calendar`,
  );
  assert.equal(
    refusal((r) => (event(r, ends).end = { value: '1999-01-01', precision: 'day' })),
    `events.json at /${ends}/end: (1999-01-01) comes before the date (${start})`,
  );
  assert.equal(
    refusal((r) => (event(r, 0).organizers = [{ name: { en: 'A body' } }, { partner: 'zzz' }])),
    'events.json at /0/organizers/1/partner: "zzz" is not a partner id in partners.json',
  );
  assert.equal(
    refusal((r) => (event(r, 0).organizers = [{}])),
    'events.json at /0/organizers/0: names neither a partner nor a body',
  );
  // Pillar 3 gone (with the projects under it): an event that names it first.
  const third = seed().events.findIndex((e) => (e['pillars'] as number[] | undefined)?.includes(3));
  assert.equal(
    refusal((r) => {
      r.pillars = r.pillars.filter((p) => p.number !== 3);
      r.projects = r.projects.filter((p) => p.pillar !== 3);
      event(r, third).pillars = [3, 1];
    }),
    `events.json at /${third}/pillars/0: pillar 3 is not in pillars.json`,
  );
});
