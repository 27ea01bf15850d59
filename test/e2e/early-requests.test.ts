// The first requests of the route map and the partnership block leave with their module, from the
// CDN core (core/autoload.ts, core/client.ts: issue 18, fewer round trips before the data on a
// slow phone). The element then adopts the response: one request per URL, and a failure still
// shows the error state with Retry.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { HTTPRequest } from 'puppeteer-core';
import { faultySite, startSite, waitForWidgets, watchedPage, type Site } from './harness.js';

const env = faultySite();
/** The site without the strict policy, whose connect-src refuses the fault server's origin. */
let open: Site;
before(async () => {
  open = await startSite({ csp: false });
});
after(() => open?.close());

/**
 * The requests the core sends for a tag on the page (the same as the element's first ones), and
 * who sends them. The Paris Pact page has its elements inside a <pact-provider>: the core sends
 * nothing early there. The OSCE pages name the map's routes and outlines in their <head>
 * (`<link rel="preload" as="fetch">`: webmaster guide, "And its data"): the page sends them, and
 * the core's and the map's requests of the same URLs are answered with them.
 */
const EARLY: Record<string, Record<string, string>> = {
  'osce.html': {
    '/v1/routes': 'the page',
    '/v1/geo/countries': 'the page',
    '/v1/partners?lang=en&limit=200': '/cdn/pact-elements.js',
  },
  'osce-es.html': { '/v1/routes': 'the page', '/v1/geo/countries': 'the page' },
  'pompidou-group.html': { '/v1/partnerships/pompidou-group': '/cdn/pact-elements.js' },
};

/**
 * Which script sent a request: the page itself (a preload in its HTML), the element's chunk when one
 * of its module's functions is on the request's stack (async parents included; the client itself is
 * in the core either way), else the core.
 */
function sender(request: HTTPRequest): string {
  if (request.initiator()?.type === 'parser') return 'the page';
  const urls: string[] = [];
  for (let stack = request.initiator()?.stack; stack; stack = stack.parent)
    urls.push(...stack.callFrames.map((f) => new URL(f.url || 'about:blank').pathname));
  return urls.find((u) => u.startsWith('/cdn/chunks/')) ? 'a chunk' : (urls[0] ?? '');
}

for (const [page, urls] of Object.entries(EARLY)) {
  test(`${page}: the first requests of the map or the partnership leave early (from the core, or the page's preloads), once each, and the widgets load`, async () => {
    const w = await watchedPage(env.browser);
    const api: HTTPRequest[] = [];
    w.page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/v1/')) api.push(r);
    });
    const warnings: string[] = [];
    w.page.on('console', (m) => {
      if (m.type() === 'warn') warnings.push(m.text());
    });
    await w.page.goto(`${env.site.url}/${page}`);
    const widgets = await waitForWidgets(w.page, 30000);
    await w.page.waitForNetworkIdle({ idleTime: 300, timeout: 15000 });
    assert.deepEqual(
      widgets.filter((x) => !x.loaded),
      [],
      'every widget has its data',
    );
    for (const [url, from] of Object.entries(urls)) {
      // Downloaded once: another element of the page may revalidate the same URL later (If-None-Match).
      const sent = api.filter((r) => r.url() === `${env.site.url}${url}` && !r.headers()['if-none-match']);
      assert.equal(sent.length, 1, `${url} is downloaded once (${sent.length} times)`);
      assert.equal(sender(sent[0]!), from, `${url} leaves from ${from}`);
    }
    // Chromium warns of a preload no request used (a few seconds after the load event).
    if (Object.values(urls).includes('the page')) await new Promise((r) => setTimeout(r, 3500));
    assert.deepEqual(
      warnings.filter((t) => /preload/i.test(t)),
      [],
      'every preload used',
    );
    assert.deepEqual(w.errors, []);
    assert.deepEqual(await w.violations(), []);
    await w.page.close();
  });
}

/** The API URLs a page downloads (revalidations left out), in order, once its widgets have their data. */
async function downloads(url: string): Promise<{ url: string; from: string }[]> {
  const w = await watchedPage(env.browser);
  const got: { url: string; from: string }[] = [];
  w.page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith('/v1/') && !r.headers()['if-none-match'])
      got.push({ url: u.pathname + u.search, from: sender(r) });
  });
  await w.page.goto(url);
  const widgets = await waitForWidgets(w.page, 30000);
  await w.page.waitForNetworkIdle({ idleTime: 300, timeout: 15000 });
  assert.deepEqual(
    widgets.filter((x) => !x.loaded),
    [],
  );
  assert.deepEqual(w.errors, []);
  await w.page.close();
  return got;
}

for (const [tag, markup] of [
  ['pact-route-map', '<pact-route-map></pact-route-map>'],
  ['pact-partnership', '<pact-partnership partnership="osce"></pact-partnership>'],
] as const) {
  test(`<${tag}> alone downloads the same URLs, once each, whether its requests leave early or from its module`, async () => {
    // Inside a <pact-provider> the core sends nothing early: the element asks for itself.
    const late = await downloads(env.site.page(`${tag}-late.html`, `<pact-provider>${markup}</pact-provider>`));
    const early = await downloads(env.site.page(`${tag}-early.html`, markup));
    const urls = (list: { url: string }[]) => list.map((r) => r.url).sort();
    assert.deepEqual(urls(early), urls(late));
    assert.equal(new Set(urls(early)).size, early.length, 'no URL downloaded twice');
    assert.deepEqual(new Set(late.map((r) => r.from)), new Set(['a chunk']), 'sent by the element');
    assert.ok(
      early.some((r) => r.from === '/cdn/pact-elements.js'),
      'sent by the core',
    );
  });
}

test('a request sent early that fails shows the error state, and Retry asks the API again', async () => {
  const base = `${env.fault.url}/fail-1-500~early/v1`;
  const url = open.page(
    'early-500.html',
    '<pact-partnership partnership="pompidou-group"></pact-partnership><pact-route-map></pact-route-map>',
    `<meta name="pact:api" content="${base}">`,
  );
  const w = await watchedPage(env.browser, [/status of 500/]);
  await w.page.goto(url);
  const first = await waitForWidgets(w.page, 30000);
  assert.deepEqual(
    first.map((x) => [x.tag, x.error]),
    [
      ['pact-route-map', true],
      ['pact-partnership', true],
    ],
  );
  // Each request went to the API once: the element took the early request's 500.
  assert.equal(env.fault.requests('/fail-1-500~early/v1/partnerships/pompidou-group'), 1);
  assert.equal(env.fault.requests('/fail-1-500~early/v1/routes'), 1);
  await w.page.evaluate(() => {
    for (const el of document.querySelectorAll('pact-partnership, pact-route-map'))
      el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="retry-button"]')?.click();
  });
  await w.page.waitForFunction(
    () =>
      [...document.querySelectorAll('pact-partnership, pact-route-map')].every((el) => el.hasAttribute('data-loaded')),
    { timeout: 15000 },
  );
  assert.equal(env.fault.requests('/fail-1-500~early/v1/partnerships/pompidou-group'), 2);
  assert.equal(env.fault.requests('/fail-1-500~early/v1/routes'), 2);
  assert.deepEqual(w.errors, []);
  await w.page.close();
});

/**
 * Loads an example page with its tasks counted by a chain of messages (one per task) and returns
 * the task of each step: the core's evaluation (where it first looks for the tags it loads on
 * demand), the page's first request to the API, and each tag's registration.
 */
async function stepsOf(page: string): Promise<{ at: (step: string) => number; shown: string }> {
  const w = await watchedPage(env.browser);
  await w.page.evaluateOnNewDocument(() => {
    const log: [string, number][] = [];
    (window as unknown as { __steps: typeof log }).__steps = log;
    let ticks = 0;
    // The chain ends once every step the tests read is recorded (or after 20 s), so that the rest
    // of the load runs as on any page. (In one clean clone, with the chain running to 20 s, the
    // widgets' check below never returned; its cause was not found.)
    const needed = [
      'evaluation',
      'first request',
      'define pact-provider',
      'define pact-pillars',
      'define pact-pillar-card',
    ];
    const ticker = new MessageChannel();
    ticker.port1.onmessage = () => {
      ticks += 1;
      const all = needed.every((step) => log.some(([s]) => s === step));
      if (!all && performance.now() < 20_000) ticker.port2.postMessage(0);
    };
    ticker.port2.postMessage(0);
    const once = (step: string) => log.some(([s]) => s === step) || log.push([step, ticks]);
    const query = Document.prototype.querySelector;
    Document.prototype.querySelector = function (this: Document, selector: string) {
      if (selector === 'pact-partners') once('evaluation');
      return query.call(this, selector);
    } as typeof query;
    const fetch = window.fetch;
    window.fetch = function (this: Window, ...args: Parameters<typeof fetch>) {
      if (
        new URL(String(args[0] instanceof Request ? args[0].url : args[0]), location.href).pathname.startsWith('/v1/')
      )
        once('first request');
      return fetch.apply(this, args);
    } as typeof fetch;
    const define = CustomElementRegistry.prototype.define;
    CustomElementRegistry.prototype.define = function (
      this: CustomElementRegistry,
      ...args: Parameters<typeof define>
    ) {
      log.push([`define ${args[0]}`, ticks]);
      return define.apply(this, args);
    };
  });
  await w.page.goto(`${env.site.url}/${page}`);
  const widgets = await waitForWidgets(w.page, 30000);
  assert.deepEqual(
    widgets.filter((x) => !x.loaded),
    [],
    'every widget has its data',
  );
  const steps = new Map(await w.page.evaluate(() => (window as unknown as { __steps: [string, number][] }).__steps));
  assert.deepEqual(w.errors, []);
  await w.page.close();
  return {
    at: (step) => {
      const tick = steps.get(step);
      assert.ok(tick !== undefined, `${step}: seen (${[...steps.keys()].join(', ')})`);
      return tick;
    },
    shown: JSON.stringify([...steps]),
  };
}

test('the CDN core registers its own elements (the provider, the pillars) in a task after its evaluation', async () => {
  // Registering a tag upgrades and connects every such element on the page: apart from the core's
  // evaluation, on a phone neither makes the core's first task long (issue 18).
  const { at, shown } = await stepsOf('paris-pact.html');
  const evaluation = at('evaluation');
  for (const tag of ['pact-provider', 'pact-pillars', 'pact-pillar-card'])
    assert.ok(at(`define ${tag}`) > evaluation, `<${tag}> registered after the core's evaluation: ${shown}`);
  assert.equal(
    at('define pact-pillars'),
    at('define pact-provider'),
    `the provider and the pillars together: ${shown}`,
  );
});

test('the first requests sent early leave before the core registers its own elements', async () => {
  // The Pompidou Group page: the partnership's request is sent early (its largest paint), and the
  // pillars are registered further down the page; the request does not wait for their task.
  const { at, shown } = await stepsOf('pompidou-group.html');
  assert.ok(at('first request') > at('evaluation'), `the request after the core's evaluation: ${shown}`);
  assert.ok(at('first request') < at('define pact-pillars'), `the request before the pillars' registration: ${shown}`);
});
