// Crash safety over HTTP: a child `pact-api --db DIR` (the built CLI, embedded PGlite) takes
// acknowledged POST and PATCH writes in a loop from this test and is killed with SIGKILL while a
// write is in flight; restarted, it must serve every write that got a 2xx. Three rounds.
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
import { newProject, send } from './writes-http-support.js';

const CLI = fileURLToPath(new URL('../dist/serve.js', import.meta.url));
const ROUNDS = 3;
/** The child's environment: no DATABASE_URL or PACT_DB of the caller (the child must use --db). */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !['DATABASE_URL', 'PACT_DB', 'PACT_DATA_DIR', 'PORT'].includes(k)),
);

const children = new Set<ChildProcess>();
after(() => {
  for (const c of children) c.kill('SIGKILL');
});

/** Starts `pact-api --db DIR --port 0`; resolves with its URL once it serves. */
function serve(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, '--db', dir, '--port', '0', '--quiet'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
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
  { timeout: 120_000, skip: existsSync(CLI) ? false : 'packages/api/dist is not built (npm run build)' },
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
      const { child, url } = await serve(dir);
      const started = Date.now() - t0;
      // Everything acknowledged so far is served after the restart.
      for (const id of created) assert.equal((await send(url, 'GET', `/v1/projects/${id}`)).status, 200, id);
      const p = await send(url, 'GET', '/v1/projects/prj-0001');
      const now = p.json<Project>().budget.amount;
      assert.ok(round === 1 || (now >= amount && now <= sent), `prj-0001 budget ${now}: acknowledged ${amount}`);
      etag = String(p.headers['etag']);

      // The default write limit allows a burst of 30: stay under it.
      const acks = 10 + Math.floor(Math.random() * 15);
      let got = 0;
      for (let i = 0; got < acks; i++) {
        if (i % 2 === 0) {
          const body = newProject(false, `crash-${round}`);
          const r = await send(url, 'POST', '/v1/projects', { token, body });
          assert.equal(r.status, 201, r.text);
          created.push(body.id);
        } else {
          sent = 1_000_000 + round * 1000 + i;
          const r = await send(url, 'PATCH', '/v1/projects/prj-0001', {
            token,
            body: { budget: { amount: sent } },
            headers: { 'If-Match': etag },
          });
          assert.equal(r.status, 200, r.text);
          amount = sent;
          etag = String(r.headers['etag']);
        }
        got++;
      }
      // One more write in flight, then kill -9 before (or while) it is answered.
      sent = 1_000_000 + round * 1000 + 999;
      const inFlight = send(url, 'PATCH', '/v1/projects/prj-0001', {
        token,
        body: { budget: { amount: sent } },
        headers: { 'If-Match': etag },
      }).catch(() => null);
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 4)));
      child.kill('SIGKILL');
      const reply = await inFlight;
      if (reply?.status === 200) amount = sent;
      assert.equal((await exited(child)).signal, 'SIGKILL');
      t.diagnostic(`round ${round}: started in ${started} ms, ${got} acknowledged writes, then kill -9`);
    }

    // The last restart: every acknowledged write is there, and the database closes cleanly.
    const { child, url } = await serve(dir);
    for (const id of created) assert.equal((await send(url, 'GET', `/v1/projects/${id}`)).status, 200, id);
    const final = (await send(url, 'GET', '/v1/projects/prj-0001')).json<Project>().budget.amount;
    assert.ok(final >= amount && final <= sent, `prj-0001 budget ${final}: acknowledged ${amount}`);
    const meta = (await send(url, 'GET', '/v1/meta')).json<{ counts: { projects: number } }>();
    assert.equal(meta.counts.projects, (await loadDataset()).projects.length + created.length);
    assert.ok(created.length >= ROUNDS * 5);
    child.kill('SIGTERM');
    assert.deepEqual(await exited(child), { code: 0, signal: null });
  },
);
