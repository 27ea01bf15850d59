// The SDK's partnerships and timeline against the real API over HTTP, on the static dataset and on
// the database (PGlite, and PostgreSQL when it is there): typed lists and records, filters with exact counts, all() across
// pages, validation, problems as PactHttpError, and the calendar link the elements put in a page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PactDatabase } from '../../api/src/db/index.js';
import { loadDataset } from '../../api/src/load.js';
import { startServer, type RunningServer } from '../../api/src/server.js';
import { SqlStore } from '../../api/src/store/sql.js';
import { backends } from '../../api/test/db/support.js';
import { createReader, PactHttpError, type PactReader } from '@pact/sdk';
import { validators } from '@pact/sdk/validate';
import { contentValidators } from '@pact/sdk/validate-content';
import { recorder, rejection } from './helpers.js';

const seed = await loadDataset();

const BACKENDS = [
  { name: 'static', start: async () => ({ server: await startServer({ dataset: seed, port: 0, log: false }) }) },
  ...(await backends()).map((b) => ({
    name: b.name,
    start: async () => {
      const db = await b.open();
      return { db, server: await startServer({ dataset: new SqlStore(db, 0), port: 0, log: false }) };
    },
  })),
];

for (const backend of BACKENDS) {
  describe(`partnerships and events in the SDK (${backend.name})`, () => {
    let server: RunningServer;
    let db: PactDatabase | undefined;
    let pact: PactReader;
    const rec = recorder();
    before(async () => {
      ({ server, db } = (await backend.start()) as { server: RunningServer; db?: PactDatabase });
      pact = createReader({
        baseUrl: `${server.url}/v1`,
        locale: 'fr-CA',
        fetch: rec.fetch,
        validate: { ...validators, ...contentValidators },
      });
    });
    after(async () => {
      await server?.close();
      await db?.close();
    });

    it('lists the three partnerships and gets one, with stated and listed counts', async () => {
      const { data, invalid } = await pact.partnerships.list();
      assert.deepEqual(
        data.map((p) => p.id),
        ['paris-pact', 'pompidou-group', 'osce'],
      );
      assert.equal(invalid, undefined);
      const osce = await pact.partnerships.get('osce');
      const stated = osce.counts.filter((c) => c.basis === 'stated').map((c) => [c.subject, c.value]);
      assert.deepEqual(stated, [
        ['participating-states', 57],
        ['partners-for-co-operation', 11],
      ]);
      const listed = osce.counts.filter((c) => c.basis === 'listed').map((c) => [c.status, c.value]);
      assert.deepEqual(listed, [
        [
          'member',
          seed.partners.filter((p) => p.memberships.some((m) => m.partnership === 'osce' && m.status === 'member'))
            .length,
        ],
        [
          'partner',
          seed.partners.filter((p) => p.memberships.some((m) => m.partnership === 'osce' && m.status === 'partner'))
            .length,
        ],
      ]);
      assert.equal(pact.text(osce.name), 'Organisation pour la sécurité et la coopération en Europe');
    });

    it('filters the timeline (exact counts) and sends no lang, which the timeline does not take', async () => {
      const all = await pact.events.list({ limit: 200 });
      assert.equal(all.total, seed.events.length);
      const osce = await pact.events.list({ partnership: 'osce' });
      assert.equal(osce.total, 3);
      assert.deepEqual(
        osce.data.map((e) => e.kind),
        ['workshop', 'workshop', 'decision'],
      );
      const ewg = await pact.events.list({ kind: 'expert-working-group', from: '2015', to: '2015' });
      assert.deepEqual(
        ewg.data.map((e) => e.id),
        ['2015-06-almaty-ewg-tri-fold', '2015-06-bishkek-ewg-pillar-4'],
      );
      assert.ok(
        rec.sent.filter((s) => s.url.includes('/v1/events')).every((s) => !new URL(s.url).searchParams.has('lang')),
      );
    });

    it('all() reads every page in date order', async () => {
      const seen: string[] = [];
      for await (const e of pact.events.all({ limit: 4, sort: '-date' })) seen.push(e.id);
      assert.equal(seen.length, seed.events.length);
      assert.equal(seen[0], '2023-12-pcgm-17');
      assert.ok(rec.sent.filter((s) => /\/v1\/events\?.*limit=4/.test(s.url)).length >= 7, 'seven pages of four');
    });

    it('a bad filter or an unknown id is a PactHttpError carrying the problem', async () => {
      const bad = await rejection(pact.events.list({ from: '2006-13' }));
      assert.ok(bad instanceof PactHttpError);
      assert.equal(bad.status, 400);
      assert.equal(bad.problem?.errors?.[0]?.param, 'from');
      const missing = await rejection(pact.events.get('nope'));
      assert.ok(missing instanceof PactHttpError && missing.status === 404);
    });

    it('calendarUrl links the iCalendar file in the reader’s language (nothing fetched)', async () => {
      const before = rec.sent.length;
      const url = pact.events.calendarUrl('2012-02-vienna-declaration');
      assert.equal(url, `${server.url}/v1/events/2012-02-vienna-declaration.ics?lang=fr`);
      assert.equal(rec.sent.length, before);
      assert.equal(pact.events.calendarUrl('x y', 'ru-RU'), `${server.url}/v1/events/x%20y.ics?lang=ru`);
      assert.equal(pact.events.calendarUrl('x', 'tlh'), `${server.url}/v1/events/x.ics`);
      const res = await fetch(url);
      assert.equal(res.status, 200);
      assert.match(await res.text(), /SUMMARY;LANGUAGE=fr:Déclaration de Vienne/);
    });
  });
}
