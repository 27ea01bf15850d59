// Checks again, one by one, the mutants StrykerJS reported as "Timeout" (which it counts as
// detected): on a loaded machine a slow suite is reported so too, so a timeout proves nothing
// (bench/README.md, "the write handler"). Each mutant is found again in its file as it is today
// (the report's code, by its place and the code around it), applied, the test files that cover it
// are run one after the other, each as a plain script (the sources through
// test/support/src-resolve.mjs), with a bound on each test (--test-timeout), and the file is put
// back. A mutant ends as:
//   killed    a test failed on an assertion or an error
//   bounded   a test was still waiting at its bound and was cancelled: a named failure, the hang
//             the mutant provokes is detected
//   survived  every test passed: not detected
//   hung      a file still running --limit seconds after it started, past every test's bound
//             (something outside a test, a hook or an open handle, waits)
//   moved     its code is no longer in the file (changed since the run): not run
//
//   node bench/mutation-timeouts.mjs sdk [--bound 30] [--limit 240] [--only client.ts]
//
// It also judges again the mutants a run left undetected, by suites that run did not include (a
// run judged by a few fast suites is a lower bound):
//
//   node bench/mutation-timeouts.mjs api --status Survived,NoCoverage --run api--app-ts-routes-ts \
//     --tests packages/api/test/edge.test.ts --tests packages/api/test/ops.test.ts
//
// --tests: these files, in this order, for every mutant (instead of the files that covered it);
// --run: one run's report only (PKG--SLUG, as in bench/results/mutation/); --skip FILE: not the
// mutants an earlier check (its JSON, as this script writes it) has judged already, to go on where it
// stopped; --lines A-B: only the mutants that start on those lines of the run's source (with --only).
// --again FILE (repeatable): only the mutants those earlier checks found surviving, to judge them by
// further suites. The results are written after each mutant, so a check stopped half-way keeps what it judged.
//
// Prints one line per mutant and a summary; writes bench/results/mutation/timeouts-PKG.json (with
// --status, recheck-PKG.json).
// Run it alone: under load, "bounded" may mean a slow test, not a waiting one.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    bound: { type: 'string', default: '30' },
    limit: { type: 'string', default: '240' },
    only: { type: 'string' },
    status: { type: 'string', default: 'Timeout' },
    tests: { type: 'string', multiple: true },
    run: { type: 'string' },
    skip: { type: 'string' },
    lines: { type: 'string' },
    again: { type: 'string', multiple: true },
  },
});
const statuses = values.status.split(',');
const pkg = positionals[0];
if (!pkg) throw new Error('usage: node bench/mutation-timeouts.mjs PACKAGE [--limit SECONDS] [--only FILE]');
const dir = 'bench/results/mutation';
const limitMs = Number(values.limit) * 1000;
const boundMs = Number(values.bound) * 1000;

/** A mutant's identity in this script's output: its line, mutator and replacement. */
const judged = (where, mutator, replacement) => `${where} ${mutator} ${JSON.stringify(replacement)}`;
const [firstLine, lastLine] = (values.lines ?? '1-1e9').split('-').map(Number);
const survivors = (values.again ?? []).flatMap((f) =>
  JSON.parse(readFileSync(f, 'utf8'))
    .filter((r) => r.result === 'survived')
    .map((r) => judged(r.where.split('/').pop(), r.mutator, r.replacement)),
);
const wanted = values.again ? new Set(survivors) : undefined;
const skipped = new Set(
  values.skip
    ? JSON.parse(readFileSync(values.skip, 'utf8')).map((r) =>
        judged(r.where.split('/').pop(), r.mutator, r.replacement),
      )
    : [],
);

/** Every Timeout mutant of the package's incremental reports, with its file's source as run. */
const mutants = [];
const reports = readdirSync(dir).filter(
  (f) =>
    f.startsWith(`${pkg}--`) &&
    f.endsWith('.incremental.json') &&
    (!values.run || f === `${values.run}.incremental.json`),
);
if (values.run && !reports.length) throw new Error(`no report ${dir}/${values.run}.incremental.json`);
for (const name of reports) {
  const report = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
  const fileOf = new Map();
  for (const [file, t] of Object.entries(report.testFiles ?? {})) for (const test of t.tests) fileOf.set(test.id, file);
  for (const [file, result] of Object.entries(report.files)) {
    if (values.only && !file.endsWith(values.only)) continue;
    for (const m of result.mutants)
      if (
        statuses.includes(m.status) &&
        m.location.start.line >= firstLine &&
        m.location.start.line <= lastLine &&
        (!wanted ||
          wanted.has(judged(`${file.split('/').pop()}:${m.location.start.line}`, m.mutatorName, m.replacement))) &&
        !skipped.has(judged(`${file.split('/').pop()}:${m.location.start.line}`, m.mutatorName, m.replacement))
      )
        mutants.push({
          file,
          source: result.source,
          mutant: m,
          tests: values.tests ?? [...new Set((m.coveredBy ?? []).map((id) => fileOf.get(id)))],
        });
  }
}

/**
 * The current source with the mutant's replacement, or null when the mutated code cannot be found
 * again. The report holds the source as it was run; the file may have changed since, and running
 * the old source against today's tests would call "killed" what an unrelated change broke. So the
 * mutated span is found again in the current file by the span and the code around it (up to 80
 * characters either side, shortened until exactly one match is found).
 */
function apply(reported, current, { location: { start, end }, replacement }) {
  const lines = reported.split('\n');
  const offset = (p) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
  const [from, to] = [offset(start), offset(end)];
  for (let around = 80; around >= 10; around -= 10) {
    const before = reported.slice(Math.max(0, from - around), from);
    const needle = before + reported.slice(from, to) + reported.slice(to, to + around);
    const at = current.indexOf(needle);
    if (at < 0) continue;
    if (current.indexOf(needle, at + 1) >= 0) return null; // ambiguous: more context would only be wider
    const here = at + before.length;
    return current.slice(0, here) + replacement + current.slice(here + (to - from));
  }
  return null;
}

/** Runs one test file as a script; resolves with its outcome (see the top) and the time taken. */
function runFile(file) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      ['--import', './test/support/src-resolve.mjs', '--import', 'tsx', `--test-timeout=${boundMs}`, file],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
        detached: true,
        // As the mutation bench runs them: PGlite only, the SDK suites' time bounds times 4.
        env: { ...process.env, PACT_TEST_POSTGRES: '0', PACT_TEST_TIME_SLACK: '4' },
      },
    );
    running = child;
    let out = '';
    let done = false;
    const finish = (result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // ended meanwhile
      }
      resolve({ result, ms: Date.now() - started, file });
    };
    // A test that failed ends the file's run at once (its YAML block closed); so does the summary
    // ("# duration_ms"), after which an open handle may keep the process alive.
    const judge = () => {
      const failed = /^( *)not ok \d+ - .*\n([\s\S]*?)^\1 {2}\.\.\.$/m.exec(out);
      if (failed) return /testTimeoutFailure/.test(failed[2]) ? 'bounded' : 'killed';
      if (!/^# duration_ms /m.test(out)) return undefined;
      return /^# pass [1-9]/m.test(out) && /^# fail 0$/m.test(out) && /^# cancelled 0$/m.test(out)
        ? 'survived'
        : 'killed';
    };
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const result = judge();
      if (result) finish(result);
    });
    const timer = setTimeout(() => finish('hung'), limitMs);
    // Ended without a summary: it crashed.
    child.on('exit', () => finish(judge() ?? 'killed'));
  });
}

/** Runs the test files one by one, up to the first that detects the mutant. */
async function run(tests) {
  const started = Date.now();
  let last = { result: 'survived', file: '(no test file)' };
  for (const file of tests) {
    last = await runFile(file);
    if (last.result !== 'survived') break;
  }
  return { ...last, ms: Date.now() - started };
}

console.log(
  `${mutants.length} ${statuses.join('/')} mutants to judge${skipped.size ? ` (${skipped.size} judged before)` : ''}`,
);
const results = [];
const save = () =>
  writeFileSync(
    `${dir}/${values.status === 'Timeout' ? 'timeouts' : 'recheck'}-${pkg}.json`,
    `${JSON.stringify(results, null, 2)}\n`,
  );
const originals = new Map();
/** The test process running now, stopped with this script. */
let running;
const restore = () => {
  for (const [file, text] of originals) writeFileSync(file, text);
};
process.on('SIGINT', () => {
  try {
    if (running) process.kill(-running.pid, 'SIGKILL');
  } catch {
    // ended meanwhile
  }
  restore();
  process.exit(130);
});
for (const { file, source, mutant, tests } of mutants) {
  if (!originals.has(file)) originals.set(file, readFileSync(file, 'utf8'));
  const where = `${file}:${mutant.location.start.line}`;
  const mutated = apply(source, originals.get(file), mutant);
  if (mutated === null) {
    results.push({
      where,
      id: mutant.id,
      mutator: mutant.mutatorName,
      replacement: mutant.replacement,
      result: 'moved',
    });
    console.log(`moved             ${where} ${mutant.mutatorName}: its code changed since the run`);
    continue;
  }
  writeFileSync(file, mutated);
  let outcome;
  try {
    outcome = await run(tests);
  } finally {
    writeFileSync(file, originals.get(file));
  }
  results.push({ where, id: mutant.id, mutator: mutant.mutatorName, replacement: mutant.replacement, ...outcome });
  save();
  console.log(
    `${outcome.result.padEnd(8)} ${(outcome.ms / 1000).toFixed(1).padStart(6)} s  ${where} ${mutant.mutatorName} → ${JSON.stringify(mutant.replacement).slice(0, 50)}  (${outcome.file.split('/').pop()})`,
  );
}
restore();
const count = (r) => results.filter((x) => x.result === r).length;
console.log(
  `\n${results.length} ${statuses.join('/')} mutants: ${count('killed')} killed, ${count('hung')} hung, ${count('survived')} survived, ${count('bounded')} bounded, ${count('moved')} moved`,
);
save();
