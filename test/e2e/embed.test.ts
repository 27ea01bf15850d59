// /embed/ iframes as partner sites use them, in Chromium: three on one strict-CSP page sized by
// /embed/resizer.js, a frame of another origin that the resizer ignores, WordPress's sandbox and
// secret message, the fixed height without the resizer, and oEmbed discovery pasted into a page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { PNG } from 'pngjs';
import { STRICT_CSP, type PageHandler, type RunningServer } from '@pact/api/node';
import { watchedPage } from './harness.js';
import { startEmbedSite, type EmbedSite } from './embed-site.js';

/** Host pages written by the tests, served with or without the strict CSP (scripts as files). */
const hosts = new Map<string, { body: string; type: string; csp: boolean }>();
const hostPages: PageHandler = (_req, url) => {
  const page = hosts.get(url.pathname);
  if (!page) return undefined;
  const headers: Record<string, string> = { 'Content-Type': page.type, 'Cache-Control': 'no-store' };
  if (page.csp) headers['Content-Security-Policy'] = STRICT_CSP;
  return new Response(page.body, { headers });
};
function host(name: string, body: string, options: { csp?: boolean; script?: string } = {}): string {
  if (options.script) hosts.set(`/host/${name}.js`, { body: options.script, type: 'text/javascript', csp: false });
  const script = options.script ? `<script src="/host/${name}.js"></script>` : '';
  hosts.set(`/host/${name}.html`, {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">${script}</head><body><h1>A partner's page</h1>${body}</body></html>`,
    type: 'text/html; charset=utf-8',
    csp: options.csp ?? true,
  });
  return `${server.url}/host/${name}.html`;
}

let site: EmbedSite;
let server: RunningServer;
let browser: Browser;
let other: string;

before(async () => {
  site = await startEmbedSite(hostPages);
  ({ server, browser, other } = site);
});
after(() => site?.close());

/** The frame of the iframe matching `selector`, once its element has data. */
async function loadedFrame(page: Page, selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector);
  const frame = await handle?.contentFrame();
  assert.ok(frame, `${selector} has a frame`);
  await frame.waitForFunction(
    () => {
      const el = document.body.firstElementChild;
      return !!el?.hasAttribute('data-loaded') && !el.shadowRoot?.querySelector('[part~="error"]');
    },
    { timeout: 15000, polling: 50 },
  );
  return frame;
}

/** Waits until the iframe is as tall as its page's content (the resizer did its work); returns both. */
async function sized(page: Page, selector: string): Promise<{ iframe: number; content: number }> {
  const frame = await loadedFrame(page, selector);
  let last = { iframe: 0, content: -1 };
  const until = Date.now() + 10000;
  while (Date.now() < until) {
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const iframe = await page.$eval(selector, (f) => f.clientHeight);
    last = { iframe, content };
    if (Math.abs(iframe - content) <= 1) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`${selector}: the iframe stayed ${last.iframe} px for ${last.content} px of content`);
}

test('three iframes on a strict-CSP page each take the height of their own content', async () => {
  const url = host(
    'three',
    `<iframe id="card" src="/embed/pact-pillar-card?pillar=2" title="Pillar 2" width="600" height="360"></iframe>
     <iframe id="about" src="/embed/pact-partnership?partnership=osce" title="About the partnership" width="600" height="640"></iframe>
     <iframe id="pillars" src="/embed/pact-pillars?lang=fr" title="Les quatre piliers" width="600" height="640"></iframe>
     <script type="module" src="/embed/resizer.js"></script>`,
  );
  const { page, errors, violations } = await watchedPage(browser);
  await page.goto(url);
  const heights = {
    card: await sized(page, '#card'),
    about: await sized(page, '#about'),
    pillars: await sized(page, '#pillars'),
  };
  // Each frame has its own height, none the fixed one it started with.
  assert.notEqual(heights.card.iframe, 360);
  assert.notEqual(heights.about.iframe, 640);
  assert.notEqual(heights.pillars.iframe, 640);
  assert.equal(new Set(Object.values(heights).map((h) => h.iframe)).size, 3, JSON.stringify(heights));
  const frames = page.frames().slice(1);
  const pages = await Promise.all(
    frames.map((f) => f.evaluate(() => [document.documentElement.lang, document.title].join(' '))),
  );
  assert.deepEqual(pages.sort(), ['en About the partnership', 'en Pillar 2', 'fr Les quatre piliers']);
  for (const frame of frames)
    assert.deepEqual(await frame.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a frame of another origin cannot size itself through the resizer; one of the server can', async () => {
  const url = host(
    'foreign',
    `<iframe id="foreign" src="${other}/embed/pact-pillars" title="The four pillars" width="600" height="300"></iframe>
     <iframe id="ours" src="/embed/pact-pillar-card?pillar=1" title="Pillar 1" width="600" height="300"></iframe>
     <script type="module" src="/embed/resizer.js"></script>`,
    {
      csp: false,
      script: `window.__from = 0; addEventListener('message', (e) => {
        if (e.data && e.data.type === 'pact-embed:height' && e.origin === ${JSON.stringify(other)}) window.__from++;
      });`,
    },
  );
  const { page } = await watchedPage(browser);
  await page.goto(url);
  await sized(page, '#ours');
  await loadedFrame(page, '#foreign');
  // The foreign frame did post its height (twice at least: on load and when the resizer asked)…
  await page.waitForFunction(() => (window as unknown as { __from: number }).__from >= 1, { timeout: 5000 });
  await new Promise((r) => setTimeout(r, 300));
  // …and stayed as the page made it.
  assert.equal(await page.$eval('#foreign', (f) => f.clientHeight), 300);
  await page.close();
});

test("in WordPress's sandbox (allow-scripts, opaque origin) the page loads its data and posts WordPress's height message", async () => {
  const url = host(
    'wordpress',
    `<iframe id="wp" sandbox="allow-scripts" src="/embed/pact-partnership?partnership=paris-pact#?secret=Ab12Cd34Ef" data-secret="Ab12Cd34Ef" title="About the partnership" width="600" height="200"></iframe>
     <script type="module" src="/embed/resizer.js"></script>`,
    {
      script: `window.__wp = []; addEventListener('message', (e) => {
        if (e.data && e.data.secret) window.__wp.push({ origin: e.origin, data: e.data });
      });`,
    },
  );
  const { page, errors } = await watchedPage(browser);
  await page.goto(url);
  // Our resizer accepts the opaque origin of a sandboxed frame of the server.
  const { content } = await sized(page, '#wp');
  assert.ok(content > 200, `content ${content}`);
  const frame = await loadedFrame(page, '#wp');
  assert.equal(await frame.evaluate(() => self.origin), 'null');
  const got = (await page.evaluate(() => (window as unknown as { __wp: unknown[] }).__wp)) as {
    origin: string;
    data: { secret: string; message: string; value: number };
  }[];
  const last = got.at(-1);
  assert.ok(last, 'a message with the secret arrived');
  assert.deepEqual(last, { origin: 'null', data: { secret: 'Ab12Cd34Ef', message: 'height', value: content } });
  assert.deepEqual(errors, []);
  await page.close();
});

test('without the resizer an iframe keeps its fixed height and its content scrolls', async () => {
  const res = await fetch(
    `${server.url}/oembed?${new URLSearchParams({ url: `${server.url}/embed/pact-partners?member=osce` })}`,
  );
  const { html, height } = (await res.json()) as { html: string; height: number };
  const url = host('plain', html);
  const { page } = await watchedPage(browser);
  await page.goto(url);
  const frame = await loadedFrame(page, 'iframe');
  assert.equal(await page.$eval('iframe', (f) => f.clientHeight), height);
  const inner = await frame.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    view: document.documentElement.clientHeight,
  }));
  assert.ok(inner.scroll > inner.view, `the partner list is taller than the frame: ${JSON.stringify(inner)}`);
  await page.close();
});

test('oEmbed discovery: the link on an embed page gives an iframe that, pasted into a page, shows the same element', async () => {
  const { page } = await watchedPage(browser);
  await page.goto(`${server.url}/embed/pact-pillars?lang=ru`);
  const href = await page.$eval('link[type="application/json+oembed"]', (l) => (l as HTMLLinkElement).href);
  const { html } = (await (await fetch(href)).json()) as { html: string };
  const url = host('discovered', `${html}<script type="module" src="/embed/resizer.js"></script>`);
  await page.goto(url);
  const { iframe } = await sized(page, 'iframe');
  assert.ok(iframe > 100);
  assert.equal(await page.$eval('iframe', (f) => f.getAttribute('title')), 'Четыре направления');
  const frame = await loadedFrame(page, 'iframe');
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'ru');
  const cards = await frame.evaluate(
    () => document.querySelector('pact-pillars')?.shadowRoot?.querySelectorAll('[part~="list"] > li').length,
  );
  assert.equal(cards, 4);
  await page.close();
});

test('a mistaken embed URL shows what is wrong inside the frame, never a blank frame', async () => {
  const url = host('mistake', `<iframe src="/embed/pact-partners?colour=red" title="Partners" height="300"></iframe>`);
  const { page } = await watchedPage(browser);
  await page.goto(url);
  const frame = await (await page.waitForSelector('iframe'))?.contentFrame();
  assert.ok(frame);
  await frame.waitForSelector('.pact-embed-error');
  assert.match(
    await frame.$eval('body', (b) => (b as HTMLElement).innerText),
    /This embed cannot be shown\s+<pact-partners> has no attribute "colour"\./,
  );
  await page.close();
});

test('display flags: a transparent frame shows the host page through it, a dark one is dark, a plain one has no heading', async () => {
  const base = '/embed/pact-partnership?partnership=paris-pact';
  const frames = [
    ['opaque', base],
    ['transparent', `${base}&transparent&color-scheme=dark`],
    ['dark', `${base}&color-scheme=dark`],
    ['plain', `${base}&plain`],
  ] as const;
  hosts.set('/host/flags.css', {
    body: 'body{background:rgb(255,200,120)}iframe{border:0}',
    type: 'text/css',
    csp: false,
  });
  const url = host(
    'flags',
    `<link rel="stylesheet" href="/host/flags.css">` +
      frames
        .map(([id, src]) => `<iframe id="${id}" src="${src}" title="${id}" width="600" height="300"></iframe>`)
        .join(''),
  );
  const { page, errors } = await watchedPage(browser);
  await page.goto(url);
  const seen: Record<string, { text: string; background: string; heading: boolean; pixel: number[] }> = {};
  for (const [id] of frames) {
    const frame = await loadedFrame(page, `#${id}`);
    const box = (await (await page.$(`#${id}`))!.boundingBox())!;
    // The frame's corner (the embed page's own 4 px margin) as the reader sees it.
    const shot = PNG.sync.read(
      Buffer.from(await page.screenshot({ clip: { x: box.x + 1, y: box.y + 1, width: 1, height: 1 } })),
    );
    seen[id] = {
      ...(await frame.evaluate(() => {
        const el = document.body.firstElementChild!;
        const name = el.shadowRoot!.querySelector('[part~="name"]')!;
        return {
          text: getComputedStyle(el).color,
          background: getComputedStyle(el).backgroundColor,
          heading: name.getClientRects().length > 0,
        };
      })),
      pixel: [...shot.data.subarray(0, 3)],
    };
  }
  assert.deepEqual(seen.opaque, {
    text: 'rgb(31, 35, 40)',
    background: 'rgba(0, 0, 0, 0)',
    heading: true,
    pixel: [255, 255, 255],
  });
  assert.deepEqual(seen.transparent, {
    text: 'rgb(230, 232, 235)',
    background: 'rgba(0, 0, 0, 0)',
    heading: true,
    pixel: [255, 200, 120],
  });
  assert.deepEqual(
    { ...seen.dark, pixel: undefined },
    { text: 'rgb(230, 232, 235)', background: 'rgb(21, 24, 28)', heading: true, pixel: undefined },
  );
  assert.ok(
    seen.dark!.pixel.every((c) => c < 40),
    `the dark page's margin is dark: ${seen.dark!.pixel}`,
  );
  assert.equal(seen.plain!.heading, false);
  assert.deepEqual(errors, []);
  await page.close();
  // A frame cannot see its host page's toggle: color-scheme-source is refused, and so is a bad scheme.
  const refused = await fetch(`${server.url}/embed/pact-partners?color-scheme-source=html.dark&color-scheme=purple`);
  assert.equal(refused.status, 400);
  const text = await refused.text();
  assert.match(text, /has no attribute &quot;color-scheme-source&quot;/);
  assert.match(
    text,
    /&quot;color-scheme&quot; takes one of &quot;auto&quot;, &quot;light&quot;, &quot;dark&quot;, not &quot;purple&quot;/,
  );
});
