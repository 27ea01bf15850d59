// What the render benchmarks share (bench/render-partners.mjs, bench/render-timeline.mjs): an
// element's data-to-paint time as a ratio against a baseline measured in the same page and run,
// the same final markup inserted as static DOM by a plain script, so that the figure holds on any
// machine (issue 18: goal at most 1.5×).
//
// Element: a fresh element is added (each run with attributes of its own so that the SDK's cache
// does not answer); data arrival is the latest responseEnd of its API requests (Resource Timing);
// painted is the first frame after the element shows every item expected (requestAnimationFrame
// and a task, i.e. after that frame's paint), checked once per frame from the frame after its
// data-loaded attribute: a long list painted first screen first, the rest in later tasks, is timed
// to its last item, as the baseline is. The first screen's paint (the first frame after
// data-loaded) is printed beside it. Until the slices resumed with a message (core/turns.ts,
// 2026-12-05), scheduler.yield() ran every slice ahead of this task, so that the first frame came
// only once the list was whole, and that figure was the whole list's.
// Baseline: the same requests fetched again (no-store) and parsed as JSON, then the element's
// final shadow-root markup and style sheets put into a fresh shadow root (adoptedStyleSheets,
// then innerHTML), timed from the latest responseEnd to the same "painted" point.
// Longest task: the longest main-thread task (PerformanceObserver "longtask", tasks of 50 ms and
// more; none: under 50 ms) from the element's insertion to the end of its run, and the same for
// the baseline.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { loadDataset, startServer } from '@pact/api/node';
import { PUPPETEER_LAUNCH } from '../test/support/chromium.mjs';

/** The goal of issue 18: the element at most 1.5 times its static baseline. */
export const GOAL = 1.5;

/**
 * Serves `dataDir` (the seed when undefined) with the reference API and a page that holds nothing
 * but the bundle of `imports` (esbuild, minified, Lit's production build); runs `fn(tab)` in
 * Chromium, then closes both.
 */
export async function withBenchPage({ dataDir, imports }, fn) {
  const dir = await mkdtemp(join(tmpdir(), 'pact-bench-page-'));
  await build({
    stdin: { contents: imports.map((m) => `import '${m}';`).join('\n'), resolveDir: process.cwd() },
    bundle: true,
    format: 'esm',
    minify: true,
    outfile: join(dir, 'bench.js'),
    conditions: ['production'],
    logLevel: 'warning',
  });
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="bench.js"></script></head><body><main id="host"></main></body></html>`,
  );
  const server = await startServer({
    dataset: await loadDataset(dataDir),
    port: 0,
    log: false,
    statics: { '/bench/': dir },
  });
  const browser = await puppeteer.launch(PUPPETEER_LAUNCH);
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(`${server.url}/bench/index.html`);
    return await fn(tab);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Runs the element and its baseline `runs` times each, alternating, after 3 warm-ups.
 * `tag`: the element; `attributes(i)`: its attributes in run i; `item`: a selector that counts
 * what it shows, `expected` items in the end (waited for; printRatio checks the baseline's too).
 */
export async function measureRatio(tab, { tag, attributes, item, expected, runs }) {
  await tab.waitForFunction((t) => customElements.get(t), {}, tag);
  const result = await tab.evaluate(
    async ({ tag, attributes, item, expected, runs }) => {
      const host = document.getElementById('host');
      const paint = () =>
        new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
      let tasks = [];
      new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask' });
      const longest = async (from) => {
        // Long tasks are reported after they end: a frame later they are all in.
        await paint();
        const ms = Math.max(0, ...tasks.filter((t) => t.startTime + t.duration >= from).map((t) => t.duration));
        tasks = [];
        return ms;
      };
      const apiRequests = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/v1/'));
      const element = async (i) => {
        performance.clearResourceTimings();
        host.replaceChildren();
        tasks = [];
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(attributes[i])) el.setAttribute(k, v);
        const painted = new Promise((resolve) => {
          new MutationObserver((_r, o) => {
            if (!el.hasAttribute('data-loaded')) return;
            o.disconnect();
            resolve(paint());
          }).observe(el, { attributes: true, attributeFilter: ['data-loaded'] });
        });
        const t0 = performance.now();
        host.append(el);
        const paintedAt = await painted;
        const requests = apiRequests();
        const arrived = Math.max(...requests.map((e) => e.responseEnd));
        // What it renders after its first frame (later slices), before the count and the markup are taken.
        let wholeAt = paintedAt;
        for (let f = 0; f < 600 && el.shadowRoot.querySelectorAll(item).length < expected; f++) wholeAt = await paint();
        return {
          ms: wholeAt - arrived,
          first: paintedAt - arrived,
          items: el.shadowRoot.querySelectorAll(item).length,
          urls: requests.map((e) => e.name),
          longest: await longest(t0),
          el,
        };
      };
      const baseline = async (source, urls) => {
        host.replaceChildren();
        const markup = source.shadowRoot.innerHTML;
        const sheets = source.shadowRoot.adoptedStyleSheets;
        performance.clearResourceTimings();
        const bodies = await Promise.all(urls.map((u) => fetch(u, { cache: 'no-store' }).then((r) => r.text())));
        const arrived = Math.max(...apiRequests().map((e) => e.responseEnd));
        tasks = [];
        const t0 = performance.now();
        for (const body of bodies) JSON.parse(body);
        const div = document.createElement('div');
        const root = div.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = sheets;
        root.innerHTML = markup;
        host.append(div);
        const paintedAt = await paint();
        return {
          ms: paintedAt - arrived,
          items: root.querySelectorAll(item).length,
          longest: await longest(t0),
        };
      };
      const out = {
        element: [],
        first: [],
        baseline: [],
        items: 0,
        baselineItems: 0,
        requests: 0,
        longest: 0,
        baseLongest: 0,
      };
      for (let i = 0; i < runs + 3; i++) {
        const e = await element(i);
        const b = await baseline(e.el, e.urls);
        if (i < 3) continue;
        out.element.push(e.ms);
        out.first.push(e.first);
        out.baseline.push(b.ms);
        out.items = e.items;
        out.baselineItems = b.items;
        out.requests = e.urls.length;
        out.longest = Math.max(out.longest, e.longest);
        out.baseLongest = Math.max(out.baseLongest, b.longest);
      }
      return out;
    },
    { tag, attributes: Array.from({ length: runs + 3 }, (_, i) => attributes(i)), item, expected, runs },
  );
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;
const task = (x) => (x === undefined ? '' : x ? ms(x) : '< 50 ms');

/** Prints the Markdown table of one measureRatio result; throws when the element and the baseline differ in what they show. */
export function printRatio(name, r, expected) {
  const ratio = median(r.element) / median(r.baseline);
  console.log('| bench | items | runs | median | min | max | longest task |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const row = (label, xs, items, longest) =>
    console.log(
      `| ${label} | ${items} | ${xs.length} | ${ms(median(xs))} | ${ms(Math.min(...xs))} | ${ms(Math.max(...xs))} | ${task(longest)} |`,
    );
  row(`${name} data → every item painted (${r.requests} API requests)`, r.element, r.items, r.longest);
  // (The longest task is the whole run's: shown once, on the row above.)
  row(`${name} data → first screen painted`, r.first, '');
  row('same markup as static DOM → painted', r.baseline, r.baselineItems, r.baseLongest);
  console.log(`\nratio (medians): ${ratio.toFixed(2)}× (goal ≤ ${GOAL}×) ${ratio <= GOAL ? 'OK' : 'OVER'}`);
  if (r.items !== expected || r.baselineItems !== expected)
    throw new Error(`expected ${expected} items, the element showed ${r.items}, the static DOM ${r.baselineItems}`);
  return ratio;
}
