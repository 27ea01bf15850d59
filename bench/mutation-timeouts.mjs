// Checks again, one by one, the mutants StrykerJS reported as "Timeout" (which it counts as
// detected): on a loaded machine a slow suite is reported so too, so a timeout proves nothing
// (bench/README.md, "the write handler"). Each mutant is applied to its file as the report holds
// it, the test files that cover it are run plainly (`node --test`, the sources through
// test/support/src-resolve.mjs), and the file is put back:
//   killed    a test failed
//   survived  every test passed: not detected
//   hung      still running after --limit seconds: a hang the tests provoke, detected as a timeout
//
//   node bench/mutation-timeouts.mjs sdk [--limit 240] [--only client.ts]
//
// Prints one line per mutant and a summary; writes bench/results/mutation/timeouts-PKG.json.
// Run it alone: under load, "hung" means as little as StrykerJS's own timeouts.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string', default: '240' }, only: { type: 'string' } },
});
const pkg = positionals[0];
if (!pkg) throw new Error('usage: node bench/mutation-timeouts.mjs PACKAGE [--limit SECONDS] [--only FILE]');
const dir = 'bench/results/mutation';
const limitMs = Number(values.limit) * 1000;

/** Every Timeout mutant of the package's incremental reports, with its file's source as run. */
const mutants = [];
for (const name of readdirSync(dir).filter((f) => f.startsWith(`${pkg}--`) && f.endsWith('.incremental.json'))) {
  const report = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
  const fileOf = new Map();
  for (const [file, t] of Object.entries(report.testFiles ?? {})) for (const test of t.tests) fileOf.set(test.id, file);
  for (const [file, result] of Object.entries(report.files)) {
    if (values.only && !file.endsWith(values.only)) continue;
    for (const m of result.mutants)
      if (m.status === 'Timeout')
        mutants.push({
          file,
          source: result.source,
          mutant: m,
          tests: [...new Set(m.coveredBy.map((id) => fileOf.get(id)))],
        });
  }
}

/** The source with the mutant's replacement over its location (lines and columns from 1). */
function apply(source, { location: { start, end }, replacement }) {
  const lines = source.split('\n');
  const offset = (p) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
  return source.slice(0, offset(start)) + replacement + source.slice(offset(end));
}

/** Runs the test files; resolves with 'killed', 'survived' or 'hung' and the time taken. */
function run(tests) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      ['--import', './test/support/src-resolve.mjs', '--import', 'tsx', '--test', '--test-concurrency=1', ...tests],
      {
        stdio: 'ignore',
        detached: true,
        // As the mutation bench runs them: PGlite only, the SDK suites' time bounds times 4.
        env: { ...process.env, PACT_TEST_POSTGRES: '0', PACT_TEST_TIME_SLACK: '4' },
      },
    );
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // ended meanwhile
      }
      resolve({ result: 'hung', ms: Date.now() - started });
    }, limitMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ result: code === 0 ? 'survived' : 'killed', ms: Date.now() - started });
    });
  });
}

const results = [];
const originals = new Map();
const restore = () => {
  for (const [file, text] of originals) writeFileSync(file, text);
};
process.on('SIGINT', () => {
  restore();
  process.exit(130);
});
for (const { file, source, mutant, tests } of mutants) {
  if (!originals.has(file)) originals.set(file, readFileSync(file, 'utf8'));
  writeFileSync(file, apply(source, mutant));
  let outcome;
  try {
    outcome = await run(tests);
  } finally {
    writeFileSync(file, originals.get(file));
  }
  const where = `${file}:${mutant.location.start.line}`;
  results.push({ where, id: mutant.id, mutator: mutant.mutatorName, replacement: mutant.replacement, ...outcome });
  console.log(
    `${outcome.result.padEnd(8)} ${(outcome.ms / 1000).toFixed(1).padStart(6)} s  ${where} ${mutant.mutatorName} → ${JSON.stringify(mutant.replacement).slice(0, 60)}`,
  );
}
restore();
const count = (r) => results.filter((x) => x.result === r).length;
console.log(
  `\n${results.length} timed-out mutants: ${count('killed')} killed, ${count('hung')} hung, ${count('survived')} survived`,
);
writeFileSync(`${dir}/timeouts-${pkg}.json`, `${JSON.stringify(results, null, 2)}\n`);
