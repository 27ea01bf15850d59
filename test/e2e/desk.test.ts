// The coordination desk (/desk/) in Chromium against the real server (@pact/server's desk handler,
// the API on a fresh embedded database, the example pages and the CDN bundle, under the strict CSP
// with Trusted Types): sign in as a partner, create, see it on an example page, edit it in two tabs
// and resolve the conflict, withdraw it, be refused another organization's project, see the history
// as a coordinator, lose the key mid-edit without losing the form. axe finds nothing on any view.
// DESK_SCREENSHOTS=DIR saves each view in en, fr and ar at 1280 and 390 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { createClient, PactForbiddenError, type PactClient } from '@pact/sdk';
import { openDatabase, type PactDatabase } from '../../packages/api/src/db/index.js';
import { startServer, STRICT_CSP, type RunningServer } from '../../packages/api/src/server.js';
import { SqlStore } from '../../packages/api/src/store/sql.js';
import { deskHandler } from '../../packages/server/src/desk/handler.js';
import { wordsFor } from '../../packages/server/src/desk/app/strings.js';
import { CDN, EXAMPLES, ROOT, launch, waitForWidgets, watchedPage, type Watched } from './harness.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = process.env['DESK_SCREENSHOTS'];

let db: PactDatabase;
let api: RunningServer;
let browser: Browser;
let coordinator: PactClient;
let osceKey: string;
let coordinatorKey: string;

before(async () => {
  for (const f of ['dist/desk/desk.js', 'dist/cdn/pact-elements.js'])
    if (!existsSync(join(ROOT, f)))
      throw new Error(`${f} is missing: run \`npm run build && npm run build:cdn\` first`);
  db = await openDatabase({ dir: 'memory://', template: process.env['PACT_DB_TEMPLATE'] });
  api = await startServer({
    dataset: new SqlStore(db),
    port: 0,
    log: false,
    handlers: [deskHandler],
    statics: { '/cdn/': CDN, '/': EXAMPLES },
    staticHeaders: { 'Content-Security-Policy': STRICT_CSP },
  });
  const osce = await db.createKey({ partner: 'osce', role: 'partner' });
  osceKey = osce.token;
  coordinatorKey = (await db.createKey({ partner: 'unodc', role: 'coordinator' })).token;
  coordinator = createClient({ baseUrl: `${api.url}/v1`, apiKey: coordinatorKey });
  browser = await launch();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await api?.close();
  await db?.close();
});

const ID = 'osce-e2e-desk-2031';
const TITLE = 'Border management staff college: precursor course (desk end-to-end test)';

/** axe-core on the whole page (shadow roots included): the violations, as "rule: targets". */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run(c: Document): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
    };
    const r = await w.axe.run(document);
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' | ')}`);
  });
}

/** The view after it settled: no axe violation, no console error, no CSP or Trusted Types violation; screenshots. */
async function check(w: Watched, name: string): Promise<void> {
  // A tab in the background gets its timers throttled (axe waits on them): bring it forward.
  await w.page.bringToFront();
  assert.deepEqual(await axe(w.page), [], `axe on the ${name} view`);
  assert.deepEqual(w.errors, [], `console on the ${name} view`);
  assert.deepEqual(await w.violations(), [], `CSP on the ${name} view`);
  if (!SHOTS) return;
  for (const lang of ['en', 'fr', 'ar']) {
    await w.page.select('#lang', lang);
    for (const width of [1280, 390]) {
      await w.page.setViewport({ width, height: 900 });
      await new Promise((r) => setTimeout(r, 150));
      // Narrow: the first screen (a long list makes an unreadable full page); wide: the whole page,
      // as a viewport that tall (puppeteer's `fullPage` drew a right-to-left page shifted by 176 px
      // after a narrow shot, while the page itself was in place: scrollX 0, nothing wider than it).
      if (width > 600)
        await w.page.setViewport({ width, height: await w.page.evaluate(() => document.documentElement.scrollHeight) });
      await w.page.screenshot({ path: join(SHOTS, `${name}-${lang}-${width}.png`) });
    }
  }
  await w.page.select('#lang', 'en');
  await w.page.setViewport({ width: 1280, height: 900 });
}

const text = (page: Page, selector: string) =>
  page.$eval(selector, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

async function signIn(w: Watched, key: string): Promise<void> {
  await w.page.goto(`${api.url}/desk/`);
  await w.page.waitForSelector('#key');
  await w.page.type('#key', key);
  await w.page.keyboard.press('Enter');
  await w.page.waitForSelector('.who');
}

/** Waits for the desk's list of projects; returns their ids. */
async function listed(page: Page): Promise<string[]> {
  await page.waitForSelector('ul.projects');
  return page.$$eval('.project code', (els) => els.map((e) => e.textContent ?? ''));
}

const field = (id: string) => `pact-project-form >>> #${id}`;
/** Types into a field of the form as a person would (clears it first). */
async function typeIn(page: Page, id: string, value: string): Promise<void> {
  await page.click(field(id), { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type(field(id), value);
}
/** Sets a date input (Chromium's date control takes no typed ISO text). */
const setDate = (page: Page, id: string, value: string) =>
  page.$eval(
    field(id),
    (el, v) => {
      (el as HTMLInputElement).value = v;
      el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
    value,
  );
async function pick(page: Page, picker: string, search: string, id: string): Promise<void> {
  await typeIn(page, `f-${picker}`, search);
  await page.click(field(`f-${picker}-options input[value="${id}"]`));
}
const errorsShown = (page: Page) =>
  page.$eval('pact-project-form', (el) =>
    Object.fromEntries([...el.shadowRoot!.querySelectorAll('[part~="error"]')].map((e) => [e.id, e.textContent ?? ''])),
  );
const focusedField = (page: Page) => page.$eval('pact-project-form', (el) => el.shadowRoot!.activeElement?.id ?? null);
const submit = (page: Page) => page.click('pact-project-form >>> button[type="submit"]');

test('sign-in: a wrong key is refused with a reason; a partner sees its organization, its role and only its projects', async () => {
  const w = await watchedPage(browser, [/status of 401/]);
  await w.page.goto(`${api.url}/desk/`);
  await w.page.waitForSelector('#key');
  await check(w, 'signin');
  await w.page.type('#key', 'pact_not-a-key');
  await w.page.keyboard.press('Enter');
  await w.page.waitForSelector('.alert');
  assert.match(await text(w.page, '.alert'), /refused: it is unknown or has been revoked/);
  assert.equal(await w.page.evaluate(() => sessionStorage.getItem('pact-desk-key')), null, 'a refused key is not kept');

  await signIn(w, osceKey);
  assert.match(await text(w.page, '.who'), /Organization for Security and Co-operation in Europe \(osce\).*partner/);
  const ids = await listed(w.page);
  const all = [];
  for await (const p of coordinator.projects.all({ limit: 200 })) all.push(p);
  const mine = all.filter((p) => p.implementer === 'osce' || p.donors.includes('osce'));
  assert.ok(mine.length > 0 && mine.length < all.length, 'the seed has OSCE projects and others');
  assert.deepEqual([...ids].sort(), mine.map((p) => p.id).sort());
  const marked = await w.page.$$eval('.project', (rows) => rows.filter((r) => r.querySelector('.badge')).length);
  assert.equal(marked, mine.filter((p) => p.illustrative).length, 'the illustrative ones are marked');
  assert.equal(await w.page.evaluate(() => localStorage.length), 0, 'nothing in localStorage');
  assert.ok(!w.page.url().includes(osceKey), 'the key is not in the URL');
  await check(w, 'list');

  await w.page.click('.who button');
  await w.page.waitForSelector('#key');
  assert.equal(await w.page.evaluate(() => sessionStorage.getItem('pact-desk-key')), null, 'Sign out forgets the key');
  await w.page.close();
});

test('languages: the browser’s first language the desk speaks (Spanish), then Arabic chosen: right to left, the form in Arabic too; axe finds nothing', async () => {
  const w = await watchedPage(browser);
  const cdp = await w.page.createCDPSession();
  await cdp.send('Emulation.setUserAgentOverride', {
    userAgent: await browser.userAgent(),
    acceptLanguage: 'pt-BR,es-AR;q=0.9,en;q=0.5',
  });
  await w.page.goto(`${api.url}/desk/`);
  await w.page.waitForSelector('#key');
  assert.deepEqual(await w.page.$eval('html', (h) => [h.lang, h.dir]), ['es', 'ltr']);
  assert.equal(await text(w.page, 'h1'), wordsFor('es')('title'));
  assert.equal(await w.page.$eval('#lang', (s) => (s as HTMLSelectElement).value), 'es');
  assert.deepEqual(await w.page.$$eval('#lang option', (os) => os.map((o) => o.getAttribute('lang'))), [
    'en',
    'fr',
    'ru',
    'ar',
    'zh',
    'es',
    'de',
    'it',
  ]);
  assert.deepEqual(await axe(w.page), [], 'axe, in Spanish');

  await w.page.select('#lang', 'ar');
  assert.deepEqual(await w.page.$eval('html', (h) => [h.lang, h.dir]), ['ar', 'rtl']);
  // The choice holds for the tab: signing in (a new load of the page) keeps Arabic.
  await signIn(w, osceKey);
  assert.deepEqual(await w.page.$eval('html', (h) => [h.lang, h.dir]), ['ar', 'rtl']);
  await listed(w.page);
  assert.equal(await text(w.page, '#v-title'), wordsFor('ar')('myProjects'));
  // The organizations' names exist in English, French and Russian: in Arabic, the English one,
  // marked so (a screen reader reads it in English) and isolated from the Arabic around it.
  assert.deepEqual(
    await w.page.$eval('.who strong', (s) =>
      [...s.children].map((c) => [c.getAttribute('lang'), c.getAttribute('dir'), c.textContent]),
    ),
    [['en', 'auto', 'Organization for Security and Co-operation in Europe']],
  );
  assert.deepEqual(
    await w.page.$$eval('.project .facts', (ps) => [
      ...new Set(ps.map((p) => p.querySelector('[lang]')?.getAttribute('lang'))),
    ]),
    ['en'],
    "each project's implementer, marked English",
  );
  assert.equal(await w.page.$eval('main', (m) => getComputedStyle(m).direction), 'rtl');
  assert.deepEqual(await axe(w.page), [], 'axe on the list, in Arabic');
  // Right to left, nothing sticks out of the page, wide or narrow: the list, then a history.
  const overflow = () => w.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.equal(await overflow(), 0, 'the list at 1280 px');
  const [first] = await listed(w.page);
  await w.page.goto(`${api.url}/desk/#/history/${first}`);
  await w.page.waitForSelector('table');
  for (const width of [1280, 390]) {
    await w.page.setViewport({ width, height: 900 });
    assert.equal(await overflow(), 0, `the history at ${width} px`);
  }
  await w.page.setViewport({ width: 1280, height: 900 });
  await w.page.goto(`${api.url}/desk/#/`);
  await listed(w.page);
  await w.page.click('a[href="#/new"]');
  await w.page.waitForSelector('pact-project-form');
  await w.page.waitForFunction(
    () => !!document.querySelector('pact-project-form')?.shadowRoot?.querySelector('#f-donors-options input'),
  );
  // The form (the elements' own texts) speaks the desk's language.
  assert.equal(await w.page.$eval('pact-project-form', (f) => (f as HTMLElement & { locale: string }).locale), 'ar');
  assert.deepEqual(await axe(w.page), [], 'axe on the form, in Arabic');
  assert.deepEqual(w.errors, []);
  assert.deepEqual(await w.violations(), []);
  await w.page.evaluate(() => sessionStorage.clear());
  await w.page.close();
});

test('create: errors in the browser with the focus on the first, the API’s refusal on its field, nothing typed lost; then shown on the example page', async () => {
  const w = await watchedPage(browser, [/status of 409/]);
  await signIn(w, osceKey);
  await w.page.click('a[href="#/new"]');
  await w.page.waitForSelector('pact-project-form');
  await w.page.waitForFunction(
    () => !!document.querySelector('pact-project-form')?.shadowRoot?.querySelector('#f-donors-options input'),
  );
  await typeIn(w.page, 'f-title-en', TITLE);
  await submit(w.page);
  await w.page.waitForSelector(field('e-id'));
  const errors = await errorsShown(w.page);
  assert.equal(errors['e-id'], 'Fill in this field.');
  assert.equal(errors['e-donors'], 'Choose at least one.');
  assert.equal(errors['e-title-en'], undefined, 'the English title is filled in');
  assert.equal(await focusedField(w.page), 'f-id', 'the focus is on the first field with an error');
  assert.equal(await w.page.$eval(field('f-title-en'), (e) => (e as HTMLInputElement).value), TITLE);
  assert.equal(await w.page.$eval(field('f-title-fr'), (e) => e.getAttribute('lang')), 'fr');
  await check(w, 'create-errors');

  // An id another project has: the browser cannot know, the API's 409 lands on the id field.
  await typeIn(w.page, 'f-id', 'prj-0001');
  await typeIn(w.page, 'f-title-fr', 'Collège des cadres : cours sur les précurseurs (test de bout en bout)');
  await typeIn(w.page, 'f-summary-en', 'Made by the desk end-to-end test; not a real project.');
  await w.page.select(field('f-pillar'), '2');
  await w.page.select(field('f-status'), 'pipeline');
  await setDate(w.page, 'f-start', '2031-06-01');
  await setDate(w.page, 'f-end', '2032-05-31');
  await pick(w.page, 'beneficiaries', 'Tajik', 'tjk');
  await pick(w.page, 'donors', 'Germ', 'deu');
  await w.page.select(field('f-implementer'), 'osce');
  await w.page.click(field('f-routes input[type="checkbox"]'));
  await typeIn(w.page, 'f-budget-amount', '180000');
  await typeIn(w.page, 'f-budget-currency', 'EUR');
  await submit(w.page);
  await w.page.waitForFunction(() => !!document.querySelector('pact-project-form')?.shadowRoot?.querySelector('#e-id'));
  assert.match((await errorsShown(w.page))['e-id'] ?? '', /already taken/);
  assert.equal(await focusedField(w.page), 'f-id');
  assert.equal(
    await w.page.$eval(field('f-budget-amount'), (e) => (e as HTMLInputElement).value),
    '180000',
    'nothing typed is lost',
  );

  await typeIn(w.page, 'f-id', ID);
  await submit(w.page);
  await w.page.waitForFunction(() => document.querySelector('.live')?.textContent?.includes('Registered'));
  assert.ok((await listed(w.page)).includes(ID));
  const stored = await coordinator.projects.read(ID);
  assert.equal(stored.data.title.en, TITLE);
  assert.deepEqual(stored.data.donors, ['deu']);
  assert.deepEqual(stored.data.budget, { amount: 180000, currency: 'EUR' });
  assert.equal(stored.data.illustrative, false);
  assert.deepEqual(w.errors, []);

  await w.page.goto(`${api.url}/paris-pact.html`);
  await waitForWidgets(w.page);
  const shown = await w.page.$eval('pact-projects', (el) =>
    [...el.shadowRoot!.querySelectorAll('[part~="row"]')].map((r) => r.getAttribute('data-id')),
  );
  assert.equal(shown[0], ID, 'first on the example page (newest start first)');
  await w.page.close();
});

/** Opens the project's edit view in a new tab signed in with `key`. */
async function editTab(key: string, id: string): Promise<Watched> {
  const w = await watchedPage(browser, [/status of 412/]);
  await signIn(w, key);
  await w.page.goto(`${api.url}/desk/#/edit/${id}`);
  await w.page.waitForFunction(
    (t) => document.querySelector('pact-project-form')?.shadowRoot?.querySelector('input')?.value === t,
    { timeout: 10000 },
    id,
  );
  return w;
}

test('conflict: two tabs edit the project; the second sees both versions field by field, chooses, and nothing is silently overwritten', async () => {
  const a = await editTab(osceKey, ID);
  const b = await editTab(osceKey, ID);
  await check(a, 'edit');

  // Tab A: the status. Saved first.
  await a.page.bringToFront();
  await a.page.select(field('f-status'), 'implementation');
  await submit(a.page);
  await a.page.waitForFunction(() => document.querySelector('.live')?.textContent?.includes('Saved'));

  // Tab B, from the version it read: the title and the status (to another value).
  const title = `${TITLE}, revised`;
  await b.page.bringToFront();
  await typeIn(b.page, 'f-title-en', title);
  await b.page.select(field('f-status'), 'cancelled');
  await submit(b.page);
  await b.page.waitForSelector('fieldset.conflict');
  const fields = await b.page.$$eval('fieldset.conflict', (fs) => fs.map((f) => f.getAttribute('data-field')));
  assert.deepEqual(fields, ['title', 'status'], 'the fields where the versions differ');
  const status = await b.page.$eval('fieldset[data-field="status"]', (f) => f.textContent!.replace(/\s+/g, ' '));
  assert.match(status, /My version .*Cancelled.*Saved version .*Under way/);
  // Each version's title, a line per language, each line marked with its language.
  const lines = await b.page.$$eval('fieldset[data-field="title"] .value', (vs) =>
    vs.map((v) =>
      [...v.querySelectorAll('span[lang]')].map((s) => [s.getAttribute('lang'), s.textContent!.split(':')[0]]),
    ),
  );
  assert.equal(lines.length, 2, 'my version and the saved one');
  for (const version of lines) {
    assert.ok(version.length >= 2, `a line per language: ${JSON.stringify(version)}`);
    for (const [lang, code] of version) assert.equal(lang, code);
  }
  const checked = await b.page.$$eval('fieldset.conflict', (fs) =>
    fs.map((f) => [...f.querySelectorAll('input')].findIndex((i) => (i as HTMLInputElement).checked)),
  );
  assert.deepEqual(checked, [0, -1], 'the title only I changed is mine; the status both changed waits for a choice');
  await check(b, 'conflict');

  await b.page.click('.save-merged');
  await b.page.waitForFunction(() => document.querySelector('.alert')?.textContent?.includes('every field'));
  assert.equal((await coordinator.projects.read(ID)).data.status, 'implementation', 'nothing saved yet');

  await b.page.click('fieldset[data-field="status"] .version:nth-child(2) input');
  await b.page.click('.save-merged');
  await b.page.waitForFunction(() => document.querySelector('.live')?.textContent?.includes('Saved'));
  const now = (await coordinator.projects.read(ID)).data;
  assert.equal(now.title.en, title, 'my title');
  assert.equal(now.status, 'implementation', 'their status');
  assert.equal(now.title.fr, 'Collège des cadres : cours sur les précurseurs (test de bout en bout)', 'kept');
  assert.deepEqual([...a.errors, ...b.errors], []);
  await a.page.close();
  await b.page.close();
});

test('a partner is refused another organization’s project: the desk says why, and the API refuses too', async () => {
  const other = await coordinator.projects.read('prj-0001');
  assert.ok(other.data.implementer !== 'osce' && !other.data.donors.includes('osce'));
  const w = await watchedPage(browser);
  await signIn(w, osceKey);
  await w.page.goto(`${api.url}/desk/#/edit/prj-0001`);
  await w.page.waitForSelector('.alert');
  assert.match(await text(w.page, 'h2'), /\(prj-0001\)$/, 'the heading names the project');
  assert.match(await text(w.page, '.alert'), /your organization is neither its implementer nor one of its donors/);
  assert.equal(await w.page.$('pact-project-form'), null, 'no form to fill in');
  await check(w, 'refused');
  const osce = createClient({ baseUrl: `${api.url}/v1`, apiKey: osceKey });
  await assert.rejects(
    osce.projects.update('prj-0001', { status: 'closed' }, { ifMatch: other.etag }),
    (e: unknown) => e instanceof PactForbiddenError && /neither the implementer nor a donor/.test(e.reason),
  );
  await w.page.close();
});

test('a coordinator sees the project’s history (who, when, which fields) and the recent changes', async () => {
  const w = await watchedPage(browser);
  await signIn(w, coordinatorKey);
  assert.match(await text(w.page, '.who'), /coordinator/);
  await w.page.goto(`${api.url}/desk/#/history/${ID}`);
  await w.page.waitForSelector('table.changes');
  const rows = await w.page.$$eval('table.changes tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent!.trim())),
  );
  assert.equal(rows.length, 3, 'created, then two saves');
  assert.deepEqual(
    rows.map((r) => r[1]),
    ['registered', 'changed', 'changed'],
  );
  assert.match(rows[0]![0]!, /^Organization for Security and Co-operation in Europe \(key_/);
  assert.equal(rows[1]![2], 'Status');
  assert.equal(rows[2]![2], 'Title');
  await check(w, 'history');
  await w.page.click('.who a[href="#/recent"]');
  // The history's own table is still there until the recent changes are shown: wait for their heading.
  await w.page.waitForFunction(
    () =>
      document.querySelector('#v-title')?.textContent?.trim() === 'Recent changes' &&
      document.querySelector('table.changes') !== null,
    { timeout: 5000 },
  );
  const recent = await w.page.$$eval('table.changes tbody tr td:nth-child(2)', (tds) =>
    tds.map((td) => td.textContent),
  );
  assert.deepEqual(recent, [ID, ID, ID], 'the writes of this test, newest first (the seed is not a recent change)');
  await check(w, 'recent');
  await w.page.close();
});

test('a key revoked mid-edit: back to sign-in with a clear message, and the unsaved form comes back after signing in', async () => {
  const spare = await db.createKey({ partner: 'osce', role: 'partner' });
  const w = await editTab(spare.token, ID);
  const typed = 'A title typed before the key was revoked';
  await typeIn(w.page, 'f-title-en', typed);
  await db.revokeKey(spare.id);
  await submit(w.page);
  await w.page.waitForSelector('#key');
  assert.match(await text(w.page, '.alert'), /refused \(unknown or revoked\).*unsaved changes are kept/);
  await w.page.type('#key', osceKey);
  await w.page.keyboard.press('Enter');
  await w.page.waitForFunction(
    (t) =>
      (document.querySelector('pact-project-form')?.shadowRoot?.querySelector('#f-title-en') as HTMLInputElement | null)
        ?.value === t,
    { timeout: 10000 },
    typed,
  );
  assert.notEqual((await coordinator.projects.read(ID)).data.title.en, typed, 'not saved');
  await w.page.close();
});

test('withdraw: a confirmation names the project; it leaves the desk and the API; Undo brings it back', async () => {
  const w = await watchedPage(browser);
  await signIn(w, osceKey);
  const before = await listed(w.page);
  assert.ok(before.includes(ID));
  const title = (await coordinator.projects.read(ID)).data.title.en;
  await w.page.click(`.project button[aria-label="Withdraw: ${title}"]`);
  await w.page.waitForSelector('dialog[open]');
  assert.match(await text(w.page, 'dialog .confirm-name'), new RegExp(`${ID}`));
  assert.ok((await text(w.page, 'dialog .confirm-name')).includes(title));
  await check(w, 'withdraw-confirm');
  await w.page.click('dialog .button.danger');
  await w.page.waitForFunction(() => document.activeElement?.matches('.live button.undo'));
  assert.equal(await text(w.page, '.live'), `Withdrawn. ${title} (${ID}) Undo`);
  const after = await listed(w.page);
  assert.deepEqual(
    after,
    before.filter((id) => id !== ID),
  );
  assert.equal(await text(w.page, '.withdrawn-here li'), `${title} ${ID} Undo`);
  await assert.rejects(coordinator.projects.read(ID), (e: { status?: number }) => e.status === 404);
  await check(w, 'withdraw-undo');

  // Keyboard: the focused Undo, with Enter. The list of projects answers slowly (as on a slow
  // network): "Brought back" is said only once the list shows the project again.
  await w.page.setRequestInterception(true);
  w.page.on('request', (r) => {
    const slow = r.method() === 'GET' && new URL(r.url()).pathname === '/v1/projects';
    if (slow) setTimeout(() => void r.continue(), 600);
    else void r.continue();
  });
  await w.page.keyboard.press('Enter');
  await w.page.waitForFunction(() => document.querySelector('.live')?.textContent?.includes('Brought back'));
  const { said, shown } = await w.page.evaluate(() => ({
    said: (document.querySelector('.live')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    shown: [...document.querySelectorAll('.project code')].map((e) => e.textContent ?? ''),
  }));
  assert.equal(said, `Brought back: ${title} (${ID})`);
  assert.deepEqual(shown.sort(), [...before].sort(), 'the list when "Brought back" is said');
  assert.equal(await w.page.$('.withdrawn-here'), null);
  assert.equal(await w.page.evaluate(() => sessionStorage.getItem('pact-desk-withdrawn')), null);
  assert.equal((await coordinator.projects.read(ID)).data.title.en, title);
  await w.page.click(`.project a[aria-label="History: ${title}"]`);
  await w.page.waitForSelector('table.changes');
  const kinds = await w.page.$$eval('table.changes tbody tr td:nth-child(3)', (tds) => tds.map((td) => td.textContent));
  assert.deepEqual(kinds.slice(-2), ['withdrawn', 'brought back']);
  await check(w, 'history-restored');
  assert.deepEqual(w.errors, []);
  await w.page.close();
});
