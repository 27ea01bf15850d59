// The SDK against the real API over HTTP: every resource, every filter, pagination, locale, errors,
// the ETag cache and de-duplication.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES, MEMBERSHIP_IDS, PARTNER_KINDS, PROJECT_STATUSES, REGION_IDS, ROUTE_IDS } from '@pact/schema';
import type { Dataset } from '@pact/api';
import {
  createClient,
  createReader,
  PactError,
  PactHttpError,
  PactSchemaError,
  text,
  type PactClient,
  type Project,
} from '@pact/sdk';
import { validators } from '@pact/sdk/validate';
import { recorder, rejection, startApi } from './helpers.js';
import { assertEvery } from '../../../test/support/assert-every.js';

let api: Awaited<ReturnType<typeof startApi>>;
let dataset: Dataset;
let baseUrl: string;
let pact: PactClient;

before(async () => {
  api = await startApi();
  dataset = api.dataset;
  baseUrl = `${api.url}/v1`;
  pact = createClient({ baseUrl });
});
after(() => api.close());

const ids = (list: { id: string }[]) => list.map((r) => r.id);
const langOf = (url: string) => new URL(url).searchParams.get('lang');

describe('createClient', () => {
  it('needs a baseUrl in Node, and normalizes it', () => {
    assert.throws(() => createClient(), /baseUrl/);
    const c = createClient({ baseUrl: `${api.url}/v1/` });
    assert.equal(c.baseUrl, `${api.url}/v1`);
    assert.equal(c.locale, 'en');
  });
});

describe('createReader', () => {
  it('reads what createClient reads, and has no write methods at all', async () => {
    const reader = createReader({ baseUrl: `${api.url}/v1/`, locale: 'fr' });
    assert.equal(reader.baseUrl, `${api.url}/v1`);
    const page = await reader.projects.list({ pillar: 2, limit: 3 });
    assert.deepEqual(ids(page.data), ids((await pact.projects.list({ pillar: 2, limit: 3, lang: 'fr' })).data));
    assert.equal((await reader.partners.get('fra')).name.fr, 'France');
    for (const write of ['read', 'create', 'update', 'withdraw']) assert.equal(write in reader.projects, false, write);
    assert.equal('changes' in reader, false);
  });
});

describe('partners', () => {
  it('lists a page with total and next, and gets one by id', async () => {
    const page = await pact.partners.list({ limit: 5 });
    assert.equal(page.data.length, 5);
    assert.equal(page.total, dataset.partners.length);
    assert.equal(typeof page.next, 'string');
    assert.equal(page.stale, undefined);
    assert.equal(page.invalid, undefined);
    const tjk = await pact.partners.get('tjk');
    assert.equal(tjk.kind, 'country');
    assert.equal(tjk.name.en, 'Tajikistan');
  });

  it('filters by kind, member, route, region and priority as the dataset says', async () => {
    for (const kind of PARTNER_KINDS) {
      const page = await pact.partners.list({ kind, limit: 200 });
      assert.ok(page.data.length > 0);
      assertEvery(page.data, (p) => p.kind === kind, 'page.data');
      assert.equal(page.total, dataset.partners.filter((p) => p.kind === kind).length);
    }
    for (const member of MEMBERSHIP_IDS) {
      const page = await pact.partners.list({ member, limit: 200 });
      const expected = dataset.partners.filter((p) =>
        p.memberships.some((m) => m.partnership === member && m.status === 'member'),
      );
      assert.deepEqual(ids(page.data).sort(), ids(expected).sort(), member);
    }
    for (const route of ROUTE_IDS) {
      const page = await pact.partners.list({ route, limit: 200 });
      assert.ok(page.data.length > 0);
      assertEvery(page.data, (p) => p.routes.some((r) => r.route === route), 'page.data');
    }
    let regionsSeen = 0;
    for (const region of REGION_IDS) {
      const page = await pact.partners.list({ region, limit: 200 });
      // Some regions have no partner: the exact list, not a check over a list that may be empty.
      const expected = dataset.partners.filter((p) => p.kind === 'country' && p.region === region);
      assert.deepEqual(ids(page.data).sort(), ids(expected).sort(), region);
      regionsSeen += page.total;
    }
    assert.equal(regionsSeen, dataset.partners.filter((p) => p.kind === 'country').length);
    for (const priority of [true, false]) {
      const page = await pact.partners.list({ priority, limit: 200 });
      assert.ok(page.data.length > 0);
      assertEvery(page.data, (p) => p.kind === 'country' && p.priority.value === priority, 'page.data');
    }
  });

  it('finds by words in any language, and sorts by name both ways', async () => {
    const found = await pact.partners.list({ q: 'Таджикистан' });
    assert.deepEqual(ids(found.data), ['tjk']);
    const accentless = await pact.partners.list({ q: 'emirats arabes' });
    assert.deepEqual(ids(accentless.data), ['are']);
    const up = await pact.partners.list({ kind: 'country', sort: 'name', limit: 200 });
    const down = await pact.partners.list({ kind: 'country', sort: '-name', limit: 200 });
    assert.deepEqual(ids(down.data), ids(up.data).reverse());
  });

  it('follows cursors page by page, with the same filters', async () => {
    const first = await pact.partners.list({ kind: 'country', limit: 30 });
    assert.ok(first.next);
    const second = await pact.partners.list({ kind: 'country', limit: 30, cursor: first.next });
    assert.equal(second.data.length, 30);
    assert.equal(new Set([...ids(first.data), ...ids(second.data)]).size, 60);
  });

  it('all() yields every record across pages and stops fetching when the caller breaks out', async () => {
    const r = recorder();
    const c = createClient({ baseUrl, fetch: r.fetch });
    const seen: string[] = [];
    for await (const p of c.partners.all({ limit: 10 })) seen.push(p.id);
    assert.equal(seen.length, dataset.partners.length);
    assert.equal(new Set(seen).size, seen.length);
    assert.equal(r.sent.length, Math.ceil(dataset.partners.length / 10));

    const r2 = recorder();
    const c2 = createClient({ baseUrl, fetch: r2.fetch });
    let n = 0;
    for await (const _ of c2.partners.all({ limit: 10 })) if (++n === 15) break;
    assert.equal(r2.sent.length, 2, 'broke out on the second page: no third request');
    await new Promise((ok) => setTimeout(ok, 50));
    assert.equal(r2.sent.length, 2, 'and nothing fetched after the break');
  });
});

describe('projects', () => {
  let sample: Project;
  before(() => {
    sample = dataset.projects[0] as Project;
  });

  it('lists, gets and iterates all with a filter', async () => {
    const page = await pact.projects.list({ limit: 7 });
    assert.equal(page.data.length, 7);
    assert.equal(page.total, dataset.projects.length);
    const one = await pact.projects.get(sample.id);
    assert.deepEqual(one, sample);
    const pillar2: Project[] = [];
    for await (const p of pact.projects.all({ pillar: 2, limit: 15 })) pillar2.push(p);
    assert.equal(pillar2.length, dataset.projects.filter((p) => p.pillar === 2).length);
    assertEvery(pillar2, (p) => p.pillar === 2, 'pillar2');
  });

  it('filters by pillar, status, country, donor and words', async () => {
    for (const status of PROJECT_STATUSES) {
      const page = await pact.projects.list({ status, limit: 200 });
      assert.equal(page.total, dataset.projects.filter((p) => p.status === status).length, status);
      assertEvery(page.data, (p) => p.status === status, 'page.data');
    }
    const country = sample.beneficiaries[0] as string;
    const byCountry = await pact.projects.list({ country, limit: 200 });
    assert.ok(byCountry.data.length > 0 && byCountry.data.every((p) => p.beneficiaries.includes(country)));
    const donor = sample.donors[0] as string;
    const byDonor = await pact.projects.list({ donor, limit: 200 });
    assert.ok(byDonor.data.length > 0 && byDonor.data.every((p) => p.donors.includes(donor)));
    const both = await pact.projects.list({ pillar: sample.pillar, status: sample.status, country, donor });
    assert.ok(ids(both.data).includes(sample.id));
    const words = await pact.projects.list({ q: sample.id });
    assert.deepEqual(ids(words.data), [sample.id]);
  });

  it('sorts by start, title and budget, both ways', async () => {
    const start = await pact.projects.list({ sort: 'start', limit: 200 });
    const starts = start.data.map((p) => p.start);
    assert.deepEqual(starts, [...starts].sort());
    const back = await pact.projects.list({ sort: '-start', limit: 200 });
    assert.deepEqual(ids(back.data), ids(start.data).reverse());
    const title = await pact.projects.list({ sort: 'title', limit: 200, lang: 'en' });
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    for (let i = 1; i < title.data.length; i++) {
      const [a, b] = [title.data[i - 1] as Project, title.data[i] as Project];
      assert.ok(collator.compare(a.title.en, b.title.en) <= 0, `${a.title.en} before ${b.title.en}`);
    }
    const budget = await pact.projects.list({ sort: '-budget', limit: 200 });
    const eur = budget.data.filter((p) => p.budget.currency === budget.data[0]?.budget.currency);
    assert.deepEqual(
      eur.map((p) => p.budget.amount),
      eur.map((p) => p.budget.amount).sort((a, b) => b - a),
    );
    const reversed = await pact.projects.list({ sort: '-title', limit: 200, lang: 'en' });
    assert.deepEqual(ids(reversed.data), ids(title.data).reverse());
    const budgetUp = await pact.projects.list({ sort: 'budget', limit: 200 });
    assert.deepEqual(ids(budgetUp.data), ids(budget.data).reverse());
  });
});

describe('pillars, routes, geo and meta', () => {
  it('lists and gets the four pillars and the three routes', async () => {
    const pillars = await pact.pillars.list();
    assert.deepEqual(
      pillars.data.map((p) => p.number),
      [1, 2, 3, 4],
    );
    assert.equal((await pact.pillars.get(3)).roman, 'III');
    const routes = await pact.routes.list();
    assert.deepEqual(ids(routes.data).sort(), [...ROUTE_IDS].sort());
    const balkan = await pact.routes.get('balkan');
    assert.ok(balkan.waypoints.length >= 2);
  });

  it('returns the country topology and the dataset meta', async () => {
    const topo = await pact.geo.countries();
    assert.equal(topo.type, 'Topology');
    assert.ok(Object.keys(topo.objects).length > 0);
    const meta = await pact.meta.get();
    assert.equal(meta.counts.partners, dataset.partners.length);
    assert.equal(meta.version, dataset.meta.version);
    // The regions alone: the same records as the meta's, in the same order.
    const regions = await pact.regions.list();
    assert.deepEqual(regions.data, meta.regions);
    assert.equal(regions.data.length, dataset.meta.regions.length);
  });

  it('validates every response of the seed dataset without leaving anything out', async () => {
    const c = createClient({ baseUrl, validate: validators });
    const partners = await c.partners.list({ limit: 200 });
    assert.equal(partners.data.length, dataset.partners.length);
    assert.equal(partners.invalid, undefined);
    assert.equal((await c.projects.list({ limit: 200 })).data.length, dataset.projects.length);
    assert.equal((await c.pillars.list()).data.length, 4);
    assert.equal((await c.routes.list()).data.length, 3);
    assert.equal((await c.partners.get('unodc')).kind, 'organization');
    assert.equal((await c.geo.countries()).type, 'Topology');
    assert.ok((await c.meta.get()).locales.includes('en'));
    const regions = await c.regions.list();
    assert.equal(regions.data.length, dataset.meta.regions.length);
    assert.equal(regions.invalid, undefined);
  });
});

describe('locale', () => {
  it("sends the client's base language as lang when the API has it", async () => {
    for (const locale of LOCALES) {
      const r = recorder();
      await createClient({ baseUrl, locale, fetch: r.fetch }).partners.list({ limit: 1 });
      assert.equal(langOf(r.sent[0]?.url as string), locale);
    }
    const r = recorder();
    const ca = createClient({ baseUrl, locale: 'fr-CA', fetch: r.fetch });
    await ca.partners.list({ limit: 1 });
    await ca.projects.list({ limit: 1 });
    await ca.partners.list({ limit: 1, lang: 'ru' });
    assert.deepEqual(
      r.sent.map((s) => langOf(s.url)),
      ['fr', 'fr', 'ru'],
    );
    const r2 = recorder();
    await createClient({ baseUrl, locale: 'pt-BR', fetch: r2.fetch }).partners.list({ limit: 1 });
    assert.equal(langOf(r2.sent[0]?.url as string), null, 'no lang the API does not know');
  });

  it('so that names sort in the reader’s language', async () => {
    const fr = await createClient({ baseUrl, locale: 'fr-CA' }).partners.list({ kind: 'country', limit: 200 });
    const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    const names = fr.data.map((p) => p.name.fr ?? p.name.en);
    assert.deepEqual(names, [...names].sort(collator.compare));
    const en = await pact.partners.list({ kind: 'country', limit: 200 });
    assert.notDeepEqual(ids(fr.data), ids(en.data), 'French order differs from English');
  });
});

describe('text()', () => {
  const name = { en: 'Tajikistan', fr: 'Tadjikistan', ru: '' };
  it('picks the exact tag, then the base language, then English', () => {
    assert.equal(text(name, 'fr'), 'Tadjikistan');
    assert.equal(text(name, 'fr-CA'), 'Tadjikistan');
    assert.equal(text(name, 'FR'), 'Tadjikistan');
    assert.equal(text({ en: 'Chinese', zh: '中文' }, 'zh-Hant-TW'), '中文');
    assert.equal(text(name, 'de'), 'Tajikistan');
    assert.equal(text(name), 'Tajikistan');
    // English comes before the other languages wherever it sits in the object.
    assert.equal(text({ fr: 'Tadjikistan', ru: 'Таджикистан', en: 'Tajikistan' }, 'de'), 'Tajikistan');
  });
  it('treats empty strings as missing and returns "" for nothing', () => {
    assert.equal(text(name, 'ru'), 'Tajikistan');
    assert.equal(text(null), '');
    assert.equal(text(undefined, 'fr'), '');
    assert.equal(text({ en: '', fr: 'Seulement' }, 'ru'), 'Seulement');
  });
  it('defaults to the client locale on the client', async () => {
    const tjk = await pact.partners.get('tjk');
    assert.equal(createClient({ baseUrl, locale: 'fr-CA' }).text(tjk.name), 'Tadjikistan');
    assert.equal(createClient({ baseUrl, locale: 'ru' }).text(tjk.name), 'Таджикистан');
    assert.equal(createClient({ baseUrl, locale: 'ru' }).text(tjk.name, 'fr'), 'Tadjikistan');
  });
});

describe('errors from the API', () => {
  it('a bad filter value is a PactHttpError 400 with the problem document and a message that says what to fix', async () => {
    const r = recorder();
    const c = createClient({ baseUrl, fetch: r.fetch });
    const e = await rejection(c.partners.list({ kind: 'planet' } as unknown as { kind: 'country' }));
    assert.ok(e instanceof PactHttpError && e instanceof PactError && e instanceof Error);
    assert.equal(e.name, 'PactHttpError');
    assert.equal(e.status, 400);
    assert.equal(e.url, `${baseUrl}/partners?kind=planet&lang=en`);
    assert.equal(e.problem?.status, 400);
    assert.deepEqual(e.problem?.errors?.[0]?.allowed, ['country', 'organization']);
    assert.equal(
      e.message,
      `GET ${baseUrl}/partners?kind=planet&lang=en failed with 400 Bad Request: kind: "planet" is not one of country, organization. Fix the parameter.`,
    );
    assert.equal(r.sent.length, 1, '4xx is not retried');
  });

  it('an unknown id is a PactHttpError 404 that names it', async () => {
    const r = recorder();
    const c = createClient({ baseUrl, fetch: r.fetch });
    const e = await rejection(c.partners.get('zzz'));
    assert.ok(e instanceof PactHttpError);
    assert.equal(e.status, 404);
    assert.match(
      e.message,
      /^GET \S+\/partners\/zzz failed with 404 Not Found: No partner has the id "zzz".*Check the id and the baseUrl\.$/,
    );
    assert.equal(r.sent.length, 1);
    const pillar = await rejection(c.pillars.get(5 as 1));
    assert.ok(pillar instanceof PactHttpError && pillar.status === 404);
    const route = await rejection(c.routes.get('arctic' as 'balkan'));
    assert.ok(route instanceof PactHttpError && route.problem?.detail?.includes('northern'));
  });

  it('ids are escaped into the path', async () => {
    const r = recorder();
    const e = await rejection(createClient({ baseUrl, fetch: r.fetch }).projects.get('a/../b?c'));
    assert.ok(e instanceof PactHttpError && e.status === 404);
    assert.equal(r.sent[0]?.url, `${baseUrl}/projects/a%2F..%2Fb%3Fc`);
  });

  it('a body that is not the expected envelope is a PactSchemaError', async () => {
    // A baseUrl that points at the wrong thing: every list answers with the meta object.
    const wrong: typeof fetch = (input, init) => fetch(String(input).replace(/\/pillars$/, '/meta'), init);
    const e = await rejection(createClient({ baseUrl, fetch: wrong }).pillars.list());
    assert.ok(e instanceof PactSchemaError);
    assert.equal(e.rule, 'envelope');
    assert.match(e.message, /data array/);
  });
});

describe('ETag cache', () => {
  it('revalidates with If-None-Match and serves the cached body on 304', async () => {
    const r = recorder();
    const c = createClient({ baseUrl, fetch: r.fetch });
    const first = await c.partners.list({ member: 'osce', limit: 20 });
    const second = await c.partners.list({ member: 'osce', limit: 20 });
    assert.deepEqual(
      r.sent.map((s) => s.status),
      [200, 304],
    );
    assert.equal(r.sent[0]?.ifNoneMatch, null);
    assert.match(r.sent[1]?.ifNoneMatch ?? '', /^".+"$/);
    assert.deepEqual(second, first);
    const one = await c.partners.get('tjk');
    const again = await c.partners.get('tjk');
    assert.deepEqual(again, one);
    assert.deepEqual(
      r.sent.map((s) => s.status),
      [200, 304, 200, 304],
    );
  });

  it('hands every caller its own copy of a cached or shared body', async () => {
    const c = createClient({ baseUrl });
    const a = await c.pillars.get(1);
    a.roman = 'IV';
    const b = await c.pillars.get(1);
    assert.equal(b.roman, 'I');
    const [x, y] = await Promise.all([c.pillars.get(2), c.pillars.get(2)]);
    x.roman = 'IV';
    assert.equal(y.roman, 'II');
  });

  it('keeps nothing with cache: false, and never asks Node’s fetch for a cache mode', async () => {
    const r = recorder();
    const c = createClient({ baseUrl, fetch: r.fetch, cache: false });
    await c.meta.get();
    await c.meta.get();
    assert.deepEqual(
      r.sent.map((s) => [s.status, s.ifNoneMatch]),
      [
        [200, null],
        [200, null],
      ],
    );
    assert.equal(r.sent[0]?.init?.cache, undefined, "Node's fetch would only add Pragma: no-cache");
  });
});

describe('in-flight de-duplication', () => {
  it('two concurrent identical calls make one HTTP request', async () => {
    const r = recorder();
    const c = createClient({ baseUrl, fetch: r.fetch });
    const [a, b] = await Promise.all([c.partners.list({ route: 'balkan' }), c.partners.list({ route: 'balkan' })]);
    assert.equal(r.sent.length, 1);
    assert.deepEqual(a, b);
    assert.ok(a.data.length > 0);
    // Each caller its own copy (one body parsed once is given to the first only): a change one makes is not the other's.
    assert.notEqual(a.data[0], b.data[0]);
    a.data[0]!.name.en = 'changed by the first caller';
    assert.notEqual(b.data[0]!.name.en, 'changed by the first caller');
    // Same filters in another order are the same request too.
    const [x, y] = await Promise.all([
      c.projects.list({ pillar: 1, status: 'closed' }),
      c.projects.list({ status: 'closed', pillar: 1 }),
    ]);
    assert.equal(r.sent.length, 2);
    assert.deepEqual(x, y);
  });

  it('different calls are not merged', async () => {
    const r = recorder();
    const c = createClient({ baseUrl, fetch: r.fetch });
    await Promise.all([c.partners.list({ route: 'balkan' }), c.partners.list({ route: 'northern' }), c.meta.get()]);
    assert.equal(r.sent.length, 3);
  });
});
