// The elements in a Vue 3 app and a Svelte 5 app, each built with Vite as a webmaster's project
// would be (test/frameworks/vue, test/frameworks/svelte), served with the real API under a strict
// CSP and loaded in Chromium: the element shows the API's data, and its event reaches the
// framework's handler. vue-tsc and svelte-check type-check each app against the elements' typed
// props and events, and refuse the deliberate error in its broken/ folder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { build } from 'vite';
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { loadDataset, startServer, STRICT_CSP, type RunningServer } from '@pact/api/node';
import { launch, watchedPage } from '../e2e/harness.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const BIN = fileURLToPath(new URL('../../node_modules/.bin/', import.meta.url));
const run = promisify(execFile);
/** The strict CSP, with the Trusted Types policies Vue ('vue') and Svelte ('svelte-trusted-html') create. */
const CSP = STRICT_CSP.replace(
  "trusted-types lit-html 'allow-duplicates'",
  "trusted-types lit-html vue svelte-trusted-html 'allow-duplicates'",
);

let out: string;
let server: RunningServer;
let browser: Browser;

/** Runs a checker; its exit code and output. */
const check = (bin: string, args: string[], cwd: string) =>
  run(join(BIN, bin), args, { cwd, maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: `${e.stdout}${e.stderr}` }),
  );
/** vue-tsc's and svelte-check's runs, started in before() alongside the builds; each test awaits its own. */
let vueCheck: ReturnType<typeof check>;
let svelteCheck: ReturnType<typeof check>;

before(async () => {
  assert.notEqual(CSP, STRICT_CSP, 'the CSP names the frameworks’ policies');
  // The type checkers are child processes: they run while this process builds the apps.
  vueCheck = check('vue-tsc', ['--noEmit', '-p', 'tsconfig.check.json'], join(HERE, 'vue'));
  svelteCheck = check(
    'svelte-check',
    ['--tsconfig', './tsconfig.check.json', '--output', 'machine', '--fail-on-warnings'],
    join(HERE, 'svelte'),
  );
  out = mkdtempSync(join(tmpdir(), 'pact-frameworks-'));
  const common = { base: './', configFile: false as const, logLevel: 'warn' as const };
  // Both builds, the server and the browser at once (Vite's esbuild and Chromium are processes of their own).
  const [, , started, launched] = await Promise.all([
    build({
      ...common,
      root: join(HERE, 'vue'),
      // Vue's template compiler leaves pact-* tags to the browser instead of looking for components.
      plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('pact-') } } })],
      build: { outDir: join(out, 'vue'), emptyOutDir: true },
    }),
    build({
      ...common,
      root: join(HERE, 'svelte'),
      plugins: [svelte()],
      build: { outDir: join(out, 'svelte'), emptyOutDir: true },
    }),
    loadDataset().then((dataset) =>
      startServer({
        dataset,
        port: 0,
        log: false,
        statics: { '/t/': out },
        staticHeaders: { 'Content-Security-Policy': CSP },
      }),
    ),
    launch(),
  ]);
  server = started;
  browser = launched;
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Opens the app, waits for <pact-partners> to load, clicks the first partner; what the page showed. */
async function exercise(app: string) {
  const { page, errors, violations } = await watchedPage(browser);
  await page.goto(`${server.url}/t/${app}/index.html`);
  await page
    .waitForFunction(() => document.querySelector('pact-partners')?.hasAttribute('data-loaded'), { timeout: 15000 })
    .catch((e: unknown) => {
      throw new Error(`${String(e)}\nerrors: ${errors.join('; ')}`);
    });
  const names = await page.$eval('pact-partners', (el) =>
    [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((n) => n.textContent?.trim()),
  );
  const controls = await page.$eval('pact-partners', (el) => !!el.shadowRoot!.querySelector('[part~="controls"]'));
  const before = await page.$eval('#chosen', (p) => p.textContent);
  await page.$eval('pact-partners', (el) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="name"]')!.click());
  await page.waitForFunction(() => document.getElementById('chosen')?.textContent !== '', { timeout: 5000 });
  const chosen = await page.$eval('#chosen', (p) => p.textContent);
  const seen = await violations();
  await page.close();
  return { names, controls, before, chosen, violations: seen, errors };
}

test('a Vue 3 app (Vite) renders <pact-partners> with the API’s data and gets its pact-partner-select event', async () => {
  assert.deepEqual(await exercise('vue'), {
    // lang="fr" on the provider, region="central-asia": the five Central Asian countries, in French.
    names: ['Kazakhstan', 'Kirghizistan', 'Ouzbékistan', 'Tadjikistan', 'Turkménistan'],
    controls: false, // :no-controls="true" reached the element as its property
    before: '',
    chosen: 'kaz', // the handler read event.detail.partner.id
    violations: [],
    errors: [],
  });
});

test('a Svelte 5 app (Vite) renders <pact-partners> with the API’s data and gets its pact-partner-select event', async () => {
  assert.deepEqual(await exercise('svelte'), {
    names: ['Казахстан', 'Кыргызстан', 'Таджикистан', 'Туркменистан', 'Узбекистан'],
    controls: false,
    before: '',
    chosen: 'kaz',
    violations: [],
    errors: [],
  });
});

// One run each over the app and its broken/ folder: exactly one error, the deliberate one, so the
// app itself type-checks and the check is not a no-op.
test('vue-tsc accepts the Vue app and refuses a string for the number prop `limit`', async () => {
  const { code, out } = await vueCheck;
  assert.notEqual(code, 0);
  assert.deepEqual(
    out.match(/^.*error TS\d+.*$/gm),
    ["broken/WrongProp.vue(5,41): error TS2322: Type 'string' is not assignable to type 'number'."],
    out,
  );
});

test('svelte-check accepts the Svelte app and refuses a string for the number prop `limit`', async () => {
  const { code, out } = await svelteCheck;
  assert.notEqual(code, 0);
  assert.deepEqual(
    out.match(/^\d+ (ERROR|WARNING) .*$/gm)?.map((l) => l.replace(/^\d+ /, '')),
    ['ERROR "broken/WrongProp.svelte" 4:38 "Type \'string\' is not assignable to type \'number\'."'],
    out,
  );
  assert.match(out, /COMPLETED \d+ FILES 1 ERRORS 0 WARNINGS 1 FILES_WITH_PROBLEMS/);
});
