// Embedding in a React 19 app: the generated @pact/react wrappers render, take props, and pass
// typed events to callbacks, under the strict CSP.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'puppeteer-core';
import { ROOT, launch, startSite, watchedPage, type Site } from './harness.js';

let site: Site;
let browser: Browser;
before(async () => {
  site = await startSite();
  await build({
    entryPoints: [join(ROOT, 'test/e2e/react-app.tsx')],
    bundle: true,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(site.pages, 'react-app.js'),
    logLevel: 'warning',
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('a React 19 app renders <PactPartners> in a <PactProvider> and receives onPactPartnerSelect', async () => {
  const url = site.page(
    'react.html',
    '<div id="root"></div><script type="module" src="/t/react-app.js"></script>',
    '',
    false,
  );
  const w = await watchedPage(browser);
  await w.page.goto(url);
  await w.page
    .waitForFunction(() => document.querySelector('pact-partners')?.hasAttribute('data-loaded'), { timeout: 15000 })
    .catch(async (e: unknown) => {
      const html = await w.page.evaluate(() => document.body.innerHTML.slice(0, 400));
      throw new Error(
        `${String(e)}\nerrors: ${w.errors.join('; ')}\nviolations: ${(await w.violations()).join('; ')}\n${html}`,
      );
    });
  const names = await w.page.$eval('pact-partners', (el) =>
    [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((n) => n.textContent?.trim()),
  );
  assert.deepEqual(
    names,
    ['Kazakhstan', 'Kirghizistan', 'Ouzbékistan', 'Tadjikistan', 'Turkménistan'],
    'French, from the provider',
  );
  assert.equal(
    await w.page.$eval('pact-partners', (el) => el.shadowRoot!.querySelector('[part~="controls"]')),
    null,
    'noControls prop',
  );
  await w.page.$eval('pact-partners', (el) =>
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="name"]')!.click(),
  );
  await w.page.waitForFunction(() => document.getElementById('chosen')?.textContent === 'kaz', { timeout: 5000 });
  assert.deepEqual(await w.violations(), []);
  assert.deepEqual(w.errors, []);
  await w.page.close();
});
