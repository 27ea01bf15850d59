// Issue 14 on the write side, over real HTTP on both backends: a stored website is an https: URL
// (any case), checked at load and on write; a body with thousands of bad fields gets a bounded answer.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Partner, Problem, Project } from '@pact/schema';
import { DatasetError, validateDataset } from '@pact/api';
import { SEED_DATA_DIR, SEED_GEO_FILE } from '@pact/api/node';
import { backends } from './db/support.js';
import { sql } from 'kysely';
import {
  created,
  etagOf,
  newProject,
  openWriteServer,
  problemOf,
  unchanged,
  type WriteServer,
} from './writes-http-support.js';
import { MAX_LISTED_ERRORS } from '../src/problem.js';

const HOSTILE_SITES = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'http://plain.example/',
  'ftp://files.example/',
  'https:no-host',
  '//example.org/',
];

test('at load: a website that is not https: is refused with its file, path and rule', () => {
  const read = (f: string) => JSON.parse(readFileSync(join(SEED_DATA_DIR, f), 'utf8')) as unknown;
  const raw = () => ({
    partners: read('partners.json') as Record<string, unknown>[],
    pillars: read('pillars.json'),
    routes: read('routes.json'),
    projects: read('projects.json'),
    partnerships: read('partnerships.json'),
    events: read('events.json'),
    meta: read('meta.json') as { sources: { url?: string }[] },
    geo: JSON.parse(readFileSync(SEED_GEO_FILE, 'utf8')) as unknown,
  });
  for (const site of HOSTILE_SITES) {
    const r = raw();
    r.partners[2] = { ...r.partners[2], website: site };
    assert.throws(
      () => validateDataset(r),
      (e: unknown) => e instanceof DatasetError && e.file === 'partners.json' && e.path === '/2/website',
      site,
    );
  }
  const upper = raw();
  upper.partners[2] = { ...upper.partners[2], website: 'HTTPS://UPPER.example/' };
  assert.doesNotThrow(() => validateDataset(upper));
  const source = raw();
  (source.meta.sources[0] as { url?: string }).url = 'javascript:alert(1)';
  assert.throws(
    () => validateDataset(source),
    (e: unknown) => e instanceof DatasetError && e.file === 'meta.json' && /sources\/0\/url/.test(e.path),
  );
});

for (const backend of await backends()) {
  describe(`${backend.name}: stored URLs and bounded refusals on writes`, () => {
    let ws: WriteServer;
    before(async () => {
      ws = await openWriteServer(backend);
    });
    after(() => ws.close());

    const partner = (id: string, website: string): Partner => ({
      id,
      kind: 'organization',
      name: { en: `Test organization ${id}` },
      acronym: id.toUpperCase(),
      organizationKind: 'network',
      seat: { city: 'Vienna', country: 'AT', lat: 48.2, lon: 16.37 },
      memberships: [],
      routes: [],
      website,
    });

    test('a website that is not https: is a 422 naming /website, and nothing changes', async () => {
      for (const [i, site] of HOSTILE_SITES.entries()) {
        const r = await unchanged(ws, () =>
          ws.call('PUT', `/v1/partners/hostile-${i}`, {
            token: ws.keys.coordinator,
            body: partner(`hostile-${i}`, site),
          }),
        );
        assert.equal(r.status, 422, `${site}: ${r.text}`);
        const p = r.json<Problem>();
        // Only the website is at fault: its scheme (pattern), and for some also its form (format: uri).
        assert.deepEqual([...new Set(p.errors?.map((e) => `${e.param} ${e.pointer}`))], ['body /website'], site);
        assert.ok(
          p.errors?.some((e) => e.rule === 'pattern'),
          site,
        );
        assert.equal((await ws.call('GET', `/v1/partners/hostile-${i}`)).status, 404);
      }
    });

    test('HTTPS://UPPER.example/ is a valid website and is served as written', async () => {
      const r = await ws.call('PUT', '/v1/partners/upper', {
        token: ws.keys.coordinator,
        body: partner('upper', 'HTTPS://UPPER.example/'),
      });
      assert.equal(r.status, 201, r.text);
      const got = await ws.call('GET', '/v1/partners/upper');
      assert.equal(got.json<Partner>().website, 'HTTPS://UPPER.example/');
    });

    test('a body with thousands of bad fields gets an answer no larger than the body plus 4 kB', async () => {
      const body: Record<string, unknown> = { ...newProject(true) };
      for (let i = 0; i < 3000; i++) body[`f${i}`] = i;
      const bytes = Buffer.byteLength(JSON.stringify(body));
      assert.ok(bytes < 64 * 1024, `${bytes} bytes: under the body limit, so validation runs`);
      const r = await unchanged(ws, () => ws.call('POST', '/v1/projects', { token: ws.keys.coordinator, body }));
      assert.equal(r.status, 422, r.text);
      const size = Buffer.byteLength(r.text);
      assert.ok(size <= 4096, `${size} bytes for a ${bytes}-byte body`);
      const p = r.json<Problem>();
      assert.equal(p.errors?.length, MAX_LISTED_ERRORS);
      assert.match(p.detail ?? '', /; and \d+ more\.$/);
      // A long field name is cut in the answer, not echoed in full.
      const long = { ...newProject(true), [`${'x'.repeat(20_000)}`]: 1 };
      const r2 = await ws.call('POST', '/v1/projects', { token: ws.keys.coordinator, body: long });
      assert.equal(r2.status, 422);
      assert.ok(Buffer.byteLength(r2.text) <= 2048, `${Buffer.byteLength(r2.text)} bytes`);
    });

    test('a write that keeps losing a race is a 503 with Retry-After, changes nothing, and succeeds when sent again', async () => {
      const p = await created(ws, true, 'race');
      const tag = await etagOf(ws, p.id);
      const db = ws.db.connection.db;
      // The database itself refuses every update of this record as a serialization failure, and
      // counts the tries in a sequence (nextval is not rolled back with the transaction).
      await sql`create sequence pact_test_race_tries`.execute(db);
      await sql
        .raw(
          `create function pact_test_race() returns trigger language plpgsql as $$ begin
             if new.id = '${p.id}' then
               perform nextval('pact_test_race_tries');
               raise exception 'lost a race on purpose' using errcode = '40001';
             end if;
             return new;
           end $$`,
        )
        .execute(db);
      await sql`create trigger pact_test_race before update on record for each row execute function pact_test_race()`.execute(
        db,
      );
      const patch = () =>
        ws.call('PATCH', `/v1/projects/${p.id}`, {
          token: ws.keys.partner,
          body: { budget: { amount: 777 } },
          headers: { 'If-Match': tag },
        });
      try {
        const r = await unchanged(ws, patch);
        const doc = problemOf(r, 503);
        assert.equal(r.headers['retry-after'], '1');
        assert.match(
          doc.detail,
          /^Other writes to the same records kept getting in the way, so this write was not made\./,
        );
        const { rows } = await sql<{ n: string }>`select last_value::text as n from pact_test_race_tries`.execute(db);
        assert.equal(rows[0]?.n, '3', 'run three times, then given up');
      } finally {
        await sql`drop trigger pact_test_race on record`.execute(db);
        await sql`drop function pact_test_race()`.execute(db);
        await sql`drop sequence pact_test_race_tries`.execute(db);
      }
      const again = await patch();
      assert.equal(again.status, 200, again.text);
      assert.equal(again.json<Project>().budget.amount, 777);
    });
  });
}
