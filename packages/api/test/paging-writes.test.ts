// A list's pages across writes, over real HTTP, on PGlite and on PostgreSQL: a reader who follows
// `next` while partners create, withdraw and edit projects sees each project once and misses none
// of those that were there all along (cursor.ts, store/order.ts). With cursors that held an
// offset, a project created before the page repeated its last record on the next page, and one
// withdrawn before it made the next page skip one.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Project } from '@pact/schema';
import { backends } from './db/support.js';
import { etagOf, newProject, openWriteServer, type WriteServer } from './writes-http-support.js';

interface Page {
  data: Project[];
  total: number;
  next: string | null;
}

for (const backend of await backends()) {
  describe(`pages across writes on ${backend.name}`, () => {
    let ws: WriteServer;
    before(async () => {
      ws = await openWriteServer(backend);
    });
    after(() => ws.close());

    /** Creates a project of this test (its id begins with `paging-`) that starts on `start`. */
    const create = async (name: string, start: string) => {
      const body = { ...newProject(true, `paging-${name}`), start, end: '2030-12-31' };
      const r = await ws.call('POST', '/v1/projects', { token: ws.keys.coordinator, body });
      assert.equal(r.status, 201, r.text);
      return body.id;
    };
    /** One page of this test's projects, oldest start first, `limit` at a time. */
    const page = async (limit: number, cursor?: string): Promise<Page> => {
      const path = `/v1/projects?q=paging-&sort=start&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const r = await ws.call('GET', path);
      assert.equal(r.status, 200, `GET ${path}: ${r.text}`);
      return r.json<Page>();
    };
    const names = (p: Page, ids: Record<string, string>) =>
      p.data.map((x) => Object.keys(ids).find((k) => ids[k] === x.id) ?? x.id);

    test(`${backend.name}: each project once, none skipped, while projects are created, withdrawn and moved`, async () => {
      const ids: Record<string, string> = {};
      for (const [name, start] of [
        ['a', '2019-01-01'],
        ['b', '2019-02-01'],
        ['c', '2019-03-01'],
        ['d', '2019-04-01'],
        ['e', '2019-05-01'],
      ] as const)
        ids[name] = await create(name, start);
      const first = await page(2);
      assert.deepEqual(names(first, ids), ['a', 'b']);
      assert.equal(first.total, 5);
      const c1 = first.next ?? assert.fail('a first page of 2 of 5 has a next cursor');

      // Created before the page the reader has: the next page does not show "b" again.
      ids['z'] = await create('z', '2018-01-01');
      const second = await page(2, c1);
      assert.deepEqual(names(second, ids), ['c', 'd']);
      assert.equal(second.total, 6);

      // "a" and "b" (the record the cursor was made after) withdrawn: the next page does not skip "c".
      for (const name of ['a', 'b']) {
        const id = ids[name]!;
        const r = await ws.call('DELETE', `/v1/projects/${id}`, {
          token: ws.keys.coordinator,
          headers: { 'If-Match': await etagOf(ws, id) },
        });
        assert.equal(r.status, 204, r.text);
      }
      const again = await page(2, c1);
      assert.deepEqual(names(again, ids), ['c', 'd']);
      assert.equal(again.total, 4);

      // "c" moved after the rest: the reader meets it where it now is, once.
      const moved = await ws.call('PATCH', `/v1/projects/${ids['c']}`, {
        token: ws.keys.coordinator,
        body: { start: '2020-01-01' },
        headers: { 'If-Match': await etagOf(ws, ids['c']!) },
      });
      assert.equal(moved.status, 200, moved.text);
      const seen: string[] = [];
      let cursor: string | null = c1;
      for (let pages = 0; cursor; pages++) {
        assert.ok(pages < 10, 'the pages end');
        const p: Page = await page(1, cursor);
        seen.push(...names(p, ids));
        cursor = p.next;
      }
      assert.deepEqual(seen, ['d', 'e', 'c']);
    });

    test(`${backend.name}: a title of 5,000 characters pages like any other, in a short cursor`, async () => {
      const titles = { short: 'A short title', long: `B ${'é'.repeat(5000)}`, last: 'C last title' };
      const ids: Record<string, string> = {};
      for (const [name, en] of Object.entries(titles)) {
        const body = { ...newProject(true, `paging-title-${name}`), title: { en } };
        const r = await ws.call('POST', '/v1/projects', { token: ws.keys.coordinator, body });
        assert.equal(r.status, 201, r.text);
        ids[name] = body.id;
      }
      const seen: string[] = [];
      let cursor = '';
      for (let pages = 0; pages === 0 || cursor; pages++) {
        assert.ok(pages < 10, 'the pages end');
        const path = `/v1/projects?q=paging-title-&sort=title&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
        const r = await ws.call('GET', path);
        assert.equal(r.status, 200, `page ${pages + 1}: ${r.text.slice(0, 300)}`);
        const p = r.json<Page>();
        seen.push(...names(p, ids));
        cursor = p.next ?? '';
        assert.ok(cursor.length < 1200, `a cursor of ${cursor.length} characters`);
      }
      assert.deepEqual(seen, ['short', 'long', 'last']);
    });
  });
}
