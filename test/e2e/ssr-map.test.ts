// Server rendering of <pact-route-map> and of the projects' further pages (issue 18): GET
// /v1/render/{tag} served by @pact/server's render handler beside the real API, read in Chromium
// with JavaScript off (the map as static SVG with its table; the next page of projects by link),
// and hydrated by the CDN file with it on.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { cdnDir, loadDataset, startServer, STRICT_CSP, type RunningServer } from '@pact/api/node';
import { PAGES } from '../../packages/server/src/pages.js';
import { CDN, launch, watchedPage } from './harness.js';

let server: RunningServer;
let browser: Browser;
const pages = mkdtempSync(join(tmpdir(), 'pact-ssr-map-'));

/** Pages written by a test, served under the given Content-Security-Policy (at /csp/). */
const cspPage = new Map<string, { html: string; csp: string }>();
async function cspPages(_req: Request, url: URL): Promise<Response | undefined> {
  const page = url.pathname.startsWith('/csp/') ? cspPage.get(url.pathname.slice(5)) : undefined;
  if (!page) return undefined;
  return new Response(page.html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page.csp },
  });
}

/**
 * The API again under /flaky/v1/, but its country outlines answer 503 while `outlinesDown`: a
 * server-rendered map whose outlines (not carried in the page) cannot be loaded.
 */
let outlinesDown = false;
async function flakyApi(req: Request, url: URL): Promise<Response | undefined> {
  if (!url.pathname.startsWith('/flaky/v1/')) return undefined;
  const path = url.pathname.slice('/flaky'.length);
  if (outlinesDown && path === '/v1/geo/countries')
    return Response.json(
      { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Down on purpose.' },
      { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
    );
  return fetch(`${server.url}${path}${url.search}`, { headers: req.headers });
}

before(async () => {
  server = await startServer({
    dataset: await loadDataset(),
    log: false,
    handlers: [...PAGES, cspPages, flakyApi],
    statics: { '/t/': pages, '/cdn/': cdnDir(CDN) },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });
const json = async <T>(path: string): Promise<T> => (await get(path)).json() as Promise<T>;

interface Route {
  id: string;
  name: { en: string };
  countries: string[];
  waypoints: { country: string }[];
}
interface Country {
  id: string;
  kind: 'country';
  iso3: string;
  name: { en: string };
  memberships: { partnership: string; status: string }[];
}

/** The routes and partner countries the API serves. */
async function mapData() {
  const routes = (await json<{ data: Route[] }>('/v1/routes')).data;
  const partners = (await json<{ data: (Country | { kind: 'organization' })[] }>('/v1/partners?limit=200')).data;
  const countries = partners.filter((p): p is Country => p.kind === 'country');
  const iso3 = new Map(countries.map((c) => [c.id, c.iso3]));
  return { routes, countries, iso3Of: (id: string) => iso3.get(id) ?? id.toUpperCase() };
}

async function pageWith(name: string, paths: string[], script: string, style = ''): Promise<string> {
  const fragments = await Promise.all(paths.map(async (path) => (await get(path)).text()));
  writeFileSync(
    join(pages, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,"></head><body><main${style}>${fragments.join('')}</main>${script}</body></html>`,
  );
  return `${server.url}/t/${name}`;
}

/** What the server's map shows: its marked countries (visible ones), its table's rows, its caption. */
const READ_MAP = `(() => {
  const root = document.querySelector('pact-route-map').shadowRoot;
  const box = (n) => n.getBoundingClientRect();
  const marked = [...root.querySelectorAll('svg.layer.base path[part~="country"]')];
  return {
    svgs: root.querySelectorAll('svg.layer.base').length,
    svgWidth: box(root.querySelector('svg.layer.base')).width,
    marked: marked.map((p) => p.getAttribute('data-key')),
    visible: marked.filter((p) => box(p).width > 0 && box(p).height > 0).length,
    routes: [...root.querySelectorAll('svg.overlay [part~="route"]')].map((g) => g.getAttribute('data-key')),
    rows: [...root.querySelectorAll('.static-table tbody tr')].map((tr) => ({
      route: tr.querySelector('th').textContent.trim(),
      countries: [...tr.querySelectorAll('li')].map((li) => li.textContent.trim()),
    })),
    buttons: root.querySelectorAll('.static-table button').length,
    caption: root.querySelector('[part~="caption"]')?.textContent.trim() ?? '',
    legend: box(root.querySelector('[part~="legend"]')).height,
    toolbar: getComputedStyle(root.querySelector('[part~="toolbar"]')).visibility,
  };
})()`;

interface MapRead {
  svgs: number;
  svgWidth: number;
  marked: string[];
  visible: number;
  routes: string[];
  rows: { route: string; countries: string[] }[];
  buttons: number;
  caption: string;
  legend: number;
  toolbar: string;
}

async function readWithoutScript(url: string): Promise<MapRead> {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url);
    return (await page.evaluate(READ_MAP)) as MapRead;
  } finally {
    await page.close();
  }
}

for (const routes of [null, 'northern balkan'] as const) {
  test(`JavaScript off: the map (routes=${routes ?? 'all'}) as static SVG, one path per marked country, its table listing the routes shown`, async () => {
    const query = routes === null ? '' : `?routes=${encodeURIComponent(routes)}`;
    const url = await pageWith(`nojs-map-${routes ? 'some' : 'all'}.html`, [`/v1/render/pact-route-map${query}`], '');
    const shown = await readWithoutScript(url);
    const { routes: all, countries, iso3Of } = await mapData();
    const asked = routes === null ? all : all.filter((r) => routes.split(' ').includes(r.id));
    assert.ok(asked.length < all.length || routes === null);

    assert.equal(shown.svgs, 1);
    assert.ok(shown.svgWidth > 300, 'the SVG fills its frame');
    // One path per country, each visible, each one the data marks: a Paris Pact partner, the
    // origin, or a country a route shown crosses.
    assert.equal(new Set(shown.marked).size, shown.marked.length, 'one path per country');
    assert.equal(shown.visible, shown.marked.length, 'every marked country is visible');
    const crossed = new Set(asked.flatMap((r) => r.countries.map(iso3Of)));
    const marks = countries
      .filter(
        (c) =>
          c.iso3 === 'AFG' ||
          crossed.has(c.iso3) ||
          c.memberships.some((m) => m.partnership === 'paris-pact' && m.status === 'member'),
      )
      .map((c) => `country:${c.iso3}`);
    for (const key of shown.marked) assert.ok(marks.includes(key), `${key} is a country the data marks`);
    // Every country with a waypoint of a route shown is in the map's extent: all drawn.
    const waypoints = new Set(asked.flatMap((r) => r.waypoints.map((w) => `country:${iso3Of(w.country)}`)));
    for (const key of waypoints) assert.ok(shown.marked.includes(key), `${key} (a waypoint's country) is drawn`);
    // The small partner countries too, drawn as dots (the client's route-map-small-countries rule).
    assert.ok(shown.marked.includes('country:MLT'), 'Malta is on the map');
    assert.ok(shown.marked.length > waypoints.size);

    assert.deepEqual(
      shown.routes,
      asked.map((r) => `route:${r.id}`),
    );
    const name = new Map(countries.map((c) => [c.id, c.name.en]));
    assert.deepEqual(
      shown.rows,
      asked.map((r) => ({ route: r.name.en, countries: r.countries.map((c) => name.get(c) ?? c.toUpperCase()) })),
    );
    assert.equal(shown.buttons, 0, 'the static table is text: no button that needs the script');
    assert.match(shown.caption, /not actual trafficking routes/);
    assert.ok(shown.legend > 0, 'the legend is shown');
    assert.equal(shown.toolbar, 'hidden', 'no buttons that need the script');
  });
}

test('GET /v1/render/pact-route-map: width, 400 naming a wrong attribute, ETag and 304, the data of the routes and the world inside', async () => {
  const res = await get('/v1/render/pact-route-map?routes=southern&width=480');
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /^(<!--[^>]*-->)?<pact-route-map [^>]*data-pact-ssr[^>]*><template[^>]* shadowrootmode="open"/);
  assert.doesNotMatch(html.slice(0, html.indexOf('<template')), /width=/, 'width is not an attribute of the element');
  // 4:3 with the southern route.
  assert.match(html, /<svg[^>]*class="layer base"[^>]*viewBox="0 0 480 360"/);
  const answers = /<script type="application\/json" data-pact-answers>([^]*?)<\/script>/.exec(html)?.[1] ?? '{}';
  const urls = Object.keys(JSON.parse(answers) as object).map((u) => new URL(u).pathname);
  // The outlines are drawn in the SVG and not carried a second time: the browser asks for them (and caches them).
  assert.deepEqual(urls.sort(), ['/v1/partners', '/v1/routes']);
  assert.doesNotMatch(html, /Topology/, 'no outlines in the page');
  const wide = await (await get('/v1/render/pact-route-map?routes=northern&width=480')).text();
  assert.match(wide, /<svg[^>]*class="layer base"[^>]*viewBox="0 0 480 270"/, '16:9 without it');

  const etag = res.headers.get('ETag');
  assert.match(etag ?? '', /^"ssr-[\w-]+"$/);
  assert.equal(
    (await get('/v1/render/pact-route-map?routes=southern&width=480', { 'If-None-Match': etag! })).status,
    304,
  );
  const other = await get('/v1/render/pact-route-map?routes=southern&width=640');
  assert.notEqual(other.headers.get('ETag'), etag, 'another width, another ETag');
  assert.equal(res.headers.get('Cache-Control'), (await get('/v1/routes')).headers.get('Cache-Control'));

  for (const [path, param] of [
    ['/v1/render/pact-route-map?routes=northern%20western', 'routes'],
    ['/v1/render/pact-route-map?flows=heroin', 'flows'],
    ['/v1/render/pact-route-map?highlight=all', 'highlight'],
    ['/v1/render/pact-route-map?width=100', 'width'],
    ['/v1/render/pact-route-map?width=wide', 'width'],
    ['/v1/render/pact-projects?cursor=%3Cx%3E', 'cursor'],
    ['/v1/render/pact-projects?cursor=bm90LW91cnM', 'cursor'],
  ] as const) {
    const bad = await get(path);
    assert.equal(bad.status, 400, path);
    assert.match(bad.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
    const body = (await bad.json()) as { errors?: { param: string }[] };
    assert.equal(body.errors?.[0]?.param, param, path);
  }
});

test('JavaScript on, the CDN file: the map hydrates at its own size (one request: the outlines; nothing replaced, one copy, no warning)', async () => {
  const url = await pageWith(
    'hydrate-map.html',
    ['/v1/render/pact-route-map'],
    `<script>
      const root = document.querySelector('pact-route-map').shadowRoot;
      window.first = { svg: root.querySelector('svg.layer.base'), malta: root.querySelector('[data-key="country:MLT"]') };
      window.removed = 0;
      new MutationObserver((rs) => rs.forEach((r) => (window.removed += r.removedNodes.length)))
        .observe(root, { childList: true, subtree: true });
    </script><script type="module" src="/cdn/pact-elements.js"></script>`,
    // The frame's box as the server drew it (800 × 600 and its border): nothing to lay out again.
    ' style="inline-size: 802px"',
  );
  const { page, errors, violations } = await watchedPage(browser);
  const apiRequests: string[] = [];
  const warnings: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/v1/')) apiRequests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'warn') warnings.push(m.text());
  });
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('pact-route-map')?.hasAttribute('data-loaded'), {
      timeout: 20000,
    });
    await new Promise((r) => setTimeout(r, 500));
    const viewBox = () =>
      page.evaluate(() =>
        document.querySelector('pact-route-map')!.shadowRoot!.querySelector('svg.layer.base')!.getAttribute('viewBox')!,
      );
    assert.equal(await viewBox(), '0 0 800 600');
    assert.equal(await page.evaluate(() => (window as unknown as { removed: number }).removed), 0, 'nothing replaced');
    // Narrower: laid out again in the frame's own box (an update after hydration, in place).
    await page.evaluate(() => document.querySelector('main')!.style.setProperty('inline-size', '600px'));
    await page.waitForFunction(
      () => {
        const root = document.querySelector('pact-route-map')!.shadowRoot!;
        const box = root.querySelector('.frame')!.getBoundingClientRect();
        const view = root.querySelector('svg.layer.base')!.getAttribute('viewBox')!.split(' ').map(Number);
        return Math.abs((view[2] ?? 0) - (box.width - 2)) <= 1;
      },
      { timeout: 10000 },
    );
    const state = await page.evaluate(() => {
      const w = window as unknown as { removed: number; first: Record<string, Element> };
      const root = document.querySelector('pact-route-map')!.shadowRoot!;
      return {
        same: Object.values(w.first).map((n) => n.isConnected),
        svgs: root.querySelectorAll('svg.layer.base').length,
        figures: root.querySelectorAll('figure').length,
        tables: root.querySelectorAll('.static-table').length,
        // Styled by the server's <style> (this page allows it), not by a second copy adopted.
        adopted: root.adoptedStyleSheets.length > 0,
        toolbar: getComputedStyle(root.querySelector('[part~="toolbar"]')!).visibility,
      };
    });
    assert.deepEqual(state, {
      same: [true, true],
      svgs: 1,
      figures: 1,
      tables: 1,
      adopted: false,
      toolbar: 'visible',
    });
    assert.deepEqual(
      apiRequests.map((u) => new URL(u).pathname),
      ['/v1/geo/countries'],
      'the routes and partners came with the page; the outlines (the same on every page) from the API',
    );
    assert.deepEqual(
      warnings.filter((w) => /hydrat|mismatch/i.test(w)),
      [],
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(), []);
    // Hydrated, not only painted: the server's Table button switches the view.
    const view = await page.evaluate(async () => {
      const el = document.querySelector('pact-route-map')!;
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="view-button"]')];
      buttons[1]!.click();
      await new Promise((r) => setTimeout(r, 100));
      return el.getAttribute('view');
    });
    assert.equal(view, 'table');
  } finally {
    await page.close();
  }
});

test('JavaScript on: the answers a server-rendered map carries are each made and read in a task of its own (issue 18)', async () => {
  // Each answer taken from the page becomes a Response (its body made into bytes), is read and is
  // parsed: the map's two (its routes, every partner) in one task were 79 ms on a phone. Each
  // Response made posts a message; a task of its own runs after that message's.
  const url = await pageWith(
    'answers-turns.html',
    ['/v1/render/pact-route-map'],
    `<script>
      window.made = [];
      window.pings = 0;
      const Native = Response;
      window.Response = class extends Native {
        constructor(body, init) {
          super(body, init);
          if (typeof body !== 'string') return;
          window.made.push({ bytes: body.length, pingsBefore: window.pings });
          const { port1, port2 } = new MessageChannel();
          port1.onmessage = () => (window.pings++, port1.close());
          port2.postMessage(0);
        }
      };
    </script><script type="module" src="/cdn/pact-elements.js"></script>`,
  );
  const { page, errors } = await watchedPage(browser);
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('pact-route-map')?.hasAttribute('data-loaded'), {
      timeout: 20000,
    });
    const made = await page.evaluate(
      () => (window as unknown as { made: { bytes: number; pingsBefore: number }[] }).made,
    );
    assert.equal(made.length, 2, 'the routes and every partner, from the page');
    assert.ok(made[1]!.pingsBefore > made[0]!.pingsBefore, `both made in one task: ${JSON.stringify(made)}`);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

/** The titles of the rows of the projects element on `page`, as shown. */
const titles = (page: Page) =>
  page.evaluate(`[...document.querySelector('pact-projects').shadowRoot.querySelectorAll('[part~="row"] .title')]
    .filter((n) => n.getBoundingClientRect().height > 0).map((n) => n.textContent.trim())`) as Promise<string[]>;

test('the outlines cannot be loaded: the map shows its error state with Retry in place of what the server drew, then the map', async () => {
  // The server's map, its API (its attribute and the keys of the answers it carries) under /flaky/v1/.
  const url = await pageWith('flaky-map.html', ['/v1/render/pact-route-map'], '', '');
  const path = join(pages, 'flaky-map.html');
  const api = `${server.url}/v1`;
  writeFileSync(
    path,
    readFileSync(path, 'utf8')
      .replaceAll(api, `${server.url}/flaky/v1`)
      .replace('</body>', '<script type="module" src="/cdn/pact-elements.js"></script></body>'),
  );
  // The 503 is logged by the browser; any other console error or exception counts.
  const { page, errors } = await watchedPage(browser, [/Failed to load resource.*503/]);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warn') warnings.push(m.text());
  });
  outlinesDown = true;
  try {
    await page.goto(url);
    const state = `(() => {
      const root = document.querySelector('pact-route-map').shadowRoot;
      return {
        error: root.querySelector('[part~="error"]')?.textContent.replace(/\\s+/g, ' ').trim() ?? null,
        retry: [...root.querySelectorAll('[part~="error"] button')].map((b) => b.textContent.trim()),
        svgs: root.querySelectorAll('svg.layer.base').length,
        malta: root.querySelectorAll('[data-key="country:MLT"]').length,
      };
    })()`;
    await page.waitForFunction(`${state}.error !== null`, { timeout: 10000 });
    const failed = (await page.evaluate(state)) as { error: string; retry: string[]; svgs: number; malta: number };
    assert.deepEqual(
      { ...failed, error: failed.error.length > 0 },
      { error: true, retry: ['Retry'], svgs: 0, malta: 0 },
    );
    assert.deepEqual(
      warnings.filter((w) => /hydrat|mismatch/i.test(w)),
      [],
    );
    assert.deepEqual(errors, [], 'no exception: rendered afresh, not hydrated against another template');

    outlinesDown = false;
    await page.evaluate(
      `document.querySelector('pact-route-map').shadowRoot.querySelector('[part~="error"] button').click()`,
    );
    await page.waitForFunction(`${state}.svgs === 1`, { timeout: 10000 });
    assert.deepEqual(await page.evaluate(state), { error: null, retry: [], svgs: 1, malta: 1 });
    assert.deepEqual(errors, []);
  } finally {
    outlinesDown = false;
    await page.close();
  }
});

test('JavaScript off: a link to the next page of projects, and the records of the API’s next page there', async () => {
  type Projects = { data: { title: { en: string } }[]; next: string | null; total: number };
  const first = await json<Projects>('/v1/projects?limit=25');
  assert.ok(first.next, 'more than one page');
  const second = await json<Projects>(`/v1/projects?limit=25&cursor=${first.next}`);
  const third = second.next ? await json<Projects>(`/v1/projects?limit=25&cursor=${second.next}`) : undefined;
  const url = await pageWith('nojs-projects.html', ['/v1/render/pact-projects'], '');
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.goto(url);
    assert.deepEqual(
      await titles(page),
      first.data.map((p) => p.title.en),
    );
    const controls = (await page.evaluate(`(() => {
      const el = document.querySelector('pact-projects');
      const link = el.querySelector('a[slot="next-page"]');
      return {
        link: link.getBoundingClientRect().height > 0,
        rel: link.rel,
        button: el.shadowRoot.querySelector('[part~="load-more"]')?.getBoundingClientRect().height ?? 0,
      };
    })()`)) as { link: boolean; rel: string; button: number };
    assert.deepEqual(controls, { link: true, rel: 'next', button: 0 }, 'a link, not a button that needs the script');
    await Promise.all([page.waitForNavigation(), page.click('pact-projects a[slot="next-page"]')]);
    assert.match(page.url(), /\/v1\/render\/pact-projects\?cursor=/);
    assert.deepEqual(
      await titles(page),
      second.data.map((p) => p.title.en),
    );
    assert.match(await page.title(), new RegExp(`\\b${first.total}\\b`));
    const lang = await page.evaluate('document.documentElement.lang');
    assert.equal(lang, 'en');
    // And on to the page after it, when there is one.
    const further = await page.$('pact-projects a[slot="next-page"]');
    assert.equal(!!further, !!third);
    if (further && third) {
      await Promise.all([page.waitForNavigation(), further.click()]);
      assert.deepEqual(
        await titles(page),
        third.data.map((p) => p.title.en),
      );
    }
  } finally {
    await page.close();
  }
});

test('JavaScript on, the CDN file: the link to the next page is hidden, the hydrated "Load more" loads it', async () => {
  const url = await pageWith(
    'hydrate-projects.html',
    ['/v1/render/pact-projects'],
    '<script type="module" src="/cdn/pact-elements.js"></script>',
  );
  const { page, errors } = await watchedPage(browser);
  const apiRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/v1/')) apiRequests.push(r.url());
  });
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('pact-projects')?.hasAttribute('data-loaded'), {
      timeout: 15000,
    });
    const link = await page.evaluate(
      () => document.querySelector('pact-projects a[slot="next-page"]')!.getBoundingClientRect().height,
    );
    assert.equal(link, 0, 'the link is hidden once the element runs');
    assert.deepEqual(apiRequests, [], 'hydrated from the page');
    await page.evaluate(() =>
      document
        .querySelector('pact-projects')!
        .shadowRoot!.querySelector<HTMLButtonElement>('[part~="load-more"]')!
        .click(),
    );
    const total = (await json<{ total: number }>('/v1/projects?limit=1')).total;
    await page.waitForFunction(
      (n: number) =>
        document.querySelector('pact-projects')!.shadowRoot!.querySelectorAll('[part~="row"]').length === n,
      { timeout: 10000 },
      Math.min(50, total),
    );
    // (Read again: the assertion above narrowed the list's type to empty.)
    const requested = (): string[] => apiRequests;
    assert.equal(requested().filter((u) => u.includes('/v1/projects?') && u.includes('cursor=')).length, 1);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test("a strict CSP with the map's Pact-Style-Hashes: styled with JavaScript off, nothing refused", async () => {
  const res = await get('/v1/render/pact-route-map?routes=northern');
  const hashes = res.headers.get('Pact-Style-Hashes') ?? '';
  assert.match(hashes, /^'sha256-[\w+/]+=*'$/);
  const csp = STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${hashes}`);
  cspPage.set('map.html', {
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>csp</title><link rel="icon" href="data:,"></head><body><main>${await res.text()}</main></body></html>`,
    csp,
  });
  const page = await browser.newPage();
  const refused: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') refused.push(m.text());
  });
  try {
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.url}/csp/map.html`);
    // Styled: the frame keeps its 16:9 shape, the visually hidden summary is hidden.
    const styled = (await page.evaluate(`(() => {
      const root = document.querySelector('pact-route-map').shadowRoot;
      const frame = root.querySelector('.frame').getBoundingClientRect();
      return { ratio: Math.round((frame.width / frame.height) * 100) / 100, summary: root.querySelector('.visually-hidden').getBoundingClientRect().width <= 1 };
    })()`)) as { ratio: number; summary: boolean };
    assert.deepEqual(styled, { ratio: 1.78, summary: true });
    assert.deepEqual(refused, []);
  } finally {
    await page.close();
  }
});
