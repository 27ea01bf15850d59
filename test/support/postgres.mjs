// A throw-away PostgreSQL cluster for the tests: initdb in a temporary directory, pg_ctl start on
// a free local port, stopped (and the directory removed) by stop(), at exit and on SIGINT/SIGTERM.
// PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user (runuser).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The bin directory of the newest PostgreSQL under /usr/lib/postgresql, or null. */
export function postgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster and returns `{ url, stop }`; `url` connects as superuser `pact` to database
 * `postgres`. Throws with the server log when it cannot start. fsync is off unless asked for
 * (tests need speed, not durability; the benchmark asks for it).
 */
export async function startPostgres({ fsync = false } = {}) {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'pact-pg-'));
  chmodSync(dir, 0o755);
  const data = join(dir, 'data');
  const log = join(dir, 'log');
  const run = (tool, args) => {
    const [cmd, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]]
      : [join(bin, tool), args];
    return execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  };
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  const port = await freePort();
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        run('pg_ctl', ['-D', data, 'stop', '-m', 'immediate', '-w']);
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
    process.off('exit', stop);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  const onSignal = (signal) => {
    stop();
    process.kill(process.pid, signal);
  };
  process.on('exit', stop);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'pact', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
    started = true;
    run('pg_ctl', [
      '-D',
      data,
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=${fsync ? 'on' : 'off'} -c max_connections=200`,
      '-l',
      log,
      '-w',
      '-t',
      '30',
      'start',
    ]);
  } catch (e) {
    const out = existsSync(log) ? spawnSync('cat', [log], { encoding: 'utf8' }).stdout : '';
    stop();
    throw new Error(`PostgreSQL did not start: ${e.stderr || e.message}\n${out}`);
  }
  return { url: `postgres://pact@127.0.0.1:${port}/postgres`, stop };
}
