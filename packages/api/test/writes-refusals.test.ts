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
      const reader = problemOf(
        await unchanged(ws, () => ws.call('DELETE', '/v1/partners/tjk', { token: ws.keys.reader })),
        403,
      );
      assert.equal(reader.detail, 'Not allowed: a reader key may not write.');
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
    });
  });
}
