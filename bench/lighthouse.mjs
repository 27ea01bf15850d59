#!/usr/bin/env node
// Lighthouse (the npm package, with Debian's Chromium) on each example partner page, served by
// the real API server with the CDN bundle under the strict CSP. Goals: accessibility 100,
// performance at least 95, CLS 0. Run after `npm run build && npm run build:cdn`:
//   node bench/lighthouse.mjs [--form-factor desktop|mobile] [--strict]
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { loadDataset, startServer, STRICT_CSP } from '@pact/api/node';
import { CHROME_ARGS, CHROME_PATH } from '../test/support/chromium.mjs';

const { values } = parseArgs({
  options: { 'form-factor': { type: 'string', default: 'desktop' }, strict: { type: 'boolean', default: false } },
});
const desktop = values['form-factor'] === 'desktop';
const PAGES = ['paris-pact.html', 'pompidou-group.html', 'osce.html'];

const server = await startServer({
  dataset: await loadDataset(),
  port: 0,
  log: false,
  statics: { '/cdn/': 'dist/cdn', '/': 'docs/examples' },
  staticHeaders: { 'Content-Security-Policy': STRICT_CSP },
});
const chrome = await chromeLauncher.launch({
  chromePath: CHROME_PATH,
  chromeFlags: CHROME_ARGS,
});
const rows = [
  '| page | performance | accessibility | best practices | SEO | CLS | LCP | TBT |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
const results = [];
let missed = 0;
try {
  for (const page of PAGES) {
    const { lhr } = await lighthouse(
      `${server.url}/${page}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      },
      {
        extends: 'lighthouse:default',
        settings: desktop
          ? {
              formFactor: 'desktop',
              screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
              throttlingMethod: 'simulate',
              throttling: { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1 },
            }
          : { formFactor: 'mobile' },
      },
    );
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const audit = (a) => lhr.audits[a];
    const cls = audit('cumulative-layout-shift').numericValue;
    const r = {
      page,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      cls,
      lcpMs: audit('largest-contentful-paint').numericValue,
      tbtMs: audit('total-blocking-time').numericValue,
      failedA11y: Object.values(lhr.audits)
        .filter((a) => lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id) && a.score === 0)
        .map((a) => a.id),
      shifts: audit('layout-shifts')?.details?.items?.map((i) => i.node?.snippet) ?? [],
    };
    results.push(r);
    if (r.accessibility < 100 || r.performance < 95 || r.cls > 0) missed++;
    rows.push(
      `| ${page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${cls.toFixed(3)} | ${Math.round(r.lcpMs)} ms | ${Math.round(r.tbtMs)} ms |`,
    );
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log(`Lighthouse 12, ${values['form-factor']}, Debian Chromium\n`);
console.log(rows.join('\n'));
for (const r of results) {
  if (r.failedA11y.length) console.log(`${r.page}: failed accessibility audits: ${r.failedA11y.join(', ')}`);
  if (r.shifts.length) console.log(`${r.page}: layout shifts from: ${r.shifts.join(' | ')}`);
}
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/lighthouse.json', JSON.stringify(results, null, 2));
if (values.strict && missed) process.exit(1);
