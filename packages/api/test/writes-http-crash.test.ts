// Crash safety over HTTP: a child `pact-api --db DIR` (the built CLI, embedded PGlite) takes
// acknowledged POST and PATCH writes in a loop from this test and is killed with SIGKILL while a
// write is in flight; restarted, it must serve every write that got a 2xx. Five rounds, as the issue asks.
// (packages/api/test/db/crash.test.ts does the same at the repository level, without HTTP.)
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Project } from '@pact/schema';
import { loadDataset } from '../src/load.js';
import { newProject, send, type Reply } from './writes-http-support.js';

const CLI = fileURLToPath(new URL('../dist/serve.js', import.meta.url));
const ROUNDS = 5;
/** The child's environment: no DATABASE_URL or PACT_DB of the caller (the child must use --db). */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !['DATABASE_URL', 'PACT_DB', 'PACT_DATA_DIR', 'PORT'].includes(k)),
);

const children = new Set<ChildProcess>();
after(() => {
  for (const c of children) c.kill('SIGKILL');
});

/**
 * Starts `pact-api --db DIR --port 0`; resolves with its URL once it serves. Once the test has
 * ended (`signal`: failed, or timed out while its rounds still ran), no server is started and
 * the running one is killed, so that the file's process exits with its failure named.
 */
function serve(dir: string, signal: AbortSignal): Promise<{ child: ChildProcess; url: string }> {
  signal.throwIfAborted();
  const child = spawn(process.execPath, [CLI, '--db', dir, '--port', '0', '--quiet'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    signal,
    killSignal: 'SIGKILL',
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => reject(new Error(`pact-api did not start in 60 s: ${stderr}`)), 60_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /API at (http:\/\/[^/]+)\/v1/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`pact-api exited (${code}) before serving: ${stderr}`));
    });
  });
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.exitCode !== null || child.signalCode !== null
      ? ok({ code: child.exitCode, signal: child.signalCode })
      : child.once('exit', (code, signal) => ok({ code, signal })),
  );

test(
  `pglite: kill -9 of pact-api during acknowledged HTTP writes loses none of them (${ROUNDS} rounds)`,
  { timeout: 300_000, skip: existsSync(CLI) ? false : 'packages/api/dist is not built (npm run build)' },
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'pact-http-crash-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [CLI, 'keys', 'create', '--db', dir, '--partner', 'unodc', '--role', 'coordinator'],
      { env },
    );
    const token = /token \(shown once, store it now\): (\S+)/.exec(stdout)?.[1];
    assert.ok(token, stdout);

    const created: string[] = []; // every POST that got a 201
    let amount = 0; // the last budget of prj-0001 that a PATCH got a 200 for
    let sent = 0; // the last budget sent (at most one write in flight is committed but not acknowledged)
    let etag: string | undefined;
    for (let round = 1; round <= ROUNDS; round++) {
      const t0 = Date.now();
      const { child, url } = await serve(dir, t.signal);
      const started = Date.now() - t0;
      // Everything acknowledged so far is served after the restart.
      for (const id of created) assert.equal((await send(url, 'GET', `/v1/projects/${id}`)).status, 200, id);
      const p = await send(url, 'GET', '/v1/projects/prj-0001');
      const now = p.json<Project>().budget.amount;
      assert.ok(round === 1 || (now >= amount && now <= sent), `prj-0001 budget ${now}: acknowledged ${amount}`);
      etag = String(p.headers['etag']);

      // Three writers create projects and one edits prj-0001, concurrently, so that writes are in
      // flight when the server is killed, the moment the round's last acknowledgement arrives.
      // (The default write limit allows a burst of 30: stay under it.)
      const acks = 12 + Math.floor(Math.random() * 14);
      let got = 0;
      let killed = false;
      const acknowledged = () => {
        if (++got === acks) {
          killed = true;
          child.kill('SIGKILL');
        }
      };
      const creator = async () => {
        while (!killed) {
          const body = newProject(false, `crash-${round}`);
          const r: Reply | null = await send(url, 'POST', '/v1/projects', { token, body }).catch(() => null);
          if (!r) return; // the connection died with the server
          assert.equal(r.status, 201, r.text);
          created.push(body.id);
          acknowledged();
        }
      };
      const editor = async () => {
        for (let i = 0; !killed; i++) {
          const next = 1_000_000 + round * 1000 + i;
          sent = next;
          const r: Reply | null = await send(url, 'PATCH', '/v1/projects/prj-0001', {
            token,
            body: { budget: { amount: next } },
            headers: { 'If-Match': etag! },
          }).catch(() => null);
          if (!r) return;
          assert.equal(r.status, 200, r.text);
          amount = next;
          etag = String(r.headers['etag']);
          acknowledged();
        }
      };
      await Promise.all([creator(), creator(), creator(), editor()]);
      assert.equal((await exited(child)).signal, 'SIGKILL');
      t.diagnostic(`round ${round}: started in ${started} ms, ${got} acknowledged writes, then kill -9`);
    }

    // The last restart: every acknowledged write is there, and the database closes cleanly.
    const { child, url } = await serve(dir, t.signal);
    for (const id of created) assert.equal((await send(url, 'GET', `/v1/projects/${id}`)).status, 200, id);
    const final = (await send(url, 'GET', '/v1/projects/prj-0001')).json<Project>().budget.amount;
    assert.ok(final >= amount && final <= sent, `prj-0001 budget ${final}: acknowledged ${amount}`);
    const meta = (await send(url, 'GET', '/v1/meta')).json<{ counts: { projects: number } }>();
    // Every acknowledged create, and at most the 3 creates in flight at each kill besides.
    const seeded = (await loadDataset()).projects.length;
    assert.ok(
      meta.counts.projects >= seeded + created.length && meta.counts.projects <= seeded + created.length + 3 * ROUNDS,
    );
    assert.ok(created.length >= ROUNDS * 5);
    child.kill('SIGTERM');
    assert.deepEqual(await exited(child), { code: 0, signal: null });
  },
);
