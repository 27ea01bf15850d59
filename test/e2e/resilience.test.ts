// The API stopped, slow, and answering 500: every widget shows its error state and recovers on
// Retry; a keyboard-only walk through every widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { loadDataset, startServer, type RunningServer } from '@pact/api/node';
import { faultySite, waitForWidgets, watchedPage, TAGS } from './harness.js';

const env = faultySite({ csp: false });

const ALL = `
  <pact-provider>
    <pact-pillars></pact-pillars>
    <pact-projects limit="5"></pact-projects>
    <pact-route-map></pact-route-map>
    <pact-partners limit="10"></pact-partners>
  </pact-provider>`;

async function definedTags(page: Page) {
  return page.evaluate(
    (tags: readonly string[]) => tags.filter((t) => customElements.get(t) && document.querySelector(t)),
    TAGS,
  );
}

async function clickRetries(page: Page) {
  return page.evaluate((tags: readonly string[]) => {
    let n = 0;
    for (const tag of tags)
      document.querySelectorAll(tag).forEach((el) => {
        const b = el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="retry-button"]');
        if (b) {
          b.click();
          n++;
        }
      });
    return n;
  }, TAGS);
}

test('every widget shows its error state when the API answers 500, and recovers on Retry when it is back', async () => {
  const url = env.site.page(
    'fault-500.html',
    ALL,
    `<meta name="pact:api" content="${env.fault.url}/fail-1-500~e2e/v1">`,
  );
  const w = await watchedPage(env.browser, [/status of 500/]);
  await w.page.goto(url);
  const widgets = await waitForWidgets(w.page);
  const tags = await definedTags(w.page);
  assert.ok(tags.length >= 1);
  for (const x of widgets.filter((x) => tags.includes(x.tag))) assert.ok(x.error, `${x.tag} shows the error state`);
  const text = await w.page.$eval(
    'pact-partners',
    (el) => el.shadowRoot!.querySelector('[part~="error"]')!.textContent,
  );
  assert.match(text ?? '', /problem answering/);
  assert.ok((await clickRetries(w.page)) >= tags.length);
  await w.page.waitForFunction(
    (t: string[]) =>
      t.every((tag) => [...document.querySelectorAll(tag)].every((el) => el.hasAttribute('data-loaded'))),
    { timeout: 15000 },
    tags,
  );
  assert.deepEqual(w.errors, []);
  await w.page.close();
});

test('every widget shows its error state when the API is stopped, and recovers on Retry once it is back', async () => {
  const dataset = await loadDataset();
  let api: RunningServer | undefined = await startServer({ dataset, port: 0, log: false });
  const port = api.port;
  await api.close();
  api = undefined;
  try {
    const url = env.site.page('stopped.html', ALL, `<meta name="pact:api" content="http://127.0.0.1:${port}/v1">`);
    const w = await watchedPage(env.browser, [/ERR_CONNECTION_REFUSED|Failed to load resource/]);
    await w.page.goto(url);
    const widgets = await waitForWidgets(w.page, 30000);
    const tags = await definedTags(w.page);
    for (const x of widgets.filter((x) => tags.includes(x.tag))) assert.ok(x.error, `${x.tag} shows the error state`);
    api = await startServer({ dataset, port, log: false });
    await clickRetries(w.page);
    await w.page.waitForFunction(
      (t: string[]) =>
        t.every((tag) => [...document.querySelectorAll(tag)].every((el) => el.hasAttribute('data-loaded'))),
      { timeout: 15000 },
      tags,
    );
    await w.page.close();
  } finally {
    await api?.close();
  }
});

test('a slow API shows the loading state (after a short delay), then the data', async () => {
  const url = env.site.page(
    'slow.html',
    '<pact-partners limit="10"></pact-partners>',
    `<meta name="pact:api" content="${env.fault.url}/delay-1500/v1">`,
  );
  const w = await watchedPage(env.browser);
  await w.page.goto(url);
  await w.page.waitForFunction(
    () => document.querySelector('pact-partners')?.shadowRoot?.querySelector('[part~="loading"]'),
    { timeout: 5000 },
  );
  const busy = await w.page.$eval('pact-partners', (el) =>
    el.shadowRoot!.querySelector('[part~="loading"]')!.getAttribute('role'),
  );
  assert.equal(busy, 'status');
  await waitForWidgets(w.page);
  assert.equal(await w.page.$eval('pact-partners', (el) => el.shadowRoot!.querySelector('[part~="loading"]')), null);
  await w.page.close();
});

test('a keyboard-only walk reaches every widget and never gets trapped', async () => {
  const w = await watchedPage(env.browser);
  await w.page.goto(`${env.site.url}/paris-pact.html`);
  await waitForWidgets(w.page);
  const reached = new Set<string>();
  let backToStart = false;
  for (let i = 0; i < 400; i++) {
    await w.page.keyboard.press('Tab');
    const where = await w.page.evaluate(() => {
      let el: Element | null = document.activeElement;
      let host = '';
      while (el?.shadowRoot?.activeElement) {
        host = host || el.localName;
        el = el.shadowRoot.activeElement;
      }
      return { host, tag: el?.localName ?? '' };
    });
    if (where.host) reached.add(where.host);
    if (i > 10 && (where.tag === 'body' || where.tag === 'a') && !where.host && reached.size > 0) {
      // focus left the widgets again: the walk went through them without a trap
      if (where.tag === 'body' || i > 300) {
        backToStart = true;
        break;
      }
    }
  }
  const defined = await w.page.evaluate(
    (tags: readonly string[]) =>
      tags.filter((t) => customElements.get(t) && document.querySelector(t) && t !== 'pact-pillar-card'),
    TAGS,
  );
  for (const tag of defined) assert.ok(reached.has(tag), `Tab reaches <${tag}> (reached: ${[...reached].join(', ')})`);
  assert.ok(backToStart, 'focus comes back out of the widgets');
  await w.page.close();
});
