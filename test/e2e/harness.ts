// End-to-end harness: the real API and the CDN bundle served together, driven in Debian's Chromium.
import { after, before } from 'node:test';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { cdnDir, loadDataset, startServer, STRICT_CSP, type RunningServer } from '@pact/api/node';
import { PUPPETEER_LAUNCH } from '../support/chromium.mjs';
import { startFaultServer } from '../support/fault-server.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CDN = join(ROOT, 'dist/cdn');
export const EXAMPLES = join(ROOT, 'docs/examples');
export const TAGS = [
  'pact-partners',
  'pact-pillars',
  'pact-pillar-card',
  'pact-projects',
  'pact-route-map',
  'pact-partnership',
  'pact-timeline',
] as const;

export interface Site {
  url: string;
  server: RunningServer;
  /** A folder served at /t/ for pages written by the test. */
  pages: string;
  /** Writes a test page; it loads the CDN bundle unless `cdn` is false. */
  page(name: string, body: string, head?: string, cdn?: boolean): string;
  close(): Promise<void>;
}

/** The API with the example pages, the CDN bundle and a test-pages folder, under the strict CSP. */
export async function startSite(options: { dataDir?: string; port?: number; csp?: boolean } = {}): Promise<Site> {
  if (!existsSync(join(CDN, 'pact-elements.js')))
    throw new Error('dist/cdn/pact-elements.js is missing: run `npm run build && npm run build:cdn` first');
  const pages = mkdtempSync(join(tmpdir(), 'pact-e2e-'));
  const dataset = await loadDataset(options.dataDir);
  const server = await startServer({
    dataset,
    port: options.port ?? 0,
    log: false,
    // The CDN build served as `npm start` serves it (CORS, immutable chunks, precompressed copies).
    statics: { '/cdn/': cdnDir(CDN), '/t/': pages, '/': EXAMPLES },
    staticHeaders: options.csp === false ? {} : { 'Content-Security-Policy': STRICT_CSP },
  });
  return {
    url: server.url,
    server,
    pages,
    page(name, body, head = '', cdn = true) {
      writeFileSync(
        join(pages, name),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">${head}<link rel="stylesheet" href="/site.css">${cdn ? '<script type="module" src="/cdn/pact-elements.js"></script>' : ''}</head><body><main>${body}</main></body></html>`,
      );
      return `${server.url}/t/${name}`;
    },
    close: () => server.close(),
  };
}

export async function launch(): Promise<Browser> {
  return puppeteer.launch(PUPPETEER_LAUNCH);
}

/**
 * A site with the fault server in front of it (`fault.url` + `/hang/v1`, `/fail-1-500~KEY/v1`, …)
 * and a browser, started before a file's tests and stopped after them, also when they fail.
 */
export function faultySite(options: { csp?: boolean } = {}) {
  const s = {} as { site: Site; fault: Awaited<ReturnType<typeof startFaultServer>>; browser: Browser };
  before(async () => {
    s.site = await startSite(options);
    s.fault = await startFaultServer({ upstream: s.site.url });
    s.browser = await launch();
  });
  after(async () => {
    await s.browser?.close();
    await s.fault?.close();
    await s.site?.close();
  });
  return s;
}

export interface Watched {
  page: Page;
  errors: string[];
  violations: () => Promise<string[]>;
}

/** A page that records console errors, page errors and CSP / Trusted Types violations. */
export async function watchedPage(browser: Browser, ignore: RegExp[] = []): Promise<Watched> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors: string[] = [];
  // The tests run through tsx (esbuild), which wraps functions in __name(); functions handed to
  // the page are serialized, so the page needs that helper too.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  page.on('console', (m) => {
    if (m.type() === 'error' && !ignore.some((r) => r.test(m.text()))) errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${(e as Error).message}`));
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    );
  });
  return {
    page,
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

/**
 * `answer`, or a failure naming `what` after `ms`: a page that never answers a check fails in
 * seconds, by name, not at puppeteer's protocol limit (180 s).
 */
async function within<T>(answer: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: no answer from the page within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Scrolls down the page half a screen at a time, as a reader would, until every `loading="lazy"`
 * widget (core/lazy.ts) has loaded: after each step, waits until each lazy widget within a screen
 * of the viewport (where it starts loading) has its data, or shows an error state, and all of it
 * (a long list's later slices). Then back to the top.
 */
export async function revealLazy(page: Page, timeout = 15000): Promise<void> {
  // A string, not a function: tsx would name the inner arrow functions with a helper the page lacks.
  const scrolled = page.evaluate(`(async () => {
    const until = Date.now() + ${timeout};
    const lazy = [...document.querySelectorAll(${JSON.stringify(TAGS.join(','))})].filter(
      (el) => el.getAttribute('loading') === 'lazy',
    );
    if (!lazy.length) return;
    const done = (el) => el.hasAttribute('data-loaded') || !!el.shadowRoot?.querySelector('[part~="error"]');
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // What it waits for now: read when the page does not answer in time (below).
    const at = (what) => (window.__revealLazyAt = what);
    // The reader starts scrolling once the first screen has loaded: every eager widget first.
    const all = [...document.querySelectorAll(${JSON.stringify(TAGS.join(','))})];
    for (const el of all.filter((el) => el.getAttribute('loading') !== 'lazy')) {
      while (!done(el)) {
        if (Date.now() > until) throw new Error('<' + el.localName + '> did not load');
        await new Promise((r) => setTimeout(r, 50));
      }
      at('<' + el.localName + '>: updateComplete');
      await el.updateComplete;
    }
    at('a frame after the first screen');
    await frame();
    const settled = new Set();
    for (let y = 0; ; y += innerHeight / 2) {
      scrollTo(0, y);
      at('a frame after scrolling to ' + Math.round(y));
      await frame();
      for (const el of lazy) {
        const box = el.getBoundingClientRect();
        if (settled.has(el) || box.top > innerHeight * 2 || box.bottom < -innerHeight) continue;
        settled.add(el);
        while (!done(el)) {
          if (Date.now() > until) throw new Error('<' + el.localName + ' loading="lazy"> did not load near the viewport');
          await new Promise((r) => setTimeout(r, 50));
        }
        at('<' + el.localName + ' loading="lazy">: updateComplete');
        await el.updateComplete;
        // What the data sets off (a chunk, a second request, the map's layers) before the next step.
        await new Promise((r) => setTimeout(r, 300));
        at('a frame after <' + el.localName + ' loading="lazy"> loaded');
        await frame();
      }
      if (lazy.every((el) => settled.has(el)) || scrollY + innerHeight >= document.documentElement.scrollHeight) break;
    }
    scrollTo(0, 0);
  })()`);
  try {
    await within(scrolled, timeout + 15000, 'the lazy widgets brought into view, each loaded');
  } catch (e) {
    // Say what it was waiting for (a widget whose updateComplete never settled, or frames that stopped).
    const at = await within(page.evaluate('window.__revealLazyAt'), 2000, 'where it waited').catch(String);
    throw new Error(`${(e as Error).message}; it was waiting for ${String(at)}`, { cause: e });
  }
}

/**
 * Waits until every defined Pact element on the page has data (or shows an error state), and shows
 * all of it; reports those. The lazy ones are brought near the viewport first ({@link revealLazy}).
 */
export async function waitForWidgets(
  page: Page,
  timeout = 15000,
): Promise<{ tag: string; loaded: boolean; error: boolean; errorText?: string }[]> {
  await revealLazy(page, timeout);
  await page.waitForFunction(
    // Once the CDN core has registered its own elements (<pact-provider> among them, a turn after
    // the file has run), a tag on the page that is still undefined is a lazily loaded chunk on its
    // way (the directory, the map, ...): wait for it too.
    (tags: readonly string[]) =>
      tags.every((tag) => {
        const els = [...document.querySelectorAll(tag)];
        if (!customElements.get(tag)) return els.length === 0 || !customElements.get('pact-provider');
        return els.every((el) => el.hasAttribute('data-loaded') || el.shadowRoot?.querySelector('[part~="error"]'));
      }),
    { timeout, polling: 50 },
    TAGS,
  );
  // A long list shows its first screen first and the rest in later turns (core/turns.ts): its
  // updateComplete settles once every item is there.
  await within(
    page.evaluate(
      (tags: readonly string[]) =>
        Promise.all(
          tags.flatMap((tag) =>
            [...document.querySelectorAll(tag)].map(
              (el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete,
            ),
          ),
        ),
      TAGS,
    ),
    timeout,
    "every widget's updateComplete settled",
  );
  return page.evaluate(
    (tags: readonly string[]) =>
      tags
        .filter((tag) => customElements.get(tag))
        .flatMap((tag) =>
          [...document.querySelectorAll(tag)].map((el) => ({
            tag,
            loaded: el.hasAttribute('data-loaded'),
            error: !!el.shadowRoot?.querySelector('[part~="error"]'),
            errorText: el.shadowRoot?.querySelector('[part~="error"]')?.textContent?.trim().replace(/\s+/g, ' '),
          })),
        ),
    TAGS,
  );
}

/** Text of an element including its shadow tree (what a reader sees, roughly). */
export function deepText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => {
    const walk = (n: Node): string => {
      if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
      const parts: string[] = [];
      if (n instanceof Element && n.shadowRoot) parts.push(walk(n.shadowRoot));
      n.childNodes.forEach((c) => parts.push(walk(c)));
      return parts.join(' ');
    };
    return walk(el).replace(/\s+/g, ' ');
  });
}
