// Benchmark of the storage layer (packages/api/src/db) at repository level, on both backends:
// start-up with the seed on an empty database, reopening it, and writes per second with their
// p50/p99 latency at 10 concurrent writers (each updating its own project under If-Match, so
// every write commits: a revision bump, the record and one change-log entry).
//
//   tsc -b packages/api && node bench/db.mjs                 PGlite, and PostgreSQL when installed
//   node bench/db.mjs --writes 200                           writes per writer (default 100)
//   node bench/db.mjs --warmup 0                             unmeasured writes per writer first (default 10)
//
// The latencies are those of a warm process: each writer first makes --warmup writes that are not
// counted (the first ones after start-up run before V8 and the database have warmed up; their
// slowest is reported apart, as "cold max").
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

const { values } = parseArgs({
  options: { writes: { type: 'string', default: '100' }, warmup: { type: 'string', default: '10' } },
});
const WRITERS = 10;
const PER_WRITER = Number(values.writes);
const WARMUP = Number(values.warmup);

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
  const etags = new Map();
  for (const project of targets) etags.set(project.id, (await db.getRecord('project', project.id)).etag);
  // Each writer updates its own project `count` times, one write after the other.
  const round = async (count, latencies) => {
    await Promise.all(
      targets.map(async (project) => {
        for (let i = 0; i < count; i++) {
          const s = performance.now();
          const r = await db.updateProject(
            account,
            project.id,
            { summary: { en: `bench ${i}` } },
            { ifMatch: etags.get(project.id) },
          );
          latencies.push(performance.now() - s);
          if (!r.ok) throw new Error(`write refused: ${JSON.stringify(r.error)}`);
          etags.set(project.id, r.etag);
        }
      }),
    );
  };
  const cold = [];
  await round(WARMUP, cold);
  const latencies = [];
  const t0 = performance.now();
  await round(PER_WRITER, latencies);
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    coldMax: cold.length ? Number(Math.max(...cold).toFixed(1)) : null,
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

console.log(
  `\n${WRITERS} writers x ${PER_WRITER} writes after ${WARMUP} each to warm up, load average ${loadavg()[0].toFixed(1)}\n`,
);
console.log('| backend | start-up with seed (ms) | reopen (ms) | writes/s | p50 (ms) | p99 (ms) | cold max (ms) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results)
  console.log(
    `| ${r.backend} | ${r.startupWithSeedMs} | ${r.reopenMs} | ${r.perSecond} | ${r.p50} | ${r.p99} | ${r.coldMax} |`,
  );
await mkdir(new URL('./results/', import.meta.url), { recursive: true });
await writeFile(
  new URL('./results/db.json', import.meta.url),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      loadavg: loadavg(),
      writers: WRITERS,
      perWriter: PER_WRITER,
      warmup: WARMUP,
      results,
    },
    null,
    2,
  ),
);
