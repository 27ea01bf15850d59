// Mutation testing as a measure (issue 22): StrykerJS changes the code one small bug at a time
// (an operator, a condition, a literal, a removed call) and runs the Node suites against each; the
// score is the share of those bugs some test catches.
//
//   npm run bench:mutation                     every package below (hours on 2 cores: a benchmark, not CI)
//   npm run bench:mutation -- sdk              one package: schema | api | sdk | elements
//   npm run bench:mutation -- sdk --mutate packages/sdk/src/transport.ts   a part of it
//   npm run bench:mutation -- sdk --mutate 'packages/sdk/src/transport.ts:77-103'   lines of a file
//   npm run bench:mutation -- api --mutate packages/api/src/params.ts --tests packages/api/test/hostile.test.ts
//                                              judged by these suites only: faster, and a lower bound
//                                              (a mutant only another suite would catch counts as survived)
//   npm run bench:mutation -- api --postgres --mutate packages/api/src/db/cli.ts   the database cases on
//                                              PostgreSQL instead of PGlite (as the sdk's always are)
//   npm run bench:mutation -- sdk --check      also the TypeScript checker (mutants that do not compile
//                                              are counted as such instead of being run)
//
// The suites run against the mutated sources through test/support/src-resolve.mjs (the packages'
// own imports would load the unmutated dist builds). The api suites run on PGlite only here
// (PACT_TEST_POSTGRES=0): a PostgreSQL cluster per mutant run would cost more than the run. Tests
// about processes (kill -9, two servers on one database, the CLI) are left out: they test the
// process, not the code a mutant changes, and take tens of seconds each.
// The sdk suites' database cases run on copies of a seeded PostgreSQL database instead (below), and
// their upper bounds on durations are widened (PACT_TEST_TIME_SLACK): see bench/README.md.
//
// Results: the clear-text report, bench/results/mutation/PKG.json (mutation-testing-report-schema)
// and PKG.html, and one line per package in bench/results/mutation/scores.json. Reruns are
// incremental (bench/results/mutation/PKG.incremental.json): only what changed is tested again.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Stryker } from '@stryker-mutator/core';
import pg from 'pg';
import { startPostgres } from '../test/support/postgres.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mutate: { type: 'string', multiple: true },
    tests: { type: 'string', multiple: true },
    check: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '2' },
    // The suites' database cases on PostgreSQL only, each on a copy of a seeded database (as the
    // sdk's always are): for the code only PostgreSQL runs (db/connection.ts's pool and listener,
    // the CLI's key listing and revocation).
    postgres: { type: 'boolean', default: false },
    // With --mutate, the results are kept under a name of their own (PKG--SLUG.json), so that a
    // package can be measured in parts across several sittings; `node bench/mutation-score.mjs`
    // adds the parts up.
  },
});

/** What each package mutates and which Node suites judge it. */
const PACKAGES = {
  schema: {
    mutate: ['packages/schema/src/**/*.ts', '!packages/schema/src/generated/**'],
    tests: ['packages/schema/test/*.test.ts'],
  },
  sdk: {
    mutate: ['packages/sdk/src/**/*.ts'],
    // install.test.ts packs and installs the built package: it runs no source a mutant changes.
    tests: ['packages/sdk/test/*.test.ts', '!packages/sdk/test/install.test.ts'],
  },
  api: {
    mutate: ['packages/api/src/**/*.ts', '!packages/api/src/serve.ts', '!packages/api/src/serve-main.ts'],
    tests: [
      'packages/api/test/*.test.ts',
      'packages/api/test/db/*.test.ts',
      '!packages/api/test/cli.test.ts',
      '!packages/api/test/writes-http-crash.test.ts',
      '!packages/api/test/db/crash.test.ts',
      '!packages/api/test/db/notify.test.ts',
      '!packages/api/test/db/cli.test.ts',
    ],
  },
  // The elements' pure modules, judged by their Node suites (packages/elements/test/node): the
  // route map's models and layout, the formatting and count helpers, the catalogs' choice and
  // loading, the labels of the closed lists, the partners' certainty facts, the project form's
  // draft and the project list's reference names (over HTTP, against the real API). The
  // components, and the modules that need the DOM (locale.ts's lang lookup, url-state.ts, the CSV
  // download), are tested in Chromium, which StrykerJS's Node runners cannot drive.
  elements: {
    mutate: [
      'packages/elements/src/route-map/{map-model,model,flow-model,geometry,labels,planar,marks,memo}.ts',
      'packages/elements/src/core/{format,count,labels,i18n,text-lang,events}.ts',
      'packages/elements/src/projects/{format,reference}.ts',
      'packages/elements/src/timeline/{dates,labels}.ts',
      'packages/elements/src/partners/facts.ts',
      'packages/elements/src/project-form/draft.ts',
    ],
    tests: ['packages/elements/test/node/*.test.ts'],
  },
};

const names = positionals.length ? positionals : Object.keys(PACKAGES);
for (const name of names)
  if (!(name in PACKAGES)) throw new Error(`unknown package "${name}": ${Object.keys(PACKAGES)}`);

const out = 'bench/results/mutation';
mkdirSync(out, { recursive: true });
process.env['PACT_TEST_POSTGRES'] = '0';
// The SDK suites' upper bounds on durations, times 4 (packages/sdk/test/helpers.ts, slack()): on 2
// cores loaded 20 times over, a 2 s bound on a 1 s wait failed the dry run on unchanged code.
process.env['PACT_TEST_TIME_SLACK'] ??= '4';
// New PGlite databases start from a template (docs/storage.md) rather than each running initdb: the
// api suites make dozens of them per mutant run (the sdk's run on PostgreSQL, below; the schema's
// on none). From the build (`npm run build`).
if (!process.env['PACT_DB_TEMPLATE'] && names.some((name) => name !== 'sdk' && name !== 'schema')) {
  const { createTemplate } = await import('@pact/api/db');
  process.env['PACT_DB_TEMPLATE'] = `${process.cwd()}/${out}/pglite-template.tar`;
  await createTemplate(process.env['PACT_DB_TEMPLATE']);
}
/**
 * The SDK's suites judge the client: the API they talk to is a fixture there. Their database-backed
 * cases (writes, partnerships and events) run on one PostgreSQL cluster started here, each on a
 * copy of a migrated and seeded database (`create database … template`, a moment), instead of
 * starting PGlite in every test process (6-12 s a process on this machine). The CI suites are
 * unchanged: they run on PGlite and PostgreSQL (packages/api/test/db/support.ts).
 */
async function seededPostgres() {
  const cluster = await startPostgres();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('create database pact_seeded');
  await admin.end();
  const url = new URL(cluster.url);
  url.pathname = '/pact_seeded';
  const { openDatabase } = await import('@pact/api/db');
  await (await openDatabase({ url: url.toString() })).close();
  return {
    cluster,
    env: {
      PACT_TEST_DATABASE_URL: cluster.url,
      PACT_TEST_DATABASE_TEMPLATE: 'pact_seeded',
      PACT_TEST_BACKENDS: 'postgres',
    },
  };
}

const scoresFile = `${out}/scores.json`;
const scores = existsSync(scoresFile) ? JSON.parse(readFileSync(scoresFile, 'utf8')) : {};

/** The name a run's results are kept under: the package, or the package and the files mutated. */
const runName = (name) => {
  if (!values.mutate) return name;
  const slug = values.mutate
    .map((m) => m.replace(/^packages\/[^/]+\/src\//, ''))
    .join('+')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  // A file name's bound (255 bytes, with the .incremental.json suffix): a long list of files is
  // cut and told apart by a hash of the whole list.
  const suffix = values.postgres ? '--postgres' : '';
  if (slug.length <= 120) return `${name}--${slug}${suffix}`;
  const hash = createHash('sha256').update(values.mutate.join('\n')).digest('hex').slice(0, 8);
  return `${name}--${slug.slice(0, 110)}-${hash}${suffix}`;
};

for (const name of names) {
  const pkg = PACKAGES[name];
  const run = runName(name);
  const t0 = performance.now();
  const postgres = name === 'sdk' || values.postgres ? await seededPostgres() : undefined;
  Object.assign(process.env, postgres?.env);
  const stryker = new Stryker({
    packageManager: 'npm',
    testRunner: 'tap',
    tap: {
      testFiles: values.tests ?? pkg.tests,
      // src-resolve before the TypeScript loader, so that the loader compiles the mutated sources it
      // picks. test/support/ts-loader.mjs rather than tsx: a test process starts in about half the
      // time (bench/README.md, "Mutation testing").
      nodeArgs: ['--import', './test/support/src-resolve.mjs', '--import', './test/support/ts-loader.mjs'],
      forceBail: true,
    },
    mutate: values.mutate ?? pkg.mutate,
    coverageAnalysis: 'perTest',
    checkers: values.check ? ['typescript'] : [],
    tsconfigFile: `packages/${name}/tsconfig.json`,
    concurrency: Number(values.concurrency),
    timeoutMS: 15000,
    // The first run of every suite, with coverage, on a loaded machine at the lowest priority.
    dryRunTimeoutMinutes: 40,
    incremental: true,
    incrementalFile: `${out}/${run}.incremental.json`,
    reporters: ['clear-text', 'progress', 'json', 'html'],
    jsonReporter: { fileName: `${out}/${run}.json` },
    htmlReporter: { fileName: `${out}/${run}.html` },
    // The sandbox is a copy of the repository: not the CDN build, caches or reports (the packages'
    // dist builds are kept: a few generated modules, the schema's validators, exist only there).
    ignorePatterns: ['/dist', 'storybook-static', '.data', 'bench/results', 'test-results', '.stryker-tmp', 'coverage'],
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
    disableTypeChecks: true,
  });
  const results = await stryker.runMutationTest().finally(() => {
    postgres?.cluster.stop();
    for (const key of Object.keys(postgres?.env ?? {})) delete process.env[key];
  });
  const count = (...states) => results.filter((r) => states.includes(r.status)).length;
  const detected = count('Killed', 'Timeout');
  const undetected = count('Survived', 'NoCoverage');
  scores[run] = {
    date: new Date().toISOString(),
    mutate: values.mutate ?? pkg.mutate,
    ...(values.tests && { tests: values.tests }),
    mutants: results.length,
    killed: count('Killed'),
    timeout: count('Timeout'),
    survived: count('Survived'),
    noCoverage: count('NoCoverage'),
    compileErrors: count('CompileError'),
    score: Number(((100 * detected) / Math.max(1, detected + undetected)).toFixed(1)),
    minutes: Number(((performance.now() - t0) / 60000).toFixed(1)),
    loadavg: loadavg()[0],
  };
  writeFileSync(scoresFile, `${JSON.stringify(scores, null, 2)}\n`);
  console.log(`\n${run}: mutation score ${scores[run].score} % (${detected} of ${detected + undetected} detected)`);
}
