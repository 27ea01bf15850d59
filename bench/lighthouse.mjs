#!/usr/bin/env node
// Lighthouse (the npm package, with Debian's Chromium) on each example partner page, served by
// the real API server with the CDN bundle under the strict CSP. Goals: accessibility 100,
// performance at least 95, CLS 0, total blocking time at most 150 ms, LCP at most 2 s. Run after
// `npm run build && npm run build:cdn`:
//   node bench/lighthouse.mjs [--form-factor desktop|mobile] [--runs N] [--page NAME] [--trace [--chunk NAME]] [--chain] [--ssr [--apart]] [--strict] [--h2]
// --ssr serves each page with every element of SSR_TAGS (@pact/elements/ssr) rendered on the
// server (renderToString, as GET /v1/render/ gives them; the CDN file loads its hydration chunk),
// under the same policy with the hashes of the rendered <style> elements. The page's elements are
// rendered together (ssrPage: an answer two of them need is carried once); --apart renders each on
// its own, as separate CMS includes are.
// --cdn DIR serves another build of the CDN folder than dist/cdn (two builds compared back to back).
// --h2 loads the pages over HTTPS and HTTP/2 (bench/h2-proxy.mjs: a TLS proxy in front of the
// same server, its throw-away certificate trusted by Chromium), as a partner's site or a CDN serves
// them; without it, HTTP/1.1 in clear, where the simulation gives each concurrent request a
// connection (and a slow start) of its own.
// --chain prints, for the last run of each page, the LCP element and its phases, and every request
// of Lighthouse's simulated LCP (lantern's pessimistic graph: each request that ended before the
// observed LCP) with its simulated start and end, its size and the request that started it.
// --form-factor mobile is Lighthouse's default mobile run (Moto G Power screen, simulated slow 4G:
// 150 ms RTT, 1.6 Mbps; 4x CPU slowdown). --throttling devtools (mobile only) applies the same
// network and CPU limits to the real page load instead (Chromium's own throttling: 562.5 ms per
// request, 1.4 Mbps), so that what is measured is what was observed: the simulation treats every
// request that ended before the observed LCP as needed for it, and on this machine the API
// answers everything at once (a caption drawn from the routes alone, before the 65 kB of
// outlines, cannot show there). Slower and noisier than the simulation. --runs N reports the median of N runs per page (a shared
// machine is noisy). Every run lists the main-thread tasks over 50 ms (Lighthouse's long-tasks audit,
// durations as simulated, with the script they are attributed to); --trace also writes each page's
// trace of the last run to bench/results/<page>-<form factor>.trace.json (open it in Chromium's
// Performance panel), and the self time of the functions of our scripts inside those tasks, from
// the trace's CPU samples, to the console, and the tasks (as run) in which the chunks named by
// Before its runs, each page is loaded a few times (--cold: not), so that the server is measured as
// visitors find a deployed one: its answers serialized, compressed and, when hot, compressed again
// at brotli's best quality (docs/api-limits.md); until 2026-12-05 the first run met a cold server.
// --chunk NAME (default: the route map's, pact-route-map and geometry; '*' for every script of
// ours, the core included) run, with their length.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';
import * as chromeLauncher from 'chrome-launcher';
import { loadDataset, startServer, STRICT_CSP } from '@pact/api/node';
import { CHROME_ARGS, CHROME_PATH } from '../test/support/chromium.mjs';
import { examplePage, ssrExamplePage } from './example-page.mjs';
import { profileOf, sourceNames } from './profile.mjs';
import { startH2Proxy } from './h2-proxy.mjs';

const { values } = parseArgs({
  options: {
    'form-factor': { type: 'string', default: 'desktop' },
    runs: { type: 'string', default: '1' },
    page: { type: 'string', multiple: true },
    trace: { type: 'boolean', default: false },
    chunk: { type: 'string', multiple: true },
    ssr: { type: 'boolean', default: false },
    apart: { type: 'boolean', default: false },
    chain: { type: 'boolean', default: false },
    cdn: { type: 'string', default: 'dist/cdn' },
    strict: { type: 'boolean', default: false },
    throttling: { type: 'string', default: 'simulate' },
    h2: { type: 'boolean', default: false },
    cold: { type: 'boolean', default: false },
  },
});
const desktop = values['form-factor'] === 'desktop';
const formFactor = desktop ? 'desktop' : 'mobile';
const RUNS = Math.max(1, Number(values.runs) || 1);
const PAGES = ['paris-pact.html', 'pompidou-group.html', 'osce.html'].filter(
  (p) => !values.page?.length || values.page.some((name) => p.includes(name)),
);
// --trace lists the tasks in which these chunks (by their name in dist/cdn/chunks/) run.
const CHUNKS = (values.chunk?.length ? values.chunk : ['pact-route-map', 'geometry']).map(String);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let origin = '';
/** The example page (its preloads those of the served build), with its server-renderable elements rendered (--ssr). */
async function pageOf(_req, url) {
  const page = url.pathname.slice(1);
  if (!PAGES.includes(page)) return undefined;
  if (!values.ssr) {
    return new Response(examplePage(page, values.cdn), {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_CSP },
    });
  }
  // The API where the page is served (over --h2, the proxy's HTTPS origin, so that the hydrated
  // element finds its answers by the URLs it asks for), loaded from the server itself.
  const { html, csp } = await ssrExamplePage(page, values.cdn, { served, origin, apart: values.apart });
  return new Response(html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp },
  });
}

const server = await startServer({
  dataset: await loadDataset(),
  port: 0,
  log: false,
  handlers: [pageOf],
  statics: { '/cdn/': values.cdn, '/': 'docs/examples' },
  staticHeaders: { 'Content-Security-Policy': STRICT_CSP },
});
origin = server.url;
const proxy = values.h2 ? await startH2Proxy(server.url) : undefined;
/** Where the pages are loaded from: the server, or the HTTPS proxy in front of it (--h2). */
const served = proxy?.origin ?? server.url;
const chrome = await chromeLauncher.launch({
  chromePath: CHROME_PATH,
  chromeFlags: proxy ? [...CHROME_ARGS, proxy.chromeFlag] : CHROME_ARGS,
});
const rows = [
  `| page | performance | accessibility | best practices | SEO | CLS | LCP | TBT |${RUNS > 1 ? ' runs |' : ''}`,
  `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |${RUNS > 1 ? ' ---: |' : ''}`,
];
const settings = desktop
  ? {
      formFactor: 'desktop',
      screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
      throttlingMethod: 'simulate',
      throttling: { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1 },
    }
  : { formFactor: 'mobile', throttlingMethod: values.throttling === 'devtools' ? 'devtools' : 'simulate' };
// The CPU profile's samples in the trace, for hotFunctions() below.
if (values.trace) settings.additionalTraceCategories = 'disabled-by-default-v8.cpu_profiler';
const results = [];
let missed = 0;

/** One Lighthouse run of a page: the scores, the metrics and its tasks over 50 ms. */
async function measure(page) {
  const { lhr, artifacts } = await lighthouse(
    `${served}/${page}`,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    },
    { extends: 'lighthouse:default', settings },
  );
  const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const audit = (a) => lhr.audits[a];
  return {
    page,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: audit('cumulative-layout-shift').numericValue,
    lcpMs: audit('largest-contentful-paint').numericValue,
    tbtMs: audit('total-blocking-time').numericValue,
    // The window TBT sums over: tasks before the first contentful paint do not count.
    fcpMs: audit('first-contentful-paint').numericValue,
    ttiMs: audit('interactive').numericValue,
    // Lighthouse's measure of this machine's CPU, taken in each run (its docs' BenchmarkIndex).
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failedA11y: Object.values(lhr.audits)
      .filter((a) => lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id) && a.score === 0)
      .map((a) => a.id),
    shifts: audit('layout-shifts')?.details?.items?.map((i) => i.node?.snippet) ?? [],
    longTasks: (audit('long-tasks')?.details?.items ?? []).map((t) => ({
      url: String(t.url).replace(served, ''),
      startMs: Math.round(t.startTime),
      durationMs: Math.round(t.duration),
    })),
    trace: artifacts.Trace ?? artifacts.traces?.defaultPass,
    // --trace: this run's tasks running the chunks with over 12.5 ms of the thread's own time.
    ownLong: values.trace
      ? chunkTasks(artifacts.Trace ?? artifacts.traces?.defaultPass, CHUNKS).filter((t) => t.cpuMs > 12.5)
      : undefined,
    chain: values.chain ? await lcpChain(lhr, artifacts) : undefined,
  };
}

/**
 * The LCP element, its phases (as simulated), and the requests of lantern's simulated LCP: the
 * pessimistic graph (every request that ended before the observed LCP, and the CPU work between),
 * each request with its simulated start and end, its bytes, and the request whose script started it.
 */
async function lcpChain(lhr, artifacts) {
  const short = (url) =>
    String(url)
      .replace(served, '')
      .replace(/^\/cdn\/chunks\//, 'chunks/');
  const element = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = element[0]?.items?.[0]?.node;
  const phases = (element[1]?.items ?? []).map((p) => `${p.phase} ${Math.round(p.timing)} ms`);
  const data = {
    trace: artifacts.Trace ?? artifacts.traces?.defaultPass,
    devtoolsLog: artifacts.DevtoolsLog ?? artifacts.devtoolsLogs?.defaultPass,
    gatherContext: artifacts.GatherContext,
    settings: lhr.configSettings,
    simulator: null,
    URL: artifacts.URL,
    SourceMaps: artifacts.SourceMaps,
  };
  const lcp = await LanternLargestContentfulPaint.request(data, { computedCache: new Map() });
  const requests = [];
  for (const [n, t] of lcp.pessimisticEstimate.nodeTimings) {
    if (n.type !== 'network') continue;
    // The request this one waited for: the nearest network node among its dependencies (through CPU work).
    let parent = '';
    const seen = new Set();
    const queue = [...n.getDependencies()];
    while (queue.length && !parent) {
      const d = queue.shift();
      if (seen.has(d)) continue;
      seen.add(d);
      if (d.type === 'network') parent = short(d.request.url);
      else queue.push(...d.getDependencies());
    }
    requests.push({
      url: short(n.request.url),
      startMs: Math.round(t.startTime),
      endMs: Math.round(t.endTime),
      kB: Math.round(n.request.transferSize / 100) / 10,
      after: parent,
    });
  }
  requests.sort((a, b) => a.startMs - b.startMs);
  return {
    element: node ? `${node.selector ?? ''} ${node.snippet ?? ''}`.trim() : '(none)',
    phases,
    lcpMs: Math.round(lcp.timing),
    optimisticMs: Math.round(lcp.optimisticEstimate.timeInMs),
    pessimisticMs: Math.round(lcp.pessimisticEstimate.timeInMs),
    requests,
  };
}

/** `file:line:column` of the original source (the CDN's source maps), else of the minified file. */
const original = sourceNames(values.cdn);

/** Our function of a CPU profile node's frame, by the CDN's source maps; null when not ours. */
function ours(frame) {
  if (!frame?.url?.includes('/cdn/')) return null;
  return original(frame.url.replace(/^.*\/cdn\//, ''), frame.lineNumber, frame.columnNumber);
}

/**
 * Self time of each function of our scripts (/cdn/) inside the main-thread tasks over 50 ms, from
 * the trace's CPU profile samples (unthrottled: what ran, not the simulated slow-down).
 */
function hotFunctions(trace) {
  const events = trace.traceEvents;
  const main = events.find((e) => e.name === 'CrRendererMainThread' || e.args?.name === 'CrRendererMainThread');
  const tasks = events.filter((e) => e.name === 'RunTask' && e.dur > 50_000 / 4 && (!main || e.tid === main.tid));
  const { nodes, samples } = profileOf(events);
  const self = new Map();
  for (const s of samples) {
    if (!tasks.some((task) => s.t >= task.ts && s.t <= task.ts + task.dur)) continue;
    const key = ours(nodes.get(s.id)?.callFrame);
    if (key) self.set(key, (self.get(key) ?? 0) + s.dt / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
}

/**
 * The main-thread tasks (as run, unthrottled) in which a chunk of ours named by `--chunk` (the route
 * map's: pact-route-map, geometry) is on the stack for at least a millisecond: when each starts,
 * how long it runs, how much of it is under the chunk, and the functions with the most self time
 * in it. Shows whether the chunk's work is one long task or many short ones.
 */
function chunkTasks(trace, chunks) {
  const events = trace.traceEvents;
  const chunk = events.find((e) => e.name === 'ProfileChunk');
  if (!chunk) return [];
  const main = events.find((e) => e.name === 'thread_name' && e.pid === chunk.pid && e.args?.name === 'CrRendererMain');
  const tasks = events.filter((e) => e.name === 'RunTask' && e.pid === chunk.pid && e.tid === main?.tid);
  const { nodes, samples } = profileOf(events, chunk.pid);
  const inChunk = (id) => {
    for (let n = nodes.get(id), hops = 0; n && hops < 500; n = nodes.get(n.parent), hops++) {
      const url = n.callFrame.url ?? '';
      if (chunks.some((c) => (c === '*' ? url.includes('/cdn/') : url.includes(`/chunks/${c}-`)))) return true;
    }
    return false;
  };
  const start = tasks[0]?.ts ?? 0;
  const out = [];
  for (const task of tasks) {
    const inside = samples.filter((s) => s.t >= task.ts && s.t <= task.ts + task.dur);
    const under = inside.filter((s) => inChunk(s.id)).reduce((ms, s) => ms + s.dt / 1000, 0);
    if (under < 1) continue;
    const self = new Map();
    for (const s of inside) {
      const key = ours(nodes.get(s.id)?.callFrame);
      if (key) self.set(key, (self.get(key) ?? 0) + s.dt / 1000);
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 3);
    // cpuMs: the main thread's own time in the task (the trace's thread duration); the rest of its
    // duration is the thread waiting for a core, which Lighthouse's simulation slows down 4× too.
    out.push({
      atMs: (task.ts - start) / 1000,
      durationMs: task.dur / 1000,
      cpuMs: task.tdur / 1000,
      underMs: under,
      top,
    });
  }
  return out;
}

/** Visits a page a few times (outside Lighthouse), so that its answers are hot on the server. */
async function warm(page) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  try {
    for (let i = 0; i < 4; i++) {
      const tab = await browser.newPage();
      await tab.goto(`${served}/${page}`, { waitUntil: 'networkidle0' });
      await tab.close();
      await new Promise((r) => setTimeout(r, 300));
    }
  } finally {
    await browser.disconnect();
  }
}

try {
  for (const page of PAGES) {
    if (!values.cold) await warm(page);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(page));
    const pick = (k) => median(runs.map((r) => r[k]));
    const last = runs.at(-1);
    const r = {
      page,
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      seo: pick('seo'),
      cls: pick('cls'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      failedA11y: last.failedA11y,
      shifts: last.shifts,
      runs: runs.map(({ trace: _, ...run }) => run),
    };
    results.push(r);
    if (r.accessibility < 100 || r.performance < 95 || r.cls > 0 || r.tbtMs > 150 || r.lcpMs > 2000) missed++;
    rows.push(
      `| ${page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.cls.toFixed(3)} | ${Math.round(r.lcpMs)} ms | ${Math.round(r.tbtMs)} ms |${RUNS > 1 ? ` ${RUNS} |` : ''}`,
    );
    if (values.trace && last.trace) {
      mkdirSync('bench/results', { recursive: true });
      const file = `bench/results/${page.replace(/\.html$/, '')}-${formFactor}.trace.json`;
      writeFileSync(file, JSON.stringify(last.trace));
      r.traceFile = file;
      r.hot = hotFunctions(last.trace);
      r.chunkTasks = chunkTasks(last.trace, CHUNKS);
    }
  }
} finally {
  await chrome.kill();
  await proxy?.close();
  await server.close();
}
console.log(
  `Lighthouse 12, ${formFactor}${values.ssr ? ', every server-renderable element rendered on the server' : ''}, Debian Chromium${RUNS > 1 ? `, median of ${RUNS} runs` : ''}\n`,
);
console.log(rows.join('\n'));
const indexes = results.flatMap((r) => r.runs.map((run) => run.benchmarkIndex));
console.log(
  `\nThis machine's BenchmarkIndex (Lighthouse's measure of its CPU, taken in each run): median ${Math.round(median(indexes))}, ${Math.round(Math.min(...indexes))}–${Math.round(Math.max(...indexes))}. ${desktop ? 'Desktop runs slow the CPU down 1×.' : `Lighthouse's mobile 4× CPU slowdown is meant for a high-end desktop (1500–2000: "Calibrating the CPU slowdown", docs/throttling.md in Lighthouse's repository).`}`,
);
for (const r of results) {
  if (r.failedA11y.length) console.log(`${r.page}: failed accessibility audits: ${r.failedA11y.join(', ')}`);
  if (r.shifts.length) console.log(`${r.page}: layout shifts from: ${r.shifts.join(' | ')}`);
  r.runs.forEach((run, i) =>
    console.log(
      `${r.page} run ${i + 1}: FCP ${Math.round(run.fcpMs)} ms, TTI ${Math.round(run.ttiMs)} ms; tasks over 50 ms (simulated): ${
        run.longTasks
          .filter((t) => t.durationMs > 50)
          .map((t) => `${t.durationMs} ms at ${t.startMs} ms (${t.url})`)
          .join('; ') || 'none'
      }${
        run.ownLong
          ? `; tasks running ${CHUNKS.join(' or ')} with over 12.5 ms of the thread's own time: ${
              run.ownLong.map((t) => `${t.cpuMs.toFixed(1)} of ${t.durationMs.toFixed(1)} ms`).join(', ') || 'none'
            }`
          : ''
      }`,
    ),
  );
  const chain = r.runs.at(-1).chain;
  if (chain) {
    console.log(`${r.page}: LCP element ${chain.element}; ${chain.phases.join(', ')}`);
    console.log(
      `${r.page}: simulated LCP ${chain.lcpMs} ms (optimistic ${chain.optimisticMs}, pessimistic ${chain.pessimisticMs}); its requests (simulated ms):`,
    );
    for (const q of chain.requests)
      console.log(
        `  ${String(q.startMs).padStart(5)}–${String(q.endMs).padEnd(5)} ${String(q.kB).padStart(6)} kB  ${q.url}${q.after ? `  ← ${q.after}` : ''}`,
      );
  }
  if (r.hot?.length) {
    console.log(`${r.page}: self time of our functions in the long tasks (unthrottled ms; trace ${r.traceFile}):`);
    for (const [fn, ms] of r.hot) console.log(`  ${ms.toFixed(1).padStart(7)}  ${fn}`);
  }
  if (r.chunkTasks?.length) {
    const long = r.chunkTasks.filter((t) => t.durationMs > 50).length;
    // Over 50 ms under a 4× slowdown of the thread's own time (not of its waits for a core).
    const quarter = r.chunkTasks.filter((t) => t.cpuMs > 12.5);
    console.log(
      `${r.page}: tasks running ${CHUNKS.join(' or ')} (as run, unthrottled): ${r.chunkTasks.length}, ${long} over 50 ms, longest ${Math.max(...r.chunkTasks.map((t) => t.durationMs)).toFixed(0)} ms, ${r.chunkTasks.reduce((ms, t) => ms + t.underMs, 0).toFixed(0)} ms under them in all; ${quarter.length} with over 12.5 ms of the thread's own time (${quarter.map((t) => `${t.cpuMs.toFixed(1)} of ${t.durationMs.toFixed(1)} ms at ${t.atMs.toFixed(0)}`).join(', ') || 'none'})`,
    );
    for (const t of r.chunkTasks) {
      const top = t.top.map(([fn, ms]) => `${ms.toFixed(0)} ${fn}`).join('; ');
      console.log(
        `  at ${t.atMs.toFixed(0).padStart(6)} ms: ${t.durationMs.toFixed(0).padStart(4)} ms (CPU ${t.cpuMs.toFixed(0).padStart(3)}), ${t.underMs.toFixed(0).padStart(4)} under the chunk; ${top}`,
      );
    }
  }
}
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  `bench/results/lighthouse-${formFactor}${values.ssr ? '-ssr' : ''}.json`,
  JSON.stringify(results, null, 2),
);
if (values.strict && missed) process.exit(1);
