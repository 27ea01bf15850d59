// GET /v1/partners?role=donor|implementer|beneficiary over real HTTP, on the JSON store and on the
// SQL store of each database backend; and the centres of the 2011 cocaine Action Plan, which must
// not appear on the opiate routes. The expected lists are computed here from the projects served.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OrganizationPartner, Partner, PartnerPage, Project } from '@pact/schema';
import { loadDataset } from '../../src/load.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { SqlStore } from '../../src/store/sql.js';
import type { PactDatabase } from '../../src/db/index.js';
import { accounts, backends } from './support.js';
import { assertEvery } from '../../../../test/support/assert-every.js';

const seed = await loadDataset();

async function get<T>(base: string, path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(new URL(path, base));
  return { status: res.status, body: (await res.json()) as T };
}

/** Every partner in a role, over as many pages as it takes. */
async function inRole(base: string, role: string): Promise<{ total: number; ids: string[] }> {
  const ids: string[] = [];
  let path: string | null = `/v1/partners?role=${role}&limit=50`;
  let total = -1;
  while (path) {
    const { status, body }: { status: number; body: PartnerPage } = await get<PartnerPage>(base, path);
    assert.equal(status, 200, path);
    total = body.total;
    ids.push(...body.data.map((p) => p.id));
    path = body.next ? `/v1/partners?role=${role}&limit=50&cursor=${encodeURIComponent(body.next)}` : null;
  }
  return { total, ids: ids.sort() };
}

const expected = (projects: readonly Project[]) => ({
  donor: [...new Set(projects.flatMap((p) => p.donors))].sort(),
  implementer: [...new Set(projects.map((p) => p.implementer))].sort(),
  beneficiary: [...new Set(projects.flatMap((p) => p.beneficiaries))].sort(),
});

/** The cases every store answers the same way. */
function roleCases(name: string, base: () => string) {
  test(`${name}: role=donor lists exactly the partners that fund a project, not the other partners`, async () => {
    const want = expected(seed.projects);
    const all = await get<PartnerPage>(base(), '/v1/partners?limit=1');
    assert.equal(all.body.total, seed.partners.length);
    for (const role of ['donor', 'implementer', 'beneficiary'] as const) {
      const got = await inRole(base(), role);
      assert.deepEqual(got.ids, want[role], role);
      assert.equal(got.total, want[role].length, `${role}: total`);
      assert.ok(got.total > 0 && got.total < seed.partners.length, `${role}: the filter changes the answer`);
    }
    const donors = await inRole(base(), 'donor');
    for (const centre of ['accra-info-centre', 'jiatf-s', 'maoc-n']) assert.ok(!donors.ids.includes(centre), centre);
  });

  test(`${name}: role combines with the other filters`, async () => {
    const donors = new Set(expected(seed.projects).donor);
    const countries = seed.partners.filter((p) => p.kind === 'country' && donors.has(p.id)).length;
    const { body } = await get<PartnerPage>(base(), '/v1/partners?role=donor&kind=country&limit=200');
    assert.equal(body.total, countries);
    assertEvery(body.data, (p) => p.kind === 'country' && donors.has(p.id), 'body.data');
  });

  test(`${name}: an unknown role is a 400 naming the parameter and its values`, async () => {
    const { status, body } = await get<{ errors: { param: string; allowed?: string[] }[] }>(
      base(),
      '/v1/partners?role=sponsor',
    );
    assert.equal(status, 400);
    assert.deepEqual(body.errors[0]?.param, 'role');
    assert.deepEqual(body.errors[0]?.allowed, ['donor', 'implementer', 'beneficiary']);
  });

  test(`${name}: the cocaine centres carry no opiate route role; the opiate centres coordinate on their route`, async () => {
    const org = async (id: string) => (await get<OrganizationPartner>(base(), `/v1/partners/${id}`)).body;
    for (const id of ['maoc-n', 'ceclad-m', 'jiatf-s', 'accra-info-centre', 'dakar-info-centre', 'aircop']) {
      const p = await org(id);
      assert.deepEqual(p.flows, ['transatlantic-cocaine'], id);
      assert.deepEqual(p.routes, [], id);
    }
    const routeOf = { caricc: 'northern', selec: 'balkan', 'gcc-ciccd': 'southern' } as const;
    for (const [id, route] of Object.entries(routeOf)) {
      const p = await org(id);
      assert.deepEqual(p.flows, ['afghan-opiates'], id);
      assert.deepEqual(
        p.routes.map((r) => [r.route, r.role]),
        [[route, 'coordination']],
        id,
      );
    }
    for (const route of ['northern', 'balkan', 'southern']) {
      const { body } = await get<PartnerPage>(base(), `/v1/partners?route=${route}&kind=organization&limit=200`);
      assert.deepEqual(
        body.data.map((p: Partner) => p.id),
        Object.entries(routeOf).flatMap(([id, r]) => (r === route ? [id] : [])),
        route,
      );
    }
  });
}

describe('the JSON store', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ dataset: seed, port: 0, log: false });
  });
  after(() => server?.close());
  roleCases('json', () => server.url);
});

for (const backend of await backends()) {
  describe(`the SQL store on ${backend.name}`, () => {
    let db: PactDatabase;
    let server: RunningServer;
    before(async () => {
      db = await backend.open();
      // recheck 0: every read sees the database's latest revision.
      server = await startServer({ dataset: new SqlStore(db, 0), port: 0, log: false });
    });
    after(async () => {
      await server?.close();
      await db?.close();
    });
    roleCases(backend.name, () => server.url);

    test(`${backend.name}: a project written with a new donor makes it a donor at once`, async () => {
      const before = await inRole(server.url, 'donor');
      const newcomer = seed.partners.find((p) => p.kind === 'country' && !before.ids.includes(p.id));
      assert.ok(newcomer, 'a country that funds no project');
      const { coordinator } = await accounts(db, 'unodc');
      const project = seed.projects[0]!;
      const current = await db.getRecord('project', project.id);
      const r = await db.updateProject(
        coordinator,
        project.id,
        { donors: [...project.donors, newcomer.id] },
        { ifMatch: current!.etag },
      );
      assert.ok(r.ok);
      const after = await inRole(server.url, 'donor');
      assert.equal(after.total, before.total + 1);
      assert.deepEqual(after.ids, [...before.ids, newcomer.id].sort());
    });
  });
}
