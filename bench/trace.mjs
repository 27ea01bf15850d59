#!/usr/bin/env node
// A trace of an example page's load under Chromium's own 4× CPU slowdown (Lighthouse's mobile CPU
// setting, applied to the real load, as bench/blocking.mjs does; the network is not slowed), on
// Lighthouse's phone screen, and what its main thread did: every task over --min ms (default 50)
// with the trace's own events in it (layout, style, parsing, garbage collection) and the functions
// with the most self time in it, from the trace's CPU profile, mapped through the CDN's source maps.
// --at MS: the task that starts nearest MS (as printed) with the inclusive time of every function
// under it (which of ours called the costly code). The trace is written to --out (open it in
// Chromium's Performance panel). Run after `npm run build && npm run build:cdn`:
//   node bench/trace.mjs [--page osce.html] [--ssr] [--cdn DIR] [--min 50] [--top 8] [--at MS] [--out FILE]
// Numbers are as run under the slowdown, on this machine, with tracing on (which costs some):
// compare builds in turn (blocking.mjs), not against figures of another day.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { cdnDir, loadDataset, startServer, STRICT_CSP } from '@pact/api/node';
import { PUPPETEER_LAUNCH } from '../test/support/chromium.mjs';
import { examplePage, ssrExamplePage } from './example-page.mjs';
import { profileOf, sourceNames } from './profile.mjs';

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: 'osce.html' },
    ssr: { type: 'boolean', default: false },
    cdn: { type: 'string', default: 'dist/cdn' },
    min: { type: 'string', default: '50' },
    top: { type: 'string', default: '8' },
    at: { type: 'string' },
    out: { type: 'string', default: 'bench/results/trace.json' },
  },
});
const { page: PAGE, cdn: CDN, out: OUT } = values;

const server = await startServer({
  dataset: await loadDataset(),
  port: 0,
  log: false,
  handlers: [
    async (_req, url) => {
      if (url.pathname !== `/${PAGE}`) return undefined;
      const { html, csp } = values.ssr
        ? await ssrExamplePage(PAGE, CDN, { served: server.url })
        : { html: examplePage(PAGE, CDN), csp: STRICT_CSP };
      return new Response(html, {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp },
      });
    },
  ],
  statics: { '/cdn/': cdnDir(CDN), '/': 'docs/examples' },
  staticHeaders: { 'Content-Security-Policy': STRICT_CSP },
});
const browser = await puppeteer.launch(PUPPETEER_LAUNCH);
try {
  // The server's answers hot, as visitors find a deployed one (lighthouse.mjs warms it the same way).
  for (let i = 0; i < 2; i++) {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/${PAGE}`, { waitUntil: 'networkidle0', timeout: 60_000 });
    await tab.close();
  }
  const tab = await browser.newPage();
  await tab.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await tab.tracing.start({
    path: OUT,
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'disabled-by-default-v8.cpu_profiler',
      'loading',
      'toplevel',
    ],
  });
  await tab.goto(`${server.url}/${PAGE}`, { waitUntil: 'networkidle0', timeout: 60_000 });
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await tab.tracing.stop();
} finally {
  await browser.close();
  await server.close();
}

const events = JSON.parse(readFileSync(OUT, 'utf8')).traceEvents;
// The page's renderer: the process whose CPU profile the trace holds.
const pid = events.find((e) => e.name === 'ProfileChunk')?.pid;
const main = events.find((e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
const onMain = (e) => e.pid === pid && e.tid === main?.tid;
// A task still running when the trace stopped has no duration (it would make the sums NaN).
const tasks = events.filter((e) => e.name === 'RunTask' && onMain(e) && typeof e.dur === 'number');
const start = events.find((e) => e.name === 'navigationStart' && e.pid === pid)?.ts ?? tasks[0]?.ts ?? 0;
const ms = (us) => us / 1000;

const { nodes, samples } = profileOf(events, pid);
const original = sourceNames(CDN);

/** A frame's name: `name file:line` of the original source for our scripts (the CDN's source maps), else the function and file. */
function nameOf(frame) {
  const url = frame?.url ?? '';
  if (url.includes('/cdn/')) return original(url.replace(/^.*\/cdn\//, ''), frame.lineNumber, frame.columnNumber);
  return `${frame?.functionName || '(anonymous)'}${url ? ` ${url.replace(/^.*\//, '')}` : ''}`;
}

const inside = (task) => samples.filter((s) => s.t >= task.ts && s.t <= task.ts + task.dur);
const KINDS = new Set([
  'ParseHTML',
  'Layout',
  'UpdateLayoutTree',
  'Paint',
  'PrePaint',
  'Layerize',
  'v8.evaluateModule',
  'MinorGC',
  'MajorGC',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
]);
const sum = (name) => events.filter((e) => onMain(e) && e.name === name).reduce((t, e) => t + ms(e.dur), 0);
const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === pid);
const blocking = (list) => Math.round(list.reduce((t, task) => t + Math.max(0, ms(task.dur) - 50), 0));

console.log(
  `${PAGE}${values.ssr ? ', rendered on the server' : ''}, 4× CPU slowdown, ${CDN}; trace in ${OUT}\n` +
    `first contentful paint ${fcp ? Math.round(ms(fcp.ts - start)) : '?'} ms; blocking time ${blocking(tasks)} ms (${blocking(tasks.filter((t) => !fcp || t.ts >= fcp.ts))} ms after the first paint); ` +
    `in all: layout ${Math.round(sum('Layout'))} ms, style ${Math.round(sum('UpdateLayoutTree'))} ms, paint ${Math.round(sum('Paint'))} ms, HTML parsing ${Math.round(sum('ParseHTML'))} ms`,
);

const at = values.at === undefined ? undefined : Number(values.at);
// --at: the task of 5 ms or more that starts nearest that time.
const nearest =
  at === undefined
    ? undefined
    : tasks
        .filter((t) => ms(t.dur) >= 5)
        .reduce((a, t) => (Math.abs(ms(t.ts - start) - at) < Math.abs(ms(a.ts - start) - at) ? t : a));
for (const task of tasks) {
  const when = ms(task.ts - start);
  if (nearest ? task !== nearest : ms(task.dur) < Number(values.min)) continue;
  const kinds = new Map();
  for (const e of events)
    if (onMain(e) && e.ph === 'X' && KINDS.has(e.name) && e.ts >= task.ts && e.ts < task.ts + task.dur)
      kinds.set(e.name, (kinds.get(e.name) ?? 0) + ms(e.dur));
  console.log(
    `\nat ${Math.round(when)} ms: ${ms(task.dur).toFixed(1)} ms (the thread's own ${ms(task.tdur ?? task.dur).toFixed(1)}); ` +
      [...kinds]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', '),
  );
  const self = new Map();
  const total = new Map();
  for (const s of inside(task)) {
    const key = nameOf(nodes.get(s.id)?.callFrame);
    self.set(key, (self.get(key) ?? 0) + ms(s.dt));
    if (at === undefined) continue;
    const seen = new Set();
    for (let n = nodes.get(s.id); n; n = nodes.get(n.parent)) {
      const k = nameOf(n.callFrame);
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + ms(s.dt));
      seen.add(k);
    }
  }
  const list = at === undefined ? self : total;
  console.log(at === undefined ? '  self time:' : '  inclusive time:');
  for (const [k, v] of [...list].sort((a, b) => b[1] - a[1]).slice(0, at === undefined ? Number(values.top) : 40))
    console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
}
