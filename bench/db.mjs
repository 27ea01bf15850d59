// Benchmark of the storage layer (packages/api/src/db) at repository level, on both backends:
// start-up with the seed on an empty database, reopening it, and writes per second with their
// p50/p99 latency at 10 concurrent writers (each updating its own project under If-Match, so
// every write commits: a revision bump, the record and one change-log entry).
//
//   tsc -b packages/api && node bench/db.mjs                 PGlite, and PostgreSQL when installed
//   node bench/db.mjs --writes 200                           writes per writer (default 100)
//
// PostgreSQL runs in a throw-away cluster (test/support/postgres.mjs) with fsync on, as a server
// would; PGlite in a temporary directory. Results: a Markdown table and bench/results/db.json.
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../packages/api/dist/db/index.js';
import { postgresBin, startPostgres } from '../test/support/postgres.mjs';

const { values } = parseArgs({ options: { writes: { type: 'string', default: '100' } } });
const WRITERS = 10;
const PER_WRITER = Number(values.writes);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function timed(fn) {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

async function writes(db) {
  const key = await db.createKey({ partner: 'unodc', role: 'coordinator' });
  const account = await db.verifyKey(key.token);
  const { dataset } = await db.snapshot();
  const targets = dataset.projects.slice(0, WRITERS);
  const latencies = [];
  const t0 = performance.now();
  await Promise.all(
    targets.map(async (project) => {
      let etag = (await db.getRecord('project', project.id)).etag;
      for (let i = 0; i < PER_WRITER; i++) {
        const s = performance.now();
        const r = await db.updateProject(account, project.id, { summary: { en: `bench ${i}` } }, { ifMatch: etag });
        latencies.push(performance.now() - s);
        if (!r.ok) throw new Error(`write refused: ${JSON.stringify(r.error)}`);
        etag = r.etag;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    writes: latencies.length,
    perSecond: Math.round(latencies.length / seconds),
    p50: Number(percentile(latencies, 50).toFixed(1)),
    p99: Number(percentile(latencies, 99).toFixed(1)),
  };
}

const results = [];

{
  const dir = mkdtempSync(join(tmpdir(), 'pact-bench-pglite-'));
  try {
    const first = await timed(() => openDatabase({ dir }));
    await first.value.close();
    const reopen = await timed(() => openDatabase({ dir }));
    const w = await writes(reopen.value);
    await reopen.value.close();
    results.push({ backend: 'pglite', startupWithSeedMs: Math.round(first.ms), reopenMs: Math.round(reopen.ms), ...w });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (postgresBin()) {
  const cluster = await startPostgres({ fsync: true });
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database pact_bench');
    await admin.end();
    const url = cluster.url.replace(/\/postgres$/, '/pact_bench');
    const first = await timed(() => openDatabase({ url }));
    await first.value.close();
    const reopen = await timed(() => openDatabase({ url }));
    const w = await writes(reopen.value);
    await reopen.value.close();
    results.push({
      backend: 'postgres',
      startupWithSeedMs: Math.round(first.ms),
      reopenMs: Math.round(reopen.ms),
      ...w,
    });
  } finally {
    cluster.stop();
  }
} else console.warn('PostgreSQL is not installed: PGlite only');

console.log(`\n${WRITERS} writers x ${PER_WRITER} writes, load average ${loadavg()[0].toFixed(1)}\n`);
console.log('| backend | start-up with seed (ms) | reopen (ms) | writes/s | p50 (ms) | p99 (ms) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of results)
  console.log(`| ${r.backend} | ${r.startupWithSeedMs} | ${r.reopenMs} | ${r.perSecond} | ${r.p50} | ${r.p99} |`);
await mkdir(new URL('./results/', import.meta.url), { recursive: true });
await writeFile(
  new URL('./results/db.json', import.meta.url),
  JSON.stringify(
    { date: new Date().toISOString(), loadavg: loadavg(), writers: WRITERS, perWriter: PER_WRITER, results },
    null,
    2,
  ),
);
