import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_DATA_DIR } from '@pact/api/node';

const SERVE = fileURLToPath(new URL('../dist/serve.js', import.meta.url));

// Servers still running when the tests end (a failed assertion skips a test's own stop): killed
// here, so a failure is reported instead of keeping `node --test` alive.
const running = new Set<ChildProcess>();
after(() => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts `pact-api` as a child process and resolves when it prints its URL. */
function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [SERVE, '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  child.stderr.on('data', (d: Buffer) => (err += d));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  const ready = new Promise<string>((ok, fail) => {
    // Opening a new embedded database (initdb in WebAssembly) takes seconds, more on a loaded machine.
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // never leave a server behind: it would keep the test process alive
      fail(new Error(`not started within 60 s: ${out} ${err}`));
    }, 60000);
    child.stdout.on('data', () => {
      const m = /API at (http:\/\/[^\s]+)\/v1/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1] as string);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      fail(new Error(`exited: ${err}`));
    });
  });
  return { child, ready, exited, out: () => out, err: () => err };
}

function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pact-data-'));
  cpSync(SEED_DATA_DIR, dir, { recursive: true });
  return dir;
}

async function stop(child: ChildProcess, exited: Promise<number | null>, signal: NodeJS.Signals = 'SIGTERM') {
  child.kill(signal);
  return exited;
}

test('serves, logs one line per request, and shuts down cleanly on SIGTERM and SIGINT', async () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    // With no --data, the API keeps its data in the embedded database (here an in-memory one).
    const s = start(['--db', 'memory://']);
    const url = await s.ready;
    assert.match(s.out(), /from the embedded database in memory:\/\/, opened in \d+ ms/);
    assert.equal((await fetch(`${url}/v1/meta`)).status, 200);
    assert.equal((await fetch(`${url}/v1/partners?kind=x`)).status, 400);
    await new Promise((r) => setTimeout(r, 50));
    assert.match(s.out(), /^GET \/v1\/meta 200 [\d.]+ms [0-9a-f-]{36}$/m);
    assert.match(s.out(), /^GET \/v1\/partners 400 [\d.]+ms [0-9a-f-]{36}$/m);
    assert.equal(await stop(s.child, s.exited, signal), 0);
    assert.match(s.out(), new RegExp(`${signal}, closing`));
  }
});

test('--data and PACT_DATA_DIR serve another dataset of the same shape', async () => {
  const dir = copyData();
  const projects = JSON.parse(readFileSync(join(dir, 'projects.json'), 'utf8')) as unknown[];
  writeFileSync(join(dir, 'projects.json'), JSON.stringify(projects.slice(0, 3)));
  for (const [args, env] of [
    [['--data', dir], {}],
    [[], { PACT_DATA_DIR: dir }],
  ] as const) {
    const s = start([...args], env);
    const url = await s.ready;
    const page = (await (await fetch(`${url}/v1/projects`)).json()) as { total: number };
    assert.equal(page.total, 3);
    await stop(s.child, s.exited);
  }
});

test('a broken record stops the server with the file, the JSON path and the reason', async () => {
  const dir = copyData();
  const partners = JSON.parse(readFileSync(join(dir, 'partners.json'), 'utf8')) as Record<string, unknown>[];
  (partners[7] as { name: unknown }).name = { fr: 'sans anglais' };
  writeFileSync(join(dir, 'partners.json'), JSON.stringify(partners));
  const s = start(['--data', dir]);
  await assert.rejects(s.ready);
  assert.equal(await s.exited, 1);
  assert.match(s.err(), /file: +.*partners\.json/);
  assert.match(s.err(), /path: +\/7\/name/);
  assert.match(s.err(), /reason: .*required/);
});

test('a file that is not JSON stops the server with its name', async () => {
  const dir = copyData();
  writeFileSync(join(dir, 'routes.json'), '[{"id": "northern",');
  const s = start(['--data', dir]);
  await assert.rejects(s.ready);
  assert.equal(await s.exited, 1);
  assert.match(s.err(), /routes\.json/);
  assert.match(s.err(), /not valid JSON/);
});
