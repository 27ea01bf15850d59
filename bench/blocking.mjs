#!/usr/bin/env node
// Main-thread blocking on an example page under Chromium's own 4× CPU slowdown (Lighthouse's
// mobile CPU setting, applied to the real load; the network is not slowed): the page's long tasks
// (over 50 ms, PerformanceObserver 'longtask') from navigation to 3 s after the network is quiet,
// their blocking time (the sum of each task's time over 50 ms, as Lighthouse's TBT sums it) and the
// longest; and its largest contentful paint as observed (what a phone on a fast network would see:
// no simulated round trips). Several CDN builds are loaded in turn, run after run, so that the machine's noise falls
// on each alike; the medians are printed. Run after `npm run build && npm run build:cdn`:
//   node bench/blocking.mjs [--page osce.html] [--runs 7] [--cdn DIR ...] [--tasks] [--ssr]
// --cdn DIR (repeatable) serves that copy of dist/cdn (default: dist/cdn alone); --tasks prints
// every long task of every load ([start ms, duration ms]); --ssr serves the page with every
// server-renderable element rendered on the server, together (as lighthouse.mjs --ssr does).
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { cdnDir, loadDataset, startServer, STRICT_CSP } from '@pact/api/node';
import { PUPPETEER_LAUNCH } from '../test/support/chromium.mjs';
import { examplePage, ssrExamplePage } from './example-page.mjs';

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: 'osce.html' },
    runs: { type: 'string', default: '7' },
    cdn: { type: 'string', multiple: true },
    tasks: { type: 'boolean', default: false },
    ssr: { type: 'boolean', default: false },
  },
});
const builds = values.cdn?.length ? values.cdn : ['dist/cdn'];
const runs = Math.max(1, Number(values.runs) || 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dataset = await loadDataset();
const servers = [];
let browser;
try {
  for (const [i, dir] of builds.entries())
    servers.push(
      await startServer({
        dataset,
        port: 0,
        log: false,
        // The page, its preloads naming this build's chunks.
        handlers: [
          async (_req, url) => {
            if (url.pathname !== `/${values.page}`) return undefined;
            const served = servers[i]?.url;
            const { html, csp } = values.ssr
              ? await ssrExamplePage(values.page, dir, { served })
              : { html: examplePage(values.page, dir), csp: STRICT_CSP };
            return new Response(html, {
              headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp },
            });
          },
        ],
        statics: { '/cdn/': cdnDir(dir), '/': 'docs/examples' },
        staticHeaders: { 'Content-Security-Policy': STRICT_CSP },
      }),
    );
  browser = await puppeteer.launch(PUPPETEER_LAUNCH);
  const results = builds.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (const [i, server] of servers.entries()) {
      const page = await browser.newPage();
      try {
        // Lighthouse's phone: a Moto G Power's screen.
        await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.evaluateOnNewDocument(() => {
          window.__longTasks = [];
          window.__lcp = 0;
          new PerformanceObserver((list) => (window.__lcp = Math.round(list.getEntries().at(-1).startTime))).observe({
            type: 'largest-contentful-paint',
            buffered: true,
          });
          new PerformanceObserver((list) =>
            list
              .getEntries()
              .forEach((e) => window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)])),
          ).observe({ type: 'longtask', buffered: true });
        });
        await page.goto(`${server.url}/${values.page}`, { waitUntil: 'networkidle0', timeout: 60_000 });
        await new Promise((resolve) => setTimeout(resolve, 3000));
        const [tasks, lcp] = await page.evaluate(() => [window.__longTasks, window.__lcp]);
        if (values.tasks) console.log(builds[i], JSON.stringify(tasks));
        results[i].push({
          blocking: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
          longest: Math.max(0, ...tasks.map(([, d]) => d)),
          count: tasks.length,
          lcp,
        });
      } finally {
        await page.close();
      }
    }
  }
  console.log(
    `${values.page}${values.ssr ? ', rendered on the server' : ''}, 4× CPU slowdown, ${runs} loads of each build, taken in turn\n`,
  );
  console.log(
    '| build | blocking time (median) | longest task (median) | long tasks (median) | LCP (median) | each load: blocking / longest / LCP |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const [i, dir] of builds.entries()) {
    const rs = results[i];
    console.log(
      `| ${dir} | ${median(rs.map((x) => x.blocking))} ms | ${median(rs.map((x) => x.longest))} ms | ${median(rs.map((x) => x.count))} | ${median(rs.map((x) => x.lcp))} ms | ${rs.map((x) => `${x.blocking}/${x.longest}/${x.lcp}`).join(', ')} |`,
    );
  }
} finally {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
}
