// Read throughput of the API on the database against the same API on the static dataset, measured
// in the same run, alternating, so that the machine's noise hits both alike.
//
//   tsc -b packages/api && node bench/api-db.mjs                 PGlite (in memory) vs static
//   DATABASE_URL=postgres://… node bench/api-db.mjs               PostgreSQL vs static
//   node bench/api-db.mjs --duration 10 --rounds 3 --strict       longer; exit 1 when a goal is missed
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

const servers = { static: await start('api'), db: await start('db') };
const scenarios = [
  { name: 'GET /v1/partners', path: '/v1/partners', conditional: false },
  { name: 'GET /v1/partners (304)', path: '/v1/partners', conditional: true },
  { name: 'GET /v1/projects?pillar=2', path: '/v1/projects?pillar=2', conditional: false },
];
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
    const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
    const ratio = mean(rps.db) / mean(rps.static);
    results.push({ name: s.name, static: mean(rps.static), db: mean(rps.db), ratio, ok: ratio >= GOAL });
  }
} finally {
  servers.static.stop();
  servers.db.stop();
}
console.log(
  `\n${process.env['DATABASE_URL'] ? 'PostgreSQL' : 'PGlite (memory)'} vs static dataset, 20 connections, ${duration} s x ${rounds} rounds each (alternating), load average ${loadavg()[0].toFixed(1)}\n`,
);
console.log('| scenario | static req/s | database req/s | ratio | goal >= 0.90 |\n| --- | ---: | ---: | ---: | --- |');
for (const r of results)
  console.log(
    `| ${r.name} | ${r.static.toFixed(0)} | ${r.db.toFixed(0)} | ${r.ratio.toFixed(2)} | ${r.ok ? 'met' : 'MISSED'} |`,
  );
if (values.strict && results.some((r) => !r.ok)) process.exit(1);
