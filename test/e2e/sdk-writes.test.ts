// A write made through the SDK (in Node, with an API key) shows in <pact-projects> on the Paris Pact
// example page, in Chromium: after a reload, and after Retry when the list had failed to load. The
// API runs on a fresh embedded database (PGlite) with the example pages and the CDN bundle.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { createClient, type PactClient, type ProjectInput } from '@pact/sdk';
import { openDatabase, type PactDatabase } from '../../packages/api/src/db/index.js';
import { startServer, STRICT_CSP, type RunningServer } from '../../packages/api/src/server.js';
import { SqlStore } from '../../packages/api/src/store/sql.js';
import { CDN, EXAMPLES, launch, waitForWidgets, watchedPage } from './harness.js';

let db: PactDatabase;
let api: RunningServer;
let browser: Browser;
let pact: PactClient;

before(async () => {
  if (!existsSync(join(CDN, 'pact-elements.js')))
    throw new Error('dist/cdn/pact-elements.js is missing: run `npm run build && npm run build:cdn` first');
  db = await openDatabase({ dir: 'memory://', template: process.env['PACT_DB_TEMPLATE'] });
  api = await startServer({
    dataset: new SqlStore(db),
    port: 0,
    log: false,
    statics: { '/cdn/': CDN, '/': EXAMPLES },
    staticHeaders: { 'Content-Security-Policy': STRICT_CSP },
  });
  const { token } = await db.createKey({ partner: 'unodc', role: 'coordinator' });
  pact = createClient({ baseUrl: `${api.url}/v1`, apiKey: token });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await api?.close();
  await db?.close();
});

/** The titles of the project rows <pact-projects> shows, by project id, read through its shadow DOM. */
const titles = (page: Page) =>
  page.$eval('pact-projects', (el) =>
    Object.fromEntries(
      [...el.shadowRoot!.querySelectorAll('[part~="row"]')].map((row) => [
        row.getAttribute('data-id'),
        row.querySelector('.title')?.textContent ?? '',
      ]),
    ),
  );

/** A project a partner registers (not flagged illustrative). */
const project: ProjectInput = {
  id: 'e2e-sdk-created',
  title: { en: 'Precursor control training for Central Asian customs (created through the SDK)' },
  summary: { en: 'Created by the end-to-end test of SDK writes; not a real project.' },
  pillar: 3,
  status: 'pipeline',
  donors: ['jpn'],
  beneficiaries: ['uzb'],
  implementer: 'unodc',
  routes: ['northern'],
  budget: { amount: 400000, currency: 'USD' },
  // The newest start date: the list's default order (-start) puts it first.
  start: '2031-01-01',
  end: '2032-12-31',
};

test('a title changed through the SDK shows in <pact-projects> after a reload', async () => {
  const w = await watchedPage(browser);
  await w.page.goto(`${api.url}/paris-pact.html`);
  await waitForWidgets(w.page);
  const before = await titles(w.page);
  const id = Object.keys(before)[0]!;
  assert.ok(id, 'the page lists projects');
  const title = 'Container control at dry ports (title edited through the SDK)';
  assert.notEqual(before[id], title);

  const { etag } = await pact.projects.read(id);
  await pact.projects.update(id, { title: { en: title } }, { ifMatch: etag });

  await w.page.reload();
  await waitForWidgets(w.page);
  const after = await titles(w.page);
  assert.equal(after[id], title);
  assert.deepEqual(Object.keys(after), Object.keys(before), 'the same projects, in the same order');
  assert.deepEqual(w.errors, []);
  assert.deepEqual(await w.violations(), []);
  await w.page.close();
});

test('a project created through the SDK shows in <pact-projects> after Retry, once the list had failed', async () => {
  const w = await watchedPage(browser, [/Failed to load resource/]);
  let failProjects = true;
  await w.page.setRequestInterception(true);
  w.page.on('request', (r) => {
    if (failProjects && new URL(r.url()).pathname === '/v1/projects') void r.abort('connectionreset');
    else void r.continue();
  });
  await w.page.goto(`${api.url}/paris-pact.html`);
  const widgets = await waitForWidgets(w.page, 30000);
  assert.deepEqual(
    widgets.filter((x) => x.tag === 'pact-projects').map((x) => x.error),
    [true],
    'the projects list shows its error state',
  );

  await pact.projects.create(project);

  failProjects = false;
  await w.page.$eval('pact-projects', (el) =>
    (el.shadowRoot!.querySelector('[part~="retry-button"]') as HTMLButtonElement).click(),
  );
  await w.page.waitForFunction(() => document.querySelector('pact-projects')?.hasAttribute('data-loaded'), {
    timeout: 15000,
  });
  const shown = await titles(w.page);
  assert.equal(shown[project.id], project.title.en);
  assert.equal(Object.keys(shown)[0], project.id, 'first under the default order, newest start first');
  assert.deepEqual(await w.violations(), []);
  await w.page.close();
});

test('<pact-pillars> counts a project a partner registers as real: "N projects, of which M are fictitious examples"', async () => {
  const count = async (pillar: 1 | 2 | 3 | 4, illustrative?: true) =>
    (await pact.projects.list({ pillar, limit: 1, ...(illustrative ? { illustrative } : {}) })).total;
  const examples = await count(4, true);
  assert.equal(await count(4), examples, 'before: every pillar IV project is a fictitious example');
  await pact.projects.create({
    ...project,
    id: 'e2e-real-pillar-4',
    title: { en: 'Treatment services in prisons (created through the SDK, not flagged illustrative)' },
    pillar: 4,
    beneficiaries: ['kaz'],
  });
  const w = await watchedPage(browser);
  await w.page.goto(`${api.url}/paris-pact.html`);
  await waitForWidgets(w.page);
  const counts = await w.page.$eval('pact-pillars', (el) =>
    [...el.shadowRoot!.querySelectorAll('[part~="count"]')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim()),
  );
  assert.equal(counts[3], `${examples + 1} projects, of which ${examples} are fictitious examples`);
  // The other pillars, from the API: all examples, or (pillar III after the test above) not all.
  const expected = await Promise.all(
    ([1, 2, 3] as const).map(async (n) => {
      const [all, fictitious] = [await count(n), await count(n, true)];
      return all === fictitious
        ? `${all} projects (fictitious examples, not real projects)`
        : `${all} projects, of which ${fictitious} are fictitious examples`;
    }),
  );
  assert.deepEqual(counts.slice(0, 3), expected);
  assert.deepEqual(w.errors, []);
  await w.page.close();
});
