// What <pact-projects> loads besides the projects (projects/reference.ts), in Node over real HTTP:
// the names of every partner and pillar and the ids of the donors, checked against the API's own
// answers; one load per API client shared by every listing; and, when the API fails, empty names
// with complete=false, a console warning, and a new load on the next call (a Retry).
import { strict as assert } from 'node:assert';
import { after, before, describe, it, mock } from 'node:test';
import { loadDataset, startServer, type RunningServer } from '@pact/api/node';
import { createReader } from '@pact/sdk';
import { referenceFor } from '../../src/projects/reference.js';

let api: RunningServer;
before(async () => {
  api = await startServer({ dataset: await loadDataset(), port: 0, log: false });
});
after(async () => {
  await api?.close();
});

/** Every id of a list endpoint, page after page (its `next` cursor), asked with plain fetch. */
async function ids(path: string): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | null | undefined = '';
  while (cursor !== null && cursor !== undefined) {
    const url = `${api.url}${path}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await fetch(url);
    assert.equal(res.status, 200, url);
    const body = (await res.json()) as { data: { id: string }[]; total: number; next?: string | null };
    out.push(...body.data.map((p) => p.id));
    cursor = body.next;
    if (!cursor) assert.equal(out.length, body.total);
  }
  return out;
}

describe('projects/reference: names and filter options for the project list', () => {
  it('has every partner, the four pillars and exactly the donors the API names', async () => {
    const warn = mock.method(console, 'warn', () => {});
    let requests = 0;
    const reader = createReader({
      baseUrl: `${api.url}/v1`,
      fetch: (input, init) => (requests++, fetch(input, init)),
    });
    const ref = await referenceFor('pact-projects', reader);
    warn.mock.restore();
    // Three requests (every partner in one page of up to 200, the pillars, the donors), no warning.
    assert.equal(requests, 3);
    assert.equal(warn.mock.callCount(), 0);
    const partners = await ids('/v1/partners?limit=50');
    const donors = await ids('/v1/partners?role=donor&limit=50');
    assert.ok(partners.length > 100 && donors.length > 0 && donors.length < partners.length);
    assert.equal(ref.complete, true);
    assert.deepEqual([...ref.partners.keys()].sort(), [...partners].sort());
    assert.equal(ref.partners.get('kaz')?.name.en, 'Kazakhstan');
    assert.deepEqual([...ref.donors].sort(), [...donors].sort());
    assert.deepEqual([...ref.pillars.keys()].sort(), [1, 2, 3, 4]);
    assert.equal(ref.pillars.get(2)?.number, 2);
    // One load per client: a second listing on the same API gets the same answer at once.
    assert.equal(await referenceFor('pact-projects', reader), ref);
    // Another client loads its own.
    assert.notEqual(await referenceFor('pact-projects', createReader({ baseUrl: `${api.url}/v1` })), ref);
  });

  it('leaves the names empty when the API fails, warns, and asks again on the next call', async () => {
    const warn = mock.method(console, 'warn', () => {});
    let failing = true;
    let requests = 0;
    const reader = createReader({
      baseUrl: `${api.url}/v1`,
      retries: 0,
      fetch: (input, init) => {
        requests++;
        return failing ? Promise.reject(new TypeError('network down')) : fetch(input, init);
      },
    });
    try {
      // Two listings at once: both get the failed load (names fall back to ids this time).
      const [a, b] = await Promise.all([referenceFor('pact-projects', reader), referenceFor('pact-projects', reader)]);
      assert.equal(a.complete, false);
      assert.deepEqual([a.partners.size, a.pillars.size, a.donors.size], [0, 0, 0]);
      assert.ok(
        warn.mock.calls.some((c) => c.arguments[0] === '<pact-projects> could not load partner or pillar names'),
      );
      assert.equal(b.complete, false);
      // The API is back: the next call (a Retry) loads again and has the names.
      failing = false;
      const before = requests;
      const c = await referenceFor('pact-projects', reader);
      assert.ok(requests > before);
      assert.equal(c.complete, true);
      assert.ok(c.partners.size > 100);
      assert.deepEqual([...c.pillars.keys()].sort(), [1, 2, 3, 4]);
      assert.equal(await referenceFor('pact-projects', reader), c);
    } finally {
      warn.mock.restore();
    }
  });

  it('asks again, once, for the listings that joined a load that failed', async () => {
    const warn = mock.method(console, 'warn', () => {});
    let requests = 0;
    // The first load's three requests fail; the API is back for the next.
    const reader = createReader({
      baseUrl: `${api.url}/v1`,
      retries: 0,
      fetch: (input, init) => (++requests <= 3 ? Promise.reject(new TypeError('network down')) : fetch(input, init)),
    });
    try {
      const [a, b, c] = await Promise.all([1, 2, 3].map(() => referenceFor('pact-projects', reader)));
      assert.equal(a?.complete, false);
      // The two that joined a's load while it ran are not answered by its failure: one new load.
      assert.equal(b?.complete, true);
      assert.ok((b?.partners.size ?? 0) > 100);
      assert.equal(c, b);
      assert.equal(requests, 6);
    } finally {
      warn.mock.restore();
    }
  });

  it('keeps the names that loaded when only the donor list fails', async () => {
    const warn = mock.method(console, 'warn', () => {});
    const reader = createReader({
      baseUrl: `${api.url}/v1`,
      retries: 0,
      fetch: (input, init) =>
        String(input instanceof Request ? input.url : input).includes('role=donor')
          ? Promise.reject(new TypeError('network down'))
          : fetch(input, init),
    });
    try {
      const ref = await referenceFor('pact-projects', reader);
      assert.equal(ref.complete, false);
      assert.ok(ref.partners.size > 100);
      assert.equal(ref.pillars.size, 4);
      // Without the donor list the Donor filter offers no partner, not every partner.
      assert.equal(ref.donors.size, 0);
    } finally {
      warn.mock.restore();
    }
  });
});
