// The publish dialog (/publish/) in Chromium: axe finds nothing, the keyboard changes the choices,
// the preview and the address follow, and each snippet it gives, pasted into a blank page of
// another site, shows what the preview showed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Frame, Page } from 'puppeteer-core';
import type { PageHandler, RunningServer } from '@pact/api/node';
import { watchedPage } from './harness.js';
import { startEmbedSite, type EmbedSite } from './embed-site.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const blanks = new Map<string, string>();
/** Blank pages of a partner's site: nothing but the pasted snippet, no CSP of ours. */
const blankPages: PageHandler = (_req, url) => {
  const body = blanks.get(url.pathname);
  return body === undefined
    ? undefined
    : new Response(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`,
        { headers: { 'Content-Type': 'text/html; charset=utf-8' } },
      );
};

let site: EmbedSite;
let server: RunningServer;
let browser: Browser;
let other: string;

before(async () => {
  site = await startEmbedSite(blankPages);
  ({ server, browser, other } = site);
});
after(() => site?.close());

/** The text a reader sees in `selector` (shadow trees included), once it has its data. */
async function shown(where: Page | Frame, selector: string): Promise<string> {
  await where.waitForFunction(
    (sel: string) => {
      const el = document.querySelector(sel);
      return !!el?.hasAttribute('data-loaded') && !el.shadowRoot?.querySelector('[part~="error"]');
    },
    { timeout: 15000, polling: 50 },
    selector,
  );
  return where.$eval(selector, (el) => {
    const walk = (n: Node): string => {
      if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
      const parts: string[] = [];
      if (n instanceof Element && n.shadowRoot) parts.push(walk(n.shadowRoot));
      n.childNodes.forEach((c) => parts.push(walk(c)));
      return parts.join(' ');
    };
    return walk(el).replace(/\s+/g, ' ').trim();
  });
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const run = (
      window as unknown as {
        axe: { run: (c: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe.run;
    const result = await run(document);
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

const snippets = (page: Page) =>
  page.evaluate(() => ({
    script: (document.getElementById('s-script') as HTMLTextAreaElement).value,
    iframe: (document.getElementById('s-iframe') as HTMLTextAreaElement).value,
    url: (document.getElementById('s-url') as HTMLTextAreaElement).value,
  }));

test('the dialog: axe finds nothing, in English and Russian; choices come from its address', async () => {
  const { page, errors, violations } = await watchedPage(browser);
  await page.goto(`${server.url}/publish/?tag=pact-partners&member=osce&layout=table&limit=5&lang=fr`);
  assert.match(await shown(page, '#preview pact-partners'), /OSCE/);
  assert.equal(await page.$eval('#f-member', (s) => (s as HTMLSelectElement).value), 'osce');
  assert.equal(await page.$eval('#f-layout', (s) => (s as HTMLSelectElement).value), 'table');
  assert.equal(await page.$eval('#f-lang', (s) => (s as HTMLSelectElement).value), 'fr');
  assert.deepEqual(await axe(page), []);
  await page.goto(`${server.url}/publish/?tag=pact-pillars&ui=ru`);
  assert.equal(await page.$eval('html', (h) => h.lang), 'ru');
  assert.equal(await page.$eval('h1', (h) => h.textContent), 'Разместить элемент на своём сайте');
  // The element takes the page's language unless asked otherwise.
  assert.equal(await page.$eval('#preview pact-pillars', (p) => p.getAttribute('lang')), 'ru');
  await shown(page, '#preview pact-pillars');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the dialog in Arabic is laid out right to left, its code left to right; in Spanish from the browser’s language; axe finds nothing', async () => {
  const { page, errors, violations } = await watchedPage(browser);
  await page.goto(`${server.url}/publish/?tag=pact-partners&ui=ar`);
  assert.deepEqual(await page.$eval('html', (h) => [h.lang, h.dir]), ['ar', 'rtl']);
  assert.equal(await page.$eval('h1', (h) => h.textContent), 'نشر عنصر على موقعك');
  assert.equal(await page.$eval('#publish', (f) => getComputedStyle(f).direction), 'rtl');
  // The snippets are code: left to right, whatever the page's direction.
  assert.equal(await page.$eval('#s-script', (t) => getComputedStyle(t).direction), 'ltr');
  // A tag name in an Arabic option keeps its own direction (isolated).
  assert.match(
    await page.$eval('#f-tag option[value="pact-partners"]', (o) => o.textContent ?? ''),
    /^\S.* \u2066<pact-partners>\u2069$/,
  );
  assert.equal(await page.$eval('#preview pact-partners', (p) => p.getAttribute('lang')), 'ar');
  await shown(page, '#preview pact-partners');
  assert.deepEqual(await axe(page), []);
  // On a phone the eight languages' links wrap: nothing sticks out of the page.
  await page.setViewport({ width: 390, height: 800 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
  // No `ui`: the first language of Accept-Language the dialog speaks (es-ES → Spanish).
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'pt-BR,es-ES;q=0.9,en;q=0.5' });
  await page.goto(`${server.url}/publish/?tag=pact-pillars`);
  assert.deepEqual(await page.$eval('html', (h) => [h.lang, h.dir]), ['es', 'ltr']);
  assert.equal(await page.$eval('h1', (h) => h.textContent), 'Publicar un elemento en su sitio');
  assert.equal(await page.$eval('#preview pact-pillars', (p) => p.getAttribute('lang')), 'es');
  await shown(page, '#preview pact-pillars');
  assert.deepEqual(await axe(page), []);
  // Each of the eight languages is offered, named in itself, the current one marked.
  assert.deepEqual(
    await page.$$eval('.langs a', (as) => as.map((a) => [a.getAttribute('hreflang'), a.getAttribute('aria-current')])),
    [
      ['en', null],
      ['fr', null],
      ['ru', null],
      ['ar', null],
      ['zh', null],
      ['es', 'page'],
      ['de', null],
      ['it', null],
    ],
  );
  assert.deepEqual(await violations(), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('with the keyboard alone, a filter changes the preview, the snippets and the address', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${server.url}/publish/?tag=pact-partners&member=pompidou-group`);
  const before = await shown(page, '#preview pact-partners');
  await page.focus('#f-kind');
  await page.keyboard.press('ArrowDown'); // (any) → country
  await page.waitForFunction(() => location.search.includes('kind=country'), { timeout: 5000 });
  await page.waitForSelector('#preview pact-partners[kind="country"]');
  const after = await shown(page, '#preview pact-partners');
  assert.notEqual(after, before);
  assert.match((await snippets(page)).script, /<pact-partners kind="country" member="pompidou-group" lang="en" api="/);
  // The address can be shared: opened again, it shows the same choices.
  await page.goto(page.url());
  assert.equal(await page.$eval('#f-kind', (s) => (s as HTMLSelectElement).value), 'country');
  assert.equal(await shown(page, '#preview pact-partners'), after);
  assert.deepEqual(errors, []);
  await page.close();
});

test('each snippet, pasted into a blank page of another site, shows what the preview showed', async () => {
  const { page } = await watchedPage(browser);
  await page.goto(`${server.url}/publish/?tag=pact-pillars&lang=fr&theme=osce&width=640`);
  const preview = await shown(page, '#preview pact-pillars');
  assert.match(preview, /Pilier/);
  const s = await snippets(page);
  assert.match(s.script, /integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous"/);
  assert.match(s.iframe, /width="640"/);

  blanks.set('/script.html', s.script);
  const pasted = await watchedPage(browser);
  await pasted.page.goto(`${other}/script.html`);
  assert.equal(await shown(pasted.page, 'pact-pillars'), preview, 'script tag');
  assert.deepEqual(pasted.errors, []);

  blanks.set('/iframe.html', s.iframe);
  await pasted.page.goto(`${other}/iframe.html`);
  const frame = await (await pasted.page.waitForSelector('iframe'))?.contentFrame();
  assert.ok(frame);
  assert.equal(await shown(frame, 'pact-pillars'), preview, 'iframe');

  const oembed = (await (await fetch(`${server.url}/oembed?${new URLSearchParams({ url: s.url })}`)).json()) as {
    html: string;
  };
  blanks.set('/oembed.html', oembed.html);
  await pasted.page.goto(`${other}/oembed.html`);
  const oframe = await (await pasted.page.waitForSelector('iframe'))?.contentFrame();
  assert.ok(oframe);
  assert.equal(await shown(oframe, 'pact-pillars'), preview, 'oEmbed');
  await pasted.page.close();
  await page.close();
});

test('Copy puts the snippet on the clipboard and says so', async () => {
  await browser
    .defaultBrowserContext()
    .overridePermissions(server.url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const { page } = await watchedPage(browser);
  await page.bringToFront();
  await page.goto(`${server.url}/publish/?tag=pact-timeline&partnership=osce`);
  await page.focus('button[data-copy="s-iframe"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !!document.getElementById('copy-status')?.textContent, { timeout: 5000 });
  assert.equal(await page.$eval('#copy-status', (s) => s.textContent), 'Copied to the clipboard.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), (await snippets(page)).iframe);
  await page.close();
});

test('choices that cannot be shown: the page says why and offers no snippet', async () => {
  const { page } = await watchedPage(browser);
  const res = await page.goto(`${server.url}/publish/?tag=pact-partners&member=nato`);
  assert.equal(res?.status(), 400);
  assert.match(await page.$eval('#errors', (e) => (e as HTMLElement).innerText), /"member" takes one of/);
  assert.deepEqual(await snippets(page), { script: '', iframe: '', url: '' });
  // In another language, the reasons (English: they quote the address) are marked as English.
  await page.goto(`${server.url}/publish/?tag=pact-partners&member=nato&ui=de`);
  assert.equal(await page.$eval('#errors ul', (u) => u.lang), 'en');
  assert.equal(await page.$eval('html', (h) => h.lang), 'de');
  await page.close();
});

test('the display flags: offered beside the theme, kept in the address, carried by every snippet; axe finds nothing in dark', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${server.url}/publish/?tag=pact-pillar-card&pillar=2&plain=true&transparent=true&color-scheme=dark`);
  await shown(page, '#preview pact-pillar-card');
  // In the Display group, not among the filters.
  const display = await page.$$eval('fieldset', (sets) =>
    sets
      .filter((f) => f.querySelector('#f-theme'))
      .flatMap((f) => [...f.querySelectorAll('input[id^="f-"], select[id^="f-"]')].map((e) => e.id)),
  );
  assert.deepEqual(display, ['f-lang', 'f-theme', 'f-plain', 'f-transparent', 'f-color-scheme', 'f-width', 'f-height']);
  assert.deepEqual(
    await page.$eval('#preview pact-pillar-card', (el) => [
      el.hasAttribute('plain'),
      el.hasAttribute('transparent'),
      el.getAttribute('color-scheme'),
    ]),
    [true, true, 'dark'],
  );
  // The preview is dark: light text.
  assert.equal(await page.$eval('#preview pact-pillar-card', (el) => getComputedStyle(el).color), 'rgb(230, 232, 235)');
  assert.deepEqual(await axe(page), []);
  let s = await snippets(page);
  assert.match(s.script, /<pact-pillar-card pillar="2" plain transparent color-scheme="dark" lang="en" api="/);
  assert.match(s.url, /\/embed\/pact-pillar-card\?pillar=2&plain=&transparent=&color-scheme=dark$/);
  // With the keyboard: dark → light, and the address, the preview and the snippets follow.
  await page.focus('#f-color-scheme');
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => location.search.includes('color-scheme=light'), { timeout: 5000 });
  await page.waitForSelector('#preview pact-pillar-card[color-scheme="light"]');
  await shown(page, '#preview pact-pillar-card');
  assert.equal(await page.$eval('#preview pact-pillar-card', (el) => getComputedStyle(el).color), 'rgb(31, 35, 40)');
  s = await snippets(page);
  assert.match(s.iframe, /color-scheme=light/);
  assert.deepEqual(errors, []);
  await page.close();
});
