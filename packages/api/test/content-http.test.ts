// The partnerships and the timeline over real HTTP, on the static dataset and on the database
// (PGlite, and PostgreSQL when it is there): filters with exact counts where filtered and unfiltered
// answers differ, `when=` read against an injected clock, paging, 400 problems naming the parameter,
// 404s, ETag/304, the listed member counts following the partner records, and .ics files parsed back
// with a real iCalendar parser (ical.js).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import type { EventPage, MemberCount, Partnership, PartnershipList, Problem, TimelineEvent } from '@pact/schema';
import { loadDataset } from '../src/load.js';
import { startServer, type RunningServer } from '../src/server.js';
import { SqlStore } from '../src/store/sql.js';
import type { PactDatabase } from '../src/db/index.js';
import { accounts, backends } from './db/support.js';

const seed = await loadDataset();
/** The server's clock in these tests: the day the Sofia expert working group opened. */
let today = new Date('2023-06-13T09:00:00Z');
const now = () => today;

interface Backend {
  name: string;
  start(): Promise<{ server: RunningServer; db?: PactDatabase }>;
}
const BACKENDS: Backend[] = [
  { name: 'static', start: async () => ({ server: await startServer({ dataset: seed, port: 0, log: false, now }) }) },
  ...(await backends()).map((b) => ({
    name: b.name,
    start: async () => {
      const db = await b.open();
      return { db, server: await startServer({ dataset: new SqlStore(db, 0), port: 0, log: false, now }) };
    },
  })),
];

for (const backend of BACKENDS) {
  describe(`partnerships and events over HTTP (${backend.name})`, () => {
    let server: RunningServer;
    let db: PactDatabase | undefined;
    before(async () => ({ server, db } = await backend.start()));
    after(async () => {
      await server?.close();
      await db?.close();
    });
    const get = (path: string, headers: Record<string, string> = {}) => fetch(server.url + path, { headers });
    const json = async <T>(path: string): Promise<T> => {
      const res = await get(path);
      assert.equal(res.status, 200, path);
      return (await res.json()) as T;
    };
    const ids = async (query: string) => (await json<EventPage>(`/v1/events?limit=200&${query}`)).data.map((e) => e.id);
    const total = async (query: string) => (await json<EventPage>(`/v1/events?${query}`)).total;
    const problem = async (path: string, status: number) => {
      const res = await get(path);
      assert.equal(res.status, status, path);
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
      return (await res.json()) as Problem;
    };

    test('the three partnerships, each with its stated counts and the counts listed from the partner records', async () => {
      const { data } = await json<PartnershipList>('/v1/partnerships');
      assert.deepEqual(
        data.map((p) => p.id),
        ['paris-pact', 'pompidou-group', 'osce'],
      );
      const count = (p: Partnership, f: (c: MemberCount) => boolean) => p.counts.filter(f).map((c) => c.value);
      const pp = data[0]!;
      // The caveat a reader sees: 22 organizations stated by UNODC's page, 23 listed by name.
      assert.deepEqual(
        count(pp, (c) => c.basis === 'stated' && c.subject === 'organizations'),
        [22],
      );
      assert.deepEqual(
        count(pp, (c) => c.basis === 'listed' && c.subject === 'organizations'),
        [23],
      );
      assert.deepEqual(
        count(pp, (c) => c.basis === 'listed' && c.subject === 'countries'),
        [58],
      );
      const pompidou = data[1]!;
      assert.deepEqual(
        count(pompidou, (c) => c.basis === 'stated'),
        [41],
      );
      const listed = (status: string, verified: boolean) =>
        seed.partners.filter((r) =>
          r.memberships.some(
            (m) => m.partnership === 'pompidou-group' && m.status === status && m.verified === verified,
          ),
        ).length;
      const confirmed = pompidou.counts.find((c) => c.basis === 'listed' && c.status === 'member' && c.verified);
      const unconfirmed = pompidou.counts.find((c) => c.basis === 'listed' && c.status === 'member' && !c.verified);
      const possible = pompidou.counts.find((c) => c.basis === 'listed' && c.status === 'possible');
      assert.equal(confirmed?.value, listed('member', true));
      assert.equal(unconfirmed?.value, listed('member', false));
      assert.equal(possible?.value, listed('possible', false));
      assert.equal(possible?.confidence, 'low');
      assert.notEqual(confirmed!.value + unconfirmed!.value, 41, 'the listed members differ from the stated 41');
      for (const p of data) for (const c of p.counts.filter((x) => x.basis === 'stated')) assert.ok(c.source?.title);
      assert.deepEqual(await json<Partnership>('/v1/partnerships/pompidou-group'), pompidou);
    });

    test('an unknown partnership is a 404 naming the ids; a query parameter on a record is a 400 naming it', async () => {
      const p = await problem('/v1/partnerships/g8', 404);
      assert.match(p.detail ?? '', /"g8".*paris-pact, pompidou-group, osce/);
      const bad = await problem('/v1/partnerships/osce?lang=fr', 400);
      assert.equal(bad.errors?.[0]?.param, 'lang');
      assert.equal((await problem('/v1/partnerships?limit=5', 400)).errors?.[0]?.param, 'limit');
    });

    test('the timeline is sorted by date, and each filter gives its exact count', async () => {
      const all = await json<EventPage>('/v1/events?limit=200');
      assert.equal(all.total, seed.events.length);
      assert.equal(all.next, null);
      const starts = all.data.map((e) => e.date.value);
      assert.deepEqual(starts, [...starts].sort(), 'oldest first');
      assert.equal(all.data[0]?.id, '1980-03-pompidou-group-partial-agreement');
      assert.deepEqual(
        (await ids('sort=-date')).reverse(),
        all.data.map((e) => e.id),
      );
      assert.deepEqual(await ids('partnership=osce'), [
        '2006-09-adam-polis-workshop',
        '2006-10-osce-expert-workshop-illicit-drugs',
        '2006-12-osce-pc-decision-758',
      ]);
      assert.equal(await total('partnership=pompidou-group'), 2);
      assert.equal(await total('kind=policy-consultative-group-meeting'), 6);
      assert.equal(await total('kind=policy-consultative-group-meeting&partnership=osce'), 0);
      assert.equal(await total('pillar=3'), 3, 'the tri-fold EWG of 2015 and the two precursors EWGs of 2022–2023');
      assert.equal(await total('q=VIENNA'), 1);
      assert.ok((await total('partnership=paris-pact')) < all.total);
    });

    test('from and to keep the events whose days meet the span, at every precision', async () => {
      assert.deepEqual(await ids('from=2006&to=2006'), [
        '2006-06-moscow-ministerial-conference',
        '2006-09-adam-polis-workshop',
        '2006-10-osce-expert-workshop-illicit-drugs',
        '2006-12-osce-pc-decision-758',
      ]);
      // Phase IV (2013–2016, known to the year) meets March 2013, as does the 10th PCGM of 7 March.
      assert.deepEqual(await ids('from=2013-03&to=2013-03'), ['2013-paris-pact-phase-iv', '2013-03-pcgm-10']);
      // A day inside an event of several days finds it.
      assert.deepEqual(await ids('from=2006-06-27&to=2006-06-27'), ['2006-06-moscow-ministerial-conference']);
      assert.equal(await total('from=2024'), 0);
      assert.equal(await total('to=1979-12-31'), 0);
    });

    test('when=upcoming and when=past follow the server clock', async () => {
      today = new Date('2023-06-13T09:00:00Z');
      const upcoming = await ids('when=upcoming');
      assert.deepEqual(upcoming, [
        '2023-ewg-pillar-4', // known only to the year: its last day is 31 December
        '2023-06-sofia-ewg-precursors', // on now
        '2023-09-ewg-illicit-financial-flows',
        '2023-12-pcgm-17',
      ]);
      assert.equal(await total('when=past'), seed.events.length - upcoming.length);
      today = new Date('2023-06-15T00:00:00Z');
      assert.equal((await ids('when=upcoming')).includes('2023-06-sofia-ewg-precursors'), false);
      today = new Date('2030-01-01T00:00:00Z');
      assert.equal(await total('when=upcoming'), 0);
      assert.equal(await total('when=past'), seed.events.length);
      today = new Date('2023-06-13T09:00:00Z');
    });

    test('pages follow each other without gaps or repeats', async () => {
      const seen: string[] = [];
      let next: string | null = '';
      while (next !== null) {
        const page: EventPage = await json<EventPage>(`/v1/events?limit=7${next ? `&cursor=${next}` : ''}`);
        assert.ok(page.data.length <= 7);
        seen.push(...page.data.map((e) => e.id));
        next = page.next;
      }
      assert.deepEqual(seen, await ids(''));
    });

    test('bad and hostile parameters are 400 problems naming the parameter', async () => {
      const cases: [string, string, RegExp][] = [
        ['kind=party', 'kind', /not one of conference, decision/],
        ['partnership=g8', 'partnership', /not one of paris-pact/],
        ['when=soon', 'when', /not one of past, upcoming/],
        ['from=2006-13', 'from', /not a date/],
        ['to=2006-02-30', 'to', /not a date/],
        ['from=2006-06-26T00:00:00Z', 'from', /not a date/],
        ['from=%00', 'from', /not a date/],
        ['pillar=5', 'pillar', /not one of 1, 2, 3, 4/],
        [`q=${'x'.repeat(201)}`, 'q', /longer than 200/],
        ['lang=fr', 'lang', /unknown parameter/],
        ['kind=decision&kind=workshop', 'kind', /more than once/],
        ['cursor=not-a-cursor', 'cursor', /not a cursor/],
      ];
      for (const [query, param, message] of cases) {
        const p = await problem(`/v1/events?${query}`, 400);
        assert.equal(p.errors?.[0]?.param, param, query);
        assert.match(p.errors?.[0]?.message ?? '', message, query);
      }
      const kinds = await problem('/v1/events?kind=party', 400);
      assert.ok(kinds.errors?.[0]?.allowed?.includes('policy-consultative-group-meeting'));
    });

    test('an unknown event is a 404, and ids that are not ids change nothing', async () => {
      for (const id of ['nope', '..%2Fmeta', '%3Cscript%3E', 'x'.repeat(300)]) {
        const p = await problem(`/v1/events/${id}`, 404);
        assert.ok((p.detail ?? '').length < 400);
      }
      const one = await json<TimelineEvent>('/v1/events/2012-02-vienna-declaration');
      assert.equal(one.date.value, '2012-02-16');
      assert.equal(await total(''), seed.events.length);
    });

    test('the lists answer 304 to their ETag', async () => {
      for (const path of ['/v1/partnerships', '/v1/events?partnership=osce', '/v1/events?when=past']) {
        const first = await get(path);
        const etag = first.headers.get('etag');
        assert.ok(etag, path);
        await first.body?.cancel();
        const again = await get(path, { 'If-None-Match': etag });
        assert.equal(again.status, 304, path);
        await again.body?.cancel();
      }
    });

    test('each event and each language is a calendar file of its own', async () => {
      const summary = async (path: string) => {
        const res = await get(path);
        assert.equal(res.status, 200, path);
        return new ICAL.Event(new ICAL.Component(ICAL.parse(await res.text())).getFirstSubcomponent('vevent')!).summary;
      };
      const moscow = '/v1/events/2006-06-moscow-ministerial-conference.ics';
      const fr = await summary(`${moscow}?lang=fr`);
      const en = await summary(moscow);
      const ru = await summary(`${moscow}?lang=ru`);
      const vienna = await summary('/v1/events/2012-02-vienna-declaration.ics');
      assert.equal(new Set([fr, en, ru, vienna]).size, 4, [fr, en, ru, vienna].join(' | '));
      assert.match(en, /Moscow/);
      assert.match(ru, /[а-я]/);
      assert.match(vienna, /Vienna/);
    });

    test('an event known to the day is an iCalendar file that a parser reads back', async () => {
      const res = await get('/v1/events/2006-06-moscow-ministerial-conference.ics?lang=fr');
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
      const text = await res.text();
      assert.ok(text.endsWith('\r\n'));
      assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/, 'every line ends with CRLF');
      for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `${line} is over 75 octets`);
      const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
      assert.ok(vevent);
      const event = new ICAL.Event(vevent);
      assert.equal(event.uid, '2006-06-moscow-ministerial-conference@pact-embed.org');
      assert.equal(event.startDate.isDate, true, 'an all-day date, no time');
      assert.equal(event.startDate.toString(), '2006-06-26');
      assert.equal(event.endDate.toString(), '2006-06-29', 'DTEND is the day after the last day');
      // Unfolded and unescaped: the French title with its commas, quotes and dash, whole.
      assert.equal(
        event.summary,
        "Deuxième Conférence ministérielle sur les routes de la drogue à partir de l'Afghanistan « Paris 2 – Moscou 1 »",
      );
      assert.equal(event.location, 'Moscou');
      assert.match(
        event.description,
        /^La deuxième conférence ministérielle du processus du Pacte de Paris, tenue à Moscou\./,
      );
      assert.match(event.description, /\n\nUNODC Iran: Paris Pact Initiative/);
      assert.ok(vevent.getFirstPropertyValue('dtstamp'));
      const etag = res.headers.get('etag');
      assert.ok(etag);
      const again = await get('/v1/events/2006-06-moscow-ministerial-conference.ics?lang=fr', {
        'If-None-Match': etag,
      });
      assert.equal(again.status, 304);
    });

    test('an event known only to the month or the year has no calendar file, and says why', async () => {
      const month = await problem('/v1/events/2003-05-paris-ministerial-conference.ics', 404);
      assert.match(month.detail ?? '', /only to the month \(2003-05\).*needs the day/);
      const year = await problem('/v1/events/2013-paris-pact-phase-iv.ics', 404);
      assert.match(year.detail ?? '', /only to the year/);
      assert.match((await problem('/v1/events/nope.ics', 404)).detail ?? '', /No event has the id "nope"/);
      // Only the extension at the end is taken off the id.
      assert.equal(
        (await problem('/v1/events/a.icsz.ics', 404)).detail,
        'No event has the id "a.icsz"; see /v1/events.',
      );
      assert.equal(
        (await problem('/v1/events/2012-02-vienna-declaration.ics?lang=xx-%00', 400)).errors?.[0]?.param,
        'lang',
      );
    });

    if (backend.name !== 'static')
      test('the listed counts follow a membership removed through the database', async () => {
        const before = await json<Partnership>('/v1/partnerships/paris-pact');
        const countries = (p: Partnership) =>
          p.counts.find((c) => c.basis === 'listed' && c.subject === 'countries' && c.status === 'member')?.value;
        const { coordinator } = await accounts(db!, 'unodc');
        const record = await db!.getRecord('partner', 'afg');
        const r = await db!.removeMembership(coordinator, 'afg', 'paris-pact', { ifMatch: record!.etag });
        assert.ok(r.ok);
        const after = await json<Partnership>('/v1/partnerships/paris-pact');
        assert.equal(countries(after), countries(before)! - 1);
        assert.deepEqual(
          after.counts.filter((c) => c.basis === 'stated'),
          before.counts.filter((c) => c.basis === 'stated'),
          'the stated counts stay as the sources say',
        );
      });
  });
}
