// Bringing back a withdrawn project (the desk's undo, issue 20) over real HTTP, on PGlite and on
// PostgreSQL: a create of the withdrawn id by whoever may write it restores it (201, a new ETag,
// in the lists again, a `create` in the change feed, the CDN keys purged); another partner is
// refused and nothing changes; a create over a live id is still a 409; Idempotency-Key replays.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Project } from '@pact/schema';
import { backends } from './db/support.js';
import { etagOf, feed, newProject, unchanged, type WriteServer, openWriteServer } from './writes-http-support.js';

const LIST = '/v1/projects?donor=deu&limit=200';

for (const backend of await backends()) {
  describe(`restoring a withdrawn project over HTTP on ${backend.name}`, () => {
    let ws: WriteServer;
    let wco: string;
    const purged: string[][] = [];
    const t = (name: string, fn: () => Promise<void>) => test(`${backend.name}: ${name}`, fn);
    before(async () => {
      ws = await openWriteServer(backend, undefined, (keys) => purged.push(keys));
      wco = (await ws.db.createKey({ partner: 'wco', role: 'partner' })).token;
    });
    after(() => ws.close());

    const total = async () => {
      const r = await ws.call('GET', LIST);
      assert.equal(r.status, 200, r.text);
      return r.json<{ total: number; data: Project[] }>();
    };
    /** An OSCE project (donor Germany) created and then withdrawn by the partner key; its body as sent. */
    const withdrawn = async () => {
      const body = newProject(true, 'restore');
      const made = await ws.call('POST', '/v1/projects', { token: ws.keys.partner, body });
      assert.equal(made.status, 201, made.text);
      const gone = await ws.call('DELETE', `/v1/projects/${body.id}`, {
        token: ws.keys.partner,
        headers: { 'If-Match': String(made.headers['etag']) },
      });
      assert.equal(gone.status, 204, gone.text);
      return { body, etag: String(made.headers['etag']) };
    };

    t('the owner re-creates it: 201, a new ETag, listed again, a create in the feed, CDN keys purged', async () => {
      const start = (await total()).total;
      const { body, etag } = await withdrawn();
      assert.equal((await total()).total, start);
      const feedBefore = (await feed(ws)).length;
      purged.length = 0;
      const r = await ws.call('POST', '/v1/projects', { token: ws.keys.partner, body });
      assert.equal(r.status, 201, r.text);
      assert.equal(r.headers['location'], `/v1/projects/${body.id}`);
      assert.notEqual(r.headers['etag'], etag, 'the restored version has a new ETag');
      const now = await ws.call('GET', `/v1/projects/${body.id}`);
      assert.equal(now.status, 200);
      assert.equal(now.headers['etag'], r.headers['etag']);
      assert.deepEqual(now.json(), r.json());
      assert.equal(now.json<Project>().title.en, body.title.en);
      const list = await total();
      assert.equal(list.total, start + 1);
      assert.equal(list.data.filter((p) => p.id === body.id).length, 1);
      const changes = await feed(ws);
      assert.equal(changes.length, feedBefore + 1);
      const last = changes.at(-1)!;
      assert.deepEqual(
        [last['id'], last['change'], last['organization'], last['patch']],
        [body.id, 'create', 'osce', [{ op: 'add', path: '', value: r.json() }]],
      );
      assert.deepEqual(purged, [[`project/${body.id}`, 'project']]);
      const api = (await ws.call('GET', '/v1/openapi.json')).json<{
        paths: Record<string, Record<string, { description?: string }>>;
      }>();
      assert.match(
        api.paths['/v1/projects']?.['post']?.description ?? '',
        /withdrawn project, the create brings it back/,
      );
      // Live again, so a second create is the usual conflict.
      const twice = await unchanged(ws, () => ws.call('POST', '/v1/projects', { token: ws.keys.partner, body }));
      assert.equal(twice.status, 409, twice.text);
      assert.equal(twice.json<{ detail: string }>().detail, `Conflict: project "${body.id}" already exists.`);
    });

    t('another partner may not re-create it, not even as its own project (403, nothing changes)', async () => {
      const { body } = await withdrawn();
      const start = (await total()).total;
      const same = await unchanged(ws, () => ws.call('POST', '/v1/projects', { token: wco, body }));
      assert.equal(same.status, 403, same.text);
      const taken = { ...body, implementer: 'wco', donors: ['jpn'] };
      const hijack = await unchanged(ws, () => ws.call('POST', '/v1/projects', { token: wco, body: taken }));
      assert.equal(hijack.status, 403, hijack.text);
      assert.equal(
        hijack.json<{ detail: string }>().detail,
        `Not allowed: partner "wco" is neither the implementer nor a donor of project "${body.id}".`,
      );
      assert.equal((await ws.call('GET', `/v1/projects/${body.id}`)).status, 404);
      assert.equal((await total()).total, start);
    });

    t('a create over a live id is still 409 with nothing changed; a coordinator may restore', async () => {
      const { body } = await withdrawn();
      const r = await ws.call('POST', '/v1/projects', { token: ws.keys.coordinator, body });
      assert.equal(r.status, 201, r.text);
      const live = await unchanged(ws, () =>
        ws.call('POST', '/v1/projects', { token: ws.keys.coordinator, body: { ...body, title: { en: 'Other' } } }),
      );
      assert.equal(live.status, 409, live.text);
      assert.equal((await ws.call('GET', `/v1/projects/${body.id}`)).json<Project>().title.en, body.title.en);
    });

    t('a seed project withdrawn and restored stays marked illustrative', async () => {
      const seed = (await total()).data.find((p) => p.implementer === 'osce' && p.illustrative);
      assert.ok(seed, 'the seed has an illustrative OSCE project funded by Germany');
      const gone = await ws.call('DELETE', `/v1/projects/${seed.id}`, {
        token: ws.keys.partner,
        headers: { 'If-Match': await etagOf(ws, seed.id) },
      });
      assert.equal(gone.status, 204, gone.text);
      const { updated: _u, illustrative: _i, ...body } = seed;
      const r = await ws.call('POST', '/v1/projects', { token: ws.keys.partner, body });
      assert.equal(r.status, 201, r.text);
      assert.equal(r.json<Project>().illustrative, true);
      assert.equal((await ws.call('GET', `/v1/projects/${seed.id}`)).json<Project>().illustrative, true);
    });

    t('a restore with an Idempotency-Key, retried, answers the first result once', async () => {
      const { body } = await withdrawn();
      const feedBefore = (await feed(ws)).length;
      const headers = { 'Idempotency-Key': `restore-${body.id}` };
      const first = await ws.call('POST', '/v1/projects', { token: ws.keys.partner, body, headers });
      assert.equal(first.status, 201, first.text);
      const again = await ws.call('POST', '/v1/projects', { token: ws.keys.partner, body, headers });
      assert.equal(again.status, 201, again.text);
      assert.equal(again.headers['idempotent-replayed'], 'true');
      assert.equal(again.text, first.text);
      assert.equal(again.headers['etag'], await etagOf(ws, body.id));
      assert.equal((await feed(ws)).length, feedBefore + 1);
    });
  });
}
