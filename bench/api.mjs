// HTTP benchmark of the reference API (packages/api) against a bare Hono hello-world.
//
//   npm run bench:api                      tsc -b packages/api, then plain JSON, 10 s per scenario
//   node bench/api.mjs --duration 30       longer runs (seconds)
//   node bench/api.mjs --gzip              adds a second table with Accept-Encoding: gzip
//   node bench/api.mjs --strict            exits 1 when a goal is missed (not only on bad responses)
//   node bench/api.mjs --profile           writes a CPU profile of the API server to bench/results/
//
// Each server runs in a child process (bench/api-server.mjs) and autocannon runs here, so that the
// load generator and the server each have a core of their own. Every scenario gets a 2 s warm-up
// that is not reported. Results: a Markdown table on stdout and bench/results/api.json.
//
// Exit codes: 0 ok; 1 a response was not the expected status (or errors/timeouts: the figures
// mean nothing), or with --strict a goal was missed; 2 bad usage or a server that did not start;
// 130 interrupted.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const CONNECTIONS = 50;
const WARMUP_SECONDS = 2;
/** Goals, at 50 connections: list endpoints and the 304 path. */
const GOAL_MIN_RATIO = 0.5; // of the hello-world requests/s
const GOAL_MAX_P99_MS = 10;
/** Below this share of a core, the server was not the bottleneck: the figures are suspect. */
const BUSY_SERVER_CPU = 90;

const SERVER_SCRIPT = fileURLToPath(new URL('./api-server.mjs', import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const RESULTS_FILE = fileURLToPath(new URL('./results/api.json', import.meta.url));

const USAGE = `Usage: node bench/api.mjs [--duration <seconds>] [--gzip] [--strict] [--profile]

  --duration <s>  measured seconds per scenario (default 10), after a ${WARMUP_SECONDS} s warm-up
  --gzip          also measure with Accept-Encoding: gzip (a second table)
  --strict        exit 1 when a goal is missed
  --profile       run the API server under node --cpu-prof (profile in bench/results/)`;

let args;
try {
  args = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      gzip: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (e) {
  console.error(`${e.message}\n\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const duration = Number(args.duration);
if (!Number.isFinite(duration) || duration < 1) {
  console.error(`--duration must be a number of seconds, at least 1 (got "${args.duration}").\n\n${USAGE}`);
  process.exit(2);
}

/* ---------------------------------------------------------------- children */

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();

/** Starts bench/api-server.mjs in the given mode; resolves with its URL and process. */
function startChild(mode, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, SERVER_SCRIPT, mode], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    children.add(child);
    child.on('exit', () => children.delete(child));
    let out = '';
    const onData = (chunk) => {
      out += chunk;
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      child.stdout.off('data', onData);
      child.stdout.resume();
      resolve({ url: out.slice(0, nl).trim(), child });
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(new Error(`the ${mode} server exited before printing its URL (${signal ?? `code ${code}`})`)),
    );
  });
}

/** Stops a child cleanly (SIGTERM, so that --cpu-prof writes), SIGKILL after 5 s. */
function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

const stopAll = () => Promise.all([...children].map(stopChild));

/** @type {{ stop(): void } | null} */
let running = null;
let interrupted = false;
process.on('SIGINT', async () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  console.error('\nInterrupted: stopping the load and the servers.');
  running?.stop();
  await stopAll();
  process.exit(130);
});
// Last resort (an uncaught error): no orphaned servers. Their stdin closing also stops them.
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/* ---------------------------------------------------------------- measuring */

/** One plain HTTP GET with exactly these headers (fetch would add its own Accept-Encoding). */
function probe(url, headers) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, agent: false }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, bytes }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** utime + stime of a process in seconds, from /proc (Linux); null elsewhere. */
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/**
 * One autocannon run. With `latencies`, every response time is also kept (autocannon's own
 * histogram has 1 ms resolution, too coarse against a 10 ms goal): nearest-rank percentiles.
 */
async function load(url, headers, seconds, latencies = null) {
  if (interrupted) throw new Error('interrupted');
  const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, pipelining: 1, headers });
  if (latencies) instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  running = instance;
  try {
    return await instance;
  } finally {
    running = null;
  }
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round2 = (n) => Math.round(n * 100) / 100;

/**
 * Runs one scenario: a probe request (status, ETag, size), a warm-up, then the measured run.
 * @param {object} s
 * @param {string} s.id
 * @param {string} s.name
 * @param {{ url: string, child: import('node:child_process').ChildProcess }} s.server
 * @param {string} s.path
 * @param {Record<string, string>} s.headers
 * @param {number} s.expect the only acceptable status (200, or 304)
 * @param {boolean} [s.conditional] send If-None-Match with the ETag of a first request
 */
async function scenario(s) {
  const url = s.server.url + s.path;
  const headers = { ...s.headers };
  const problems = [];
  const first = await probe(url, s.headers);
  if (first.status !== 200) problems.push(`probe: GET ${s.path} answered ${first.status}, not 200`);
  if (s.conditional) {
    const etag = first.headers.etag;
    if (!etag) problems.push(`probe: GET ${s.path} has no ETag`);
    else headers['if-none-match'] = etag;
    const second = await probe(url, headers);
    if (second.status !== s.expect)
      problems.push(`probe: If-None-Match ${etag} answered ${second.status}, not ${s.expect}`);
  }
  const encoding = first.headers['content-encoding'] ?? null;
  if (s.headers['accept-encoding'] && !s.conditional && first.bytes >= 1024 && !encoding)
    problems.push(
      `probe: GET ${s.path} was not compressed although the client accepts ${s.headers['accept-encoding']}`,
    );
  if (problems.length) return { ...describe(s, url, headers), valid: false, problems };

  process.stderr.write(`${s.name}: ${WARMUP_SECONDS} s warm-up, ${duration} s measured… `);
  await load(url, headers, WARMUP_SECONDS);
  const server0 = cpuSeconds(s.server.child.pid);
  const self0 = process.cpuUsage();
  const times = [];
  const r = await load(url, headers, duration, times);
  const server1 = cpuSeconds(s.server.child.pid);
  const self1 = process.cpuUsage(self0);

  times.sort((a, b) => a - b);
  const codes = Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, v]) => [code, v.count]));
  const unexpected = Object.keys(codes).filter((code) => Number(code) !== s.expect);
  if (unexpected.length)
    problems.push(
      `status codes other than ${s.expect}: ${unexpected.map((c) => `${codes[c]} × ${c}`).join(', ')} (non2xx: ${r.non2xx})`,
    );
  if (s.expect === 200 && r.non2xx) problems.push(`${r.non2xx} non-2xx responses`);
  if (r.errors) problems.push(`${r.errors} connection errors`);
  if (r.timeouts) problems.push(`${r.timeouts} timeouts`);
  if (!r.requests.total) problems.push('no request completed');
  process.stderr.write(
    problems.length ? `INVALID: ${problems.join('; ')}\n` : `${Math.round(r.requests.mean)} req/s\n`,
  );

  const seconds = r.duration || duration;
  return {
    ...describe(s, url, headers),
    valid: problems.length === 0,
    problems,
    requestsPerSecond: { mean: r.requests.mean, stddev: r.requests.stddev, min: r.requests.min, max: r.requests.max },
    latencyMs: {
      mean: round2(times.reduce((a, b) => a + b, 0) / times.length),
      p50: round2(percentile(times, 50)),
      p90: round2(percentile(times, 90)),
      p99: round2(percentile(times, 99)),
      max: round2(percentile(times, 100)),
      // autocannon's own figures (whole milliseconds)
      autocannon: { mean: r.latency.mean, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
    },
    totalRequests: r.requests.total,
    statusCodes: codes,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
    contentEncoding: encoding,
    cpuPercent: {
      server: server0 === null || server1 === null ? null : Math.round(((server1 - server0) / seconds) * 100),
      loadGenerator: Math.round(((self1.user + self1.system) / 1e6 / seconds) * 100),
    },
    durationSeconds: r.duration,
  };
}

function describe(s, url, headers) {
  return { id: s.id, name: s.name, url, headers, expectedStatus: s.expect, connections: CONNECTIONS };
}

/** The server did not use its core: another process had the CPU, or the load generator was the limit. */
const starved = (r) => r?.cpuPercent?.server != null && r.cpuPercent.server < BUSY_SERVER_CPU;

/** Adds the ratio to the baseline and the verdict against the goals (marked disturbed when either was starved). */
function judge(result, baseline, hasGoal) {
  result = { ...result, disturbed: starved(result) || starved(baseline) };
  if (!result.valid || !baseline?.valid) return { ...result, ratio: null, goal: hasGoal ? 'INVALID' : null };
  const ratio = result.requestsPerSecond.mean / baseline.requestsPerSecond.mean;
  if (!hasGoal) return { ...result, ratio, goal: null };
  const failed = [];
  if (ratio < GOAL_MIN_RATIO) failed.push(`${pct(ratio)} of hello-world < ${pct(GOAL_MIN_RATIO)}`);
  if (result.latencyMs.p99 >= GOAL_MAX_P99_MS) failed.push(`p99 ${result.latencyMs.p99} ms ≥ ${GOAL_MAX_P99_MS} ms`);
  return { ...result, ratio, goal: failed.length ? 'FAIL' : 'PASS', goalMisses: failed };
}

/* ---------------------------------------------------------------- output */

const pct = (r) => `${Math.round(r * 100)}%`;
const int = (n) => Math.round(n).toLocaleString('en-US');
const ms = (n) => n.toFixed(2);

function table(title, rows) {
  const lines = [
    `### ${title}`,
    '',
    '| Scenario | Requests/s (mean) | p50 (ms) | p99 (ms) | vs hello-world | Goal |',
    '| --- | ---: | ---: | ---: | ---: | :---: |',
  ];
  for (const r of rows) {
    if (!r.requestsPerSecond) {
      lines.push(`| ${r.name} | – | – | – | – | INVALID |`);
      continue;
    }
    const goal = r.goal === null ? 'baseline' : r.goal;
    lines.push(
      `| ${r.name} | ${int(r.requestsPerSecond.mean)} | ${ms(r.latencyMs.p50)} | ${ms(r.latencyMs.p99)} | ${
        r.ratio === null ? '–' : pct(r.ratio)
      } | ${r.valid ? goal : 'INVALID'}${r.disturbed ? ' ⚠' : ''} |`,
    );
  }
  return lines.join('\n');
}

/* ---------------------------------------------------------------- main */

let exitCode = 0;
try {
  const nodeArgs = args.profile
    ? ['--cpu-prof', '--cpu-prof-dir', RESULTS_DIR, '--cpu-prof-name', 'api-server.cpuprofile']
    : [];
  await mkdir(RESULTS_DIR, { recursive: true });
  const [hello, api] = await Promise.all([startChild('hello'), startChild('api', nodeArgs)]);

  const plain = {};
  const gzip = { 'accept-encoding': 'gzip' };
  const lists = (headers) => [
    { id: 'partners', name: 'GET /v1/partners', server: api, path: '/v1/partners', headers, expect: 200, goal: true },
    {
      id: 'projects-pillar-2',
      name: 'GET /v1/projects?pillar=2',
      server: api,
      path: '/v1/projects?pillar=2',
      headers,
      expect: 200,
      goal: true,
    },
    {
      id: 'partners-304',
      name: 'GET /v1/partners, If-None-Match → 304',
      server: api,
      path: '/v1/partners',
      headers,
      expect: 304,
      conditional: true,
      goal: true,
    },
  ];

  const baseline = await scenario({
    id: 'hello',
    name: 'hello-world (bare Hono)',
    server: hello,
    path: '/',
    headers: plain,
    expect: 200,
  });
  const sets = [{ id: 'plain', title: 'Plain JSON (no Accept-Encoding)', headers: plain }];
  if (args.gzip) sets.push({ id: 'gzip', title: 'Accept-Encoding: gzip', headers: gzip });

  const tables = [];
  for (const set of sets) {
    const rows = [judge(baseline, baseline, false)];
    for (const s of lists(set.headers)) rows.push(judge(await scenario(s), baseline, s.goal));
    tables.push({ ...set, rows });
  }
  await stopAll();

  const cpu = cpus();
  const env = {
    node: process.version,
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtEnd: loadavg().map((n) => Math.round(n * 100) / 100),
  };
  const all = tables.flatMap((t) => t.rows);
  const invalid = all.filter((r) => !r.valid);
  const missed = all.filter((r) => r.goal === 'FAIL');

  console.log(
    `\n${CONNECTIONS} connections, pipelining 1, ${duration} s per scenario after a ${WARMUP_SECONDS} s warm-up; ` +
      `Node ${env.node}, ${env.cores} × ${env.cpu}. Goals: list endpoints and the 304 path at least ` +
      `${pct(GOAL_MIN_RATIO)} of the hello-world requests/s, p99 under ${GOAL_MAX_P99_MS} ms.\n`,
  );
  for (const t of tables) {
    console.log(table(t.title, t.rows));
    const cpuLine = t.rows
      .filter((r) => r.cpuPercent)
      .map((r) => `${r.id} ${r.cpuPercent.server ?? '?'}% / ${r.cpuPercent.loadGenerator}%`)
      .join(', ');
    console.log(`\nCPU (server / autocannon, % of one core): ${cpuLine}\n`);
  }
  const notes = new Set([
    ...invalid.map((r) => `INVALID ${r.name}: ${r.problems.join('; ')}`),
    ...missed.map((r) => `FAIL ${r.name}${r.headers['accept-encoding'] ? ' (gzip)' : ''}: ${r.goalMisses.join('; ')}`),
  ]);
  const busy = new Map(
    all.filter(starved).map((r) => [`${r.name}${r.headers['accept-encoding'] ? ' (gzip)' : ''}`, r.cpuPercent.server]),
  );
  if (busy.size)
    notes.add(
      `WARNING (⚠): the server used less than ${BUSY_SERVER_CPU}% of a core in ${[...busy].map(([n, c]) => `${n} (${c}%)`).join(', ')}: ` +
        'something else had the CPU (another process, or the load generator was the limit), so these figures ' +
        'understate the server and the verdicts that depend on them are unreliable; run again on a quiet machine.',
    );
  for (const note of notes) console.log(note);

  await writeFile(
    RESULTS_FILE,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        env,
        options: { connections: CONNECTIONS, pipelining: 1, durationSeconds: duration, warmupSeconds: WARMUP_SECONDS },
        goals: { minRatioToHelloWorld: GOAL_MIN_RATIO, maxP99Ms: GOAL_MAX_P99_MS },
        tables: tables.map((t) => ({ id: t.id, title: t.title, requestHeaders: t.headers, rows: t.rows })),
        profile: args.profile ? `${RESULTS_DIR}api-server.cpuprofile` : undefined,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Results: ${RESULTS_FILE}${args.profile ? `; server profile: ${RESULTS_DIR}api-server.cpuprofile` : ''}`);

  if (invalid.length) exitCode = 1;
  else if (args.strict && missed.length) exitCode = 1;
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  exitCode = 2;
} finally {
  await stopAll();
}
process.exit(exitCode);
