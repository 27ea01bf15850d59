// The write API over real HTTP, on PGlite and on PostgreSQL: who may write what, concurrent
// edits, every refusal, reads that see writes at once, and generated hostile bodies
// (writes-http-hostile.ts, on the same server) (issue 12). Crash safety: writes-http-crash.test.ts.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { applyPatch, type Operation } from 'rfc6902';
import { DEFAULT_IATI_REPORTING_ORG, type Project } from '@pact/schema';
import { RateLimiter } from '../src/write/rate-limit.js';
import { backends } from './db/support.js';
import { hostileWrites } from './writes-http-hostile.js';
import {
  created,
  etagOf,
  feed,
  newProject,
  send,
  unchanged,
  type KeyName,
  type Reply,
  type WriteServer,
  openWriteServer,
  problemOf,
} from './writes-http-support.js';

/** Hostile bodies per write route (POST and PATCH): 2,000 in all on each backend. */
const HOSTILE_RUNS = 1000;

type Who = KeyName | 'none' | 'bad';
const WHO: readonly Who[] = ['coordinator', 'partner', 'reader', 'none', 'bad', 'revoked'];
type Route = 'POST' | 'PATCH' | 'DELETE';
const SUCCESS: Record<Route, number> = { POST: 201, PATCH: 200, DELETE: 204 };

/** A well-formed key that no account has. */
const BAD_KEY = `pact_${'A'.repeat(43)}`;

/** The documented answer: [status, detail] for a refusal. */
function expected(who: Who, route: Route, own: boolean, id: string): [number, string?] {
  switch (who) {
    case 'coordinator':
      return [SUCCESS[route]];
    case 'partner':
      if (own) return [SUCCESS[route]];
      return [
        403,
        route === 'POST'
          ? `Not allowed: partner "osce" must stay the implementer or a donor of project "${id}".`
          : `Not allowed: partner "osce" is neither the implementer nor a donor of project "${id}".`,
      ];
    case 'reader':
      return [403, 'Not allowed: a reader key may not write.'];
    case 'none':
      return [401, 'This write needs an API key: send it as "Authorization: Bearer <key>".'];
    case 'bad':
    case 'revoked':
      return [401, 'The API key is not valid: it is unknown or has been revoked.'];
  }
}

for (const backend of await backends()) {
  describe(`the write API over HTTP on ${backend.name}`, () => {
    let ws: WriteServer;
    const t = (name: string, fn: () => Promise<void>) => test(`${backend.name}: ${name}`, fn);
    before(async () => {
      ws = await openWriteServer(backend);
    });
    after(() => ws.close());
    const token = (who: Who) => (who === 'none' ? undefined : who === 'bad' ? BAD_KEY : ws.keys[who]);

    for (const route of ['POST', 'PATCH', 'DELETE'] as const)
      for (const who of WHO)
        for (const own of [true, false])
          t(`${who} key, ${route} on ${own ? 'its own' : "another organization's"} project`, async () => {
            const fresh = newProject(own);
            const target = route === 'POST' ? fresh : await created(ws, own);
            const path = route === 'POST' ? '/v1/projects' : `/v1/projects/${target.id}`;
            const headers: Record<string, string> = route === 'POST' ? {} : { 'If-Match': await etagOf(ws, target.id) };
            const body = route === 'POST' ? fresh : route === 'PATCH' ? { budget: { amount: 4242 } } : undefined;
            const [status, detail] = expected(who, route, own, target.id);
            const go = () => ws.call(route, path, { token: token(who), body, headers });
            if (detail !== undefined) {
              const r = await unchanged(ws, go);
              assert.equal(r.status, status, r.text);
              assert.equal(problemOf(r).detail, detail);
              if (status === 401) assert.match(String(r.headers['www-authenticate']), /^Bearer realm="pact"/);
              const now = await ws.call('GET', `/v1/projects/${target.id}`);
              assert.equal(now.status, route === 'POST' ? 404 : 200);
              return;
            }
            const feedBefore = (await feed(ws)).length;
            const r = await go();
            assert.equal(r.status, status, r.text);
            assert.equal(r.headers['cache-control'], 'no-store');
            const changes = await feed(ws);
            assert.equal(changes.length, feedBefore + 1, 'one write, one feed entry');
            const last = changes.at(-1)!;
            assert.deepEqual(
              [last['id'], last['change'], last['organization']],
              [
                target.id,
                { POST: 'create', PATCH: 'update', DELETE: 'withdraw' }[route],
                who === 'partner' ? 'osce' : 'unodc',
              ],
            );
            const now = await ws.call('GET', `/v1/projects/${target.id}`);
            if (route === 'DELETE') {
              assert.equal(now.status, 404);
              assert.equal(r.text, '');
            } else {
              assert.equal(now.status, 200);
              assert.deepEqual(now.json(), r.json());
              assert.equal(r.headers['etag'], now.headers['etag']);
              if (route === 'PATCH') assert.equal(now.json<Project>().budget.amount, 4242);
              if (route === 'POST') assert.equal(r.headers['location'], `/v1/projects/${target.id}`);
            }
          });

    t('a partner may not hand its project to another organization (403, nothing changes)', async () => {
      const p = await created(ws, true);
      const r = await unchanged(ws, async () =>
        ws.call('PATCH', `/v1/projects/${p.id}`, {
          token: ws.keys.partner,
          body: { implementer: 'wco', donors: ['jpn'] },
          headers: { 'If-Match': await etagOf(ws, p.id) },
        }),
      );
      assert.equal(r.status, 403);
      assert.equal(
        problemOf(r).detail,
        `Not allowed: partner "osce" must stay the implementer or a donor of project "${p.id}".`,
      );
    });

    t('50 concurrent PATCHes with the same If-Match: one 200, 49 × 412 with the current ETag', async () => {
      const p = await created(ws, true);
      const tag = await etagOf(ws, p.id);
      const feedBefore = (await feed(ws)).length;
      const replies = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          ws.call('PATCH', `/v1/projects/${p.id}`, {
            token: ws.keys.partner,
            body: { budget: { amount: 10_000 + i } },
            headers: { 'If-Match': tag },
          }),
        ),
      );
      const won = replies.filter((r) => r.status === 200);
      const lost = replies.filter((r) => r.status === 412);
      assert.deepEqual([won.length, lost.length], [1, 49], replies.map((r) => r.status).join(' '));
      const winner = won[0]!.json<Project>();
      const now = await ws.call('GET', `/v1/projects/${p.id}`);
      assert.deepEqual(now.json(), winner);
      assert.ok(winner.budget.amount >= 10_000 && winner.budget.amount < 10_050);
      for (const r of lost) {
        assert.equal(r.headers['etag'], now.headers['etag']);
        assert.match(problemOf(r).detail, /changed since you read it/);
      }
      const changes = await feed(ws);
      assert.equal(changes.length, feedBefore + 1);
      assert.deepEqual([changes.at(-1)!['id'], changes.at(-1)!['change']], [p.id, 'update']);
    });

    describe(`${backend.name}: each refusal is a problem document and changes nothing`, () => {
      let p: Project;
      before(async () => {
        p = await created(ws, true);
      });
      const post = (body: unknown, headers: Record<string, string> = {}) =>
        ws.call('POST', '/v1/projects', { token: ws.keys.coordinator, body, headers });
      const refused = async (status: number, go: () => Promise<Reply>) => {
        const r = await unchanged(ws, go);
        assert.equal(r.status, status, r.text);
        return problemOf(r);
      };

      t('413 for a body over 64 kB, with an honest Content-Length', async () => {
        const big = { ...newProject(true), note: 'x'.repeat(70_000) };
        const r = await refused(413, () => post(big));
        assert.equal(r.detail, 'The body is larger than 65536 bytes, the most a write accepts.');
      });

      t('413 for a chunked body over 64 kB (no Content-Length) and for a lying Content-Length', async () => {
        const head = (extra: string) =>
          `POST /v1/projects HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ws.keys.coordinator}\r\n` +
          `Content-Type: application/json\r\nConnection: close\r\n${extra}\r\n`;
        const chunk = `{"id":"${'x'.repeat(40_000)}`;
        const chunked =
          head('Transfer-Encoding: chunked\r\n') +
          [chunk, chunk].map((c) => `${c.length.toString(16)}\r\n${c}\r\n`).join('') +
          '0\r\n\r\n';
        // Claims 1 MB, sends 10 bytes: refused from the header, without waiting for the rest.
        const lying = head('Content-Length: 1048576\r\n') + '{"id":"x"}';
        for (const raw of [chunked, lying]) {
          const status = await unchanged(ws, () => rawRequest(ws.server.port, raw));
          assert.equal(status, 413, raw.slice(0, 200));
        }
      });

      t('415 for text/plain', async () => {
        const r = await refused(415, () => post(newProject(true), { 'Content-Type': 'text/plain' }));
        assert.match(r.detail, /Send the body as JSON .*got "text\/plain"/);
      });

      t('400 for a body that is not JSON, and for bytes that are not UTF-8', async () => {
        let r = await refused(400, () => post('{"id": "x",'));
        assert.match(r.detail, /^The body is not valid JSON/);
        const bytes = Buffer.concat([Buffer.from('{"id": "'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]);
        r = await refused(400, () => post(bytes));
        assert.equal(r.detail, 'The body is not valid UTF-8.');
      });

      t('400 for a body nested deeper than 32 levels (it once crashed the server with a 500)', async () => {
        const deep = `{"title": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
        const r = await refused(400, () => post(deep));
        assert.match(r.detail, /nests arrays or objects more than 32 levels deep/);
        const patch = `{"title": ${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`;
        const tag = await etagOf(ws, p.id);
        await refused(400, () =>
          ws.call('PATCH', `/v1/projects/${p.id}`, {
            token: ws.keys.partner,
            body: patch,
            headers: { 'If-Match': tag },
          }),
        );
      });

      t('422 names every failing field by JSON Pointer with its rule', async () => {
        const body = { ...newProject(true), pillar: 9, status: 'nope', budget: { amount: -1, currency: 'USD' } };
        const r = await refused(422, () => post(body));
        assert.deepEqual(
          r.errors?.map((e) => [e.pointer, e.rule]),
          [
            ['/pillar', 'enum'],
            ['/status', 'enum'],
            ['/budget/amount', 'minimum'],
          ],
        );
        assert.match(r.detail, /^The record breaks 3 rules: \/pillar /);
        const tag = await etagOf(ws, p.id);
        const patched = await refused(422, () =>
          ws.call('PATCH', `/v1/projects/${p.id}`, {
            token: ws.keys.partner,
            body: { title: 7, extra: true },
            headers: { 'If-Match': tag },
          }),
        );
        assert.deepEqual(patched.errors?.map((e) => [e.pointer, e.rule]).sort(), [
          ['/extra', 'additionalProperties'],
          ['/title', 'type'],
        ]);
      });

      t('422 for `updated` or `illustrative` set by a client', async () => {
        const r = await refused(422, () =>
          post({ ...newProject(true), updated: '2030-01-01T00:00:00Z', illustrative: false }),
        );
        assert.deepEqual(
          r.errors?.map((e) => [e.pointer, e.rule]),
          [
            ['/updated', 'readOnly'],
            ['/illustrative', 'readOnly'],
          ],
        );
        const tag = await etagOf(ws, p.id);
        const patched = await refused(422, () =>
          ws.call('PATCH', `/v1/projects/${p.id}`, {
            token: ws.keys.partner,
            body: { illustrative: true },
            headers: { 'If-Match': tag },
          }),
        );
        assert.deepEqual(
          patched.errors?.map((e) => e.pointer),
          ['/illustrative'],
        );
      });

      t(
        '428 without If-Match, 412 with a stale one (carrying the current ETag), 404 for an unknown project',
        async () => {
          const path = `/v1/projects/${p.id}`;
          for (const method of ['PATCH', 'DELETE']) {
            const body = method === 'PATCH' ? { budget: { amount: 1 } } : undefined;
            await refused(428, () => ws.call(method, path, { token: ws.keys.partner, body }));
            const stale = await ws.call(method, path, {
              token: ws.keys.partner,
              body,
              headers: { 'If-Match': '"stale"' },
            });
            assert.equal(stale.status, 412);
            assert.equal(stale.headers['etag'], await etagOf(ws, p.id));
            const r = await refused(404, () =>
              ws.call(method, '/v1/projects/prj-none', {
                token: ws.keys.partner,
                body,
                headers: { 'If-Match': '"x"' },
              }),
            );
            assert.equal(r.detail, 'No live project has the id "prj-none".');
          }
        },
      );

      t('409 for an existing id and for an Idempotency-Key reused with another body', async () => {
        const r = await refused(409, () => post({ ...newProject(true), id: p.id }));
        assert.equal(r.detail, `Conflict: project "${p.id}" already exists.`);
        assert.equal(r.title, 'Conflict');
        const first = newProject(true);
        const key = { 'Idempotency-Key': `key-${first.id}` };
        assert.equal((await post(first, key)).status, 201);
        const again = await refused(409, () => post({ ...first, budget: { amount: 1, currency: 'EUR' } }, key));
        assert.equal(again.detail, 'Conflict: this Idempotency-Key was used with a different request.');
      });

      t(
        'a retried create with the same Idempotency-Key returns the first result: one record, one feed entry',
        async () => {
          const body = newProject(false);
          const key = { 'Idempotency-Key': `retry-${body.id}` };
          const before = (await feed(ws)).length;
          const first = await post(body, key);
          assert.equal(first.status, 201, first.text);
          const retries = await Promise.all([post(body, key), post(body, key)]);
          for (const r of retries) {
            assert.equal(r.status, 201);
            assert.deepEqual(r.json(), first.json());
            assert.equal(r.headers['etag'], first.headers['etag']);
            assert.equal(r.headers['idempotent-replayed'], 'true');
          }
          const changes = await feed(ws);
          assert.equal(changes.length, before + 1);
          const list = await ws.call('GET', `/v1/projects?donor=jpn&limit=200`);
          assert.equal(list.json<{ data: Project[] }>().data.filter((x) => x.id === body.id).length, 1);
        },
      );

      t('429 with Retry-After once a key has spent its burst', async () => {
        const limited = await ws.withLimiter(new RateLimiter({ burst: 2, perSecond: 0.01 }));
        const go = () => send(limited.url, 'POST', '/v1/projects', { token: ws.keys.partner, body: { id: 1 } });
        const replies = await unchanged(ws, async () => [await go(), await go(), await go()]);
        const r = replies[2]!;
        assert.deepEqual(
          replies.map((x) => x.status),
          [422, 422, 429],
        );
        // 1 token at 0.01 a second: about 100 s to wait.
        const wait = Number(r.headers['retry-after']);
        assert.ok(Number.isInteger(wait) && wait >= 90 && wait <= 100, `Retry-After: ${wait}`);
        assert.equal(problemOf(r).detail, `This key has made too many writes; try again in ${wait} s.`);
        assert.equal(problemOf(r).title, 'Too Many Requests');
        // Another key has its own bucket.
        const other = await send(limited.url, 'POST', '/v1/projects', { token: ws.keys.coordinator, body: { id: 1 } });
        assert.equal(other.status, 422);
      });
    });

    t(
      "each pillar counts its projects: a partner's real project adds to its pillar's total, not to its examples",
      async () => {
        type Counts = Record<number, { total: number; illustrative: number }>;
        const pillars = async () => {
          const r = await ws.call('GET', '/v1/pillars');
          assert.equal(r.status, 200, r.text);
          const data = r.json<{ data: { number: number; projects: Counts[number] }[] }>().data;
          return {
            etag: String(r.headers['etag']),
            counts: Object.fromEntries(data.map((p) => [p.number, p.projects])) as Counts,
          };
        };
        const total = async (query: string) =>
          (await ws.call('GET', `/v1/projects?${query}&limit=1`)).json<{ total: number }>().total;
        /** The counts, each checked against the projects list's totals (what the element asked for before). */
        const agreed = async () => {
          const { etag, counts } = await pillars();
          for (const n of [1, 2, 3, 4])
            assert.deepEqual(
              counts[n],
              { total: await total(`pillar=${n}`), illustrative: await total(`pillar=${n}&illustrative=true`) },
              `pillar ${n}`,
            );
          return { etag, counts };
        };
        const start = await agreed();
        const p = (
          await ws.call('POST', '/v1/projects', { token: ws.keys.partner, body: { ...newProject(true), pillar: 3 } })
        ).json<Project>();
        const added = await agreed();
        assert.deepEqual(added.counts, {
          ...start.counts,
          3: { total: start.counts[3]!.total + 1, illustrative: start.counts[3]!.illustrative },
        });
        assert.deepEqual(
          (await ws.call('GET', '/v1/pillars/3')).json<{ projects: unknown }>().projects,
          added.counts[3],
        );
        const revalidated = await ws.call('GET', '/v1/pillars', { headers: { 'If-None-Match': start.etag } });
        assert.equal(revalidated.status, 200, 'the old ETag of /v1/pillars no longer matches');

        const moved = await ws.call('PATCH', `/v1/projects/${p.id}`, {
          token: ws.keys.partner,
          body: { pillar: 1 },
          headers: { 'If-Match': await etagOf(ws, p.id) },
        });
        assert.equal(moved.status, 200, moved.text);
        assert.deepEqual((await agreed()).counts, {
          ...start.counts,
          1: { total: start.counts[1]!.total + 1, illustrative: start.counts[1]!.illustrative },
        });
        const withdrawn = await ws.call('DELETE', `/v1/projects/${p.id}`, {
          token: ws.keys.partner,
          headers: { 'If-Match': await etagOf(ws, p.id) },
        });
        assert.equal(withdrawn.status, 204);
        assert.deepEqual((await agreed()).counts, start.counts);
      },
    );

    t('reads see writes at once; unchanged lists still answer 304; the feed pages in order', async () => {
      const feedBefore = await feed(ws);
      const cursor = (await ws.call('GET', `/v1/changes?limit=1000&since=`).then((r) => r.json<{ cursor: string }>()))
        .cursor;
      const meta0 = (await ws.call('GET', '/v1/meta')).json<{ revision: number }>().revision;
      const regions = await ws.call('GET', '/v1/regions');
      const partners = await ws.call('GET', '/v1/partners');
      const projects = await ws.call('GET', '/v1/projects?donor=deu&limit=200');

      const p = (
        await ws.call('POST', '/v1/projects', { token: ws.keys.partner, body: newProject(true) })
      ).json<Project>();
      const patched = await ws.call('PATCH', `/v1/projects/${p.id}`, {
        token: ws.keys.partner,
        body: {
          status: p.status === 'suspended' ? 'closed' : 'suspended',
          title: { en: 'Border liaison offices (edited)' },
        },
        headers: { 'If-Match': await etagOf(ws, p.id) },
      });
      assert.equal(patched.status, 200, patched.text);
      const after = patched.json<Project>();
      assert.deepEqual((await ws.call('GET', `/v1/projects/${p.id}`)).json(), after);
      const listed = await ws.call('GET', '/v1/projects?donor=deu&limit=200');
      assert.deepEqual(
        listed.json<{ data: Project[] }>().data.find((x) => x.id === p.id),
        after,
      );
      const meta1 = (await ws.call('GET', '/v1/meta')).json<{ revision: number }>().revision;
      assert.ok(meta1 >= meta0 + 2, `revision ${meta0} -> ${meta1}`);
      // The regions are /v1/meta's, and no write changes them (their CDN tags name no record).
      assert.deepEqual(
        regions.json<{ data: unknown }>().data,
        (await ws.call('GET', '/v1/meta')).json<{ regions: unknown }>().regions,
      );
      assert.equal(
        (await ws.call('GET', '/v1/regions', { headers: { 'If-None-Match': String(regions.headers['etag']) } })).status,
        304,
      );

      const again = (path: string, etag: unknown) =>
        ws.call('GET', path, { headers: { 'If-None-Match': String(etag) } });
      assert.equal((await again('/v1/partners', partners.headers['etag'])).status, 304);
      const changed = await again('/v1/projects?donor=deu&limit=200', projects.headers['etag']);
      assert.equal(changed.status, 200);
      assert.notEqual(changed.headers['etag'], projects.headers['etag']);

      const withdrawn = await ws.call('DELETE', `/v1/projects/${p.id}`, {
        token: ws.keys.partner,
        headers: { 'If-Match': await etagOf(ws, p.id) },
      });
      assert.equal(withdrawn.status, 204);
      assert.equal((await ws.call('GET', `/v1/projects/${p.id}`)).status, 404);
      const gone = await ws.call('GET', '/v1/projects?donor=deu&limit=200');
      assert.equal(
        gone.json<{ data: Project[] }>().data.some((x) => x.id === p.id),
        false,
      );
      assert.equal(gone.json<{ total: number }>().total, listed.json<{ total: number }>().total - 1);

      // The feed: create, update, withdraw of this project, one page at a time from the old cursor.
      const pages: Record<string, unknown>[] = [];
      let since = cursor;
      for (let i = 0; i < 10; i++) {
        const page = (await ws.call('GET', `/v1/changes?limit=1&since=${since}`)).json<{
          data: Record<string, unknown>[];
          cursor: string;
          more: boolean;
        }>();
        pages.push(...page.data);
        since = page.cursor;
        if (!page.more) break;
      }
      assert.equal(feedBefore.length + 3, (await feed(ws)).length);
      assert.deepEqual(
        pages.map((c) => [c['id'], c['change'], c['organization']]),
        [
          [p.id, 'create', 'osce'],
          [p.id, 'update', 'osce'],
          [p.id, 'withdraw', 'osce'],
        ],
      );
      // RFC 6902: the patches rebuild each state from nothing.
      const doc: { value: unknown } = { value: null };
      const replay = (c: Record<string, unknown>) => {
        const ops = (c['patch'] as Operation[]).map((o) => ({ ...o, path: `/value${o.path}` }));
        const errors = applyPatch(doc, ops as Operation[]);
        assert.deepEqual(errors.filter(Boolean), []);
      };
      replay(pages[0]!);
      assert.deepEqual(doc.value, p);
      replay(pages[1]!);
      assert.deepEqual(doc.value, after);
      const ops = (pages[1]!['patch'] as Operation[]).map((o) => o.path).sort();
      assert.deepEqual(ops, ['/status', '/title/en', '/updated']);
      // A withdrawal removes nothing from the history: its patch is empty (db/ledger.ts).
      assert.deepEqual(pages[2]!['patch'], []);
    });

    t('?illustrative= tells the fictitious examples from projects partners register (exact counts)', async () => {
      const total = async (q: string) =>
        (await ws.call('GET', `/v1/projects?pillar=2&limit=1${q}`)).json<{ total: number }>().total;
      const [all, fictitious, real] = [
        await total(''),
        await total('&illustrative=true'),
        await total('&illustrative=false'),
      ];
      assert.ok(fictitious > 0, 'the seed has fictitious examples under pillar 2');
      assert.equal(fictitious + real, all);
      const r = await ws.call('POST', '/v1/projects', {
        token: ws.keys.partner,
        body: { ...newProject(true), pillar: 2 },
      });
      assert.equal(r.status, 201, r.text);
      assert.deepEqual(
        [await total(''), await total('&illustrative=true'), await total('&illustrative=false')],
        [all + 1, fictitious, real + 1],
      );
      const bad = await ws.call('GET', '/v1/projects?illustrative=yes');
      assert.equal(bad.status, 400);
      assert.deepEqual(
        problemOf(bad).errors?.map((e) => e.param),
        ['illustrative'],
      );
    });

    t('GET /v1/projects.iati.xml includes a created project, not marked illustrative, with its values', async () => {
      const body = {
        ...newProject(true),
        title: { en: 'Container control & port liaison <pilot>' },
        budget: { amount: 1234567.5, currency: 'EUR' },
        start: '2027-01-01',
        end: '2028-06-30',
        beneficiaries: ['tjk'],
        pillar: 3 as const,
      };
      const r = await ws.call('POST', '/v1/projects', { token: ws.keys.partner, body });
      assert.equal(r.status, 201, r.text);
      const xml = (await ws.call('GET', '/v1/projects.iati.xml?country=tjk&pillar=3')).text;
      const start = xml.indexOf(`<iati-identifier>${DEFAULT_IATI_REPORTING_ORG.ref}-${body.id}</iati-identifier>`);
      assert.ok(start > 0, 'the created project is exported');
      const open = xml.lastIndexOf('<iati-activity ', start);
      const activity = xml.slice(open, xml.indexOf('</iati-activity>', start));
      assert.ok(!xml.slice(0, open).trimEnd().endsWith('not a real project.-->'), 'not marked illustrative');
      assert.match(activity, /default-currency="EUR"/);
      assert.match(
        activity,
        /<title>\s*<narrative xml:lang="en">Container control &amp; port liaison &lt;pilot&gt;<\/narrative>\s*<\/title>/,
      );
      assert.match(activity, /<activity-date type="1" iso-date="2027-01-01"\/>/);
      assert.match(activity, /<activity-date type="3" iso-date="2028-06-30"\/>/);
      assert.match(activity, /<recipient-country code="TJ">/);
      assert.match(activity, /<value currency="EUR" value-date="2027-01-01">1234567.5<\/value>/);
      assert.match(activity, /<participating-org ref="[^"]*OSCE" [^>]*role="4">/);
      assert.doesNotMatch(activity, /Illustrative/i);
    });

    hostileWrites(backend.name, () => ws, HOSTILE_RUNS);
  });
}

/** Sends raw bytes on a fresh connection and reads the status of the first response. */
function rawRequest(port: number, raw: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(raw));
    let head = '';
    socket.on('data', (d) => {
      head += d.toString('latin1');
      const m = /^HTTP\/1\.1 (\d{3})/.exec(head);
      if (m) {
        socket.destroy();
        resolve(Number(m[1]));
      }
    });
    socket.on('error', reject);
    socket.setTimeout(5000, () => reject(new Error('no answer in 5 s')));
  });
}
