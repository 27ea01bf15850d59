#!/usr/bin/env node
// Runs the browser suites several times in a row on unchanged code and reports every test whose
// result changes between runs (a flaky test), or that failed in every run. Not part of CI: run it
// on a quiet machine before trusting a green suite, e.g. `node scripts/flaky.mjs --runs 3`.
// Each run is `web-test-runner` with the project's config and a reporter that writes each test's
// result to a JSON file; a session that did not finish counts as a failure of its file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    files: { type: 'string', multiple: true },
    config: { type: 'string', default: 'web-test-runner.config.mjs' },
  },
});
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'pact-flaky-'));
const config = join(dir, 'wtr.config.mjs');
writeFileSync(
  config,
  `import base from ${JSON.stringify(join(process.cwd(), values.config))};
import { writeFileSync } from 'node:fs';
const results = {};
function walk(file, prefix, suite) {
  for (const t of suite.tests) results[file + ' :: ' + [...prefix, t.name].join(' > ')] = t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed';
  for (const s of suite.suites) walk(file, [...prefix, s.name], s);
}
export default {
  ...base,
  reporters: [
    ...(base.reporters ?? []),
    {
      onTestRunFinished({ sessions }) {
        for (const s of sessions) {
          const file = s.testFile.replace(${JSON.stringify(process.cwd() + '/')}, '');
          if (s.testResults) walk(file, [], s.testResults);
          if (!s.passed && !s.testResults?.tests.length && !s.testResults?.suites.length) results[file + ' :: (the file did not finish)'] = 'failed';
        }
        writeFileSync(process.env.PACT_FLAKY_OUT, JSON.stringify(results));
      },
    },
  ],
};
`,
);

const outcomes = [];
for (let i = 1; i <= runs; i++) {
  const out = join(dir, `run-${i}.json`);
  const t0 = Date.now();
  const args = ['web-test-runner', '--config', config, ...(values.files ?? []).flatMap((f) => ['--files', f])];
  spawnSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PACT_FLAKY_OUT: out } });
  let results = {};
  try {
    results = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    console.error(`run ${i}: no results (the runner did not finish)`);
  }
  const failed = Object.values(results).filter((r) => r === 'failed').length;
  console.log(
    `run ${i}: ${Object.keys(results).length} tests, ${failed} failed, ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  outcomes.push(results);
}

const names = new Set(outcomes.flatMap((o) => Object.keys(o)));
const flaky = [];
const broken = [];
for (const name of [...names].sort()) {
  const seen = outcomes.map((o) => o[name] ?? 'missing');
  if (new Set(seen).size > 1) flaky.push(`${name}: ${seen.join(', ')}`);
  else if (seen[0] === 'failed') broken.push(name);
}
console.log(`\n${names.size} tests over ${runs} runs (results in ${relative(process.cwd(), dir) || dir})`);
console.log(flaky.length ? `flaky (the result changed between runs):\n  ${flaky.join('\n  ')}` : 'no flaky test');
if (broken.length) console.log(`failed in every run:\n  ${broken.join('\n  ')}`);
process.exit(flaky.length || broken.length ? 1 : 0);
