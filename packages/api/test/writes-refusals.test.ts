// The write handler's own refusals over real HTTP, on PGlite and on PostgreSQL: what the schema
// cannot say about a body (its shape, the fields the server keeps, an id that must match the
// path), who may write partners, and the headers of every write answer. Each refusal names the
// field at fault and changes nothing. writes-http.test.ts has the roles, the preconditions and
// the concurrency; writes-partners.test.ts the coordinator's accepted writes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { backends } from './db/support.js';
import {
  created,
  etagOf,
  newProject,
  unchanged,
  type WriteServer,
  openWriteServer,
  problemOf,
} from './writes-http-support.js';

for (const backend of await backends()) {
  describe(`the write handler's refusals on ${backend.name}`, () => {
    let ws: WriteServer;
    const t = (name: string, fn: () => Promise<void>) => test(`${backend.name}: ${name}`, fn);
    before(async () => {
      ws = await openWriteServer(backend);
    });
    after(() => ws.close());

    t('a body that is not a JSON object: 422 naming the body', async () => {
      for (const body of [[], 'null', '"text"', '3']) {
        const p = problemOf(
          await unchanged(ws, () => ws.call('POST', '/v1/projects', { token: ws.keys.coordinator, body })),
          422,
        );
        assert.equal(p.detail, 'The body must be a JSON object.', JSON.stringify(body));
        assert.deepEqual(p.errors, [{ param: 'body', pointer: '', rule: 'type', message: 'must be an object' }]);
      }
    });

    t('updated and illustrative are the server’s: one or both named, with their pointers', async () => {
      const both = problemOf(
        await unchanged(ws, () =>
          ws.call('POST', '/v1/projects', {
            token: ws.keys.coordinator,
            body: { ...newProject(true), updated: '2026-01-01T00:00:00Z', illustrative: false },
          }),
        ),
        422,
      );
      assert.equal(both.detail, 'updated and illustrative are set by the server.');
      assert.deepEqual(
        both.errors?.map((e) => [e.pointer, e.rule, e.message]),
        [
          ['/updated', 'readOnly', 'is set by the server'],
          ['/illustrative', 'readOnly', 'is set by the server'],
        ],
      );
      const project = await created(ws, true, 'refusals');
      const one = problemOf(
        await unchanged(ws, async () =>
          ws.call('PATCH', `/v1/projects/${project.id}`, {
            token: ws.keys.coordinator,
            body: { illustrative: true },
            headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': await etagOf(ws, project.id) },
          }),
        ),
        422,
      );
      assert.equal(one.detail, 'illustrative is set by the server.');
    });

    t('past 8 broken rules, 8 are listed and all counted: the schema’s and the references’', async () => {
      const extra = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`extra${i}`, i]));
      const schema = problemOf(
        await unchanged(ws, () =>
          ws.call('POST', '/v1/projects', { token: ws.keys.coordinator, body: { ...newProject(true), ...extra } }),
        ),
        422,
      );
      // The answer lists 8 (problem.ts); the detail counts them all.
      assert.equal(schema.errors?.length, 8);
      assert.equal(
        schema.detail,
        'The record breaks 25 rules: /extra0 has unknown property "extra0"; /extra1 has unknown property "extra1"; /extra2 has unknown property "extra2"; and 22 more.',
      );
      // About 60 kB of unknown donors: one rule broken per donor, all counted, answered in a few kB.
      const donors = Array.from({ length: 6000 }, (_, i) => `x${i}`);
      const reply = await unchanged(ws, () =>
        ws.call('POST', '/v1/projects', { token: ws.keys.coordinator, body: { ...newProject(true), donors } }),
      );
      const refs = problemOf(reply, 422);
      assert.equal(refs.errors?.length, 8);
      assert.deepEqual(refs.errors?.[7], {
        param: 'body',
        pointer: '/donors/7',
        rule: 'reference',
        message: 'partner "x7" does not exist',
      });
      assert.equal(
        refs.detail,
        'The record breaks 6000 rules: /donors/0 partner "x0" does not exist; /donors/1 partner "x1" does not exist; /donors/2 partner "x2" does not exist; and 5997 more.',
      );
      assert.ok(reply.text.length < 4096, `${reply.text.length} characters`);
    });

    t('a partner has no updated field: the schema refuses it as unknown, not as the server’s', async () => {
      const read = await ws.call('GET', '/v1/partners/tjk');
      const p = problemOf(
        await unchanged(ws, () =>
          ws.call('PUT', '/v1/partners/tjk', {
            token: ws.keys.coordinator,
            body: { ...read.json<Record<string, unknown>>(), updated: '2026-01-01T00:00:00Z' },
            headers: { 'If-Match': String(read.headers['etag']) },
          }),
        ),
        422,
      );
      assert.deepEqual(p.errors, [
        { param: 'body', pointer: '/updated', rule: 'additionalProperties', message: 'has unknown property "updated"' },
      ]);
    });

    t('a partner’s id and a membership’s partnership must be those of the path', async () => {
      const read = await ws.call('GET', '/v1/partners/tjk');
      const tjk = read.json<Record<string, unknown>>();
      const ifMatch = String(read.headers['etag']);
      const id = problemOf(
        await unchanged(ws, () =>
          ws.call('PUT', '/v1/partners/tjk', {
            token: ws.keys.coordinator,
            body: { ...tjk, id: 'kaz' },
            headers: { 'If-Match': ifMatch },
          }),
        ),
        422,
      );
      assert.equal(id.detail, 'The body\'s id must be "tjk", the id in the path.');
      assert.deepEqual(id.errors, [{ param: 'body', pointer: '/id', rule: 'const', message: 'must be "tjk"' }]);
      const membership = problemOf(
        await unchanged(ws, () =>
          ws.call('PUT', '/v1/partners/tjk/memberships/osce', {
            token: ws.keys.coordinator,
            body: { partnership: 'paris-pact', status: 'member', verified: true },
            headers: { 'If-Match': ifMatch },
          }),
        ),
        422,
      );
      assert.equal(membership.detail, 'The body\'s partnership must be "osce", the one in the path (or left out).');
      assert.deepEqual(membership.errors, [
        { param: 'body', pointer: '/partnership', rule: 'const', message: 'must be "osce"' },
      ]);
    });

    t('a partner key may not write partners: the refusal names the operation', async () => {
      const read = await ws.call('GET', '/v1/partners/tjk');
      const p = problemOf(
        await unchanged(ws, () =>
          ws.call('PUT', '/v1/partners/tjk', {
            token: ws.keys.partner,
            body: read.json(),
            headers: { 'If-Match': String(read.headers['etag']) },
          }),
        ),
        403,
      );
      assert.equal(p.detail, 'Not allowed: only a coordinator may create a partner.');
      assert.equal(p.title, 'Forbidden');
      const reader = problemOf(
        await unchanged(ws, () => ws.call('DELETE', '/v1/partners/tjk', { token: ws.keys.reader })),
        403,
      );
      assert.equal(reader.detail, 'Not allowed: a reader key may not write.');
      assert.equal(reader.title, 'Forbidden');
    });

    t(
      'a change to a record that is not there: 404 naming it; a stale If-Match: 412 with the current ETag',
      async () => {
        const missing = problemOf(
          await unchanged(ws, () =>
            ws.call('PATCH', '/v1/projects/prj-nowhere', {
              token: ws.keys.coordinator,
              body: { title: { en: 'x' } },
              headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': '"v1"' },
            }),
          ),
          404,
        );
        assert.equal(missing.detail, 'No live project has the id "prj-nowhere".');
        const project = await created(ws, true, 'refusals');
        const current = await etagOf(ws, project.id);
        const stale = await unchanged(ws, () =>
          ws.call('DELETE', `/v1/projects/${project.id}`, {
            token: ws.keys.coordinator,
            headers: { 'If-Match': '"stale"' },
          }),
        );
        const p = problemOf(stale, 412);
        assert.equal(p.title, 'Precondition Failed');
        assert.equal(stale.headers['etag'], current);
      },
    );

    t('each refusal’s title; the store’s own refusals counted and titled', async () => {
      const notObject = problemOf(
        await unchanged(ws, () => ws.call('POST', '/v1/projects', { token: ws.keys.coordinator, body: [] })),
        422,
      );
      assert.equal(notObject.title, 'Unprocessable Content');
      const serverField = problemOf(
        await unchanged(ws, () =>
          ws.call('POST', '/v1/projects', {
            token: ws.keys.coordinator,
            body: { ...newProject(true), updated: '2026-01-01T00:00:00Z' },
          }),
        ),
        422,
      );
      assert.equal(serverField.title, 'Unprocessable Content');
      assert.deepEqual(
        serverField.errors?.map((e) => e.param),
        ['body'],
      );
      // Rules only the store's schema checks: one, then two.
      const one = problemOf(
        await unchanged(ws, () =>
          ws.call('POST', '/v1/projects', {
            token: ws.keys.coordinator,
            body: { ...newProject(true), status: 'bogus' },
          }),
        ),
        422,
      );
      assert.equal(one.title, 'Unprocessable Content');
      assert.match(one.detail, /^The record breaks a rule: \/status /);
      assert.deepEqual(
        one.errors?.map((e) => [e.param, e.pointer]),
        [['body', '/status']],
      );
      const two = problemOf(
        await unchanged(ws, () =>
          ws.call('POST', '/v1/projects', {
            token: ws.keys.coordinator,
            body: { ...newProject(true), status: 'bogus', pillars: ['nine'] },
          }),
        ),
        422,
      );
      assert.match(two.detail, /^The record breaks 2 rules: /);
      assert.equal(two.errors?.length, 2);
      // Another partner's project: the store's authorization refuses it.
      const other = await created(ws, false, 'refusals');
      const forbidden = problemOf(
        await unchanged(ws, async () =>
          ws.call('PATCH', `/v1/projects/${other.id}`, {
            token: ws.keys.partner,
            body: { title: { en: 'x' } },
            headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': await etagOf(ws, other.id) },
          }),
        ),
        403,
      );
      assert.equal(forbidden.title, 'Forbidden');
      assert.match(forbidden.detail, /^Not allowed: .+\.$/);
      const missing = problemOf(
        await unchanged(ws, () =>
          ws.call('DELETE', '/v1/projects/prj-nowhere', {
            token: ws.keys.coordinator,
            headers: { 'If-Match': '"v1"' },
          }),
        ),
        404,
      );
      assert.equal(missing.title, 'Not Found');
    });

    t('a malformed Idempotency-Key: 400 naming it, before anything is written', async () => {
      for (const key of ['x'.repeat(201), 'clé']) {
        const p = problemOf(
          await unchanged(ws, () =>
            ws.call('POST', '/v1/projects', {
              token: ws.keys.coordinator,
              body: newProject(true, 'refusals'),
              headers: { 'Idempotency-Key': key },
            }),
          ),
          400,
        );
        assert.deepEqual(
          p.errors?.map((e) => e.param),
          ['Idempotency-Key'],
          key,
        );
      }
    });

    t(
      'a partner read and sent back unchanged is accepted as it was; a membership may repeat its partnership',
      async () => {
        // Afghanistan's record holds three of its names; the API adds the others from CLDR and says
        // which (cldrNames): sent back, they are not taken as the record's own.
        const read = await ws.call('GET', '/v1/partners/afg');
        const before = read.json<Record<string, unknown>>();
        assert.ok(Array.isArray(before['cldrNames']) && before['cldrNames'].length > 0, 'names added from CLDR');
        const put = await ws.call('PUT', '/v1/partners/afg', {
          token: ws.keys.coordinator,
          body: before,
          headers: { 'If-Match': String(read.headers['etag']) },
        });
        assert.equal(put.status, 200, put.text);
        assert.equal(put.headers['location'], undefined, 'an update says no new place');
        assert.deepEqual(put.json(), before);
        assert.deepEqual((await ws.call('GET', '/v1/partners/afg')).json(), before);
        // Stored as the dataset had it: its own three names, no marker.
        const stored = (await ws.db.getRecord('partner', 'afg'))?.body as Record<string, unknown>;
        assert.deepEqual(Object.keys(stored['name'] as object).sort(), ['en', 'fr', 'ru']);
        assert.equal(stored['cldrNames'], undefined);
        const again = await ws.call('GET', '/v1/partners/tjk');
        const membership = await ws.call('PUT', '/v1/partners/tjk/memberships/osce', {
          token: ws.keys.coordinator,
          body: { partnership: 'osce', status: 'member', verified: true },
          headers: { 'If-Match': String(again.headers['etag']) },
        });
        assert.ok(membership.status === 200 || membership.status === 201, membership.text);
      },
    );

    t('an accepted write is never cached, and says where the new record is', async () => {
      const body = newProject(true, 'refusals');
      const r = await ws.call('POST', '/v1/projects', { token: ws.keys.coordinator, body });
      assert.equal(r.status, 201, r.text);
      assert.equal(r.headers['cache-control'], 'no-store');
      assert.equal(r.headers['location'], `/v1/projects/${body.id}`);
      assert.equal(r.headers['content-type'], 'application/json; charset=utf-8');
      assert.equal(r.headers['etag'], await etagOf(ws, body.id));
      assert.equal(r.headers['idempotent-replayed'], undefined);
      const gone = await ws.call('DELETE', `/v1/projects/${body.id}`, {
        token: ws.keys.coordinator,
        headers: { 'If-Match': String(r.headers['etag']) },
      });
      assert.equal(gone.status, 204, gone.text);
      assert.equal(gone.text, '');
      assert.equal(gone.headers['cache-control'], 'no-store');
      assert.equal(gone.headers['etag'], undefined, 'a 204 has no representation to tag');
    });
  });
}
