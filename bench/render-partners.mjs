#!/usr/bin/env node
// bench/render: from data arrival to painted directory, for all partners, in Debian's Chromium.
// Data arrival is the responseEnd of the partners request (Resource Timing); painted is the first
// frame after the element shows the data (its data-loaded attribute, then requestAnimationFrame and
// a task, i.e. after that frame's paint). A fresh <pact-partners limit="200"> is rendered 20 times
// (plus 3 warm-ups), each with its own query so that the SDK's cache does not answer.
// The baseline, in the same page and run: the same final markup (the element's shadow root as it
// ended, with the same style sheets) inserted as static DOM by a plain script into a fresh shadow
// root, from the responseEnd of the same request (fetched and parsed as JSON, not used) to the
// frame painted after it. The ratio element / baseline is what holds across machines (goal <= 1.5x).
//   node bench/render-partners.mjs [--runs 20] [--layout cards|table]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { loadDataset, startServer } from '@pact/api/node';
import { PUPPETEER_LAUNCH } from '../test/support/chromium.mjs';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, layout: { type: 'string', default: 'cards' } },
});
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'pact-bench-'));
await build({
  // The directory loads lazily from the CDN core; the bench registers it at once.
  stdin: {
    contents:
      "import './packages/elements/dist/index.js'; import './packages/elements/dist/partners/pact-partners.js';",
    resolveDir: process.cwd(),
  },
  bundle: true,
  format: 'esm',
  minify: true,
  outfile: join(dir, 'pact-elements.js'),
  conditions: ['production'],
  logLevel: 'warning',
});
writeFileSync(
  join(dir, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="pact-elements.js"></script></head><body><main id="host"></main></body></html>`,
);
const server = await startServer({ dataset: await loadDataset(), port: 0, log: false, statics: { '/bench/': dir } });
const browser = await puppeteer.launch(PUPPETEER_LAUNCH);
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.url}/bench/index.html`);
  await page.waitForFunction(() => customElements.get('pact-partners'));
  const times = await page.evaluate(
    async (n, layout) => {
      const out = [];
      for (let i = 0; i < n + 3; i++) {
        performance.clearResourceTimings();
        const host = document.getElementById('host');
        host.replaceChildren();
        const el = document.createElement('pact-partners');
        el.setAttribute('api', '/v1');
        el.setAttribute('limit', String(200 - i));
        el.setAttribute('layout', layout);
        const painted = new Promise((resolve) => {
          new MutationObserver((_r, o) => {
            if (!el.hasAttribute('data-loaded')) return;
            o.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
          }).observe(el, { attributes: true, attributeFilter: ['data-loaded'] });
        });
        host.append(el);
        const paintedAt = await painted;
        const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('/v1/partners?'));
        const data = entry.responseEnd;
        const painted2 = paintedAt;
        const cards = el.shadowRoot.querySelectorAll('[part~="name"]').length;
        // Baseline: the same markup and styles, static, after the same request's answer.
        const markup = el.shadowRoot.innerHTML;
        const sheets = el.shadowRoot.adoptedStyleSheets;
        host.replaceChildren();
        performance.clearResourceTimings();
        await fetch(`/v1/partners?limit=${200 - i}&sort=name&lang=en`, { cache: 'no-store' }).then((r) => r.json());
        const staticEntry = performance.getEntriesByType('resource').find((e) => e.name.includes('/v1/partners?'));
        const box = document.createElement('div');
        host.append(box);
        const root = box.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = sheets;
        root.innerHTML = markup;
        const staticPainted = await new Promise((resolve) =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))),
        );
        if (i >= 3) out.push({ ms: painted2 - data, cards, baseline: staticPainted - staticEntry.responseEnd });
      }
      return out;
    },
    runs,
    values.layout,
  );
  const ms = times.map((t) => t.ms).sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)];
  const base = times.map((t) => t.baseline).sort((a, b) => a - b);
  const baseMedian = base[Math.floor(base.length / 2)];
  const ratios = times.map((t) => t.ms / t.baseline).sort((a, b) => a - b);
  const ratio = ratios[Math.floor(ratios.length / 2)];
  console.log(
    `| bench | partners | runs | median | min | max | static baseline (median) | ratio (median of runs) | goal |`,
  );
  console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
  console.log(
    `| <pact-partners layout="${values.layout}"> data → painted | ${times[0].cards} | ${runs} | ${median.toFixed(1)} ms | ${ms[0].toFixed(1)} ms | ${ms.at(-1).toFixed(1)} ms | ${baseMedian.toFixed(1)} ms | ${ratio.toFixed(2)}× | ≤ 1.5× ${ratio <= 1.5 ? 'OK' : 'OVER'} |`,
  );
} finally {
  await browser.close();
  await server.close();
}
