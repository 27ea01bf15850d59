// Read throughput of the API on the database against the same API on the static dataset, measured
// in the same run, alternating, so that the machine's noise hits both alike.
//
//   tsc -b packages/api && node bench/api-db.mjs                 PGlite (in memory) vs static
//   DATABASE_URL=postgres://… node bench/api-db.mjs               PostgreSQL vs static
//   node bench/api-db.mjs --duration 10 --rounds 3 --strict       longer; exit 1 when a goal is missed
//   node bench/api-db.mjs --aa                                    A/A: static vs a second static server (noise floor)
//   node bench/api-db.mjs --in-process [--aa] [--rounds 30]       the server's own CPU per request (app.fetch)
//
// Over HTTP on a 2-core machine the load generator takes a core of its own and the A/A run shows the
// noise (ratios of two identical servers from 0.53 to 1.13 per round): --in-process measures the CPU
// time the server itself spends per request (process.cpuUsage, which another process sharing the
// core does not inflate as it does wall time), both apps in one process, alternating blocks.
//
// Goal (issue 12): the database's requests/s within 10% of the static dataset's, for /v1/partners and
// for the 304 path. Reads are served from the snapshot of the current revision (store/sql.ts), so the
// database is only asked for its revision, at most once a second.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    strict: { type: 'boolean', default: false },
    // A/A calibration: the "database" side is a second static server, so the ratios show the
    // bench's own noise floor on this machine (a sound bench gives 1.00 within its noise).
    aa: { type: 'boolean', default: false },
    'in-process': { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const rounds = Number(values.rounds);
const GOAL = 0.9;
const SERVER = fileURLToPath(new URL('./api-server.mjs', import.meta.url));

function start(mode) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER, mode], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /^(http:\/\/\S+)$/m.exec(out);
      if (m) resolve({ url: m[1], stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`server ${mode} exited (${code})`)));
  });
}

const run = (url, headers = {}) =>
  new Promise((resolve, reject) =>
    autocannon({ url, connections: 20, duration, headers }, (err, r) => (err ? reject(err) : resolve(r))),
  );

async function etag(url) {
  const res = await fetch(url);
  await res.arrayBuffer();
  return res.headers.get('etag');
}

const SCENARIOS = [
  { name: 'GET /v1/partners', path: '/v1/partners', conditional: false },
  { name: 'GET /v1/partners (304)', path: '/v1/partners', conditional: true },
  { name: 'GET /v1/projects?pillar=2', path: '/v1/projects?pillar=2', conditional: false },
];
const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

if (values['in-process']) {
  // Both apps in this process: the static dataset and the database (PGlite in memory, or
  // DATABASE_URL), each asked the same request in blocks of 2,000, alternating, `rounds` times.
  const { createApp, SqlStore } = await import('@pact/api');
  const { loadDataset } = await import('@pact/api/node');
  const { openDatabase } = await import('@pact/api/db');
  const url = process.env['DATABASE_URL'];
  const db = await openDatabase(url ? { url } : { dir: 'memory://' });
  const store = new SqlStore(db);
  await store.refresh();
  const apps = {
    static: createApp(await loadDataset()),
    db: values.aa ? createApp(await loadDataset()) : createApp(store),
  };
  const BLOCK = 2000;
  const block = async (app, path, headers) => {
    const t0 = process.cpuUsage();
    for (let i = 0; i < BLOCK; i++) {
      const res = await app.fetch(new Request(`http://bench${path}`, { headers }));
      await res.arrayBuffer();
    }
    const t = process.cpuUsage(t0);
    return (t.user + t.system) / BLOCK; // CPU µs per request: what another process on the core cannot inflate
  };
  const n = Math.max(Number(values.rounds), 10);
  console.log(
    `\nIn one process, CPU time: ${values.aa ? 'A/A calibration: static (2nd app)' : url ? "PostgreSQL (its server's CPU not counted)" : 'PGlite (memory)'} vs static dataset, ${n} rounds of ${BLOCK} requests each (alternating), load average ${loadavg()[0].toFixed(1)}\n`,
  );
  console.log(
    "| scenario | static CPU µs/request | database CPU µs/request | ratio (median of rounds) | rounds' ratios | goal >= 0.90 |\n| --- | ---: | ---: | ---: | ---: | --- |",
  );
  let missed = false;
  for (const s of SCENARIOS) {
    const etag = s.conditional
      ? (await apps.static.fetch(new Request(`http://bench${s.path}`))).headers.get('etag')
      : null;
    const dbTag = s.conditional
      ? (await apps.db.fetch(new Request(`http://bench${s.path}`))).headers.get('etag')
      : null;
    if (etag !== dbTag) throw new Error(`the two apps' ETags differ (${etag} / ${dbTag}): not the same data`);
    const headers = etag ? { 'If-None-Match': etag } : {};
    const status = (await apps.db.fetch(new Request(`http://bench${s.path}`, { headers }))).status;
    if (status !== (etag ? 304 : 200)) throw new Error(`${s.name}: status ${status}`);
    const us = { static: [], db: [] };
    await block(apps.static, s.path, headers); // warm-up: JIT, caches
    await block(apps.db, s.path, headers);
    for (let i = 0; i < n; i++)
      for (const which of i % 2 ? ['db', 'static'] : ['static', 'db'])
        us[which].push(await block(apps[which], s.path, headers));
    // A throughput ratio, as over HTTP: static time / database time, per round.
    const each = us.db.map((d, i) => us.static[i] / d);
    const ratio = median(each);
    missed ||= ratio < GOAL;
    console.log(
      `| ${s.name} | ${mean(us.static).toFixed(1)} | ${mean(us.db).toFixed(1)} | ${ratio.toFixed(2)} | ${Math.min(...each).toFixed(2)}–${Math.max(...each).toFixed(2)} | ${ratio >= GOAL ? 'met' : 'MISSED'} |`,
    );
  }
  await db.close();
  process.exit(values.strict && missed ? 1 : 0);
}

const servers = { static: await start('api'), db: await start(values.aa ? 'api' : 'db') };
const scenarios = SCENARIOS;
const results = [];
try {
  for (const s of scenarios) {
    const rps = { static: [], db: [] };
    for (let i = 0; i < rounds; i++) {
      for (const which of i % 2 ? ['db', 'static'] : ['static', 'db']) {
        const url = servers[which].url + s.path;
        const headers = s.conditional ? { 'If-None-Match': await etag(url) } : {};
        await run(url, headers); // warm-up of the same length: caches, JIT
        const r = await run(url, headers);
        const expected = s.conditional ? '3xx' : '2xx';
        if (r[expected] !== r.requests.total || r.errors) throw new Error(`${which} ${s.name}: unexpected answers`);
        rps[which].push(r.requests.average);
      }
    }
    const ratio = mean(rps.db) / mean(rps.static);
    // Each round's own ratio (its two runs back to back): their spread is the noise of one round.
    const each = rps.db.map((d, i) => d / rps.static[i]);
    const spread = `${Math.min(...each).toFixed(2)}–${Math.max(...each).toFixed(2)}`;
    results.push({ name: s.name, static: mean(rps.static), db: mean(rps.db), ratio, spread, ok: ratio >= GOAL });
  }
} finally {
  servers.static.stop();
  servers.db.stop();
}
console.log(
  `\n${values.aa ? 'A/A calibration: static (2nd process)' : process.env['DATABASE_URL'] ? 'PostgreSQL' : 'PGlite (memory)'} vs static dataset, 20 connections, ${duration} s x ${rounds} rounds each (alternating), load average ${loadavg()[0].toFixed(1)}\n`,
);
console.log(
  "| scenario | static req/s | database req/s | ratio | rounds' ratios | goal >= 0.90 |\n| --- | ---: | ---: | ---: | ---: | --- |",
);
for (const r of results)
  console.log(
    `| ${r.name} | ${r.static.toFixed(0)} | ${r.db.toFixed(0)} | ${r.ratio.toFixed(2)} | ${r.spread} | ${r.ok ? 'met' : 'MISSED'} |`,
  );
if (values.strict && results.some((r) => !r.ok)) process.exit(1);
