// The built SDK (@pact/sdk, resolved through node_modules to dist/) in Chromium, against the real API
// and the fault server started by test/support/wtr-api-plugin.mjs. Run by web-test-runner.
//
// scripts/test-all.mjs also hands every packages/*/test/**/*.test.ts to `node --test`: there this file
// only reports itself as skipped, which is why its imports are dynamic (Node cannot load
// '/__pact/env.js' or the browser-only test helpers).
import type { Partner } from '@pact/sdk';

// Mocha's globals, typed here rather than declared for every test of the repository.
type Fn = () => void | Promise<void>;
const { describe, it } = globalThis as unknown as {
  describe: (name: string, fn: () => void) => void;
  it: (name: string, fn: Fn) => void;
};

/** A fetch that records the statuses it got and the init it was given. */
function recorder() {
  const sent: { url: string; status: number; init?: RequestInit }[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    sent.push({ url: String(input), status: res.status, init });
    return res;
  };
  return { sent, fetch: wrapped };
}

if (typeof window === 'undefined') {
  const nodeTest = 'node:test'; // not a literal, so that the browser build leaves it alone
  const { test } = (await import(nodeTest)) as typeof import('node:test');
  test.skip('@pact/sdk in the browser: run by web-test-runner in Chromium');
} else {
  const [{ expect }, { API_URL, FAULT_URL }, { createClient, PactHttpError, PactSchemaError }, { validators }] =
    await Promise.all([
      import('@open-wc/testing'),
      import('/__pact/env.js'),
      import('@pact/sdk'),
      import('@pact/sdk/validate'),
    ]);

  describe('@pact/sdk in the browser', () => {
    it('resolves the default baseUrl, /v1, against the page', () => {
      const pact = createClient();
      expect(pact.baseUrl).to.equal(new URL('/v1', location.href).href);
      expect(createClient({ baseUrl: '/api/v1/' }).baseUrl).to.equal(new URL('/api/v1', location.href).href);
    });

    it('lists, gets and iterates partners from the real API, validated, in the reader’s language', async () => {
      const pact = createClient({ baseUrl: API_URL, locale: 'fr-CA', validate: validators });
      const page = await pact.partners.list({ kind: 'country', region: 'central-asia' });
      expect(page.data.map((p) => pact.text(p.name))).to.deep.equal([
        'Kazakhstan',
        'Kirghizistan',
        'Ouzbékistan',
        'Tadjikistan',
        'Turkménistan',
      ]);
      expect(page.invalid).to.equal(undefined);
      const tjk = await pact.partners.get('tjk');
      expect(pact.text(tjk.name, 'ru')).to.equal('Таджикистан');
      const all: Partner[] = [];
      for await (const p of pact.partners.all({ member: 'paris-pact', limit: 25 })) all.push(p);
      expect(all).to.have.length(81); // 58 countries and 23 organizations
      expect((await pact.pillars.list()).data).to.have.length(4);
      expect((await pact.geo.countries()).type).to.equal('Topology');
    });

    it('keeps the browser’s HTTP cache out of the way and revalidates with its own ETag cache', async () => {
      const r = recorder();
      const pact = createClient({ baseUrl: API_URL, fetch: r.fetch });
      const first = await pact.routes.list();
      const second = await pact.routes.list();
      expect(second).to.deep.equal(first);
      expect(r.sent.map((s) => s.status)).to.deep.equal([200, 304]);
      expect(r.sent[0]?.init?.cache).to.equal('no-store');
    });

    it('turns a bad parameter into a PactHttpError with the problem document', async () => {
      const pact = createClient({ baseUrl: API_URL });
      let error: unknown;
      try {
        await pact.projects.list({ pillar: 9 as 1 });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(PactHttpError);
      const e = error as InstanceType<typeof PactHttpError>;
      expect(e.status).to.equal(400);
      expect(e.problem?.errors?.[0]?.param).to.equal('pillar');
      expect(e.message).to.contain('Fix the parameter.');
    });

    it('retries a 503 from the fault server, across origins', async () => {
      expect(FAULT_URL, 'the fault server runs').to.be.a('string');
      const r = recorder();
      const pact = createClient({ baseUrl: `${FAULT_URL}/fail-1-503~browser/v1`, fetch: r.fetch });
      const meta = await pact.meta.get();
      expect(meta.counts.pillars).to.equal(4);
      expect(r.sent.map((s) => s.status)).to.deep.equal([503, 200]);
    });

    it('reports a malformed body as a PactSchemaError', async () => {
      const pact = createClient({ baseUrl: `${FAULT_URL}/malformed/v1` });
      let error: unknown;
      try {
        await pact.partners.list();
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(PactSchemaError);
      expect((error as InstanceType<typeof PactSchemaError>).rule).to.equal('json');
    });
  });
}
