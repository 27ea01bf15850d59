#!/usr/bin/env node
// Adds up the mutation reports kept by bench/mutation.mjs into one score per package.
//
//   node bench/mutation-score.mjs                 every package measured so far
//   node bench/mutation-score.mjs sdk --survivors the sdk, with each surviving mutant listed
//
// A package may be measured in parts (`bench/mutation.mjs PKG --mutate FILE`, or a range of lines,
// `FILE:77-112`, kept as PKG--SLUG.json) as well as whole (PKG.json). For each mutant (its file,
// place, mutator and replacement) the newest report that holds it counts, unless an older report of
// the same source text detected it (the suites together detect it; and a fresh clone, where every
// report has the same modification time, gives the same score). The score is StrykerJS's: detected
// (killed or timed out) over detected plus undetected (survived or not covered); mutants that do
// not compile or were ignored do not count. "Killed only" counts a timeout as not detected: under
// load, Stryker has reported as a timeout a mutant that the suites pass when run plainly
// (bench/README.md, the write handler), so a timeout is a claim to check by hand (--survivors
// lists the timeouts too).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { survivors: { type: 'boolean', default: false } },
});
// The committed reports (bench/mutation-reports), then this machine's (bench/results/mutation),
// which count over them; within each, by time.
const dirs = ['bench/mutation-reports', 'bench/results/mutation'];
const reports = dirs
  .filter((dir) => existsSync(dir))
  .flatMap((dir, order) =>
    readdirSync(dir)
      // Not the timeouts' checks (bench/mutation-timeouts.mjs), which are no StrykerJS reports.
      .filter(
        (f) =>
          f.endsWith('.json') &&
          !f.endsWith('.incremental.json') &&
          f !== 'scores.json' &&
          !/^(timeouts|recheck)-/.test(f),
      )
      .map((f) => ({
        pkg: f.replace(/(--.*)?\.json$/, ''),
        file: `${dir}/${f}`,
        order,
        mtime: statSync(`${dir}/${f}`).mtimeMs,
      })),
  )
  .filter((r) => positionals.length === 0 || positionals.includes(r.pkg))
  .sort((a, b) => a.order - b.order || a.mtime - b.mtime);

/** A mutant's identity across runs: its place, mutator and replacement (ids change from run to run). */
const key = (m) =>
  `${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column} ${m.mutatorName} ${m.replacement ?? ''}`;

const DETECTED = ['Killed', 'Timeout'];
const UNDETECTED = ['Survived', 'NoCoverage'];

/**
 * package → source file → mutant key → mutant: the newest report's result, unless an older report
 * of the same source text detected it.
 */
const byPackage = new Map();
for (const report of reports) {
  const { files } = JSON.parse(readFileSync(report.file, 'utf8'));
  const sources = byPackage.get(report.pkg) ?? new Map();
  for (const [source, { mutants, source: text }] of Object.entries(files)) {
    const known = sources.get(source) ?? new Map();
    for (const m of mutants) {
      // Two reports of the same code (a run by some suites, then a run by a new test): a mutant
      // any of them detected is detected by the suites together, whichever report is newer (in a
      // fresh clone every report has the same modification time).
      const before = known.get(key(m));
      const kept = before && before.text === text && DETECTED.includes(before.status) && !DETECTED.includes(m.status);
      if (!kept) known.set(key(m), { ...m, text });
    }
    sources.set(source, known);
  }
  byPackage.set(report.pkg, sources);
}

console.log('| package | files | mutants | killed | timed out | survived | no coverage | score | killed only |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const survivors = [];
for (const [pkg, sources] of byPackage) {
  const all = [...sources.values()].flatMap((known) => [...known.values()]);
  const count = (...states) => all.filter((m) => states.includes(m.status)).length;
  const detected = count(...DETECTED);
  const undetected = count(...UNDETECTED);
  const score = ((100 * detected) / Math.max(1, detected + undetected)).toFixed(1);
  const killedOnly = ((100 * count('Killed')) / Math.max(1, detected + undetected)).toFixed(1);
  console.log(
    `| ${pkg} | ${sources.size} | ${all.length} | ${count('Killed')} | ${count('Timeout')} | ${count('Survived')} | ${count('NoCoverage')} | ${score} % | ${killedOnly} % |`,
  );
  for (const [source, known] of sources)
    for (const m of known.values())
      if (UNDETECTED.includes(m.status) || m.status === 'Timeout')
        survivors.push(
          `- ${source}:${m.location.start.line} ${m.mutatorName} → \`${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}\` (${m.status})`,
        );
}
if (values.survivors) console.log(`\n${survivors.join('\n')}`);
