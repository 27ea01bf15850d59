#!/usr/bin/env node
// Adds up the mutation reports kept by bench/mutation.mjs into one score per package.
//
//   node bench/mutation-score.mjs                 every package measured so far
//   node bench/mutation-score.mjs sdk --survivors the sdk, with each surviving mutant listed
//
// A package may be measured in parts (`bench/mutation.mjs PKG --mutate FILE`, kept as
// PKG--SLUG.json) as well as whole (PKG.json). For each source file the newest report that covers it
// counts. The score is StrykerJS's: detected (killed or timed out) over detected plus undetected
// (survived or not covered); mutants that do not compile or were ignored do not count.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { survivors: { type: 'boolean', default: false } },
});
const dir = 'bench/results/mutation';
const reports = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.incremental.json') && f !== 'scores.json')
  .map((f) => ({ pkg: f.replace(/(--.*)?\.json$/, ''), file: `${dir}/${f}`, mtime: statSync(`${dir}/${f}`).mtimeMs }))
  .filter((r) => positionals.length === 0 || positionals.includes(r.pkg))
  .sort((a, b) => a.mtime - b.mtime);

/** package → source file → mutants, the newest report winning. */
const byPackage = new Map();
for (const report of reports) {
  const { files } = JSON.parse(readFileSync(report.file, 'utf8'));
  const sources = byPackage.get(report.pkg) ?? new Map();
  for (const [source, { mutants }] of Object.entries(files)) sources.set(source, mutants);
  byPackage.set(report.pkg, sources);
}

const DETECTED = ['Killed', 'Timeout'];
const UNDETECTED = ['Survived', 'NoCoverage'];
console.log('| package | files | mutants | killed | timed out | survived | no coverage | score |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const survivors = [];
for (const [pkg, sources] of byPackage) {
  const all = [...sources.values()].flat();
  const count = (...states) => all.filter((m) => states.includes(m.status)).length;
  const detected = count(...DETECTED);
  const undetected = count(...UNDETECTED);
  const score = ((100 * detected) / Math.max(1, detected + undetected)).toFixed(1);
  console.log(
    `| ${pkg} | ${sources.size} | ${all.length} | ${count('Killed')} | ${count('Timeout')} | ${count('Survived')} | ${count('NoCoverage')} | ${score} % |`,
  );
  for (const [source, mutants] of sources)
    for (const m of mutants)
      if (UNDETECTED.includes(m.status))
        survivors.push(
          `- ${source}:${m.location.start.line} ${m.mutatorName} → \`${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}\` (${m.status})`,
        );
}
if (values.survivors) console.log(`\n${survivors.join('\n')}`);
