#!/usr/bin/env node
// The README's test command: builds, type-checks, lints, then runs every suite,
// and ends with one line `N passed, N failed` that sums them all (CI reads it).
// Each check step (build, type-check, lint, format) counts as one test; each
// suite adds the tests it reports.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresBin, startPostgres } from '../test/support/postgres.mjs';
import { storyFailures, tapFailures, wtrFailures } from './failures.mjs';

const only = process.argv.slice(2); // optional step names to run, e.g. `npm test -- node`
const tmp = mkdtempSync(join(tmpdir(), 'pact-test-'));

/**
 * Node 20's test runner takes no globs: list the Node test files (packages/NAME/test, test/node,
 * test/e2e, test/packaging for the packed packages, test/frameworks for the Vue and Svelte apps).
 */
function nodeTestFiles() {
  const dirs = [
    ...readdirSync('packages').map((p) => join('packages', p, 'test')),
    join('test', 'node'),
    join('test', 'e2e'),
    join('test', 'packaging'),
    join('test', 'frameworks'),
  ].filter((d) => existsSync(d));
  return dirs
    .flatMap((d) => readdirSync(d, { recursive: true }).map((f) => join(d, String(f))))
    .filter(
      (f) =>
        f.endsWith('.test.ts') &&
        // Of packages/elements, only test/node (its pure modules); the rest runs in Chromium.
        (!f.includes(join('packages', 'elements')) || f.includes(join('packages', 'elements', 'test', 'node'))) &&
        !f.includes(`${join('test', 'browser')}`),
    )
    .sort((a, b) => slowness(a) - slowness(b) || a.localeCompare(b));
}

/**
 * The Node runner starts the files in the order given, two at a time: the longest go first, so
 * that no long file starts last while the other slot has nothing left. The order is each file's
 * longer of its time and its CPU time, run alone on a quiet machine (2026-12-06, `/usr/bin/time`
 * on `node --import ./test/support/ts-loader.mjs --test F`): a file that mostly waits (a browser's
 * page) and one that mostly computes (PGlite, npm, tsc) each take about that long beside another.
 */
const SLOW_FIRST = [
  'test/packaging/packages.test.ts', // 32 s, CPU 56 s
  'test/e2e/layout-shift.test.ts', // 37 s, CPU 11 s
  'packages/api/test/writes-http-crash.test.ts', // 20 s, CPU 30 s
  'packages/api/test/writes-http.test.ts', // 26 s, CPU 30 s
  'test/e2e/desk.test.ts', // 28 s, CPU 19 s
  'test/e2e/early-requests.test.ts', // 26 s, CPU 9 s
  'packages/api/test/db/crash.test.ts', // 14 s, CPU 21 s
  'packages/api/test/db/outage.test.ts', // 19 s, CPU 9 s
  'test/frameworks/frameworks.test.ts', // 11 s, CPU 19 s
  'test/e2e/sdk-writes.test.ts', // 18 s, CPU 11 s
  'test/e2e/ssr.test.ts', // 18 s, CPU 13 s
  'packages/api/test/db/template.test.ts', // 12 s, CPU 16 s
  'packages/api/test/db/open.test.ts', // 12 s, CPU 15 s
  'packages/api/test/db/writes.test.ts', // 12 s, CPU 14 s
  'test/e2e/examples.test.ts', // 13 s, CPU 7 s
  'test/e2e/publish.test.ts', // 13 s, CPU 10 s
  'packages/api/test/db/migrate.test.ts', // 9 s, CPU 13 s
  'packages/api/test/cli.test.ts', // 9 s, CPU 12 s
  'test/e2e/hostile.test.ts', // 12 s, CPU 6 s
  'test/e2e/resilience.test.ts', // 12 s, CPU 7 s
  'packages/api/test/ops.test.ts', // 7 s, CPU 11 s
  'test/e2e/ssr-map.test.ts', // 11 s, CPU 10 s
  'test/e2e/facts.test.ts', // 11 s, CPU 6 s
  'test/e2e/site-rules.test.ts', // 11 s, CPU 7 s
  'packages/api/test/writes-refusals.test.ts', // 8 s, CPU 10 s
  'packages/sdk/test/faults.test.ts', // 10 s, CPU 2 s
];
function slowness(file) {
  const i = SLOW_FIRST.indexOf(file.split('\\').join('/'));
  return i === -1 ? SLOW_FIRST.length : i;
}

/** @type {{name: string, cmd: string, count?: (out: string) => {passed: number, failed: number} | null}[]} */
const steps = [
  { name: 'build', cmd: 'npm run build --silent && npm run build:cdn --silent' },
  {
    name: 'typecheck',
    parallel: 'checks',
    cmd: 'npx tsc -p tsconfig.test.json && npx tsc -p .storybook/tsconfig.json',
  },
  { name: 'eslint', parallel: 'checks', cmd: 'npx eslint .' },
  { name: 'prettier', parallel: 'checks', cmd: 'npx prettier --check . --log-level warn' },
  { name: 'docs', parallel: 'checks', cmd: 'node scripts/generate-docs.mjs --check' },
  {
    name: 'node',
    // A test file still running after 5 minutes (the longest single test took 41 s in a clean clone)
    // is stopped and reported by name ("test timed out"), instead of holding the run until CI's own
    // limit: a test that waits forever fails with a name.
    // The TypeScript loader is the mutation bench's (test/support/ts-loader.mjs), not tsx: each of
    // the 132 files starts in its own process, and tsx's start and its hooks on every module cost
    // about 0.3-0.5 s of CPU more per file (`/usr/bin/time`, one file run alone). With PGlite's
    // smaller buffer cache (storage.md), the step took 468 s instead of 582 s (2026-12-05, same machine).
    // A file run alone with `node --import tsx --test F` is the same test.
    cmd: `node --import ./test/support/ts-loader.mjs --test --test-concurrency=2 --test-timeout=300000 --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=${join(tmp, 'node.tap')} ${nodeTestFiles().join(' ')}`,
    count: () => {
      if (!existsSync(join(tmp, 'node.tap'))) return null;
      const tap = readFileSync(join(tmp, 'node.tap'), 'utf8');
      const pass = /^# pass (\d+)$/m.exec(tap);
      const fail = /^# fail (\d+)$/m.exec(tap);
      // A test or file stopped at its time bound is "cancelled", not "fail": it failed all the same.
      const cancelled = Number(/^# cancelled (\d+)$/m.exec(tap)?.[1] ?? 0);
      // Skipped and todo tests, by name (a test that skips itself must be listed in ALLOWED_SKIPS).
      const skipped = [...tap.matchAll(/^\s*ok \d+ - (.*?) # (?:SKIP|TODO)\b/gm)].map((m) => m[1]);
      // The failed tests, each with its file and line and its error's first lines, repeated in the
      // summary at the end (what CI shows).
      const failures = tapFailures(tap, { root: process.cwd() });
      return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) + cancelled, skipped, failures } : null;
    },
  },
];
if (existsSync('web-test-runner.config.mjs')) {
  steps.push({
    name: 'browser',
    parallel: 'browsers',
    cmd: 'npx web-test-runner --config web-test-runner.config.mjs',
    count: wtrCount,
  });
}
/** web-test-runner's last "N passed, N failed" (after its progress bar), with its skipped tests. */
function wtrCount(out) {
  const plain = out.replace(/\x1b\[[0-9;]*m/g, '');
  const last = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  return last
    ? { passed: Number(last[1]), failed: Number(last[2]), skipped: wtrSkipped(plain), failures: wtrFailures(out) }
    : null;
}
// Runs of the browser suite with another config: visual regression, and the pseudo-locale.
for (const [name, config] of [
  ['visual', 'packages/elements/test/visual/wtr-visual.config.mjs'],
  ['pseudo', 'packages/elements/test/pseudo/wtr-pseudo.config.mjs'],
]) {
  if (existsSync(config))
    steps.push({ name, parallel: 'browsers', cmd: `npx web-test-runner --config ${config}`, count: wtrCount });
}
if (existsSync('scripts/storybook-smoke.mjs')) {
  steps.push({
    name: 'storybook',
    cmd: 'node scripts/storybook-smoke.mjs',
    count: storiesCount,
  });
  // Issue 17: axe 0 on every story in every language. Every story again in each of the seven other
  // languages, with the check that its text is not left in English. Run on its own (`npm test --
  // languages`, or `npm run test:languages`), not in the default run: the matrix of 112 stories
  // in seven languages takes about as long again as the rest of the suite, which must stay under
  // 15 minutes; see the script's header and docs/accessibility.md.
  steps.push({
    name: 'languages',
    cmd: 'node scripts/storybook-smoke.mjs --languages',
    count: storiesCount,
    optional: true,
  });
}
/** The smoke test's last line, `stories: N passed, M failed`. */
function storiesCount(out) {
  const m = /stories: (\d+) passed, (\d+) failed/.exec(out);
  return m ? { passed: Number(m[1]), failed: Number(m[2]), failures: storyFailures(out) } : null;
}

/**
 * Tests allowed to skip themselves, each with its reason, as `'suite: test name': 'reason'`.
 * Any other skipped test fails the run: a test that does not run proves nothing.
 */
const ALLOWED_SKIPS = {
  // The API's read suites run a second time against the edge worker in workerd (edge.test.ts);
  // these three cannot run there, each for the reason it gives (read-server.ts: notOnEdge).
  'node: gzip and brotli when asked, each with its own ETag that still revalidates':
    'on the edge the platform compresses: workerd answers gzip with the plain ETag',
  'node: the router serves exactly the routes of the table': 'in-process, it asks no server: it runs on Node',
  'node: a UN M49 region gets its CLDR names in the languages the dataset lacks, marked; never another label':
    "workerd's ICU names no UN M49 region code: the edge serves the dataset's en/fr/ru region names",
};

/** web-test-runner's count of skipped tests ("N passed, N failed, N skipped"), as placeholders. */
function wtrSkipped(plain) {
  const n = Number([...plain.matchAll(/(\d+) skipped/g)].at(-1)?.[1] ?? 0);
  return Array.from({ length: n }, (_, i) => `skipped browser test ${i + 1} (see the log above)`);
}

/** Runs a step's command; its output goes through live, or (buffered) is returned to print later. */
function run(cmd, buffered = false) {
  return new Promise((resolve) => {
    const child = spawn(cmd, {
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (!buffered) process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      if (!buffered) process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

/**
 * One throw-away PostgreSQL cluster for the node suites (the db tests run against PGlite and it),
 * exported as PACT_TEST_DATABASE_URL and stopped at the end, also when a step fails. Under CI
 * a cluster that cannot start makes the db tests fail; elsewhere they run on PGlite only.
 */
let postgres = null;
async function startTestPostgres() {
  if (process.env.PACT_TEST_DATABASE_URL) return;
  if (!postgresBin()) {
    console.warn('PostgreSQL is not installed: the db tests run on PGlite only (CI fails instead).');
    if (process.env.CI !== 'true') process.env.PACT_TEST_POSTGRES = '0';
    return;
  }
  try {
    postgres = await startPostgres();
    process.env.PACT_TEST_DATABASE_URL = postgres.url;
    console.log(`PostgreSQL for the tests at ${postgres.url}`);
  } catch (e) {
    console.error(`PostgreSQL could not be started: ${e.message}`);
    if (process.env.CI !== 'true') process.env.PACT_TEST_POSTGRES = '0';
  }
}

/**
 * An archive of a new, migrated, empty embedded database (createTemplate of @pact/api/db, from the
 * build), exported as PACT_DB_TEMPLATE: the tests' new PGlite databases start from it instead of
 * each running initdb in WebAssembly (several seconds each, dozens of them). Without the build,
 * or if it fails, they run initdb as before.
 */
async function makeDbTemplate() {
  if (process.env.PACT_DB_TEMPLATE) return;
  const file = join(tmp, 'pglite-template.tar.gz');
  try {
    const t0 = Date.now();
    const { createTemplate } = await import('@pact/api/db');
    await createTemplate(file);
    process.env.PACT_DB_TEMPLATE = file;
    console.log(`New embedded databases start from ${file} (made in ${Date.now() - t0} ms).`);
  } catch (e) {
    console.warn(`No database template (${e.message}): each new embedded database runs initdb.`);
  }
}

let passed = 0;
let failed = 0;
const summary = [];
const started = Date.now();
const chosen = steps.filter((step) => (only.length ? only.includes(step.name) : !step.optional));
/**
 * Consecutive steps with the same `parallel` group run side by side; their output is printed whole
 * as each ends:
 * - 'checks', after the build: type-check, lint, format, docs (each one process on one core);
 * - 'browsers': the browser, visual and pseudo-locale runs, each its own web-test-runner and
 *   Chromium on a port of its own (one page at a time in each, so focus and painting are as when
 *   run alone). One after the other they left a core idle about a third of the time: 139 s in a
 *   row against 112 s side by side on this 2-core machine. The Storybook smoke stays on its own:
 *   beside them it saved nothing (256 s against 254 s) and made a focus test miss its frame.
 */
const batches = [];
for (const step of chosen) {
  const last = batches.at(-1);
  if (step.parallel && last?.[0].parallel === step.parallel) last.push(step);
  else batches.push([step]);
}
// The node step's throw-away PostgreSQL cluster and PGlite template (about 12 s, mostly one core)
// are made beside the checks, which follow the build they need; the node step waits for them.
let databases = null;
const prepareDatabases = () => (databases ??= Promise.all([startTestPostgres(), makeDbTemplate()]));
const needsDatabases = chosen.some((step) => step.name === 'node');
for (const batch of batches) {
  if (needsDatabases && batch.some((step) => step.parallel === 'checks')) prepareDatabases();
  const cpu0 = cpuTimes();
  const ran = await Promise.all(
    batch.map(async (step) => {
      if (step.name === 'node') await prepareDatabases();
      const buffered = batch.length > 1;
      if (!buffered) console.log(`\n=== ${step.name}: ${step.cmd}`);
      const t0 = Date.now();
      const result = await run(step.cmd, buffered);
      const seconds = (Date.now() - t0) / 1000;
      if (buffered) process.stdout.write(`\n=== ${step.name}: ${step.cmd}\n${result.out}`);
      return { step, ...result, seconds };
    }),
  );
  const busy = cpuBusy(cpu0, cpuTimes());
  if (!record(ran.map((r) => ({ ...r, busy })))) break;
}

/** The machine's CPU times so far (Linux's /proc/stat), or null elsewhere. */
function cpuTimes() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const n = fields.map(Number);
    return { idle: n[3] + (n[4] ?? 0), total: n.slice(0, 8).reduce((a, b) => a + b, 0) };
  } catch {
    return null;
  }
}

/**
 * The share of the machine's cores kept busy between two readings, e.g. "CPU 74 %": where a step
 * leaves cores idle, running more of it at once could shorten the suite; where it keeps them
 * busy, it could not. Includes whatever else the machine runs.
 */
function cpuBusy(a, b) {
  if (!a || !b || b.total <= a.total) return '';
  return `CPU ${Math.round(100 * (1 - (b.idle - a.idle) / (b.total - a.total)))} %`;
}

/** Counts the steps' results; false when the build failed (the other steps need it). */
function record(ran) {
  for (const { step, code, out, seconds, busy } of ran) {
    if (!count(step, code, out, seconds, busy)) return false;
  }
  return true;
}

function count(step, code, out, seconds, busy) {
  const counted = step.count?.(out) ?? null;
  let p = 0;
  let f = 0;
  if (counted) {
    p = counted.passed;
    f = counted.failed;
    if (code !== 0 && f === 0) f = 1; // the suite failed outside any test (crash, config error)
    if (p + f === 0) {
      console.error(`${step.name}: the suite ran no test at all; counted as a failure.`);
      f = 1;
    }
    const unlisted = (counted.skipped ?? []).filter((name) => !(`${step.name}: ${name}` in ALLOWED_SKIPS));
    if (unlisted.length) {
      console.error(`${step.name}: skipped without a listed reason (ALLOWED_SKIPS in scripts/test-all.mjs):`);
      for (const name of unlisted) console.error(`  - ${name}`);
      f += unlisted.length;
    }
  } else if (step.count) {
    f = 1; // a suite that reported nothing failed to run
  } else {
    p = code === 0 ? 1 : 0;
    f = code === 0 ? 0 : 1;
  }
  passed += p;
  failed += f;
  const notes = [step.parallel ? 'in parallel' : '', busy].filter(Boolean).join(', ');
  summary.push(
    `${step.name.padEnd(10)} ${String(p).padStart(5)} passed ${String(f).padStart(4)} failed  ${seconds.toFixed(1)} s${notes ? ` (${notes})` : ''}`,
  );
  for (const failure of (counted?.failures ?? []).slice(0, 20)) {
    summary.push(`  not ok: ${failure.name}`);
    if (failure.location) summary.push(`      at ${failure.location}`);
    for (const line of failure.error) summary.push(line ? `      ${line}` : '');
  }
  if (step.name === 'build' && code !== 0) {
    console.error('The build failed; the other steps need it.');
    return false;
  }
  return true;
}
postgres?.stop();
console.log('\n' + summary.join('\n'));
console.log(`total time ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
