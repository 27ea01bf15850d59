// The SDK's writes against the real API over HTTP, on the database (PGlite and, when available,
// PostgreSQL): create, read with the ETag, update, conflict, withdraw; the typed errors; a create
// retried after a lost answer; and the API key kept out of sight.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import {
  createClient,
  PactAuthError,
  PactConflictError,
  PactError,
  PactForbiddenError,
  PactNetworkError,
  PactValidationError,
  PactWriteError,
  type PactClient,
  type Project,
  type ProjectInput,
} from '@pact/sdk';
import type { PactDatabase } from '../../api/src/db/index.js';
import { startServer, type RunningServer } from '../../api/src/server.js';
import { SqlStore } from '../../api/src/store/sql.js';
import { RateLimiter } from '../../api/src/write/rate-limit.js';
import { backends } from '../../api/test/db/support.js';
import { rejection } from './helpers.js';

/** A new project of OSCE's (implementer), labelled as a test record. */
const input = (id: string, title: string): ProjectInput => ({
  id,
  title: { en: title },
  summary: { en: 'Created by the SDK write tests; not a real project.' },
  pillar: 2,
  status: 'pipeline',
  donors: ['usa'],
  beneficiaries: ['kaz'],
  implementer: 'osce',
  routes: ['northern'],
  budget: { amount: 250000, currency: 'EUR' },
  start: '2027-01-01',
  end: '2028-12-31',
});

/** Every error a test saw, to check at the end that no key leaked into any of them. */
const seen: unknown[] = [];
const failure = async (p: Promise<unknown>) => {
  const e = await rejection(p);
  seen.push(e);
  return e;
};

for (const backend of await backends()) {
  describe(`SDK writes on ${backend.name}`, () => {
    let db: PactDatabase;
    let api: RunningServer;
    let baseUrl: string;
    const keys = { coordinator: '', partner: '', reader: '', revoked: '' };
    let osce: PactClient;

    before(async () => {
      db = await backend.open();
      api = await startServer({
        dataset: new SqlStore(db),
        port: 0,
        log: false,
        writeLimiter: new RateLimiter({ burst: 1000 }),
      });
      baseUrl = `${api.url}/v1`;
      keys.coordinator = (await db.createKey({ partner: 'unodc', role: 'coordinator' })).token;
      keys.partner = (await db.createKey({ partner: 'osce', role: 'partner' })).token;
      keys.reader = (await db.createKey({ partner: 'osce', role: 'reader' })).token;
      const revoked = await db.createKey({ partner: 'osce', role: 'partner' });
      await db.revokeKey(revoked.id);
      keys.revoked = revoked.token;
      osce = createClient({ baseUrl, apiKey: keys.partner });
    });
    after(async () => {
      await api?.close();
      await db?.close();
    });

    it('create -> read -> update with the read ETag -> conflict with the current ETag -> withdraw', async () => {
      const id = `sdk-${backend.name}-cycle`;
      const created = await osce.projects.create(input(id, 'Border liaison offices (test)'));
      assert.equal(created.data.id, id);
      assert.equal(created.data.illustrative, false);
      assert.match(created.etag, /^"[^"]+"$/);

      const read = await osce.projects.read(id);
      assert.deepEqual(read.data, created.data);
      assert.equal(read.etag, created.etag, 'the create answers with the ETag a read gives');
      assert.doesNotMatch(read.etag, /-(gzip|br|br11)"$/);

      const updated = await osce.projects.update(
        id,
        { title: { en: 'Border liaison offices, phase 2' } },
        {
          ifMatch: read.etag,
        },
      );
      assert.equal(updated.data.title.en, 'Border liaison offices, phase 2');
      assert.notEqual(updated.etag, read.etag);
      assert.equal((await osce.projects.get(id)).title.en, 'Border liaison offices, phase 2');

      const stale = await failure(osce.projects.update(id, { status: 'closed' }, { ifMatch: read.etag }));
      assert.ok(stale instanceof PactConflictError, String(stale));
      assert.equal(stale.status, 412);
      const fresh = await createClient({ baseUrl, cache: false }).projects.read(id);
      assert.equal(stale.currentETag, fresh.etag);
      assert.equal(fresh.data.status, 'pipeline', 'the refused update changed nothing');

      await osce.projects.withdraw(id, { ifMatch: stale.currentETag! });
      const gone = await failure(osce.projects.get(id));
      assert.ok(gone instanceof PactError && 'status' in gone && gone.status === 404, String(gone));
      const feed = await osce.changes.list({ limit: 1000 });
      assert.deepEqual(
        feed.data.filter((c) => c.id === id).map((c) => c.change),
        ['create', 'update', 'withdraw'],
      );
    });

    it('changes.list pages with since: the next page starts after the cursor', async () => {
      await osce.projects.create(input(`sdk-${backend.name}-feed`, 'Feed test'));
      const all = await osce.changes.list({ limit: 1000 });
      assert.ok(all.data.length >= 2);
      const first = await osce.changes.list({ limit: 1 });
      assert.equal(first.data.length, 1);
      assert.equal(first.more, true);
      const second = await osce.changes.list({ since: first.cursor, limit: 1 });
      assert.deepEqual(second.data, all.data.slice(1, 2));
      const last = await osce.changes.list({ since: all.cursor });
      assert.deepEqual(last.data, []);
      assert.equal(last.more, false);
    });

    it('401 without a key or with a revoked one -> PactAuthError; nothing is created', async () => {
      for (const apiKey of [undefined, keys.revoked, 'not a key']) {
        const e = await failure(createClient({ baseUrl, apiKey }).projects.create(input('sdk-401', 'No')));
        assert.ok(e instanceof PactAuthError, String(e));
        assert.equal(e.status, 401);
      }
      const e = await failure(osce.projects.get('sdk-401'));
      assert.ok(e instanceof PactError && 'status' in e && e.status === 404);
    });

    it('403 -> PactForbiddenError with the reason, for another organization’s project and a reader key', async () => {
      const other = await osce.projects.read('prj-0001'); // UNODC implements it, Türkiye and Japan fund it
      const raw = await fetch(`${baseUrl}/projects/prj-0001`, { headers: { 'Accept-Encoding': 'br' } });
      assert.equal(raw.headers.get('etag'), other.etag.replace(/"$/, '-br"'), 'read() drops the -br suffix');
      const e = await failure(osce.projects.update('prj-0001', { status: 'closed' }, { ifMatch: other.etag }));
      assert.ok(e instanceof PactForbiddenError, String(e));
      assert.equal(e.status, 403);
      assert.equal(
        e.reason,
        'Not allowed: partner "osce" is neither the implementer nor a donor of project "prj-0001".',
      );
      const reader = await failure(
        createClient({ baseUrl, apiKey: keys.reader }).projects.create(input('sdk-403', 'No')),
      );
      assert.ok(reader instanceof PactForbiddenError);
      assert.equal(reader.reason, 'Not allowed: a reader key may not write.');
      assert.equal((await osce.projects.read('prj-0001')).etag, other.etag, 'prj-0001 did not change');
    });

    it('422 -> PactValidationError with the exact pointers and rules', async () => {
      const bad = { ...input('sdk-422', 'Bad'), pillar: 7, budget: { amount: -5, currency: 'euro' } };
      const e = await failure(osce.projects.create(bad as unknown as ProjectInput));
      assert.ok(e instanceof PactValidationError, String(e));
      assert.deepEqual(e.violations.map((v) => `${v.pointer} ${v.rule}`).sort(), [
        '/budget/amount minimum',
        '/budget/currency pattern',
        '/pillar enum',
      ]);
      assert.match(e.message, /\/pillar/);
      const patch = await failure(
        osce.projects.update('prj-0009', { start: 'soon' }, { ifMatch: (await osce.projects.read('prj-0009')).etag }),
      );
      assert.ok(patch instanceof PactValidationError, String(patch));
      assert.deepEqual(
        patch.violations.map((v) => `${v.pointer} ${v.rule}`),
        ['/start format'],
      );
    });

    it('a create retried after the first answer was lost makes exactly one project', async () => {
      const id = `sdk-${backend.name}-retried`;
      const sent: { key: string | null; status: number }[] = [];
      let drop = true;
      const lossy: typeof fetch = async (url, init) => {
        const res = await fetch(url, init);
        sent.push({ key: new Headers(init?.headers).get('idempotency-key'), status: res.status });
        if (drop && init?.method === 'POST') {
          drop = false;
          await res.body?.cancel();
          throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
        }
        return res;
      };
      const pact = createClient({ baseUrl, apiKey: keys.partner, fetch: lossy });
      const created = await pact.projects.create(input(id, 'Retried create (test)'));
      assert.equal(created.data.id, id);
      assert.equal(sent.length, 2, 'sent twice');
      assert.deepEqual(
        sent.map((s) => s.status),
        [201, 201],
      );
      assert.ok(sent[0]!.key && sent[0]!.key === sent[1]!.key, 'with the same Idempotency-Key');
      const feed = await osce.changes.list({ limit: 1000 });
      assert.equal(feed.data.filter((c) => c.id === id && c.change === 'create').length, 1);
      const page = await createClient({ baseUrl }).projects.list({ q: 'Retried create', limit: 200 });
      assert.deepEqual(
        page.data.map((p: Project) => p.id),
        [id],
      );
      // A new create (a new Idempotency-Key) of the same id is refused: the key is what made the retry safe.
      const again = await failure(pact.projects.create(input(id, 'Retried create (test)')));
      assert.ok(again instanceof PactWriteError && again.status === 409, String(again));
    });

    it('an update whose answer was lost is not sent again: PactNetworkError names the PATCH', async () => {
      let calls = 0;
      const lossy: typeof fetch = async (url, init) => {
        const res = await fetch(url, init);
        if (init?.method !== 'PATCH') return res;
        calls++;
        await res.body?.cancel();
        throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
      };
      const pact = createClient({ baseUrl, apiKey: keys.partner, fetch: lossy });
      const { etag } = await pact.projects.read('prj-0009'); // OSCE implements it
      const e = await failure(pact.projects.update('prj-0009', { status: 'finalisation' }, { ifMatch: etag }));
      assert.ok(e instanceof PactNetworkError, String(e));
      assert.match(e.message, /^PATCH http:\/\/.*\/v1\/projects\/prj-0009 failed: network error \(ECONNRESET\)/);
      assert.equal(calls, 1);
    });

    it('429 -> PactWriteError with retryAfter when retries are off', async () => {
      const tight = await startServer({
        dataset: new SqlStore(db),
        port: 0,
        log: false,
        writeLimiter: new RateLimiter({ burst: 1, perSecond: 0.01 }),
      });
      try {
        const pact = createClient({ baseUrl: `${tight.url}/v1`, apiKey: keys.partner, retries: 0 });
        await pact.projects.create(input(`sdk-${backend.name}-429a`, 'Rate 1'));
        const e = await failure(pact.projects.create(input(`sdk-${backend.name}-429b`, 'Rate 2')));
        assert.ok(e instanceof PactWriteError && e.status === 429, String(e));
        assert.equal(e.retryAfter, 100_000);
      } finally {
        await tight.close();
      }
    });

    it('the key is never a property, never in JSON.stringify or util.inspect of the client, nor in any error', () => {
      const all = Object.values(keys);
      const views = [
        JSON.stringify(osce),
        inspect(osce, { depth: Infinity, showHidden: true, getters: true }),
        Object.keys(osce).join(),
      ];
      for (const view of views) for (const k of all) assert.ok(!view.includes(k), 'the key shows in the client');
      assert.ok(seen.length >= 10, `errors seen: ${seen.length}`);
      for (const e of seen) {
        const text = [String(e), (e as Error).stack, JSON.stringify(e), inspect(e, { depth: Infinity })].join('\n');
        for (const k of all) assert.ok(!text.includes(k), `the key shows in ${String(e)}`);
      }
    });
  });
}
