import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import {
  EVENT_FILTERS,
  PAGE_LIMIT,
  PARTNER_FILTERS,
  PROJECT_FILTERS,
  SEARCH_MAX_LENGTH,
  type CountryPartner,
  type Page,
  type Partner,
  type Problem,
  type Project,
} from '@pact/schema';
import { CACHE_CONTROL } from '@pact/api';
import { loadDataset } from '@pact/api/node';
import { notOnEdge, readServer, type ReadServer } from './read-server.js';
import { assertEvery } from '../../../test/support/assert-every.js';

let server: ReadServer;
let base: string;
const dataset = await loadDataset();

before(async () => {
  server = await readServer();
  base = server.url;
});
after(() => server.close());

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers });
  const text = await res.text();
  return { res, text, json: () => JSON.parse(text) as unknown };
}
async function page<T>(path: string): Promise<Page<T>> {
  const { res, json } = await get(path);
  assert.equal(res.status, 200, path);
  return json() as Page<T>;
}
async function problem(path: string, status: number, init: RequestInit = {}): Promise<Problem> {
  const res = await fetch(base + path, init);
  assert.equal(res.status, status, path);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const body = (await res.json()) as Problem;
  assert.equal(body.status, status);
  assert.ok(body.title && body.detail && body.type);
  return body;
}
const names = (p: Page<Partner>) => p.data.map((x) => x.name.en);

const ROUTES = [
  '/v1/partners',
  '/v1/partners/tjk',
  '/v1/pillars',
  '/v1/pillars/2',
  '/v1/routes',
  '/v1/routes/balkan',
  '/v1/flows',
  '/v1/projects',
  '/v1/projects/prj-0001',
  '/v1/geo/countries',
  '/v1/meta',
  '/v1/regions',
  '/v1/openapi.json',
];

describe('every route over HTTP', () => {
  for (const path of ROUTES) {
    test(`${path}: 200 JSON with a strong ETag, caching headers and CORS; 304 on If-None-Match`, async () => {
      const { res } = await get(path);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      const etag = res.headers.get('etag');
      assert.match(etag ?? '', /^"[^"]+"$/, 'strong ETag (no W/ prefix)');
      assert.equal(res.headers.get('cache-control'), CACHE_CONTROL);
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
      const again = await fetch(base + path, { headers: { 'If-None-Match': etag as string } });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('etag'), etag);
    });
  }

  test('single records are the dataset records', async () => {
    const tjk = (await get('/v1/partners/tjk')).json() as CountryPartner;
    assert.equal(tjk.name.fr, 'Tadjikistan');
    const pillar = (await get('/v1/pillars/2')).json() as { number: number };
    assert.equal(pillar.number, 2);
    const route = (await get('/v1/routes/balkan')).json() as { countries: string[] };
    assert.equal(route.countries[0], 'afg');
    const pillars = (await get('/v1/pillars')).json() as { data: unknown[] };
    assert.equal(pillars.data.length, 4);
  });

  test("/v1/regions is /v1/meta's regions alone, each with its id, M49 code and names", async () => {
    const { regions } = (await get('/v1/meta')).json() as { regions: { id: string; m49: string }[] };
    const { data } = (await get('/v1/regions')).json() as { data: unknown };
    assert.deepEqual(data, regions);
    assert.equal(regions.length, dataset.meta.regions.length);
    assert.deepEqual(
      regions.map((r) => `${r.id} ${r.m49}`),
      dataset.meta.regions.map((r) => `${r.id} ${r.m49}`),
    );
  });

  test("each pillar carries its count of projects: the projects list's totals for it", async () => {
    const pillars = ((await get('/v1/pillars')).json() as { data: { number: number; projects: unknown }[] }).data;
    const total = async (query: string) => (await page<Project>(`/v1/projects?${query}&limit=1`)).total;
    const counts = await Promise.all(
      [1, 2, 3, 4].map(async (n) => ({
        total: await total(`pillar=${n}`),
        illustrative: await total(`pillar=${n}&illustrative=true`),
      })),
    );
    assert.deepEqual(
      pillars.map((p) => p.projects),
      counts,
    );
    assert.equal(
      counts.reduce((sum, c) => sum + c.total, 0),
      dataset.projects.length,
    );
    assert.deepEqual(((await get('/v1/pillars/2')).json() as { projects: unknown }).projects, counts[1]);
  });

  test('a stale ETag gets the full body again', async () => {
    const res = await fetch(`${base}/v1/meta`, { headers: { 'If-None-Match': '"not-the-etag"' } });
    assert.equal(res.status, 200);
  });

  test('HEAD answers like GET without a body', async () => {
    const res = await fetch(`${base}/v1/partners`, { method: 'HEAD', headers: { 'Accept-Encoding': 'identity' } });
    const full = await fetch(`${base}/v1/partners`, { headers: { 'Accept-Encoding': 'identity' } });
    assert.equal(res.status, 200);
    // The same ETag and the length of the body GET sends (the bytes themselves: hardening.test.ts).
    assert.equal(res.headers.get('etag'), full.headers.get('etag'));
    assert.ok(res.headers.get('etag'));
    assert.equal(res.headers.get('content-length'), String(Buffer.byteLength(await full.text())));
  });

  test('a read-only dataset has an empty change feed, revalidated each time', async () => {
    const res = await fetch(`${base}/v1/changes`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.deepEqual(await res.json(), { data: [], cursor: '', more: false });
  });

  test("when= reads the server's own clock: each event is past or upcoming, the Moscow conference of 2006 past", async () => {
    const events = (q: string) => page<{ id: string }>(`/v1/events?limit=200&${q}`);
    const all = (await events('')).total;
    const past = await events('when=past');
    const upcoming = await events('when=upcoming');
    assert.equal(past.total + upcoming.total, all);
    assert.ok(past.data.some((e) => e.id === '2006-06-moscow-ministerial-conference'));
    assert.ok(!upcoming.data.some((e) => e.id === '2006-06-moscow-ministerial-conference'));
  });

  test('CORS preflight is answered for GET from any origin', async () => {
    const res = await fetch(`${base}/v1/partners`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://www.osce.org',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-allow-methods') ?? '', /GET/);
    assert.match(res.headers.get('access-control-allow-headers') ?? '', /If-None-Match/i);
    // A browser asks once a day, not before every request.
    assert.equal(res.headers.get('access-control-max-age'), '86400');
  });

  test(
    'gzip and brotli when asked, each with its own ETag that still revalidates',
    notOnEdge('on Cloudflare the CDN compresses (workerd answers gzip with the plain ETag)'),
    async () => {
      const plain = await get('/v1/partners?limit=200', { 'Accept-Encoding': 'identity' });
      assert.equal(plain.res.headers.get('content-encoding'), null);
      for (const [encoding, decode] of [
        ['gzip', gunzipSync],
        ['br', brotliDecompressSync],
      ] as const) {
        // node:http does not decode, so the bytes on the wire are checked.
        const raw = await new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((ok, fail) => {
          httpGet(`${base}/v1/partners?limit=200`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
          }).on('error', fail);
        });
        assert.equal(raw.headers['content-encoding'], encoding);
        assert.ok(raw.body.length < plain.text.length / 3, `${encoding} shrinks the body`);
        assert.equal(decode(raw.body).toString('utf8'), plain.text);
        const etag = raw.headers.etag as string;
        assert.notEqual(etag, plain.res.headers.get('etag'));
        const again = await fetch(`${base}/v1/partners?limit=200`, {
          headers: { 'Accept-Encoding': encoding, 'If-None-Match': etag },
        });
        assert.equal(again.status, 304);
        assert.equal(again.headers.get('etag'), etag);
      }
    },
  );
});

describe('partners: filters, search, sort, pagination', () => {
  test('kind, member, route, region and priority filter as documented', async () => {
    const countries = await page<Partner>('/v1/partners?kind=country&limit=200');
    assertEvery(countries.data, (p) => p.kind === 'country', 'countries.data');
    assert.equal(countries.total, dataset.partners.filter((p) => p.kind === 'country').length);
    const pp = await page<Partner>('/v1/partners?member=paris-pact&kind=country&limit=200');
    assert.equal(pp.total, 58);
    const osce = await page<Partner>('/v1/partners?member=osce&limit=200');
    assert.equal(osce.total, 57, 'OSCE Partners for Co-operation are not members');
    const pompidou = await page<Partner>('/v1/partners?member=pompidou-group&limit=200');
    assertEvery(
      pompidou.data,
      (p) => p.memberships.some((m) => m.partnership === 'pompidou-group' && m.status === 'member'),
      'pompidou.data',
    );
    assert.ok(!pompidou.data.some((p) => p.id === 'rus'), 'a former member is not a member');
    // Exact counts, from the seed read directly, on filters whose answers differ from the whole list.
    const onRoute = (p: Partner, route: string) => p.routes.some((r) => r.route === route);
    const balkan = await page<Partner>('/v1/partners?route=balkan&limit=200');
    const balkanIds = dataset.partners.filter((p) => onRoute(p, 'balkan')).map((p) => p.id);
    assert.ok(balkanIds.length > 0 && balkanIds.length < dataset.partners.length);
    assert.deepEqual(balkan.data.map((p) => p.id).sort(), balkanIds.sort());
    assert.equal(balkan.total, balkanIds.length);
    assert.ok(!balkan.data.some((p) => p.id === 'kaz'), 'Kazakhstan is on the northern route only');
    const ca = await page<Partner>('/v1/partners?region=central-asia');
    assert.deepEqual(names(ca).sort(), ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']);
    const priority = await page<CountryPartner>('/v1/partners?priority=true&limit=200');
    const flagged = dataset.partners.filter((p) => p.kind === 'country' && p.priority.value === true);
    assert.equal(priority.total, flagged.length);
    assert.deepEqual(priority.data.map((p) => p.id).sort(), flagged.map((p) => p.id).sort());
    const notPriority = await page<CountryPartner>('/v1/partners?priority=false&limit=200');
    assertEvery(notPriority.data, (p) => p.priority.value === false, 'notPriority.data');
    assert.ok(!notPriority.data.some((p) => p.id === 'grc'), 'unknown priority matches neither true nor false');
    const combined = await page<Partner>('/v1/partners?kind=country&route=northern&member=osce');
    const combinedIds = dataset.partners
      .filter(
        (p) =>
          p.kind === 'country' &&
          onRoute(p, 'northern') &&
          p.memberships.some((m) => m.partnership === 'osce' && m.status === 'member'),
      )
      .map((p) => p.id);
    // Afghanistan lies on every route but is not an OSCE participating State: the filters combine.
    assert.ok(combinedIds.length > 0 && !combinedIds.includes('afg'));
    assert.deepEqual(combined.data.map((p) => p.id).sort(), combinedIds.sort());
  });

  test('q matches names in every language, ignoring case and accents', async () => {
    assert.deepEqual(names(await page<Partner>('/v1/partners?q=tadj')), ['Tajikistan']);
    assert.deepEqual(names(await page<Partner>('/v1/partners?q=TAJ')), ['Tajikistan']);
    assert.ok(names(await page<Partner>('/v1/partners?q=turk')).includes('Türkiye'));
    assert.ok(names(await page<Partner>('/v1/partners?q=turkiye')).includes('Türkiye'));
    assert.ok(
      names(await page<Partner>('/v1/partners?q=%C3%A9tats-unis')).includes('United States of America'),
      'French name with accent',
    );
    assert.ok(names(await page<Partner>('/v1/partners?q=etats')).includes('United States of America'));
    assert.deepEqual(
      names(await page<Partner>('/v1/partners?q=%D1%82%D0%B0%D0%B4%D0%B6%D0%B8%D0%BA')),
      ['Tajikistan'],
      'Russian',
    );
    assert.ok(names(await page<Partner>('/v1/partners?q=unodc')).some((n) => /Drugs and Crime/.test(n)));
    assert.equal((await page<Partner>('/v1/partners?q=zzzz-nothing')).total, 0);
  });

  test('sort=name with lang=fr collates in French; -name reverses', async () => {
    const fr = await page<Partner>('/v1/partners?kind=country&sort=name&lang=fr&limit=200');
    const frNames = fr.data.map((p) => p.name.fr ?? p.name.en);
    assert.deepEqual(frNames, [...frNames].sort(new Intl.Collator('fr').compare));
    assert.ok(frNames.indexOf('Égypte') < frNames.indexOf('Espagne') || !frNames.includes('Égypte'));
    const en = await page<Partner>('/v1/partners?kind=country&sort=name&limit=200');
    assert.notDeepEqual(
      en.data.map((p) => p.id),
      fr.data.map((p) => p.id),
      'English and French orders differ (Germany/Allemagne)',
    );
    const rev = await page<Partner>('/v1/partners?kind=country&sort=-name&lang=fr&limit=200');
    assert.deepEqual(
      rev.data.map((p) => p.id),
      fr.data.map((p) => p.id).reverse(),
    );
  });

  test('cursor pagination walks every record once', async () => {
    let path = '/v1/partners?limit=7&member=osce';
    const seen: string[] = [];
    let total = 0;
    for (let i = 0; i < 100 && path; i++) {
      const p = await page<Partner>(path);
      total = p.total;
      seen.push(...p.data.map((x) => x.id));
      path = p.next ? `/v1/partners?limit=7&member=osce&cursor=${encodeURIComponent(p.next)}` : '';
    }
    assert.equal(seen.length, total);
    assert.equal(new Set(seen).size, total);
  });
});

describe('projects: filters, search, sort, pagination', () => {
  test('pillar, status, country and donor filter', async () => {
    const p2 = await page<Project>('/v1/projects?pillar=2&limit=200');
    assert.equal(p2.total, dataset.projects.filter((p) => p.pillar === 2).length);
    assertEvery(p2.data, (p) => p.pillar === 2, 'p2.data');
    const closed = await page<Project>('/v1/projects?status=closed&limit=200');
    assert.ok(closed.total > 0 && closed.data.every((p) => p.status === 'closed'));
    const tjk = await page<Project>('/v1/projects?country=tjk&limit=200');
    assert.ok(tjk.total > 0 && tjk.data.every((p) => p.beneficiaries.includes('tjk')));
    const donor = dataset.projects[0]?.donors[0] as string;
    const byDonor = await page<Project>(`/v1/projects?donor=${donor}&limit=200`);
    assert.ok(byDonor.total > 0 && byDonor.data.every((p) => p.donors.includes(donor)));
  });

  test('q finds titles in any language; sorts by start, title and budget', async () => {
    const first = dataset.projects[0] as Project;
    const word = first.title.en.split(/\s+/)[0] as string;
    const found = await page<Project>(`/v1/projects?q=${encodeURIComponent(word.toUpperCase())}&limit=200`);
    assert.ok(found.data.some((p) => p.id === first.id));
    const start = await page<Project>('/v1/projects?sort=start&limit=200');
    const starts = start.data.map((p) => p.start);
    assert.deepEqual(starts, [...starts].sort());
    const newest = await page<Project>('/v1/projects?limit=5');
    assert.ok((newest.data[0]?.start ?? '') >= (newest.data[4]?.start ?? ''), 'default is newest first');
    const title = await page<Project>('/v1/projects?sort=title&lang=ru&limit=200');
    const titles = title.data.map((p) => p.title.ru ?? p.title.en);
    assert.deepEqual(titles, [...titles].sort(new Intl.Collator('ru', { sensitivity: 'base', numeric: true }).compare));
    const budget = await page<Project>('/v1/projects?sort=-budget&limit=200');
    const usd = budget.data.filter((p) => p.budget.currency === 'USD').map((p) => p.budget.amount);
    assert.deepEqual(
      usd,
      [...usd].sort((a, b) => b - a),
    );
  });

  test('pages over 180 projects with the default limit', async () => {
    const p = await page<Project>('/v1/projects');
    assert.equal(p.data.length, 50);
    assert.ok(p.next);
    const p2 = await page<Project>(`/v1/projects?cursor=${p.next}`);
    assert.notEqual(p2.data[0]?.id, p.data[0]?.id);
  });
});

describe('bad input gets a clear answer', () => {
  test('an unknown filter value is a 400 naming the parameter and the allowed values', async () => {
    const body = await problem('/v1/partners?member=nato', 400);
    assert.equal(body.errors?.[0]?.param, 'member');
    assert.deepEqual(body.errors?.[0]?.allowed, ['paris-pact', 'pompidou-group', 'osce']);
    assert.match(body.detail ?? '', /member: "nato" is not one of paris-pact, pompidou-group, osce/);
    const pillar = await problem('/v1/projects?pillar=5', 400);
    assert.deepEqual(pillar.errors?.[0]?.allowed, ['1', '2', '3', '4']);
  });

  test('limit out of range or not a number', async () => {
    for (const v of ['0', '201', 'abc', '-1', '1.5', '']) {
      const body = await problem(`/v1/partners?limit=${v}`, 400);
      assert.equal(body.errors?.[0]?.param, 'limit');
      assert.match(body.errors?.[0]?.message ?? '', /1 to 200/);
    }
  });

  test('malformed cursors and cursors from another query', async () => {
    for (const c of ['garbage', '%%%', 'MTAuYWJj', 'eyJ4IjoxfQ']) {
      const body = await problem(`/v1/partners?cursor=${c}`, 400);
      assert.equal(body.errors?.[0]?.param, 'cursor');
    }
    const p = await page<Partner>('/v1/partners?limit=5&kind=country');
    const body = await problem(`/v1/partners?limit=5&kind=organization&cursor=${p.next}`, 400);
    assert.match(body.errors?.[0]?.message ?? '', /another query/);
  });

  test('unknown and repeated parameters; unknown ids in filters', async () => {
    const unknown = await problem('/v1/partners?colour=red', 400);
    assert.equal(unknown.errors?.[0]?.param, 'colour');
    assert.ok(unknown.errors?.[0]?.allowed?.includes('member'));
    const twice = await problem('/v1/partners?kind=country&kind=organization', 400);
    assert.match(twice.errors?.[0]?.message ?? '', /more than once/);
    const country = await problem('/v1/projects?country=atlantis&donor=afg', 400);
    assert.deepEqual(country.errors, [
      { param: 'country', message: '"atlantis" is not a known partner id (for example "afg"; see /v1/partners)' },
    ]);
    await problem('/v1/pillars?lang=fr', 400);
    const several = await problem('/v1/partners?kind=x&route=y', 400);
    assert.equal(several.errors?.length, 2, 'every bad parameter is reported at once');
  });

  test('unknown ids and paths are 404 problems; an unknown id is named, with the ids there are', async () => {
    for (const path of ['/v1/nothing', '/v2/partners']) await problem(path, 404);
    const routes = (await (await fetch(`${base}/v1/routes`)).json()) as { data: { id: string }[] };
    for (const [path, detail] of [
      [
        '/v1/partners/atlantis',
        'No partner has the id "atlantis". Ids are lowercase ISO 3166-1 alpha-3 codes for countries (e.g. "tjk") and acronyms for organizations (e.g. "unodc"); see /v1/partners.',
      ],
      ['/v1/pillars/5', 'There is no pillar "5". The Vienna Declaration has four pillars, numbered 1 to 4.'],
      // The route ids as the API lists them, in its order: a client can pick one from the message.
      ['/v1/routes/western', `There is no route "western". Routes: ${routes.data.map((r) => r.id).join(', ')}.`],
      ['/v1/projects/prj-9999', 'No project has the id "prj-9999"; see /v1/projects.'],
      ['/v1/events/nope', 'No event has the id "nope"; see /v1/events.'],
      ['/v1/partnerships/unesco', 'There is no partnership "unesco". Partnerships: paris-pact, pompidou-group, osce.'],
    ]) {
      assert.equal((await problem(path!, 404)).detail, detail, path);
    }
    assert.deepEqual(routes.data.map((r) => r.id).sort(), ['balkan', 'northern', 'southern']);
  });

  test('a wrong method is a 405 with Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      // Each on a connection of its own: workerd (edge.test.ts runs this against it) closes a
      // connection whose request body it did not read, and a request sent on it meanwhile failed
      // ("other side closed", a clean clone of 2026-12-05) before any answer.
      const res = await fetch(`${base}/v1/partners`, {
        method,
        body: method === 'DELETE' ? undefined : '{}',
        headers: { Connection: 'close' },
      });
      assert.equal(res.status, 405);
      assert.equal(res.headers.get('allow'), 'GET, HEAD, OPTIONS');
    }
  });

  test('a very long URL is a 414; a request target of 8,192 characters is still read', async () => {
    await problem(`/v1/partners?q=${'a'.repeat(9000)}`, 414);
    // The request target is the path and query, without the scheme and host.
    const target = (n: number) =>
      `/v1/partners?kind=country&x=${'a'.repeat(n - '/v1/partners?kind=country&x='.length)}`;
    assert.equal(target(8192).length, 8192);
    const read = await problem(target(8192), 400);
    assert.equal(read.errors?.[0]?.param, 'x', 'the query was read: its unknown parameter is named');
    await problem(target(8193), 414);
  });
});

describe('OpenAPI and geometry', () => {
  test('the OpenAPI document is valid OpenAPI 3.1 and documents every served route with its parameters and errors', async () => {
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    const doc = (await get('/v1/openapi.json')).json() as {
      openapi: string;
      paths: Record<
        string,
        { get: { parameters: { name: string; in: string }[]; responses: Record<string, unknown> } }
      >;
    };
    assert.equal(doc.openapi, '3.1.0');
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Parameters<typeof validator.validate>[0]);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 1)?.slice(0, 2000));
    for (const path of ROUTES) {
      const template = path.replace(
        /\/(tjk|2|balkan|prj-0001)$/,
        (_m, seg: string) => `/{${seg === '2' ? 'n' : 'id'}}`,
      );
      const op = doc.paths[template]?.get;
      assert.ok(op, `${template} is documented`);
      for (const status of ['200', '304', '400', '405'])
        assert.ok(op.responses[status], `${template} documents ${status}`);
      if (template.includes('{')) assert.ok(op.responses['404'], `${template} documents 404`);
    }
    // Every JSON answer and request body (but a merge patch's) names its schema (a generated client types it), and the
    // name is one of the document's schemas: no operation falls back to a bare object.
    type Media = { content?: Record<string, { schema: { $ref?: string } }> };
    const schemas = (doc as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas;
    let named = 0;
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, unknown>>))
      for (const [method, op] of Object.entries(
        item as Record<string, { requestBody?: Media; responses: Record<string, Media> }>,
      )) {
        if (method === 'post' || method === 'put' || method === 'patch')
          assert.ok(op.requestBody, `${method.toUpperCase()} ${path} documents its body`);
        // A merge patch (RFC 7396) is any part of the record: its body is an object, not the schema.
        const patch = op.requestBody?.content?.['application/merge-patch+json'];
        const bodies = [patch ? undefined : op.requestBody, op.responses['200'], op.responses['201']];
        // The document itself follows the OpenAPI specification's schema, not one of the API's.
        if (path === '/v1/openapi.json') continue;
        for (const media of bodies) {
          const json = media?.content?.['application/json'];
          if (!json) continue;
          const ref = json.schema.$ref ?? '';
          assert.match(ref, /^#\/components\/schemas\/[A-Z]\w+$/, `${method.toUpperCase()} ${path}`);
          assert.ok(schemas[ref.split('/').pop()!], `${method.toUpperCase()} ${path}: ${ref} is in the document`);
          named++;
        }
      }
    assert.ok(named >= 25, `${named} JSON bodies checked`);
    // The document's own path takes no parameters, and says so.
    const own = doc.paths['/v1/openapi.json']?.get.responses as Record<string, { description: string }>;
    assert.equal(own['400']?.description, 'Bad Request: this path takes no parameters.');
    const partnerParams = doc.paths['/v1/partners']?.get.parameters.map((p) => p.name).sort();
    assert.deepEqual(partnerParams, [
      'cursor',
      'kind',
      'lang',
      'limit',
      'member',
      'plan',
      'priority',
      'q',
      'region',
      'role',
      'route',
      'sort',
    ]);
    const projectParams = doc.paths['/v1/projects']?.get.parameters.map((p) => p.name).sort();
    assert.deepEqual(projectParams, [
      'country',
      'cursor',
      'donor',
      'illustrative',
      'lang',
      'limit',
      'pillar',
      'q',
      'sort',
      'status',
    ]);
  });

  test('every query parameter of the list endpoints is documented: a sentence, its type and bounds, and exactly its closed list', async () => {
    type Param = { name: string; description?: string; schema: Record<string, unknown> };
    const doc = (await get('/v1/openapi.json')).json() as { paths: Record<string, { get?: { parameters?: Param[] } }> };
    const lists: [string, Record<string, readonly unknown[]>][] = [
      ['/v1/partners', PARTNER_FILTERS],
      ['/v1/projects', PROJECT_FILTERS],
      ['/v1/events', EVENT_FILTERS],
    ];
    for (const [path, filters] of lists) {
      const params = doc.paths[path]?.get?.parameters ?? [];
      assert.ok(params.length >= 9, `${path}: ${params.length} parameters`);
      for (const p of params) {
        const where = `${path} ${p.name}`;
        // A sentence: more than a word, ending with a full stop.
        assert.match(p.description ?? '', /^\S.{14,}\.$/s, `${where}: description ${JSON.stringify(p.description)}`);
        const values = filters[p.name];
        if (p.name === 'lang') {
          assert.deepEqual(p.schema['examples'], values, where);
          assert.ok(p.description?.includes(` One of ${values?.join(', ')}, `), `${where}: ${p.description}`);
        } else if (values && values.every((v) => typeof v === 'boolean'))
          assert.equal(p.schema['type'], 'boolean', where);
        else if (values) assert.deepEqual(p.schema['enum'], values, where);
      }
      const byName = new Map(params.map((p) => [p.name, p.schema]));
      assert.deepEqual(
        byName.get('limit'),
        { type: 'integer', minimum: PAGE_LIMIT.min, maximum: PAGE_LIMIT.max, default: PAGE_LIMIT.default },
        path,
      );
      assert.deepEqual(byName.get('q'), { type: 'string', maxLength: SEARCH_MAX_LENGTH }, path);
      assert.deepEqual(byName.get('cursor'), { type: 'string' }, path);
    }
  });

  test('every Paris Pact partner country is on the map, keyed by ISO alpha-3, within 120 kB gzip', async () => {
    const { text, json } = await get('/v1/geo/countries');
    const topo = json() as { type: string; objects: { countries: { geometries: { id?: string }[] } } };
    assert.equal(topo.type, 'Topology');
    const ids = new Set(topo.objects.countries.geometries.map((g) => g.id));
    const pp = dataset.partners.filter(
      (p): p is CountryPartner =>
        p.kind === 'country' && p.memberships.some((m) => m.partnership === 'paris-pact' && m.status === 'member'),
    );
    for (const c of pp) assert.ok(ids.has(c.iso3), `${c.iso3} (${c.name.en}) is missing from the map`);
    assert.ok(gzipSync(text).length <= 120 * 1024, `${gzipSync(text).length} bytes gzip`);
  });
});
