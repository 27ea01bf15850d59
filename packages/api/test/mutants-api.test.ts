// Mutants of the API that no other suite caught (bench/mutation-reports/api-survivors.md), over
// real HTTP: a write to a read-only deployment; then, on PGlite and PostgreSQL, fields a client
// may send that the write handler must leave to the schema, a create retried after a withdrawal, a
// partner sent back with its CLDR marker in odd shapes, a country CLDR has no name for, a
// membership to remove that is not there, an If-None-Match tag that only looks like the API's, and
// writes that name a route or a pillar an import of the dataset withdrew.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Partner } from '@pact/schema';
import { backends } from './db/support.js';
import { loadDataset } from '../src/load.js';
import { startServer } from '../src/server.js';
import { newProject, openWriteServer, problemOf, send, unchanged, type WriteServer } from './writes-http-support.js';

test('a write to a read-only deployment: 405 with its title, its reason and the methods it allows', async () => {
  const server = await startServer({ dataset: await loadDataset(), port: 0, log: false });
  try {
    const r = await send(server.url, 'POST', '/v1/projects', { token: 'x', body: newProject(true, 'mutants') });
    const p = problemOf(r, 405);
    assert.equal(p.title, 'Method Not Allowed');
    assert.equal(
      p.detail,
      'This deployment serves a read-only dataset (--data); writes need the database (docs/storage.md).',
    );
    assert.equal(r.headers['allow'], 'GET, HEAD, OPTIONS');
  } finally {
    await server.close();
  }
});

for (const backend of await backends()) {
  describe(`mutants of the API on ${backend.name}`, () => {
    let ws: WriteServer;
    const t = (name: string, fn: () => Promise<void>) => test(`${backend.name}: ${name}`, fn);
    before(async () => {
      ws = await openWriteServer(backend);
    });
    after(() => ws.close());

    /** PUT /v1/partners/ID with the coordinator key (and If-Match when given). */
    const put = (id: string, body: unknown, ifMatch?: string) =>
      ws.call('PUT', `/v1/partners/${id}`, {
        token: ws.keys.coordinator,
        body,
        headers: ifMatch ? { 'If-Match': ifMatch } : {},
      });

    t('a project holding cldrNames or partnership: the schema refuses the unknown field by name', async () => {
      // Only a partner's PUT takes a CLDR marker out, only a membership's checks its partnership
      // against the path: on a project, both are fields the schema does not know.
      for (const [field, value] of [
        ['cldrNames', ['fr']],
        ['partnership', 'osce'],
      ] as const) {
        const p = problemOf(
          await unchanged(ws, () =>
            ws.call('POST', '/v1/projects', {
              token: ws.keys.coordinator,
              body: { ...newProject(true, 'mutants'), [field]: value },
            }),
          ),
          422,
        );
        assert.equal(p.detail, `The record breaks a rule: /${field} has unknown property "${field}".`);
        assert.deepEqual(p.errors, [
          {
            param: 'body',
            pointer: `/${field}`,
            rule: 'additionalProperties',
            message: `has unknown property "${field}"`,
          },
        ]);
      }
    });

    t('a partner sent back with no object, a name that is no object, or a marker that is no list', async () => {
      const read = await ws.call('GET', '/v1/partners/afg');
      const etag = String(read.headers['etag']);
      const afg = read.json<Record<string, unknown>>();
      assert.ok(Array.isArray(afg['cldrNames']) && afg['cldrNames'].length > 0, 'afg is served with CLDR names');
      // A JSON text that is no object: the handler's own 422, not a crash on the way.
      for (const body of ['"text"', 'null', '3']) {
        const p = problemOf(await unchanged(ws, () => put('afg', body, etag)), 422);
        assert.equal(p.detail, 'The body must be a JSON object.', body);
      }
      // The marker with a name that is no object: the marker goes, the schema judges the name.
      for (const name of [null, 'Afghanistan']) {
        const p = problemOf(await unchanged(ws, () => put('afg', { ...afg, name }, etag)), 422);
        assert.equal(p.detail, 'The record breaks a rule: /name must be object.', String(name));
        assert.deepEqual(p.errors, [{ param: 'body', pointer: '/name', rule: 'type', message: 'must be object' }]);
      }
      // A marker that is no list names no language: it goes, and every name sent is kept as sent.
      const r = await put('afg', { ...afg, cldrNames: 5 }, etag);
      assert.equal(r.status, 200, r.text);
      const stored = (await ws.db.getRecord('partner', 'afg'))?.body as unknown as Partner & { cldrNames?: unknown };
      assert.deepEqual(stored.name, afg['name']);
      assert.equal(Object.keys(stored.name).length, 8);
      assert.equal(stored.cldrNames, undefined);
    });

    /** A new country (tjk's fields under another id and codes) with only an English name, no routes, no memberships. */
    const newCountry = async (id: string, iso2: string) => {
      const tjk = (await ws.call('GET', '/v1/partners/tjk')).json<Record<string, unknown>>();
      const { cldrNames: _marker, ...fields } = tjk;
      return { ...fields, id, iso2, iso3: id.toUpperCase(), name: { en: 'Test partner' }, routes: [], memberships: [] };
    };

    t('a country CLDR has no name for (iso2 AA) is created and served with its own name only', async () => {
      const body = await newCountry('aaa', 'AA');
      const created = await put('aaa', body);
      assert.equal(created.status, 201, created.text);
      assert.deepEqual(created.json(), body);
      const read = await ws.call('GET', '/v1/partners/aaa');
      assert.equal(read.status, 200, read.text);
      assert.deepEqual(read.json(), body);
    });

    t('removing a membership the partner does not hold: 404 naming it, nothing changes', async () => {
      const created = await put('aab', await newCountry('aab', 'AB'));
      assert.equal(created.status, 201, created.text);
      const p = problemOf(
        await unchanged(ws, () =>
          ws.call('DELETE', '/v1/partners/aab/memberships/osce', {
            token: ws.keys.coordinator,
            headers: { 'If-Match': String(created.headers['etag']) },
          }),
        ),
        404,
      );
      assert.equal(p.title, 'Not Found');
      assert.equal(p.detail, 'No live record is partner/aab/memberships/osce.');
    });

    t('a create retried after its project was withdrawn replays the first answer and leaves it withdrawn', async () => {
      const body = newProject(true, 'mutants');
      const headers = { 'Idempotency-Key': `mutants-${body.id}` };
      const first = await ws.call('POST', '/v1/projects', { token: ws.keys.coordinator, body, headers });
      assert.equal(first.status, 201, first.text);
      const withdrawn = await ws.call('DELETE', `/v1/projects/${body.id}`, {
        token: ws.keys.coordinator,
        headers: { 'If-Match': String(first.headers['etag']) },
      });
      assert.equal(withdrawn.status, 204, withdrawn.text);
      const retry = await unchanged(ws, () =>
        ws.call('POST', '/v1/projects', { token: ws.keys.coordinator, body, headers }),
      );
      assert.equal(retry.status, 201, retry.text);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.deepEqual(retry.json(), first.json());
      assert.equal((await ws.call('GET', `/v1/projects/${body.id}`)).status, 404);
    });

    t('If-None-Match: the ETag or its compressed form answers 304, a suffix put before it does not', async () => {
      const etag = String((await ws.call('GET', '/v1/partners/afg')).headers['etag']);
      const statusWith = async (tag: string) =>
        (await ws.call('GET', '/v1/partners/afg', { headers: { 'If-None-Match': tag } })).status;
      assert.equal(await statusWith(etag), 304);
      assert.equal(await statusWith(etag.replace(/"$/, '-gzip"')), 304);
      assert.equal(await statusWith(`-gzip${etag}`), 200);
      assert.equal(await statusWith(`-br${etag}`), 200);
    });

    t('withdrawing a partner, or changing a membership of one, that is not there: 404 naming it', async () => {
      const call = (method: string, path: string) =>
        ws.call(method, path, {
          token: ws.keys.coordinator,
          headers: { 'If-Match': '"x"' },
          ...(method === 'PUT' ? { body: { status: 'member' } } : {}),
        });
      const gone = problemOf(await unchanged(ws, () => call('DELETE', '/v1/partners/zzz')), 404);
      assert.equal(gone.detail, 'No live partner has the id "zzz".');
      for (const method of ['PUT', 'DELETE']) {
        const p = problemOf(await unchanged(ws, () => call(method, '/v1/partners/zzz/memberships/osce')), 404);
        assert.equal(p.detail, 'No live partner has the id "zzz".', method);
      }
    });

    t('a change-feed cursor the API did not give: 400 naming since, with the reason', async () => {
      // Not base64url; a real cursor ("c1") with padding; eleven digits.
      for (const since of ['garbage', 'YzE=', 'Yzk5OTk5OTk5OTk5']) {
        const p = problemOf(await ws.call('GET', `/v1/changes?since=${encodeURIComponent(since)}`), 400);
        assert.equal(p.errors?.length, 1, since);
        assert.deepEqual(
          { ...p.errors?.[0] },
          { param: 'since', message: `"${since}" is not a change-feed cursor` },
          since,
        );
      }
    });
  });

  describe(`writes naming a route or a pillar an import withdrew, on ${backend.name}`, () => {
    let ws: WriteServer;
    before(async () => {
      ws = await openWriteServer(backend);
      // The seed without the southern route and without pillar 4: what named them is moved or cut.
      const seed = await loadDataset();
      const without = {
        ...seed,
        routes: seed.routes.filter((r) => r.id !== 'southern'),
        pillars: seed.pillars.filter((p) => p.number !== 4),
        partners: seed.partners.map((p) => ({ ...p, routes: p.routes.filter((r) => r.route !== 'southern') })),
        projects: seed.projects.map((p) => ({
          ...p,
          pillar: p.pillar === 4 ? 1 : p.pillar,
          routes: p.routes.filter((r) => r !== 'southern'),
        })),
        events: seed.events.map((e) =>
          e.pillars ? { ...e, pillars: [...new Set(e.pillars.map((n) => (n === 4 ? 1 : n)))] } : e,
        ),
      };
      const imported = await ws.db.importDataset(without);
      assert.ok(imported.ok, JSON.stringify(imported));
      await ws.store.refresh();
    });
    after(() => ws.close());

    test(`${backend.name}: a partner on a withdrawn route: 422 naming the route, nothing changes`, async () => {
      const read = await ws.call('GET', '/v1/partners/tjk');
      const tjk = read.json<Partner & { cldrNames?: string[] }>();
      const r = await unchanged(ws, () =>
        ws.call('PUT', '/v1/partners/tjk', {
          token: ws.keys.coordinator,
          body: { ...tjk, routes: [...tjk.routes, { route: 'southern', role: 'transit' }] },
          headers: { 'If-Match': String(read.headers['etag']) },
        }),
      );
      const pointer = `/routes/${tjk.routes.length}/route`;
      const p = problemOf(r, 422);
      assert.equal(p.detail, `The record breaks a rule: ${pointer} route "southern" does not exist.`);
      assert.deepEqual(p.errors, [
        { param: 'body', pointer, rule: 'reference', message: 'route "southern" does not exist' },
      ]);
    });

    test(`${backend.name}: a project on a withdrawn route and pillar: 422 naming both`, async () => {
      const r = await unchanged(ws, () =>
        ws.call('POST', '/v1/projects', {
          token: ws.keys.coordinator,
          body: { ...newProject(true, 'mutants'), pillar: 4, routes: ['northern', 'southern'] },
        }),
      );
      const p = problemOf(r, 422);
      assert.equal(
        p.detail,
        'The record breaks 2 rules: /pillar pillar "4" does not exist; /routes/1 route "southern" does not exist.',
      );
      assert.deepEqual(p.errors, [
        { param: 'body', pointer: '/pillar', rule: 'reference', message: 'pillar "4" does not exist' },
        { param: 'body', pointer: '/routes/1', rule: 'reference', message: 'route "southern" does not exist' },
      ]);
    });
  });
}
