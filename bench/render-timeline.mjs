#!/usr/bin/env node
// bench/render-timeline: <pact-timeline> with 1,000 events, from data arrival to paint, against the
// same final markup inserted as static DOM by a plain script, both measured in the same run in
// Debian's Chromium. Goal: the element takes at most 1.5 times the static markup.
//
//   node bench/render-timeline.mjs [--count 1000] [--runs 15]
//
// Needs the built packages (npx tsc -b: @pact/api/node and packages/elements/dist).
// 1. A dataset: the seed (packages/api/data) with events.json replaced by COUNT events derived from
//    the seed events (new ids, numbered titles, each lap over the seed moved on by one year, so
//    that the list spans past and upcoming years).
// 2. The reference API serves it with a page that holds nothing but the elements' bundle (esbuild,
//    minified, Lit's production build).
// 3. Element: a fresh <pact-timeline> is added, each run with its own `from` (a year before every
//    event, so the same COUNT events) so that the SDK's cache does not answer. Data arrival is the
//    responseEnd of the last API request it made (Resource Timing: every page of events and the
//    organizers' names); painted is the first frame after the element shows the data (its
//    data-loaded attribute, then requestAnimationFrame and a task, i.e. after that frame's paint).
// 4. Static: the element's final shadow-root markup (its innerHTML) and its style sheets are put
//    into a fresh shadow root by a plain script (adoptedStyleSheets, then innerHTML), timed from
//    that moment to the same "painted" point. Both alternate run by run, after 3 warm-ups each.
import { copyFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { loadDataset, startServer } from '@pact/api/node';
import { CHROME_ARGS, CHROME_PATH } from '../test/support/chromium.mjs';

const SEED_DIR = fileURLToPath(new URL('../packages/api/data/', import.meta.url));
const GOAL = 1.5;
const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000' }, runs: { type: 'string', default: '15' } },
});
const count = Number(values.count);
const runs = Number(values.runs);

/** The seed dataset with COUNT events derived from the seed's. */
async function makeDataset() {
  const dir = await mkdtemp(join(tmpdir(), 'pact-bench-timeline-'));
  for (const file of await readdir(SEED_DIR)) {
    if (file.endsWith('.json')) await copyFile(join(SEED_DIR, file), join(dir, file));
  }
  const seeds = JSON.parse(await readFile(join(SEED_DIR, 'events.json'), 'utf8'));
  const width = String(count).length;
  const shift = (d, years) => d && { ...d, value: `${Number(d.value.slice(0, 4)) + years}${d.value.slice(4)}` };
  const events = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    const lap = Math.floor(i / seeds.length);
    const title = Object.fromEntries(Object.entries(seed.title).map(([lang, t]) => [lang, `${t} #${i + 1}`]));
    const event = { ...seed, id: `bench-${String(i + 1).padStart(width, '0')}`, title, date: shift(seed.date, lap) };
    if (seed.end) event.end = shift(seed.end, lap);
    // 29 February moved to a year that has none: the 28th.
    for (const k of ['date', 'end'])
      if (event[k]?.value.endsWith('-02-29')) event[k] = { ...event[k], value: event[k].value.replace(/29$/, '28') };
    events.push(event);
  }
  await writeFile(join(dir, 'events.json'), JSON.stringify(events));
  const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8'));
  meta.version = `${meta.version}-bench-events-${count}`;
  await writeFile(join(dir, 'meta.json'), JSON.stringify(meta, null, 1));
  return dir;
}

const data = await makeDataset();
const page = await mkdtemp(join(tmpdir(), 'pact-bench-page-'));
await build({
  entryPoints: ['packages/elements/dist/timeline/pact-timeline.js'],
  bundle: true,
  format: 'esm',
  minify: true,
  outfile: join(page, 'pact-timeline.js'),
  conditions: ['production'],
  logLevel: 'warning',
});
await writeFile(
  join(page, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="pact-timeline.js"></script></head><body><main id="host"></main></body></html>`,
);
const server = await startServer({
  dataset: await loadDataset(data),
  port: 0,
  log: false,
  statics: { '/bench/': page },
});
const browser = await puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(`${server.url}/bench/index.html`);
  await tab.waitForFunction(() => customElements.get('pact-timeline'));
  const result = await tab.evaluate(async (n) => {
    const host = document.getElementById('host');
    const paint = () =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
    const element = async (i) => {
      performance.clearResourceTimings();
      host.replaceChildren();
      const el = document.createElement('pact-timeline');
      el.setAttribute('api', '/v1');
      el.setAttribute('from', String(1000 + i));
      const painted = new Promise((resolve) => {
        new MutationObserver((_r, o) => {
          if (!el.hasAttribute('data-loaded')) return;
          o.disconnect();
          resolve(paint());
        }).observe(el, { attributes: true, attributeFilter: ['data-loaded'] });
      });
      host.append(el);
      const paintedAt = await painted;
      const requests = performance.getEntriesByType('resource').filter((e) => e.name.includes('/v1/'));
      const arrived = Math.max(...requests.map((e) => e.responseEnd));
      const events = el.shadowRoot.querySelectorAll('[part~="event"]').length;
      return { ms: paintedAt - arrived, events, requests: requests.length, el };
    };
    const staticDom = async (source) => {
      host.replaceChildren();
      const markup = source.shadowRoot.innerHTML;
      const sheets = source.shadowRoot.adoptedStyleSheets;
      const t0 = performance.now();
      const div = document.createElement('div');
      const root = div.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      root.innerHTML = markup;
      host.append(div);
      const paintedAt = await paint();
      return { ms: paintedAt - t0, events: root.querySelectorAll('[part~="event"]').length };
    };
    const out = { element: [], static: [], events: 0, staticEvents: 0, requests: 0 };
    for (let i = 0; i < n + 3; i++) {
      const e = await element(i);
      const s = await staticDom(e.el);
      if (i < 3) continue;
      out.element.push(e.ms);
      out.static.push(s.ms);
      out.events = e.events;
      out.staticEvents = s.events;
      out.requests = e.requests;
    }
    return out;
  }, runs);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const el = median(result.element);
  const st = median(result.static);
  const ratio = el / st;
  console.log(`| bench | events | runs | median | min | max |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: |`);
  const row = (name, xs, events) =>
    console.log(
      `| ${name} | ${events} | ${xs.length} | ${median(xs).toFixed(1)} ms | ${Math.min(...xs).toFixed(1)} ms | ${Math.max(...xs).toFixed(1)} ms |`,
    );
  row(`<pact-timeline> data → painted (${result.requests} API requests)`, result.element, result.events);
  row('same markup as static DOM → painted', result.static, result.staticEvents);
  console.log(`\nratio (medians): ${ratio.toFixed(2)}× (goal ≤ ${GOAL}×) ${ratio <= GOAL ? 'OK' : 'OVER'}`);
  if (result.events !== count || result.staticEvents !== count)
    throw new Error(
      `expected ${count} events, the element showed ${result.events}, the static DOM ${result.staticEvents}`,
    );
} finally {
  await browser.close();
  await server.close();
}
