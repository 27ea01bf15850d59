// The facts of issue 13 in the committed dataset: routes in order from Afghanistan (walked here
// against the seed's table of land borders and sea legs), country names instead of codes, the
// meetings before the Vienna Declaration, the priority flags and the centres; and the seed's check
// refusing each of them when it comes back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CountryPartner, Meta, Partner, Pillar, Route, TimelineEvent } from '@pact/schema';
import { DATA_DIR, writeDataset } from '../seed/assemble.js';
import { SeedError, type Dataset } from '../seed/check.js';
import { checkFacts } from '../seed/facts.js';
import { missingMeeting } from '../seed/content-facts.js';
import { LAND_BORDERS, SEA_LEGS } from '../seed/tables/route-geography.js';

const read = <T>(name: string): T => JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as T;
function dataset(): Dataset {
  return {
    partners: read('partners.json'),
    pillars: read('pillars.json'),
    routes: read('routes.json'),
    projects: read('projects.json'),
    partnerships: read('partnerships.json'),
    events: read('events.json'),
    meta: read('meta.json'),
  } as Dataset;
}
const routes = read<Route[]>('routes.json');
const partners = read<Partner[]>('partners.json');
const countries = partners.filter((p): p is CountryPartner => p.kind === 'country');

/** "land", the sea's name, or undefined: how the seed's table joins two countries. */
function join2(a: string, b: string): string | undefined {
  const is = ([x, y]: readonly [string, string]) => (x === a && y === b) || (x === b && y === a);
  if (LAND_BORDERS.some(is)) return 'land';
  return SEA_LEGS.find(([x, y]) => is([x, y]))?.[2];
}

/** The refusal of a dataset changed by `edit`: the SeedError's record and path, nothing written. */
function refusal(edit: (d: Dataset) => void): { record: string; path: string; reason: string } {
  const data = dataset();
  edit(data);
  const dir = mkdtempSync(join(tmpdir(), 'pact-facts-'));
  try {
    let caught: unknown;
    try {
      writeDataset(data, join(dir, 'out'));
    } catch (error) {
      caught = error;
    }
    assert.ok(caught instanceof SeedError, `refused with a SeedError, got ${String(caught)}`);
    assert.deepEqual(readdirSync(dir), [], 'nothing written');
    return { record: caught.record, path: caught.path, reason: caught.reason };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('each drawn line walks from Afghanistan through neighbouring countries or named sea legs', () => {
  for (const route of routes) {
    const countryOf = new Map(route.waypoints.map((w) => [w.id, w.country]));
    for (const path of route.paths) {
      const start = path[0] ?? '';
      assert.ok(
        countryOf.get(start) === 'afg' || route.paths.some((p) => p !== path && p.slice(1).includes(start)),
        `${route.id}: the line from ${start} starts in Afghanistan or on another line`,
      );
      for (let i = 1; i < path.length; i++) {
        const [a, b] = [countryOf.get(path[i - 1] ?? ''), countryOf.get(path[i] ?? '')];
        assert.ok(a && b, `${route.id}: ${path[i - 1]} and ${path[i]} are waypoints`);
        if (a !== b) assert.ok(join2(a, b), `${route.id}: ${a} -> ${b} is a land border or a named sea leg`);
      }
    }
  }
});

test('the countries of each route are stored in order from Afghanistan: each next to one before it', () => {
  for (const route of routes) {
    assert.equal(route.countries[0], 'afg', route.id);
    route.countries.forEach((c, i) => {
      if (i === 0) return;
      const before = route.countries.slice(0, i);
      assert.ok(
        before.some((b) => join2(b, c)),
        `${route.id}: ${c} (#${i + 1}) borders one of ${before.join(' ')}`,
      );
    });
    // And the waypoints: none before a point that leads to it.
    const index = new Map(route.waypoints.map((w, i) => [w.id, i]));
    for (const path of route.paths) {
      for (let i = 1; i < path.length; i++) {
        assert.ok(
          (index.get(path[i - 1] ?? '') ?? -1) < (index.get(path[i] ?? '') ?? -1),
          `${route.id}: ${path[i - 1]} before ${path[i]}`,
        );
      }
    }
  }
  const at = (id: string, c: string) => routes.find((r) => r.id === id)?.countries.indexOf(c) ?? -1;
  assert.ok(at('balkan', 'pak') < at('balkan', 'tur') && at('balkan', 'pak') < at('balkan', 'nld'));
  assert.ok(at('northern', 'rus') > at('northern', 'uzb') && at('northern', 'rus') > at('northern', 'tkm'));
  assert.ok(at('southern', 'omn') > at('southern', 'irn'));
});

test('the seed refuses a route out of order and a step between countries that do not touch', () => {
  const moved = refusal((d) => {
    const balkan = d.routes.find((r) => r.id === 'balkan');
    assert.ok(balkan);
    // Italy second: no country before it touches it.
    balkan.countries = ['afg', 'ita', ...balkan.countries.filter((c) => c !== 'afg' && c !== 'ita')];
  });
  assert.deepEqual([moved.record, moved.path], ['balkan', '/countries/1']);
  const jump = refusal((d) => {
    const northern = d.routes.find((r) => r.id === 'northern');
    const path = northern?.paths.find((p) => p.includes('aktobe'));
    assert.ok(path);
    path.splice(path.indexOf('aktobe'), 1); // Turkmenistan straight to Russia
  });
  assert.equal(jump.record, 'northern');
  assert.match(jump.reason, /tkm and rus share no land border and no named sea leg/);
});

test('route and pillar summaries name countries in every language; the seed refuses a code', () => {
  const codes = new Set(countries.map((c) => c.iso2));
  const texts = [
    ...routes.flatMap((r) => Object.values(r.summary)),
    ...read<Pillar[]>('pillars.json').flatMap((p) => Object.values(p.summary)),
  ];
  for (const text of texts) {
    const coded = (text.match(/\b[A-Z]{2}\b/g) ?? []).filter((c: string) => codes.has(c));
    assert.deepEqual(coded, [], text);
  }
  const balkan = routes.find((r) => r.id === 'balkan');
  for (const lang of ['en', 'fr', 'ru'] as const) assert.ok(balkan?.summary[lang], lang);
  assert.match(balkan?.summary.en ?? '', /southern \(Greece, Albania, Italy\)/);
  assert.match(balkan?.summary.fr ?? '', /sud \(Grèce, Albanie, Italie\)/);
  assert.match(balkan?.summary.ru ?? '', /южное \(Греция, Албания, Италия\)/);
  const r = refusal((d) => {
    const b = d.routes.find((x) => x.id === 'balkan');
    if (b?.summary.fr) b.summary.fr = b.summary.fr.replace('Grèce, Albanie, Italie', 'GR, AL, IT');
  });
  assert.deepEqual([r.record, r.path], ['balkan', '/summary/fr']);
});

test('no pillar summary calls the 2009-2011 meetings pillar working groups, in any language', () => {
  const pillars = read<Pillar[]>('pillars.json');
  const two = pillars.find((p) => p.number === 2);
  const three = pillars.find((p) => p.number === 3);
  assert.match(two?.summary.en ?? '', /Before the Vienna Declaration \(2012\), a technical working group .*Tashkent/);
  assert.match(three?.summary.fr ?? '', /Avant la Déclaration de Vienne \(2012\), des groupes de travail d'experts/);
  assert.match(three?.summary.ru ?? '', /До принятия Венской декларации \(2012 год\)/);
  const r = refusal((d) => {
    const p = d.pillars.find((x) => x.number === 3);
    if (p) p.summary.ru = 'Рабочая группа экспертов по этому направлению собиралась в Нью-Дели в 2011 году.';
  });
  assert.deepEqual([r.record, r.path], ['3', '/summary/ru']);
});

test('priority flags: high only for the origin and Central Asian transit countries, each with its basis', () => {
  const flag = (id: string) => countries.find((c) => c.id === id)?.priority;
  const high = countries.filter((c) => c.priority.confidence === 'high').map((c) => c.id);
  assert.deepEqual(high.sort(), ['afg', 'irn', 'kaz', 'kgz', 'pak', 'tjk', 'tkm', 'uzb']);
  for (const id of ['bgr', 'hrv', 'rou', 'tur', 'arm'])
    assert.deepEqual([flag(id)?.value, flag(id)?.confidence], [true, 'medium'], id);
  for (const id of ['grc', 'mda', 'rus', 'ukr', 'omn', 'ind'])
    assert.deepEqual([flag(id)?.value, flag(id)?.confidence], [null, 'low'], id);
  // Oman and Israel are in West Asia (M49): their basis no longer says "outside West Asia".
  assert.doesNotMatch(flag('isr')?.basis ?? '', /outside West/);
  assert.match(flag('isr')?.basis ?? '', /West Asia by the UN M49 grouping/);
  for (const c of countries) {
    assert.ok(c.priority.basis.length > 40, `${c.id}: a basis that says what the flag rests on`);
    assert.equal(c.priority.value === null, c.priority.confidence === 'low', `${c.id}: unknown exactly when low`);
  }
  const meta = read<Meta>('meta.json');
  const unverified = new Set(meta.unverified.filter((u) => u.field === '/priority').map((u) => u.record));
  for (const c of countries) assert.equal(unverified.has(`partners/${c.id}`), c.priority.confidence !== 'high', c.id);
});

test('counts: 23 Paris Pact organizations, with the caveat that the UNODC page states 22', () => {
  const orgs = partners.filter(
    (p) => p.kind === 'organization' && p.memberships.some((m) => m.partnership === 'paris-pact'),
  );
  assert.equal(orgs.length, 23);
  assert.ok(orgs.some((o) => o.id === 'eag') && orgs.some((o) => o.id === 'gcc-ciccd'));
  const caveats = read<Meta>('meta.json').caveats;
  assert.ok(caveats.some((c) => /states 58 partner countries and 22 organizations .* lists 23/.test(c)));
});

test('Russian names: the Holy See and Türkiye as the UN writes them; the nine organizations named, unofficial ones marked', () => {
  const ru = (id: string) => partners.find((p) => p.id === id)?.name.ru;
  assert.equal(ru('vat'), 'Святейший Престол');
  assert.equal(ru('tur'), 'Турция');
  for (const id of ['aircop', 'ameripol', 'carin', 'ceclad-m', 'gcc-ciccd', 'jiatf-s', 'maoc-n', 'selec', 'star']) {
    const p = partners.find((x) => x.id === id);
    assert.ok(p?.name.ru, `${id} has a Russian name`);
    assert.equal(p.unofficialNames?.includes('ru') ?? false, id !== 'selec', `${id}: unofficial mark`);
  }
  assert.equal(ru('selec'), 'Центр по правоприменению в Юго-Восточной Европе');
  const unverified = read<Meta>('meta.json').unverified;
  for (const p of partners) {
    for (const lang of p.unofficialNames ?? []) {
      assert.ok(p.name[lang], `${p.id}: an unofficial ${lang} name exists`);
      assert.ok(
        unverified.some((u) => u.record === `partners/${p.id}` && u.field === `/name/${lang}`),
        p.id,
      );
    }
  }
});

test('the seed refuses a cocaine centre on an opiate route', () => {
  const r = refusal((d) => {
    const maoc = d.partners.find((p) => p.id === 'maoc-n');
    maoc?.routes.push({ route: 'balkan', role: 'coordination' });
  });
  assert.deepEqual([r.record, r.path], ['maoc-n', '/routes']);
  assert.doesNotThrow(() => checkFacts(dataset()));
});

test('the timeline: no pillar before the Vienna Declaration, Russian marked as translated, approximate dates explained', () => {
  const events = read<TimelineEvent[]>('events.json');
  for (const e of events) {
    if (e.date.value < '2012-02-16'.slice(0, e.date.value.length)) assert.equal(e.pillars, undefined, e.id);
    if (e.title.ru) assert.ok(e.unofficialTranslations?.includes('ru'), `${e.id}: Russian is a translation`);
    if (e.date.precision !== 'day') assert.ok(e.note?.en, `${e.id}: says why its date is approximate`);
    assert.ok(e.sources.length > 0, e.id);
  }
  const early = (d: Dataset) =>
    d.events.find((e) => e.id === '2009-11-tashkent-technical-working-group-financial-flows')!;
  assert.deepEqual(
    refusal((d) => (early(d).pillars = [2])),
    {
      record: '2009-11-tashkent-technical-working-group-financial-flows',
      path: '/pillars',
      reason: 'dated 2009-11-02, before the Vienna Declaration and its pillars',
    },
  );
  assert.equal(refusal((d) => (early(d).summary.fr = 'Un groupe du pilier II.')).path, '/summary/fr');
  assert.equal(refusal((d) => delete early(d).unofficialTranslations).path, '/unofficialTranslations');
  const approximate = (d: Dataset) => d.events.find((e) => e.id === '2003-05-paris-ministerial-conference')!;
  assert.equal(refusal((d) => delete approximate(d).note).path, '/note');
});

test('a stated member count that differs from the listed records carries a note; every reference meeting is on the timeline', () => {
  const organizations = (d: Dataset) =>
    d.partnerships.find((p) => p.id === 'paris-pact')!.counts.find((c) => c.subject === 'organizations')!;
  assert.deepEqual(
    refusal((d) => delete organizations(d).note),
    {
      record: 'paris-pact',
      path: '/counts/2/note',
      reason: 'states 22 organizations where the dataset lists 23: the note must say so',
    },
  );
  const events = read<TimelineEvent[]>('events.json');
  assert.equal(
    missingMeeting(events, [{ date_start: '2011-11-14', date_end: '2011-11-15' }, { date: '2003-05' }]),
    null,
  );
  assert.deepEqual(missingMeeting(events, [{ name: 'x', date_start: '2011-11-14', date_end: '2011-11-16' }]), {
    name: 'x',
    date_start: '2011-11-14',
    date_end: '2011-11-16',
  });
});
