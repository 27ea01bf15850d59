// GET /desk/key and the desk's files over real HTTP: whom a key belongs to (or a 401 problem), a
// read-only deployment that says the desk needs the database, the strict CSP on the page, and
// nothing served outside the desk's folders.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataset } from '../../packages/api/src/load.js';
import { openDatabase, type PactDatabase } from '../../packages/api/src/db/index.js';
import { startServer, STRICT_CSP, type RunningServer } from '../../packages/api/src/server.js';
import { SqlStore } from '../../packages/api/src/store/sql.js';
import { deskHandler } from '../../packages/server/src/desk/handler.js';

let db: PactDatabase;
let api: RunningServer;
let readOnly: RunningServer;

before(async () => {
  db = await openDatabase({ dir: 'memory://', template: process.env['PACT_DB_TEMPLATE'] });
  api = await startServer({ dataset: new SqlStore(db), port: 0, log: false, handlers: [deskHandler] });
  readOnly = await startServer({ dataset: await loadDataset(), port: 0, log: false, handlers: [deskHandler] });
});
after(async () => {
  await api?.close();
  await readOnly?.close();
  await db?.close();
});

const key = (url: string, token?: string) =>
  fetch(`${url}/desk/key`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});

test('a valid key: its account, organization and role, never cached', async () => {
  const k = await db.createKey({ partner: 'osce', role: 'partner' });
  const res = await key(api.url, k.token);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  assert.deepEqual(await res.json(), { account: k.id, organization: 'osce', role: 'partner' });
});

test('no key, an unknown one and a revoked one: 401 problem documents that say why', async () => {
  const k = await db.createKey({ partner: 'unodc', role: 'coordinator' });
  await db.revokeKey(k.id);
  for (const token of [undefined, 'pact_unknown', k.token]) {
    const res = await key(api.url, token);
    assert.equal(res.status, 401, `token ${token}`);
    assert.equal(res.headers.get('www-authenticate'), 'Bearer');
    assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.match(((await res.json()) as { detail: string }).detail, /unknown or has been revoked/);
  }
});

test('a read-only deployment says the desk needs the database', async () => {
  const res = await key(readOnly.url, 'pact_anything');
  assert.equal(res.status, 405);
  assert.match(((await res.json()) as { detail: string }).detail, /the desk needs the database/);
});

test('the page is served under the strict CSP; /desk redirects; nothing outside the desk is served', async () => {
  const page = await fetch(`${api.url}/desk/`);
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-security-policy'), STRICT_CSP);
  assert.match(await page.text(), /<pact-desk>/);
  const bare = await fetch(`${api.url}/desk`, { redirect: 'manual' });
  assert.deepEqual([bare.status, bare.headers.get('location')], [301, '/desk/']);
  for (const path of ['/desk/..%2F..%2Fpackage.json', '/desk/%2e%2e/%2e%2e/package.json', '/desk/nothing.js']) {
    const res = await fetch(`${api.url}${path}`);
    assert.equal(res.status, 404, path);
    assert.doesNotMatch(await res.text(), /"workspaces"/, path);
  }
});
