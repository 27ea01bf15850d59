#!/usr/bin/env node
// What one write costs a reading API process: the CPU time of refreshing its read snapshot
// (store/sql.ts: the database's new revision loaded and the read store's indexes built) after each
// of N writes, measured in the process with process.cpuUsage (another process sharing the core does
// not inflate it as it does wall time).
//
//   tsc -b packages/api && node bench/write-refresh.mjs                 PGlite (in memory)
//   DATABASE_URL=postgres://… node bench/write-refresh.mjs               PostgreSQL (a fresh database)
//   node bench/write-refresh.mjs --writes 400
//
// The writes are PATCHes of one project's status (alternating), through the database layer as a
// partner key would make them. Reported: the median and p90 CPU ms of a refresh, and of a refresh
// when nothing changed (the revision check alone), as a baseline of the same run.
import { cpuUsage } from 'node:process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase } from '../packages/api/dist/db/index.js';
import { SqlStore } from '../packages/api/dist/store/sql.js';

const { values } = parseArgs({ options: { writes: { type: 'string', default: '200' } } });
const WRITES = Number(values.writes);
const url = process.env['DATABASE_URL'];
const db = await openDatabase(url ? { url } : { dir: 'memory://' });
try {
  const store = new SqlStore(db, 0);
  const key = await db.createKey({ partner: 'osce', role: 'partner' });
  const account = await db.verifyKey(key.token);
  const { dataset } = await db.snapshot();
  const project = dataset.projects.find((p) => p.implementer === 'osce');
  await store.refresh();
  await store.listPartners({}, { offset: 0, limit: 1 });

  const cpuMs = async (f) => {
    const start = cpuUsage();
    await f();
    const used = cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))];
  const changed = [];
  const unchanged = [];
  for (let i = 0; i < WRITES; i++) {
    const current = await db.getRecord('project', project.id);
    const r = await db.updateProject(
      account,
      project.id,
      { status: i % 2 ? 'implementation' : 'suspended' },
      {
        ifMatch: current.etag,
      },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    // A refresh that loads the new revision, then one that finds it current (the baseline); each
    // followed by a partner list in the language most reads ask for, as a reader would.
    changed.push(
      await cpuMs(
        async () => (await store.refresh(), await store.listPartners({ lang: 'en' }, { offset: 0, limit: 20 })),
      ),
    );
    unchanged.push(
      await cpuMs(
        async () => (await store.refresh(), await store.listPartners({ lang: 'en' }, { offset: 0, limit: 20 })),
      ),
    );
  }
  const fmt = (n) => n.toFixed(2);
  console.log(`### A write's cost to a reading process (${url ? 'PostgreSQL' : 'PGlite'}, ${WRITES} writes)\n`);
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}\n`,
  );
  console.log('| refresh | median CPU (ms) | p90 CPU (ms) |');
  console.log('| --- | ---: | ---: |');
  console.log(
    `| after a write (new revision loaded) | ${fmt(quantile(changed, 0.5))} | ${fmt(quantile(changed, 0.9))} |`,
  );
  console.log(
    `| nothing changed (revision check only) | ${fmt(quantile(unchanged, 0.5))} | ${fmt(quantile(unchanged, 0.9))} |`,
  );
} finally {
  await db.close();
}
