import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { loadDataset } from '../../src/load.js';
import { CursorError, KeyError, type PactDatabase } from '../../src/db/index.js';
import { byPlace } from '../../src/db/dataset-io.js';
import { accounts, backends } from './support.js';

const seed = await loadDataset();

for (const backend of await backends()) {
  const t = (name: string, fn: () => Promise<void>) => test(`${backend.name}: ${name}`, fn);

  describe(`storage on ${backend.name}`, () => {
    let db: PactDatabase;
    before(async () => {
      db = await backend.open({ seed: false });
    });
    after(() => db?.close());

    t('migrations create an empty schema; the first seed fills it, a second does nothing', async () => {
      const q = db.connection.db;
      assert.equal((await q.selectFrom('record').select('id').execute()).length, 0);
      assert.deepEqual(await q.selectFrom('revision').selectAll().execute(), [{ id: 1, value: 0 }]);
      assert.deepEqual((await db.listChanges()).data, []);
      assert.equal(await db.seedIfEmpty(), true);
      assert.equal(await db.seedIfEmpty(), false);
      assert.equal((await db.snapshot()).revision, 1);
    });

    t('the seeded snapshot is the static dataset, record for record', async () => {
      const { dataset } = await db.snapshot();
      assert.equal(dataset.partners.length, seed.partners.length);
      assert.equal(dataset.projects.length, seed.projects.length);
      assert.equal(dataset.pillars.length, 4);
      assert.equal(dataset.routes.length, 3);
      // Same records, same order, same key order: the API serves the same bytes as from files.
      assert.equal(JSON.stringify(dataset.partners), JSON.stringify(seed.partners));
      assert.equal(JSON.stringify(dataset.projects), JSON.stringify(seed.projects));
      assert.deepEqual(dataset, seed);
    });

    t('the snapshot is cached while the revision is unchanged, fresh after a write', async () => {
      const a = await db.snapshot();
      assert.equal(await db.snapshot(), a);
      const { coordinator } = await accounts(db, 'unodc');
      const p = a.dataset.projects[0]!;
      const current = await db.getRecord('project', p.id);
      const r = await db.updateProject(coordinator, p.id, { status: 'suspended' }, { ifMatch: current!.etag });
      assert.ok(r.ok);
      const b = await db.snapshot();
      assert.equal(b.revision, a.revision + 1);
      assert.equal(b.dataset.projects.find((x) => x.id === p.id)?.status, 'suspended');
      assert.notEqual(a.dataset.projects[0]!.status, 'suspended');
    });

    t('export -> import -> export gives the same bytes and changes nothing', async () => {
      const first = await db.exportDataset();
      const { revision } = await db.snapshot();
      const r = await db.importDataset(first);
      assert.deepEqual(r, { ok: true, revision, created: 0, updated: 0, withdrawn: 0, moved: 0 });
      assert.equal(await db.exportDataset(), first);
      assert.deepEqual(JSON.parse(first).partners, seed.partners);
    });

    t('an import records each difference in the change log', async () => {
      const data = JSON.parse(await db.exportDataset());
      const edited = data.projects[1];
      edited.title.en = 'Renamed by import';
      const gone = data.projects.pop();
      // A pillar is named by its number, the meta by "meta", in the feed as in the API.
      data.pillars[1].shortTitle.en = 'Second pillar, renamed';
      data.meta.version = 'renamed';
      const { cursor } = await db.listChanges({ since: undefined, limit: 1000 });
      const r = await db.importDataset(data);
      assert.ok(r.ok);
      assert.deepEqual([r.created, r.updated, r.withdrawn], [0, 3, 1]);
      const feed = await db.listChanges({ since: cursor });
      assert.deepEqual(
        feed.data.map((c) => [c.change, c.kind, c.id]),
        [
          ['update', 'pillar', '2'],
          ['update', 'project', edited.id],
          ['update', 'meta', 'meta'],
          ['withdraw', 'project', gone.id],
        ],
      );
      assert.deepEqual(feed.data[1]!.patch, [{ op: 'replace', path: '/title/en', value: 'Renamed by import' }]);
      const { dataset } = await db.snapshot();
      assert.equal(dataset.projects.length, seed.projects.length - 1);
      assert.equal(dataset.meta.counts.projects, seed.projects.length - 1);
      assert.equal(
        dataset.projects.some((p) => p.id === gone.id),
        false,
      );
    });

    t('an import that only reorders records is a new revision, served and exported in the new order', async () => {
      // The database as its own export says (the meta's counts follow the earlier tests' changes).
      assert.ok((await db.importDataset(await db.exportDataset())).ok);
      const { revision, dataset: before } = await db.snapshot();
      const data = JSON.parse(await db.exportDataset());
      const [a, b] = data.routes;
      data.routes.splice(0, 2, b, a);
      const { cursor } = await db.listChanges({ since: undefined, limit: 1000 });
      const r = await db.importDataset(data);
      assert.ok(r.ok);
      assert.deepEqual([r.created, r.updated, r.withdrawn, r.moved, r.revision], [0, 0, 0, 2, revision + 1]);
      const { revision: now, dataset } = await db.snapshot();
      assert.equal(now, revision + 1);
      assert.deepEqual(
        dataset.routes.map((x) => x.id),
        [b.id, a.id, ...before.routes.slice(2).map((x) => x.id)],
      );
      assert.deepEqual(
        JSON.parse(await db.exportDataset()).routes.map((x: { id: string }) => x.id),
        dataset.routes.map((x) => x.id),
      );
      // In the change feed (its readers, the CDN's purges among them, see that the list changed),
      // with nothing in the records' bodies changed.
      const feed = await db.listChanges({ since: cursor });
      assert.deepEqual(
        feed.data.map((c) => [c.change, c.id, c.patch]),
        [
          ['update', a.id, []],
          ['update', b.id, []],
        ].sort((x, y) => (x[1]! < y[1]! ? -1 : 1)),
      );
    });

    t('a record left out of an import is withdrawn once; put back, it is brought back', async () => {
      const data = JSON.parse(await db.exportDataset());
      const gone = data.projects.pop();
      const counts = (r: Awaited<ReturnType<PactDatabase['importDataset']>>) =>
        r.ok ? [r.created, r.updated, r.withdrawn, r.moved] : [r.error.message];
      assert.deepEqual(counts(await db.importDataset(data)), [0, 0, 1, 0]);
      const { revision } = await db.snapshot();
      // Imported again: nothing to do (the withdrawn record is not withdrawn a second time).
      assert.deepEqual(counts(await db.importDataset(data)), [0, 0, 0, 0]);
      assert.equal((await db.snapshot()).revision, revision);
      // Put back second in the file: served second, and in the feed as a create of the whole record
      // (its withdrawn body is the same, so a patch from it would be empty).
      data.projects.splice(1, 0, gone);
      const { cursor, more } = await db.listChanges({ limit: 1000 });
      assert.equal(more, false);
      // Every record after it moves one place down.
      assert.deepEqual(counts(await db.importDataset(data)), [1, 0, 0, data.projects.length - 2]);
      const { dataset } = await db.snapshot();
      assert.deepEqual(
        dataset.projects.slice(0, 3).map((p) => p.id),
        [data.projects[0].id, gone.id, data.projects[2].id],
      );
      const feed = await db.listChanges({ since: cursor });
      assert.deepEqual(
        feed.data.filter((c) => c.id === gone.id).map((c) => [c.change, c.patch]),
        [['create', [{ op: 'add', path: '', value: gone }]]],
      );
    });

    t('two records at one place are served in the order of their ids', async () => {
      const [first, back1, back2] = [
        { position: 2, id: 'prj-9' },
        { position: 3, id: 'prj-1' },
        { position: 3, id: 'prj-2' },
      ];
      // A project withdrawn, an import that moves the next one into its place, then the project
      // brought back by a create with its id: both now hold that place.
      const { coordinator } = await accounts(db, 'unodc');
      const before = JSON.parse(await db.exportDataset()) as { projects: { id: string }[] };
      // The one brought back is read last, after the one in its place: an id before that one's
      // makes the order by id differ from the order read.
      const i = before.projects.findIndex((p, k) => k >= 3 && p.id < (before.projects[k + 1]?.id ?? ''));
      const [x, y] = [before.projects[i]!, before.projects[i + 1]!];
      const record = await db.getRecord('project', x.id);
      assert.ok((await db.withdrawProject(coordinator, x.id, { ifMatch: record?.etag })).ok);
      assert.ok((await db.importDataset(await db.exportDataset())).ok);
      const back = await db.createProject(coordinator, record?.body);
      assert.ok(back.ok, JSON.stringify(back));
      const places = await db.connection.db
        .selectFrom('record')
        .select(['id', 'position'])
        .where('kind', '=', 'project')
        .where('id', 'in', [x.id, y.id])
        .execute();
      assert.equal(new Set(places.map((r) => r.position)).size, 1, JSON.stringify(places));
      // The snapshot after that one write (built from the last), and the export (read whole).
      const { dataset } = await db.snapshot();
      assert.deepEqual(
        dataset.projects.slice(i, i + 2).map((p) => p.id),
        [x.id, y.id],
      );
      const exported = JSON.parse(await db.exportDataset()) as { projects: { id: string }[] };
      assert.deepEqual(
        exported.projects.slice(i, i + 2).map((p) => p.id),
        [x.id, y.id],
      );
      // The order itself, either way round (what a sort is given first is the database's choice).
      assert.deepEqual(
        [byPlace(back1, back2), byPlace(back2, back1), byPlace(back1, back1), byPlace(first, back1)],
        [-1, 1, 0, -1],
      );
    });

    t('an invalid import is refused with the place and reason, and changes nothing', async () => {
      const before = await db.exportDataset();
      const { revision } = await db.snapshot();
      const data = JSON.parse(before);
      data.projects[3].pillar = 7;
      const bad = [
        ['{ not json', /^import at \(root\): is not valid JSON: /],
        [JSON.stringify({ ...data, projects: undefined }), /\/projects.*missing/],
        [JSON.stringify(data), /projects\.json at \/3\/pillar/],
        [
          '[]',
          /^import at \(root\): must be a JSON object with partners, pillars, routes, projects, partnerships, events and meta$/,
        ],
      ] as const;
      for (const [text, message] of bad) {
        const r = await db.importDataset(text);
        assert.equal(r.ok, false);
        if (!r.ok) assert.match(r.error.message, message);
      }
      data.projects[3].pillar = 2;
      data.projects[3].donors = ['nowhere'];
      const r = await db.importDataset(data);
      assert.ok(!r.ok && /donor "nowhere" is not a partner id/.test(r.error.message));
      assert.equal(await db.exportDataset(), before);
      assert.equal((await db.snapshot()).revision, revision);
    });

    t('the change log is append-only in the database: UPDATE, DELETE and TRUNCATE fail', async () => {
      const q = db.connection.db;
      const count = async () => (await q.selectFrom('change_log').select('seq').execute()).length;
      const n = await count();
      assert.ok(n > 0);
      await assert.rejects(q.updateTable('change_log').set({ record_id: 'x' }).execute(), /append-only/);
      await assert.rejects(q.deleteFrom('change_log').execute(), /append-only/);
      await assert.rejects(sql`truncate change_log`.execute(q), /append-only/);
      assert.equal(await count(), n);
    });

    t('the change feed pages in order with an opaque cursor', async () => {
      const all = await db.listChanges({ limit: 1000 });
      assert.equal(all.more, false);
      const revisions = all.data.map((c) => c.revision);
      assert.deepEqual(
        revisions,
        [...revisions].sort((a, b) => a - b),
      );
      const pages = [];
      let since: string | undefined;
      for (let i = 0; ; i++) {
        // A cursor that does not move on fails here, by name, rather than paging for ever.
        assert.ok(i <= Math.ceil(all.data.length / 100), 'the pages end');
        const page = await db.listChanges({ since, limit: 100 });
        pages.push(...page.data);
        since = page.cursor;
        if (!page.more) break;
      }
      assert.deepEqual(pages, all.data);
      assert.deepEqual((await db.listChanges({ since })).data, []);
      // A page holds `limit` entries (at least 1), and says whether more follow. (The cap of 1,000
      // is not reached here: the log has fewer entries.)
      const n = all.data.length;
      assert.ok(n > 4);
      const two = await db.listChanges({ limit: 2 });
      assert.deepEqual([two.data, two.more], [all.data.slice(0, 2), true]);
      assert.deepEqual((await db.listChanges({ limit: 0 })).data, all.data.slice(0, 1));
      const big = await db.listChanges({ limit: 5000 });
      assert.deepEqual([big.data, big.more], [all.data, false]);
      // An empty cursor is the start, as none is.
      assert.deepEqual(await db.listChanges({ since: '', limit: 2 }), two);
      // Exactly `limit` entries left: they are the last page.
      const head = await db.listChanges({ limit: n - 2 });
      const tail = await db.listChanges({ since: head.cursor, limit: 2 });
      assert.deepEqual([tail.data, tail.more], [all.data.slice(-2), false]);
      await assert.rejects(db.listChanges({ since: 'bm90LWEtY3Vyc29y' }), CursorError);
    });

    t('keys: the token is shown once, stored only as its hash, verified, listed and revoked', async () => {
      const key = await db.createKey({ partner: 'osce', role: 'partner' });
      assert.match(key.token, /^pact_[A-Za-z0-9_-]{43}$/);
      const stored = await db.connection.db.selectFrom('account').selectAll().where('id', '=', key.id).execute();
      assert.equal(JSON.stringify(stored).includes(key.token), false);
      assert.match(stored[0]!.token_hash, /^[0-9a-f]{64}$/);
      assert.equal((await db.listKeys()).find((k) => k.id === key.id)?.lastUsedAt, null);
      assert.deepEqual(await db.verifyKey(key.token), { id: key.id, partnerId: 'osce', role: 'partner' });
      assert.notEqual((await db.listKeys()).find((k) => k.id === key.id)?.lastUsedAt, null);
      assert.equal(await db.verifyKey(key.token.slice(0, -1) + (key.token.endsWith('A') ? 'B' : 'A')), null);
      assert.equal(await db.revokeKey(key.id), true);
      assert.equal(await db.revokeKey(key.id), false);
      assert.equal(await db.verifyKey(key.token), null);
      // The operator is told what was wrong (the CLI prints the message), with the roles to choose from.
      await assert.rejects(db.createKey({ partner: 'atlantis', role: 'partner' }), {
        name: 'KeyError',
        message: 'partner "atlantis" does not exist',
      });
      await assert.rejects(db.createKey({ partner: 'osce', role: 'admin' }), (e) => {
        assert.ok(e instanceof KeyError);
        assert.equal(e.name, 'KeyError');
        assert.equal(e.message, 'role must be one of coordinator, partner, reader (got "admin")');
        return true;
      });
    });
  });
}
