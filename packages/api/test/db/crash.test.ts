// Crash safety of the embedded database: a child process takes acknowledged writes in a loop and
// is killed with SIGKILL in the middle; the next open must find every acknowledged write.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/index.js';

const WRITER = fileURLToPath(new URL('./crash-writer.mjs', import.meta.url));
/** The writer runs on the built package (one process per round, no source to compile). */
const BUILT = fileURLToPath(new URL('../../dist/db/index.js', import.meta.url));
const ROUNDS = 5;

/**
 * Runs one writer; kills it with SIGKILL after `acks` acknowledged writes, or as soon as the test
 * has ended (`abort`: a failure or a time-out), so that no writer outlives the test.
 */
function round(dir: string, token: string, n: number, acks: number, abort: AbortSignal) {
  return new Promise<{ present: string[]; acked: string[]; ms: number }>((resolve, reject) => {
    abort.throwIfAborted();
    const t0 = Date.now();
    const child = spawn(process.execPath, [WRITER, dir, token, String(n)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: abort,
      killSignal: 'SIGKILL',
    });
    child.on('error', reject);
    let present: string[] = [];
    const acked: string[] = [];
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('present ')) present = JSON.parse(line.slice(8)) as string[];
      if (line.startsWith('ack ')) {
        acked.push(line.slice(4));
        if (acked.length === acks) child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ present, acked, ms: Date.now() - t0 });
      else reject(new Error(`writer exited (${code}) before it was killed: ${stderr}`));
    });
  });
}

test(
  'pglite: kill -9 during acknowledged writes loses none of them (5 rounds)',
  { timeout: 300_000, skip: existsSync(BUILT) ? false : 'packages/api/dist is not built (npm run build)' },
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'pact-crash-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const setup = await openDatabase({ dir, template: process.env['PACT_DB_TEMPLATE'] });
    const { token } = await setup.createKey({ partner: 'unodc', role: 'coordinator' });
    await setup.close();

    const acknowledged: string[] = [];
    for (let n = 1; n <= ROUNDS; n++) {
      const r = await round(dir, token, n, 10 + Math.floor(Math.random() * 30), t.signal);
      // What this writer found on opening is what earlier writers had acknowledged (plus at most
      // the one write in flight when it was killed, committed but not yet acknowledged).
      for (const id of acknowledged) assert.ok(r.present.includes(id), `round ${n}: acknowledged ${id} is missing`);
      assert.ok(r.present.length <= acknowledged.length + (n - 1), `round ${n}: unexpected records`);
      acknowledged.push(...r.acked);
      t.diagnostic(`round ${n}: open + ${r.acked.length} acknowledged writes before kill -9 in ${r.ms} ms`);
    }
    const t0 = Date.now();
    const db = await openDatabase({ dir });
    const { dataset } = await db.snapshot();
    t.diagnostic(`reopen after the last kill: ${Date.now() - t0} ms`);
    const ids = new Set(dataset.projects.map((p) => p.id));
    for (const id of acknowledged) assert.ok(ids.has(id), `acknowledged ${id} is missing`);
    assert.ok(acknowledged.length >= 5 * 10);
    await db.close();
  },
);
