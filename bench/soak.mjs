#!/usr/bin/env node
// Soak: two API processes on one PostgreSQL, a steady request rate for N minutes, 95 % reads and
// 5 % writes; throughput, latency, errors, and each process's resident memory over time.
//
//   npm run build && node bench/soak.mjs                 10 minutes at 100 requests/s
//   node bench/soak.mjs --minutes 2 --rate 200           shorter, faster
//   node bench/soak.mjs --writes 0                       reads only (a baseline: what the writes cost)
//   node bench/soak.mjs --strict                         exit 1 when a goal is missed
//
// How it runs: a throw-away PostgreSQL cluster (test/support/postgres.mjs, fsync on), seeded by the
// first open; one coordinator key per write slot (keys are rate-limited per process); two
// `pact-api` processes (packages/api/dist/serve.js) with DATABASE_URL on two ports. The load is
// open-loop: request i is due at i / rate seconds and is sent then, whether or not earlier ones have
// been answered, alternately to each process; its latency counts from when it was due (a stalled
// server cannot hide its stall by slowing the client down). Reads spread over the public read
// routes, half with the ETag last seen for the path (If-None-Match: a 304 when nothing changed), half
// with Accept-Encoding: gzip; writes are PATCHes of a project's budget with If-Match from a read of it
// (one in 25 is a POST of a new project instead). Every 5 s the resident memory of each process
// (VmRSS in /proc/PID/status), and its body-cache bytes from /metrics, are sampled.
//
// Goals (issue 21): no error (a status other than 200/304 for a read, 200/201 for a write, or a
// failed connection; a 412 from a PATCH whose If-Match lost a race with another write counts apart,
// as it is the API doing its job); each process's RSS at the end within 10 % of its RSS at the end of
// the warm-up (the first quarter of the run, at most 60 s): medians of the samples of the 30 s after
// the warm-up and of the last 30 s, since RSS rises and falls with each garbage collection.
// Results: a Markdown report on stdout and bench/results/soak.json. Every process started is stopped, also on failure or Ctrl-C.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../packages/api/dist/db/index.js';
import { startPostgres } from '../test/support/postgres.mjs';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    rate: { type: 'string', default: '100' },
    writes: { type: 'string', default: '5' },
    strict: { type: 'boolean', default: false },
  },
});
const MINUTES = Number(values.minutes);
const RATE = Number(values.rate);
/** The share of requests that are writes (5 %: the issue's mix; 0 for a read-only baseline). */
const WRITE_SHARE = Number(values.writes) / 100;
if (!(MINUTES > 0) || !(RATE > 0) || !(WRITE_SHARE >= 0 && WRITE_SHARE <= 1)) {
  console.error('usage: node bench/soak.mjs [--minutes N] [--rate REQUESTS_PER_SECOND] [--writes PERCENT] [--strict]');
  process.exit(2);
}
const DURATION_MS = MINUTES * 60_000;
const WARMUP_MS = Math.min(60_000, DURATION_MS / 4);
const SAMPLE_MS = 5_000;
const GROWTH_GOAL = 0.1;
/** The windows whose median RSS is compared (after the warm-up, at the end). */
const WINDOW_MS = 30_000;
const KEYS = 12;
const METRICS_TOKEN = 'soak';
/**
 * Keep-alive connections per process, as a load balancer's pool would hold (more requests queue),
 * used in turn (fifo), so none sits idle until the server's keep-alive timeout closes it just as a
 * request is sent on it.
 */
const CONNECTIONS = 32;
const SERVE = fileURLToPath(new URL('../packages/api/dist/serve.js', import.meta.url));

// Everything started, stopped in reverse order by stopAll (also on a signal).
const stops = [];
let stopping;
const stopAll = () =>
  (stopping ??= (async () => {
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch (e) {
        console.error(`soak: stopping: ${e.message}`);
      }
    }
  })());
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`soak: ${signal}, stopping`);
    void stopAll().then(() => process.exit(130));
  });
}

function serve(url, n) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVE, '--port', '0', '--host', '127.0.0.1', '--quiet'], {
      env: { ...process.env, DATABASE_URL: url, PACT_METRICS_TOKEN: METRICS_TOKEN },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((ok) => child.once('exit', ok));
    stops.push(async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
    });
    let out = '';
    child.stderr.on('data', (d) => process.stderr.write(`[api ${n}] ${d}`));
    child.stdout.on('data', (d) => {
      out += d;
      const m = /API at (http:\/\/\S+)\/v1/.exec(out);
      if (m) {
        const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS, scheduling: 'fifo' });
        stops.push(() => agent.destroy());
        resolve({ url: m[1], pid: child.pid, agent });
      }
    });
    child.once('exit', (code) => reject(new Error(`api ${n} exited (${code}) before it listened: ${out}`)));
  });
}

/** One request through the process's connection pool: status, headers and body text. */
function call(server, method, path, headers = {}, body = undefined) {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers, agent: server.agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString() }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Resident memory of a process in MB (VmRSS), or NaN once it is gone. */
function rssMB(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb) / 1024;
  } catch {
    return NaN;
  }
}
/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 Hz)
}
async function metricsText(url) {
  const res = await fetch(`${url}/metrics`, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
  return res.text();
}
function metricIn(text, name) {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  return line ? Number(line.split(' ').pop()) : NaN;
}

const quantile = (sorted, q) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');

const pg = await startPostgres({ fsync: true });
stops.push(() => pg.stop());
let exitCode = 0;
try {
  // Seed (the first open does it) and make the write keys, then close: the servers open their own.
  const db = await openDatabase({ url: pg.url });
  const tokens = [];
  for (let i = 0; i < KEYS; i++) tokens.push((await db.createKey({ partner: 'unodc', role: 'coordinator' })).token);
  await db.close();

  const servers = [await serve(pg.url, 1), await serve(pg.url, 2)];
  const base = servers[0].url;
  const partners = (await (await fetch(`${base}/v1/partners?limit=200`)).json()).data.map((p) => p.id);
  const projects = (await (await fetch(`${base}/v1/projects?limit=200`)).json()).data;
  const READS = [
    '/v1/partners',
    '/v1/partners?kind=country&lang=fr',
    '/v1/partners?member=osce&sort=name&lang=ru',
    '/v1/projects',
    '/v1/projects?pillar=2',
    '/v1/projects?status=closed&lang=es',
    '/v1/pillars',
    '/v1/routes',
    '/v1/flows',
    '/v1/partnerships',
    '/v1/events',
    '/v1/meta',
    '/v1/geo/countries',
    ...partners.slice(0, 20).map((id) => `/v1/partners/${id}`),
    ...projects.slice(0, 20).map((p) => `/v1/projects/${p.id}`),
  ];
  const newProject = (i) => {
    const template = projects[i % projects.length];
    const { updated: _u, illustrative: _i, ...rest } = template;
    return {
      ...rest,
      id: `soak-${process.pid}-${i}`,
      title: { en: `Soak project ${i}` },
      summary: { en: 'A project written by the soak benchmark.' },
    };
  };

  const etags = new Map();
  const stats = { read: [], write: [], errors: 0, conflicts: 0, statuses: {}, inflightMax: 0, errorSamples: [] };
  let inflight = 0;
  const record = (kind, status, ms, ok, note) => {
    stats.statuses[`${kind} ${status}`] = (stats.statuses[`${kind} ${status}`] ?? 0) + 1;
    if (ok) stats[kind].push(ms);
    else if (kind === 'write' && status === 412) stats.conflicts++;
    else {
      stats.errors++;
      if (stats.errorSamples.length < 10) stats.errorSamples.push(`${kind} ${status} ${note ?? ''}`.slice(0, 300));
    }
  };

  const read = async (server, due, i) => {
    const path = READS[i % READS.length];
    const headers = {};
    if (i % 2 === 0 && etags.has(path)) headers['If-None-Match'] = etags.get(path);
    if (i % 4 < 2) headers['Accept-Encoding'] = 'gzip';
    const res = await call(server, 'GET', path, headers);
    if (res.status === 200 && !headers['Accept-Encoding']) etags.set(path, res.headers.etag);
    record('read', res.status, performance.now() - due, res.status === 200 || res.status === 304, path);
  };
  let writes = 0;
  const write = async (server, due) => {
    const n = writes++;
    const token = tokens[n % KEYS];
    const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    let res;
    if (n % 25 === 24) {
      const idempotency = { 'Idempotency-Key': `soak-${n}-${Date.now()}` };
      res = await call(server, 'POST', '/v1/projects', { ...auth, ...idempotency }, JSON.stringify(newProject(n)));
    } else {
      const project = projects[n % projects.length];
      const path = `/v1/projects/${project.id}`;
      const got = await call(server, 'GET', path);
      const patch = JSON.stringify({ budget: { amount: 10_000 + (n % 1000) } });
      res = await call(server, 'PATCH', path, { ...auth, 'If-Match': got.headers.etag }, patch);
    }
    record('write', res.status, performance.now() - due, res.status === 200 || res.status === 201, res.text);
  };

  // Memory and CPU samples.
  const samples = [];
  const t0 = performance.now();
  const cpu0 = servers.map((s) => cpuSeconds(s.pid));
  const sample = async () => {
    const at = (performance.now() - t0) / 1000;
    const row = { at, rss: servers.map((s) => rssMB(s.pid)), cache: [], heap: [], heapTotal: [], external: [] };
    for (const s of servers) {
      const text = await metricsText(s.url).catch(() => '');
      const mb = (name) => metricIn(text, name) / 2 ** 20;
      row.cache.push(mb('pact_body_cache_bytes'));
      row.heap.push(mb('pact_nodejs_heap_size_used_bytes'));
      // Where the resident memory is: the V8 heap as committed (it grows to the peak of the heap
      // used and is given back slowly), and memory outside it (Buffers, zlib, the pg driver).
      row.heapTotal.push(mb('pact_nodejs_heap_size_total_bytes'));
      row.external.push(mb('pact_nodejs_external_memory_bytes'));
    }
    samples.push(row);
  };
  await sample();
  const sampler = setInterval(() => void sample(), SAMPLE_MS);
  stops.push(() => clearInterval(sampler));

  // The open-loop load: request i is due at t0 + i / RATE.
  let sent = 0;
  const pending = new Set();
  const errorOf = (kind) => (e) => record(kind, 'failed', 0, false, e.code ?? e.message);
  await new Promise((done) => {
    const tick = setInterval(() => {
      const now = performance.now();
      if (now - t0 >= DURATION_MS) {
        clearInterval(tick);
        done();
        return;
      }
      const due = Math.floor(((now - t0) * RATE) / 1000);
      for (; sent < due; sent++) {
        const server = servers[sent % 2];
        const dueAt = t0 + (sent * 1000) / RATE;
        // Writes evenly spread: request i is one when floor((i + 1) × share) steps up (5 %: every
        // twentieth, so every write is an odd request and goes to api 2, the writer; api 1 learns of
        // them through NOTIFY, as a process that takes only reads would).
        const isWrite = Math.floor((sent + 1) * WRITE_SHARE) > Math.floor(sent * WRITE_SHARE);
        const p = (
          isWrite ? write(server, dueAt).catch(errorOf('write')) : read(server, dueAt, sent).catch(errorOf('read'))
        ).finally(() => {
          inflight--;
          pending.delete(p);
        });
        inflight++;
        stats.inflightMax = Math.max(stats.inflightMax, inflight);
        pending.add(p);
      }
    }, 5);
  });
  await Promise.all(pending);
  clearInterval(sampler);
  await sample();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = servers.map((s, i) => cpuSeconds(s.pid) - cpu0[i]);
  const finalProjects = (await (await fetch(`${base}/v1/meta`)).json()).counts?.projects;

  // The report.
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
  const sorted = { read: stats.read.sort((a, b) => a - b), write: stats.write.sort((a, b) => a - b) };
  const total = stats.read.length + stats.write.length + stats.errors + stats.conflicts;
  // RSS and heap rise and fall with each garbage collection: compare the medians of two windows of
  // WINDOW_MS, the one right after the warm-up and the last one, rather than two single samples.
  const median = (xs) =>
    quantile(
      [...xs].sort((a, b) => a - b),
      0.5,
    );
  const windowOf = (from) => samples.filter((x) => x.at * 1000 >= from && x.at * 1000 < from + WINDOW_MS);
  const warm = windowOf(WARMUP_MS);
  const end = windowOf(Math.max(WARMUP_MS + WINDOW_MS, samples[samples.length - 1].at * 1000 - WINDOW_MS + 1));
  const last = samples[samples.length - 1];
  const processes = servers.map((s, i) => {
    const at = (window, field) => median(window.map((x) => x[field][i]));
    const growth = (at(end, 'rss') - at(warm, 'rss')) / at(warm, 'rss');
    const half = windowOf(samples[samples.length - 1].at * 500);
    return {
      pid: s.pid,
      rssStart: samples[0].rss[i],
      rssWarm: at(warm, 'rss'),
      rssEnd: at(end, 'rss'),
      rssPeak: Math.max(...samples.map((x) => x.rss[i])),
      growth,
      secondHalf: (at(end, 'rss') - at(half, 'rss')) / at(half, 'rss'),
      cacheEndMB: last.cache[i],
      heapWarm: at(warm, 'heap'),
      heapEnd: at(end, 'heap'),
      heapTotalWarm: at(warm, 'heapTotal'),
      heapTotalEnd: at(end, 'heapTotal'),
      externalWarm: at(warm, 'external'),
      externalEnd: at(end, 'external'),
      cpuSeconds: cpu[i],
      ok: growth < GROWTH_GOAL,
    };
  });
  const throughput = total / seconds;
  const cpuMsPerRequest = (cpu.reduce((a, b) => a + b, 0) * 1000) / total;
  const goals = { errors: stats.errors === 0, memory: processes.every((p) => p.ok) };
  const lines = [
    `### Soak: ${MINUTES} min at ${RATE} requests/s, ${WRITE_SHARE * 100} % writes, two processes on PostgreSQL`,
    '',
    `${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load average at the end ${load}; ` +
      `warm-up ${WARMUP_MS / 1000} s, memory sampled every ${SAMPLE_MS / 1000} s.`,
    '',
    '| requests | throughput (req/s) | reads p50 / p99 (ms) | writes p50 / p99 (ms) | errors | 412 (lost If-Match race) | most in flight |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${total} | ${fmt(throughput)} | ${fmt(quantile(sorted.read, 0.5), 2)} / ${fmt(quantile(sorted.read, 0.99), 2)} | ` +
      `${fmt(quantile(sorted.write, 0.5), 2)} / ${fmt(quantile(sorted.write, 0.99), 2)} | ${stats.errors} | ${stats.conflicts} | ${stats.inflightMax} |`,
    '',
    '| process | RSS at start (MB) | after warm-up ¹ | at the end ¹ | peak | growth after warm-up | over the second half ¹ | JS heap used after warm-up → end ¹ (MB) | heap committed ¹ (MB) | external ¹ (MB) | body cache at the end (MB) | CPU (s, share of one core) | goal < 10 % |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
    ...processes.map(
      (p, i) =>
        `| api ${i + 1} | ${fmt(p.rssStart)} | ${fmt(p.rssWarm)} | ${fmt(p.rssEnd)} | ${fmt(p.rssPeak)} | ${fmt(p.growth * 100)} % | ${fmt(p.secondHalf * 100)} % | ${fmt(p.heapWarm)} → ${fmt(p.heapEnd)} | ` +
        `${fmt(p.heapTotalWarm)} → ${fmt(p.heapTotalEnd)} | ${fmt(p.externalWarm)} → ${fmt(p.externalEnd)} | ` +
        `${fmt(p.cacheEndMB)} | ${fmt(p.cpuSeconds)} (${fmt((p.cpuSeconds / seconds) * 100, 0)} %) | ${p.ok ? 'PASS' : 'FAIL'} |`,
    ),
    '',
    `¹ Median of the samples in the ${WINDOW_MS / 1000} s after the warm-up (or half-way), and in the last ${WINDOW_MS / 1000} s.`,
    '',
    `CPU per request (both processes): ${fmt(cpuMsPerRequest, 3)} ms, i.e. about ${fmt(1000 / cpuMsPerRequest, 0)} requests/s per core at this mix. ` +
      `Projects: ${projects.length >= 200 ? '≥200' : projects.length} at the start, ${finalProjects} at the end (the POSTs).`,
    `Statuses: ${Object.entries(stats.statuses)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')}.`,
    `Goals: errors ${goals.errors ? 'PASS' : 'FAIL'} (${stats.errors}), memory ${goals.memory ? 'PASS' : 'FAIL'}.`,
  ];
  if (stats.errorSamples.length) lines.push('', 'First errors:', ...stats.errorSamples.map((e) => `- ${e}`));
  console.log(lines.join('\n'));
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  await writeFile(
    new URL('./results/soak.json', import.meta.url),
    JSON.stringify(
      {
        minutes: MINUTES,
        rate: RATE,
        writeShare: WRITE_SHARE,
        load,
        seconds,
        total,
        throughput,
        stats: { ...stats, read: undefined, write: undefined },
        processes,
        samples,
        cpuMsPerRequest,
      },
      null,
      1,
    ),
  );
  if (values.strict && !(goals.errors && goals.memory)) exitCode = 1;
} catch (e) {
  console.error(`soak: ${e.stack ?? e.message}`);
  exitCode = 2;
} finally {
  await stopAll();
}
process.exit(exitCode);
