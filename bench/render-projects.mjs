// Rendering benchmark of <pact-projects> with thousands of loaded rows, in Debian's Chromium.
//
//   node bench/render-projects.mjs                 10,000 projects, every page loaded (limit=200)
//   node bench/render-projects.mjs --count 5000 --keys 30
//   node bench/render-projects.mjs --screenshot /tmp/projects.png
//
// Needs the built packages (npx tsc -b: @pact/api/node) and /usr/bin/chromium (or CHROME_PATH).
//
// What it does:
// 1. Writes a dataset of COUNT projects derived from the seed (bench/make-projects-dataset.mjs)
//    and serves it with the reference API (startServer from @pact/api/node), together with a
//    page under a strict Content-Security-Policy (no inline script or style) that holds
//    <pact-projects limit="200">. The element is bundled from source with esbuild (minified,
//    Lit's production build).
// 2. Drives the page through the Chrome DevTools Protocol (puppeteer-core): clicks "Load more"
//    until every project is loaded, timing each page (click -> rows painted, and response body
//    -> rows painted).
// 3. Scrolls the page through the loaded list for SCROLL_FRAMES frames and records the frame
//    intervals and each frame's own rendering work.
// 4. Keystrokes with every row loaded: types a character into the search box and erases it
//    within the 250 ms debounce (so no request is made and the loaded list stays), measuring
//    keydown -> next paint (the input's echo), with the Event Timing API as a cross-check.
// 5. Search keystrokes: the search goes to the API (debounced 250 ms), so each of KEYS
//    keystrokes is timed in three parts: keydown -> echo painted; response body received ->
//    updated list painted (the client-side part: parse, render, virtualizer layout, paint);
//    and keydown -> updated list painted (which includes the debounce and the network).
// 6. The floor: from a random moment with no work to the next frame produced.
// "Painted" is taken after a requestAnimationFrame callback, at the next task (a message
// posted from that callback runs once the frame has been produced): performance.now() there,
// minus the event's timeStamp or the moment the body arrived (when the SDK's last read() of the
// body stream resolved, before JSON parsing). Such a figure includes the wait for the next frame; the
// "floor" line measures that wait alone, and "re-rendered" (the element's updated() after the
// data arrived, caught with a hook on the instance rather than by polling) gives the
// main-thread work before the frame. The hooks read two private members of the element
// (`data`, the PactDataController, and `rows`), which is fine for a benchmark and nothing else.
//
// Prints a Markdown table and writes bench/results/render-projects.json.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { makeProjectsDataset } from './make-projects-dataset.mjs';
import { CHROME_ARGS, CHROME_PATH } from '../test/support/chromium.mjs';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const RESULTS_FILE = fileURLToPath(new URL('./results/render-projects.json', import.meta.url));
const GOAL_MS = 16;
const SCROLL_FRAMES = 300;
const SCROLL_STEP_PX = 120;

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    keys: { type: 'string', default: '24' },
    pairs: { type: 'string', default: '20' },
    screenshot: { type: 'string' },
  },
});
const COUNT = Number(args.count);
const KEYS = Math.max(20, Number(args.keys));
const PAIRS = Math.max(10, Number(args.pairs));

const api = (await import('./import-api.mjs')).default;

// ---- statistics ------------------------------------------------------------------------------

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const pct = (xs, p) => {
  if (!xs.length) return NaN;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const median = (all) => {
  const xs = all.filter(Number.isFinite);
  if (!xs.length) return NaN;
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
// A sample the hooks could not take (NaN) is left out and counted: the run then fails, since a
// figure over fewer samples than it claims would mislead.
let missingSamples = 0;
const summary = (all) => {
  const xs = all.filter(Number.isFinite);
  missingSamples += all.length - xs.length;
  return { n: xs.length, median: median(xs), p95: pct(xs, 95), max: xs.length ? Math.max(...xs) : NaN };
};

// ---- the page ----------------------------------------------------------------------------------

const work = await mkdtemp(join(tmpdir(), 'pact-bench-render-'));
const staticDir = join(work, 'static');
await mkdir(staticDir);
const { dir: dataDir } = await makeProjectsDataset({ count: COUNT, out: join(work, 'data') });

// The class is referenced, so that the registering module is kept even though the package's
// `sideEffects` list does not name it.
await build({
  stdin: {
    contents: `import { PactProjects } from './packages/elements/src/projects/pact-projects.js';
if (customElements.get('pact-projects') !== PactProjects) throw new Error('<pact-projects> is not defined');`,
    resolveDir: REPO,
    loader: 'ts',
    sourcefile: 'bench-entry.ts',
  },
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  tsconfig: join(REPO, 'packages/elements/tsconfig.json'),
  outfile: join(staticDir, 'projects.js'),
  logLevel: 'error',
});
await writeFile(
  join(staticDir, 'index.html'),
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pact-projects rendering benchmark</title>
<link rel="stylesheet" href="page.css">
<script type="module" src="projects.js"></script>
</head>
<body>
<main>
<h1>Technical-assistance projects</h1>
<pact-projects limit="200"><a href="/v1/projects">All projects (JSON)</a></pact-projects>
</main>
</body>
</html>
`,
);
await writeFile(
  join(staticDir, 'page.css'),
  'body { margin: 0; font-family: system-ui, sans-serif; } main { max-inline-size: 72rem; margin-inline: auto; padding: 1rem; }\n',
);

const dataset = await api.loadDataset(dataDir);
const server = await api.startServer({ dataset, port: 0, log: false, statics: { '/bench/': staticDir } });
const executablePath = CHROME_PATH;
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });

const cleanup = async () => {
  await browser.close().catch(() => {});
  await server.close().catch(() => {});
  await rm(work, { recursive: true, force: true }).catch(() => {});
};
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

/** Instrumentation, installed before the page's scripts (through CDP: the page's CSP does not apply). */
function instrument() {
  const bench = {
    csp: [],
    errors: [],
    bodies: [],
    events: [],
    loaf: [],
    /** performance.now() once the frame after this call has been produced. */
    afterPaint: () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(0);
        }),
      ),
  };
  /**
   * Resolves when <pact-projects> commits a render for which `ready()` holds, with the time of
   * that commit and the time the next frame was produced (no polling: a hook on updated()).
   */
  bench.rendered = (el, ready) => {
    if (!el.__benchHooked) {
      const proto = Object.getPrototypeOf(el);
      el.updated = function (changed) {
        proto.updated.call(this, changed);
        bench.onUpdated?.();
      };
      el.__benchHooked = true;
    }
    return new Promise((resolve) => {
      bench.onUpdated = () => {
        if (!ready()) return;
        bench.onUpdated = undefined;
        const at = performance.now();
        void bench.afterPaint().then((painted) => resolve({ at, painted }));
      };
    });
  };
  window.__bench = bench;
  document.addEventListener('securitypolicyviolation', (e) => bench.csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  window.addEventListener('error', (e) => bench.errors.push(String(e.message)));
  // When each response body has been read to its end. The SDK reads bodies as a stream (with a
  // byte limit), so the hook follows a response's body stream to its reader's last read().
  const urls = new WeakMap();
  const fetch = window.fetch;
  window.fetch = async (...args) => {
    const res = await fetch(...args);
    if (res.body) urls.set(res.body, res.url);
    return res;
  };
  const getReader = ReadableStream.prototype.getReader;
  ReadableStream.prototype.getReader = function (...args) {
    const reader = getReader.apply(this, args);
    if (urls.has(this)) urls.set(reader, urls.get(this));
    return reader;
  };
  const read = ReadableStreamDefaultReader.prototype.read;
  ReadableStreamDefaultReader.prototype.read = async function () {
    const chunk = await read.call(this);
    if (chunk.done && urls.has(this)) bench.bodies.push({ url: urls.get(this), at: performance.now() });
    return chunk;
  };
  try {
    new PerformanceObserver((list) =>
      bench.events.push(...list.getEntries().map((e) => ({ name: e.name, duration: e.duration }))),
    ).observe({
      type: 'event',
      durationThreshold: 16,
      buffered: true,
    });
    new PerformanceObserver((list) => bench.loaf.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'long-animation-frame',
      buffered: true,
    });
  } catch {
    /* older browsers */
  }
}

const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
await page.evaluateOnNewDocument(instrument);
let results;
try {
  const t0 = Date.now();
  await page.goto(`${server.url}/bench/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('pact-projects')?.hasAttribute('data-loaded'), {
    timeout: 30000,
  });
  const firstPageMs = Date.now() - t0;

  // ---- 1. Load more until everything is loaded ----
  const loadMore = [];
  for (;;) {
    const step = await page.evaluate(async () => {
      const el = document.querySelector('pact-projects');
      const root = el.shadowRoot;
      const button = root.querySelector('[part~="load-more"]');
      const rows = () => el.rows.length;
      if (!button) return null;
      const before = rows();
      const bodies = window.__bench.bodies.length;
      const done = window.__bench.rendered(el, () => rows() > before);
      const start = performance.now();
      button.click();
      const { at, painted } = await done;
      const body = window.__bench.bodies[bodies];
      return {
        rows: rows(),
        clickToPaint: painted - start,
        bodyToPaint: body ? painted - body.at : NaN,
        bodyToRender: body ? at - body.at : NaN,
      };
    });
    if (!step) break;
    loadMore.push(step);
  }
  const loaded = await page.evaluate(() => document.querySelector('pact-projects').rows.length);
  if (args.screenshot) await page.screenshot({ path: args.screenshot });

  // ---- 2. Scrolling through the loaded list ----
  const scroll = await page.evaluate(
    async (frames, stepPx) => {
      const el = document.querySelector('pact-projects');
      const list = el.shadowRoot.querySelector('[part~="list"]');
      window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY);
      await window.__bench.afterPaint();
      const loafBefore = window.__bench.loaf.length;
      const intervals = [];
      const frameWork = [];
      let rowsInDom = 0;
      let last;
      await new Promise((resolve) => {
        let n = 0;
        const step = (t) => {
          if (last !== undefined) intervals.push(t - last);
          last = t;
          const start = performance.now();
          window.scrollBy(0, stepPx);
          // This frame's own work: from its rAF callback to just after the frame was produced
          // (a message posted during a rAF callback is handled once the frame is done).
          const channel = new MessageChannel();
          channel.port1.onmessage = () => frameWork.push(performance.now() - start);
          channel.port2.postMessage(0);
          rowsInDom = Math.max(rowsInDom, el.shadowRoot.querySelectorAll('[part~="row"]').length);
          if (++n < frames) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      });
      await window.__bench.afterPaint();
      return {
        intervals,
        frameWork,
        rowsInDom,
        scrolledPx: frames * stepPx,
        longFrames: window.__bench.loaf.slice(loafBefore),
      };
    },
    SCROLL_FRAMES,
    SCROLL_STEP_PX,
  );

  // ---- 3. Keystrokes with every row loaded (typed and erased within the debounce) ----
  await page.evaluate(async () => {
    const input = document.querySelector('pact-projects').shadowRoot.querySelector('[part~="search"]');
    input.scrollIntoView({ block: 'center' });
    input.focus();
    const bench = window.__bench;
    bench.echo = [];
    let keyAt = 0;
    input.addEventListener('keydown', (e) => (keyAt = e.timeStamp), { capture: true });
    input.addEventListener('input', () => {
      const at = keyAt;
      void bench.afterPaint().then((t) => bench.echo.push(t - at));
    });
    await bench.afterPaint();
  });
  const eventsBefore = await page.evaluate(() => window.__bench.events.length);
  const requestsBefore = await page.evaluate(() => window.__bench.bodies.length);
  for (let i = 0; i < PAIRS; i++) {
    await page.keyboard.press('a');
    await new Promise((r) => setTimeout(r, 40));
    await page.keyboard.press('Backspace');
    await new Promise((r) => setTimeout(r, 350));
  }
  const loadedEcho = await page.evaluate(
    (eventsBefore, requestsBefore) => ({
      echo: window.__bench.echo.splice(0),
      slowEvents: window.__bench.events.slice(eventsBefore),
      requests: window.__bench.bodies.length - requestsBefore,
      rows: document.querySelector('pact-projects').rows.length,
    }),
    eventsBefore,
    requestsBefore,
  );

  // ---- 4. Search keystrokes (each one queries the API after the debounce) ----
  const words = ['drug', 'control', 'training', 'precursor', 'heroin'];
  const keys = [];
  for (const w of words) {
    for (const ch of w) keys.push(ch);
    for (let i = 0; i < w.length; i++) keys.push('Backspace');
    if (keys.length >= KEYS) break;
  }
  const search = [];
  let value = '';
  for (const key of keys) {
    value = key === 'Backspace' ? value.slice(0, -1) : value + key;
    await page.evaluate(() => {
      const bench = window.__bench;
      const el = document.querySelector('pact-projects');
      const value = el.data.value;
      bench.mark = { bodies: bench.bodies.length, key: 0, done: bench.rendered(el, () => el.data.value !== value) };
      const input = el.shadowRoot.querySelector('[part~="search"]');
      input.addEventListener('keydown', (e) => (bench.mark.key = e.timeStamp), { capture: true, once: true });
    });
    // Land the keystroke at a random point of the frame, as a typist's would.
    await new Promise((r) => setTimeout(r, 40 + Math.random() * 60));
    await page.keyboard.press(key);
    const sample = await page.evaluate(async (expected) => {
      const bench = window.__bench;
      const el = document.querySelector('pact-projects');
      const mark = bench.mark;
      // Wait for the response of this query, then for the render that shows its data.
      const wanted = (b) => {
        const url = new URL(b.url);
        return (
          url.pathname.endsWith('/projects') &&
          url.searchParams.get('q') === (expected || null) &&
          !url.searchParams.has('cursor')
        );
      };
      const { at, painted } = await mark.done;
      const body = bench.bodies.slice(mark.bodies).find(wanted);
      return {
        query: expected,
        keyToEcho: bench.echo.length ? bench.echo.splice(0).pop() : NaN,
        keyToBody: body ? body.at - mark.key : NaN,
        bodyToPaint: body ? painted - body.at : NaN,
        bodyToRender: body ? at - body.at : NaN,
        keyToPaint: painted - mark.key,
        total: el.data.value?.total,
      };
    }, value);
    search.push(sample);
  }
  // ---- 5. The floor: from a random moment with no work to the next frame produced ----
  const idleFrame = [];
  for (let i = 0; i < 30; i++) {
    await new Promise((r) => setTimeout(r, 40 + Math.random() * 60));
    idleFrame.push(await page.evaluate(async () => -performance.now() + (await window.__bench.afterPaint())));
  }
  const pageReport = await page.evaluate(() => ({ csp: window.__bench.csp, errors: window.__bench.errors }));
  const chromium = (await browser.version()).replace(/^[^/]*\//, '');
  results = { chromium, firstPageMs, loadMore, loaded, scroll, loadedEcho, search, idleFrame, page: pageReport };
} finally {
  await cleanup();
}

// ---- report ------------------------------------------------------------------------------------

const { loadMore, scroll, loadedEcho, search } = results;
const lastPages = loadMore.slice(-10);
const rows = [
  [
    `Keystroke → echo painted, ${loadedEcho.rows.toLocaleString('en')} rows loaded (typed and erased within the debounce; ${loadedEcho.requests} requests)`,
    summary(loadedEcho.echo),
  ],
  ['Search keystroke → echo painted', summary(search.map((s) => s.keyToEcho))],
  ['Search: response body received → updated list painted (client side)', summary(search.map((s) => s.bodyToPaint))],
  [
    'Search: response body received → element re-rendered (main-thread work before the frame)',
    summary(search.map((s) => s.bodyToRender)),
  ],
  [
    'Search keystroke → updated list painted (250 ms debounce + network + render)',
    summary(search.map((s) => s.keyToPaint)),
  ],
  ['Floor: no work, random moment → next frame produced', summary(results.idleFrame)],
  ['Scroll: frame interval', summary(scroll.intervals)],
  ['Scroll: work per frame (rAF → frame produced)', summary(scroll.frameWork)],
  [
    `"Load more", last ${lastPages.length} pages (to ${results.loaded.toLocaleString('en')} rows): click → rows painted`,
    summary(lastPages.map((s) => s.clickToPaint)),
  ],
  ['"Load more", same pages: response body → rows painted', summary(lastPages.map((s) => s.bodyToPaint))],
  ['"Load more", same pages: response body → element re-rendered', summary(lastPages.map((s) => s.bodyToRender))],
];
const echoMedian = median(loadedEcho.echo);
const searchEchoMedian = median(search.map((s) => s.keyToEcho));
const clientMedian = median(search.map((s) => s.bodyToPaint));
const goal = (x) => (x < GOAL_MS ? 'PASS' : 'FAIL');

const out = [];
out.push(
  `\n<pact-projects>, ${COUNT.toLocaleString('en')} projects, limit=200, Chromium ${results.chromium} (headless, no GPU), 1280×900\n`,
);
out.push('| Measure | n | median (ms) | p95 (ms) | max (ms) |');
out.push('| --- | --: | --: | --: | --: |');
for (const [label, s] of rows) out.push(`| ${label} | ${s.n} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.max)} |`);
out.push('');
out.push(
  `First page shown after ${results.firstPageMs} ms (navigation to data-loaded); ${loadMore.length} "Load more" clicks.`,
);
out.push(
  `Scroll: ${scroll.intervals.length} frames over ${scroll.scrolledPx.toLocaleString('en')} px; at most ${scroll.rowsInDom} rows in the DOM at once; ` +
    `${scroll.intervals.filter((x) => x > 1000 / 60 + 4).length} frame intervals over 20.7 ms; ${scroll.longFrames.length} long animation frames (> 50 ms).`,
);
out.push(
  `Event Timing: ${loadedEcho.slowEvents.length} keyboard/input events with a duration ≥ 16 ms while typing with every row loaded` +
    (loadedEcho.slowEvents.length ? ` (max ${Math.max(...loadedEcho.slowEvents.map((e) => e.duration))} ms)` : '') +
    '.',
);
out.push(
  `Page: ${results.page.csp.length} CSP violations; errors reported to window.onerror: ${results.page.errors.length ? [...new Set(results.page.errors)].join('; ') : 'none'}.`,
);
out.push('');
out.push(`Goal, median under ${GOAL_MS} ms:`);
out.push(`- keystroke → echo with every row loaded: ${ms(echoMedian)} ms ${goal(echoMedian)}`);
out.push(`- search keystroke → echo: ${ms(searchEchoMedian)} ms ${goal(searchEchoMedian)}`);
out.push(`- search response → updated list painted: ${ms(clientMedian)} ms ${goal(clientMedian)}`);
console.log(out.join('\n'));

await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
await writeFile(RESULTS_FILE, JSON.stringify({ date: new Date().toISOString(), count: COUNT, ...results }, null, 1));
console.log(`\nRaw figures: ${RESULTS_FILE}`);
if (missingSamples) {
  console.error(
    `${missingSamples} samples could not be taken (a hook saw no response body): the figures are incomplete.`,
  );
  process.exitCode = 1;
}
