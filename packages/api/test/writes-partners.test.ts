// Coordinator writes over real HTTP on both backends: partners and memberships (PUT, DELETE), with
// If-Match, the coordinator-only rule, and the change feed. Project writes: writes-http tests.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChangePage, Partner, Problem } from '@pact/schema';
import { SqlStore } from '@pact/api';
import { startServer, type RunningServer } from '@pact/api/node';
import type { PactDatabase } from '@pact/api/db';
import { backends } from './db/support.js';

for (const backend of await backends()) {
  describe(`${backend.name}: coordinator writes on partners and memberships`, () => {
    let db: PactDatabase;
    let server: RunningServer;
    let coordinator: string;
    let partnerKey: string;
    before(async () => {
      db = await backend.open();
      const store = new SqlStore(db);
      await store.refresh();
      server = await startServer({ dataset: store, port: 0, log: false });
      coordinator = (await db.createKey({ partner: 'unodc', role: 'coordinator' })).token;
      partnerKey = (await db.createKey({ partner: 'fra', role: 'partner' })).token;
    });
    after(async () => {
      await server.close();
      await db.close();
    });

    const send = (method: string, path: string, key: string, body?: unknown, headers: Record<string, string> = {}) =>
      fetch(server.url + path, {
        method,
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const read = async (path: string) => {
      const res = await fetch(server.url + path);
      return { status: res.status, etag: res.headers.get('etag') ?? '', body: (await res.json()) as unknown };
    };

    /** A new country partner, `tjk` under another id and codes, with no routes nor memberships. */
    const newCountry = async (id: string, iso2: string, iso3: string) => {
      const tjk = (await read('/v1/partners/tjk')).body as Partner & { kind: 'country' };
      return { ...tjk, id, iso2, iso3, name: { en: 'Test partner' }, routes: [], memberships: [] };
    };

    test('a partner key may not change partners or memberships (403, nothing changes)', async () => {
      const before = await db.exportDataset();
      const tjk = await read('/v1/partners/tjk');
      for (const [method, path, body] of [
        ['PUT', '/v1/partners/tjk', tjk.body],
        ['DELETE', '/v1/partners/tjk', undefined],
        ['PUT', '/v1/partners/tjk/memberships/osce', { status: 'member', verified: true }],
        ['DELETE', '/v1/partners/tjk/memberships/osce', undefined],
      ] as const) {
        const res = await send(method, path, partnerKey, body, { 'If-Match': tjk.etag });
        assert.equal(res.status, 403, `${method} ${path}`);
        assert.match(((await res.json()) as Problem).detail ?? '', /only a coordinator/);
      }
      assert.equal(await db.exportDataset(), before);
    });

    test('a coordinator sets and removes a membership under If-Match; the list filter follows at once', async () => {
      const count = async () => ((await read('/v1/partners?member=osce&limit=200')).body as { total: number }).total;
      const members = await count();
      const pak = await read('/v1/partners/pak');
      assert.equal(pak.status, 200);
      assert.ok(
        !(pak.body as Partner).memberships.some((m) => m.partnership === 'osce'),
        'Pakistan is no OSCE participating State',
      );
      const stale = await send('PUT', '/v1/partners/pak/memberships/osce', coordinator, {}, { 'If-Match': '"stale"' });
      assert.equal(stale.status, 412);
      assert.equal(stale.headers.get('etag'), pak.etag);
      const missing = await send('PUT', '/v1/partners/pak/memberships/osce', coordinator, {
        status: 'member',
        verified: false,
      });
      assert.equal(missing.status, 428);
      const set = await send(
        'PUT',
        '/v1/partners/pak/memberships/osce',
        coordinator,
        { status: 'member', verified: false, note: 'a test membership' },
        { 'If-Match': pak.etag },
      );
      assert.equal(set.status, 200);
      const after = await read('/v1/partners/pak');
      assert.equal(set.headers.get('etag'), after.etag);
      assert.deepEqual(
        (after.body as Partner).memberships.find((m) => m.partnership === 'osce'),
        { partnership: 'osce', status: 'member', verified: false, note: 'a test membership' },
      );
      assert.equal(await count(), members + 1);
      const removed = await send('DELETE', '/v1/partners/pak/memberships/osce', coordinator, undefined, {
        'If-Match': after.etag,
      });
      assert.equal(removed.status, 200);
      assert.equal(await count(), members);
      const feed = (await read('/v1/changes?limit=1000')).body as ChangePage;
      const mine = feed.data.filter((c) => c.kind === 'partner' && c.id === 'pak' && c.account !== null);
      assert.deepEqual(
        mine.map((c) => c.change),
        ['update', 'update'],
      );
    });

    test('a coordinator creates a partner (201), replaces it (200), and withdraws it (204, then 404)', async () => {
      const fresh = await newCountry('xkx', 'XK', 'XKX');
      const wrongId = await send('PUT', '/v1/partners/abc', coordinator, fresh);
      assert.equal(wrongId.status, 422);
      assert.equal(((await wrongId.json()) as Problem).errors?.[0]?.pointer, '/id');
      const created = await send('PUT', '/v1/partners/xkx', coordinator, fresh);
      assert.equal(created.status, 201, await created.clone().text());
      assert.equal(created.headers.get('location'), '/v1/partners/xkx');
      const got = await read('/v1/partners/xkx');
      assert.equal((got.body as Partner).name.en, 'Test partner');
      const noMatch = await send('PUT', '/v1/partners/xkx', coordinator, { ...fresh, name: { en: 'Renamed' } });
      assert.equal(noMatch.status, 428);
      const replaced = await send(
        'PUT',
        '/v1/partners/xkx',
        coordinator,
        { ...fresh, name: { en: 'Renamed' } },
        {
          'If-Match': got.etag,
        },
      );
      assert.equal(replaced.status, 200);
      // A partner read and sent back as it was served: its CLDR names are not stored as its own.
      const served = await read('/v1/partners/xkx');
      const marked = (served.body as { cldrNames?: string[] }).cldrNames ?? [];
      assert.ok(marked.includes('fr'), JSON.stringify(served.body));
      const roundTrip = await send('PUT', '/v1/partners/xkx', coordinator, served.body, { 'If-Match': served.etag });
      assert.equal(roundTrip.status, 200, await roundTrip.clone().text());
      assert.equal(roundTrip.headers.get('etag'), served.etag, 'the same partner, the same representation');
      assert.deepEqual((await read('/v1/partners/xkx')).body, served.body);
      const now = await read('/v1/partners/xkx');
      assert.equal((now.body as Partner).name.en, 'Renamed');
      const gone = await send('DELETE', '/v1/partners/xkx', coordinator, undefined, { 'If-Match': now.etag });
      assert.equal(gone.status, 204);
      assert.equal((await read('/v1/partners/xkx')).status, 404);
    });

    test("a withdrawn partner's keys are revoked with it (401 after); a refused withdrawal revokes nothing", async () => {
      const fresh = await newCountry('xkq', 'XQ', 'XKQ');
      assert.equal((await send('PUT', '/v1/partners/xkq', coordinator, fresh)).status, 201);
      const xkq = await db.createKey({ partner: 'xkq', role: 'partner' });
      const afg = await db.createKey({ partner: 'afg', role: 'partner' });
      // A valid partner key asking for a coordinator's write: 403, not 401.
      const asks = async (key: string) =>
        (await send('DELETE', '/v1/partners/tjk', key, undefined, { 'If-Match': '"v1"' })).status;
      assert.equal(await asks(xkq.token), 403);
      const refused = await send('DELETE', '/v1/partners/afg', coordinator, undefined, {
        'If-Match': (await read('/v1/partners/afg')).etag,
      });
      assert.equal(refused.status, 409);
      assert.equal(await asks(afg.token), 403, 'a refused withdrawal leaves the keys valid');
      const gone = await send('DELETE', '/v1/partners/xkq', coordinator, undefined, {
        'If-Match': (await read('/v1/partners/xkq')).etag,
      });
      assert.equal(gone.status, 204);
      const after = await send('DELETE', '/v1/partners/tjk', xkq.token, undefined, { 'If-Match': '"v1"' });
      assert.equal(after.status, 401);
      assert.equal(
        ((await after.json()) as Problem).detail,
        'The API key is not valid: it is unknown or has been revoked.',
      );
      const keys = await db.listKeys();
      assert.notEqual(keys.find((k) => k.id === xkq.id)?.revokedAt, null);
      assert.equal(keys.find((k) => k.id === afg.id)?.revokedAt, null);
      // Another partner's keys and the coordinator's still work.
      assert.equal(await asks(partnerKey), 403);
      assert.equal(await asks(afg.token), 403);
      // The partner comes back; its old key does not.
      const back = await send('PUT', '/v1/partners/xkq', coordinator, fresh);
      assert.equal(back.status, 201, await back.clone().text());
      assert.equal(await asks(xkq.token), 401);
    });

    test('a partner that projects name cannot be withdrawn (409), and nothing changes', async () => {
      const before = await db.exportDataset();
      const afg = await read('/v1/partners/afg');
      const res = await send('DELETE', '/v1/partners/afg', coordinator, undefined, { 'If-Match': afg.etag });
      assert.equal(res.status, 409);
      assert.match(((await res.json()) as Problem).detail ?? '', /still named by/);
      assert.equal(await db.exportDataset(), before);
    });

    test('a partner that only a flow set names cannot be withdrawn either (409), and the API still reads', async () => {
      const before = await db.exportDataset();
      const ameripol = await read('/v1/partners/ameripol');
      const res = await send('DELETE', '/v1/partners/ameripol', coordinator, undefined, { 'If-Match': ameripol.etag });
      assert.equal(res.status, 409);
      assert.equal(
        ((await res.json()) as Problem).detail,
        'Conflict: partner "ameripol" is still named by flow set "transatlantic-cocaine".',
      );
      assert.equal(await db.exportDataset(), before);
      assert.equal((await read('/v1/partners/ameripol')).status, 200);
    });
  });
}
