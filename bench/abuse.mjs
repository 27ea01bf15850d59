#!/usr/bin/env node
// Abuse bench (issue 14): starts the real server (`pact-api`, packages/api/dist/serve.js) on
// 127.0.0.1 in a child process, over a fresh embedded database (as `npm start` serves by default)
// with one coordinator key, then runs every case module in bench/abuse/*.mjs in turn and prints
// one table. Exit 1 when a goal is missed, 2 when the server does not start.
//
//   node bench/abuse.mjs                  every case
//   node bench/abuse.mjs amplification    only the cases whose file name contains a word given
//
// A case module:
//   export const name = 'amplification';
//   export async function run({ url, metaP99 }) ->
//     Promise<Array<{ case, metric, value, goal, unit, ok }>>
// `url` is the server's base URL; `metaP99(attack?)` is the p99 latency in ms of 300 sequential
// GET /v1/meta while `attack` (an async function) runs in a loop concurrently. The context also
// carries `rssMB()` (the server's VmRSS from /proc/PID/status), `pid` and `token` (a coordinator key).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const serve = join(root, 'packages/api/dist/serve.js');
if (!existsSync(serve)) {
  console.error('packages/api/dist/serve.js is missing: build first (npm run build).');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'pact-abuse-'));
const db = join(dir, 'db');
const cleanup = () => rmSync(dir, { recursive: true, force: true });

// A coordinator key (this also creates and seeds the database).
const keys = spawnSync(
  process.execPath,
  [serve, 'keys', 'create', '--partner', 'unodc', '--role', 'coordinator', '--db', db],
  {
    encoding: 'utf8',
  },
);
const token = /token[^:]*: (\S+)/.exec(keys.stdout ?? '')?.[1];
if (keys.status !== 0 || !token) {
  console.error(`could not create a key:\n${keys.stdout}\n${keys.stderr}`);
  cleanup();
  process.exit(2);
}

const child = spawn(process.execPath, [serve, '--db', db, '--port', '0', '--quiet'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const stop = async () => {
  if (child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((ok) => child.once('exit', ok));
  }
  cleanup();
};
process.on('SIGINT', () => void stop().then(() => process.exit(130)));

const url = await new Promise((ok, fail) => {
  let out = '';
  const timer = setTimeout(() => fail(new Error(`no URL from the server in 120 s:\n${out}`)), 120_000);
  child.stdout.on('data', (d) => {
    out += d;
    const m = /API at (http:\/\/\S+)\/v1/.exec(out);
    if (m) {
      clearTimeout(timer);
      ok(m[1]);
    }
  });
  child.once('exit', (code) => fail(new Error(`the server exited (${code}):\n${out}`)));
}).catch(async (e) => {
  console.error(e.message);
  await stop();
  process.exit(2);
});
child.stdout.resume();

/** The server's resident set size in MB. */
const rssMB = () => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};

/** p99 (ms) of 300 sequential GET /v1/meta, with `attack` running in a loop meanwhile. */
async function metaP99(attack) {
  let running = true;
  const loop = attack
    ? (async () => {
        while (running) await attack();
      })()
    : Promise.resolve();
  const times = [];
  try {
    for (let i = 0; i < 300; i++) {
      const t0 = performance.now();
      const res = await fetch(`${url}/v1/meta`);
      await res.arrayBuffer();
      times.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`GET /v1/meta answered ${res.status}`);
    }
  } finally {
    running = false;
    await loop;
  }
  times.sort((a, b) => a - b);
  return times[Math.ceil(times.length * 0.99) - 1];
}

const words = process.argv.slice(2);
const files = readdirSync(join(root, 'bench/abuse'))
  .filter((f) => f.endsWith('.mjs') && (words.length === 0 || words.some((w) => f.includes(w))))
  .sort();
const rows = [];
let failed = false;
try {
  // Warm up: the first requests build the sorted lists and fill the caches of the common pages.
  for (const p of ['/v1/meta', '/v1/partners', '/v1/projects']) await (await fetch(url + p)).arrayBuffer();
  for (const file of files) {
    const mod = await import(join(root, 'bench/abuse', file));
    console.error(`running ${mod.name} …`);
    try {
      rows.push(...(await mod.run({ url, metaP99, rssMB, pid: child.pid, token })));
    } catch (e) {
      failed = true;
      rows.push({
        case: `${mod.name}: crashed`,
        metric: String(e?.message ?? e),
        value: NaN,
        goal: NaN,
        unit: '',
        ok: false,
      });
    }
  }
} finally {
  await stop();
}

const fmt = (n) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2)) : '–');
const table = [
  ['Case', 'Metric', 'Value', 'Goal', 'Unit', 'Result'],
  ...rows.map((r) => [r.case, r.metric, fmt(r.value), `≤ ${fmt(r.goal)}`, r.unit, r.ok ? 'PASS' : 'FAIL']),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
const line = (row) => `| ${row.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(table[0]));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const row of table.slice(1)) console.log(line(row));
if (failed || rows.some((r) => !r.ok)) {
  console.log(`\n${rows.filter((r) => !r.ok).length} goal(s) missed.`);
  process.exit(1);
}
console.log(`\nall ${rows.length} goals met.`);
