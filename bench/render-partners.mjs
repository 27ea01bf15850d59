#!/usr/bin/env node
// bench/render: from data arrival to painted directory, for all partners, in Debian's Chromium.
// The element marks `pact-partners:data` when the API's answer is in and `pact-partners:painted`
// after the next frame; a fresh <pact-partners limit="200"> is rendered 20 times (plus 3 warm-ups).
//   node bench/render-partners.mjs [--runs 20] [--layout cards|table]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { loadDataset, startServer } from '@pact/api/node';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, layout: { type: 'string', default: 'cards' } },
});
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'pact-bench-'));
await build({
  entryPoints: ['packages/elements/dist/index.js'],
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
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.url}/bench/index.html`);
  await page.waitForFunction(() => customElements.get('pact-partners'));
  const times = await page.evaluate(
    async (n, layout) => {
      const out = [];
      for (let i = 0; i < n + 3; i++) {
        performance.clearMarks();
        const host = document.getElementById('host');
        host.replaceChildren();
        const el = document.createElement('pact-partners');
        el.setAttribute('api', '/v1');
        el.setAttribute('limit', '200');
        el.setAttribute('layout', layout);
        host.append(el);
        await new Promise((resolve) => {
          const check = () =>
            performance.getEntriesByName('pact-partners:painted').length ? resolve() : setTimeout(check, 5);
          check();
        });
        const data = performance.getEntriesByName('pact-partners:data')[0].startTime;
        const painted = performance.getEntriesByName('pact-partners:painted')[0].startTime;
        const cards = el.shadowRoot.querySelectorAll('[part~="name"]').length;
        if (i >= 3) out.push({ ms: painted - data, cards });
      }
      return out;
    },
    runs,
    values.layout,
  );
  const ms = times.map((t) => t.ms).sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)];
  console.log(`| bench | partners | runs | median | min | max | goal |`);
  console.log(`| --- | --- | --- | --- | --- | --- | --- |`);
  console.log(
    `| <pact-partners layout="${values.layout}"> data → painted | ${times[0].cards} | ${runs} | ${median.toFixed(1)} ms | ${ms[0].toFixed(1)} ms | ${ms.at(-1).toFixed(1)} ms | < 30 ms ${median < 30 ? 'OK' : 'OVER'} |`,
  );
} finally {
  await browser.close();
  await server.close();
}
