/**
 * The Node entry: `npm start` at the root, or `pact-api [--db DIR | --data DIR] [--port N]`.
 * Serves the API under /v1 and the example partner pages (docs/examples) at /.
 *
 * Storage: by default an embedded PostgreSQL (PGlite) in `--db DIR` / PACT_DB (default .data/pact-db,
 * seeded on first start); DATABASE_URL selects a PostgreSQL server; `--data DIR` serves a read-only
 * dataset directory as before. `pact-api db …` and `pact-api keys …` manage the database (docs/storage.md).
 */
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatasetError } from './dataset.js';
import { loadDataset, SEED_DATA_DIR } from './load.js';
import { STRICT_CSP, startServer, type PageHandler } from './server.js';
import { purgeByUrl } from './purge.js';
import { cdnDir, type StaticDir } from './static.js';
import { DB_USAGE, UsageError, cliLocation, runDbCli } from './db/cli.js';
import { openDatabase } from './db/index.js';
import { SqlStore } from './store/sql.js';
import type { Store } from './store/store.js';

/**
 * Runs `pact-api` with the given arguments: the db/keys commands, or the server. A package that
 * composes the API with more (server rendering, embed pages: @pact/server) passes its page handlers,
 * tried before the static files.
 */
export async function runServe(argv: readonly string[], options: { handlers?: PageHandler[] } = {}): Promise<void> {
  if (argv[0] === 'db' || argv[0] === 'keys') {
    process.exit(await runDbCli(argv));
  }

  const { values } = parseArgs({
    args: [...argv],
    options: {
      data: { type: 'string' },
      db: { type: 'string' },
      help: { type: 'boolean', default: false },
      port: { type: 'string' },
      host: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });

  if (values.help) {
    console.log(
      `usage: pact-api [--db DIR | --data DIR] [--port N] [--host H] [--quiet]\n       pact-api ${DB_USAGE.replace(/^usage:\n\s*/, '').replace(/\n {2}/g, '\n       pact-api ')}`,
    );
    process.exit(0);
  }
  if (values.data && values.db) {
    console.error('pact-api: give --data DIR (a read-only dataset) or --db DIR (the database), not both.');
    process.exit(2);
  }
  const readOnly = values.data !== undefined || (process.env['PACT_DATA_DIR'] !== undefined && values.db === undefined);
  const dataDir = values.data ?? process.env['PACT_DATA_DIR'] ?? SEED_DATA_DIR;
  const port = Number(values.port ?? process.env['PORT'] ?? 8080);
  const repo = fileURLToPath(new URL('../../../', import.meta.url));
  const statics: Record<string, StaticDir> = {};
  // The CDN build as a CDN serves it (open to every origin, hashed chunks immutable), and the pages.
  for (const [prefix, dir] of [
    ['/cdn/', cdnDir(`${repo}dist/cdn`)],
    ['/', { dir: `${repo}docs/examples` }],
  ] as const) {
    if (existsSync(dir.dir)) statics[prefix] = dir;
  }

  // The log format (docs/deploy.md): the requests' lines and the database's outages alike.
  const logFormat = process.env['PACT_LOG'] ?? 'text';
  if (logFormat !== 'text' && logFormat !== 'json') {
    console.error(`pact-api: PACT_LOG must be "text" or "json", not "${logFormat}".`);
    process.exit(2);
  }
  const json = logFormat === 'json' ? pino({ base: { pid: process.pid } }) : undefined;

  let dataset: Store | Awaited<ReturnType<typeof loadDataset>>;
  let source: string;
  let close = async () => {};
  try {
    if (readOnly) {
      dataset = await loadDataset(dataDir);
      source = `the read-only dataset in ${dataDir}`;
    } else {
      const location = cliLocation(values.db, process.env);
      const t0 = performance.now();
      const db = await openDatabase(location);
      // PACT_REVISION_RECHECK_MS: how often the revision is checked besides the notifications (docs/storage.md).
      const recheck = Number(process.env['PACT_REVISION_RECHECK_MS'] ?? 1000);
      const store = new SqlStore(
        db,
        Number.isFinite(recheck) && recheck >= 0 ? recheck : 1000,
        json && ((message, level) => json[level](message)),
      );
      await store.refresh();
      await store.watch();
      dataset = store;
      close = async () => {
        await store.unwatchRevisions();
        await db.close();
      };
      source =
        'url' in location
          ? `PostgreSQL (DATABASE_URL), opened in ${Math.round(performance.now() - t0)} ms`
          : `the embedded database in ${location.dir}, opened in ${Math.round(performance.now() - t0)} ms`;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`pact-api: ${e.message}.`);
      process.exit(2);
    }
    if (e instanceof DatasetError) {
      console.error(
        `pact-api: the dataset is broken, not starting.\n  file:   ${e.file}\n  path:   ${e.path || '(root)'}\n  reason: ${e.reason}`,
      );
      process.exit(1);
    }
    throw e;
  }

  // The CDN (docs/deploy.md): how long it keeps a read, and where each write's purge goes.
  const sMaxAge = process.env['PACT_S_MAXAGE'];
  const sharedMaxAge = sMaxAge === undefined ? undefined : Number(sMaxAge);
  if (sharedMaxAge !== undefined && !(Number.isInteger(sharedMaxAge) && sharedMaxAge >= 0)) {
    console.error(`pact-api: PACT_S_MAXAGE must be a whole number of seconds, not "${sMaxAge}".`);
    process.exit(2);
  }
  const purgeUrl = process.env['PACT_PURGE_URL'];
  const purge = purgeUrl
    ? purgeByUrl(purgeUrl, {
        token: process.env['PACT_PURGE_TOKEN'],
        onError: (message) => console.error(`pact-api: ${message}`),
      })
    : undefined;
  // Operations (docs/deploy.md): the metrics token, the shutdown deadline.
  const shutdownMs = Number(process.env['PACT_SHUTDOWN_MS'] ?? 10_000);
  if (!(Number.isInteger(shutdownMs) && shutdownMs >= 0)) {
    console.error(
      `pact-api: PACT_SHUTDOWN_MS must be a whole number of milliseconds, not "${process.env['PACT_SHUTDOWN_MS']}".`,
    );
    process.exit(2);
  }
  const running = await startServer({
    dataset,
    port,
    shutdownMs,
    metricsToken: process.env['PACT_METRICS_TOKEN'] || undefined,
    ...(sharedMaxAge !== undefined ? { sharedMaxAge } : {}),
    ...(purge ? { purge } : {}),
    host: values.host ?? process.env['HOST'] ?? '127.0.0.1',
    statics,
    handlers: options.handlers ?? [],
    log: values.quiet ? false : logFormat,
    // The example pages are served under the strict Content-Security-Policy the kit is built for.
    staticHeaders: { 'Content-Security-Policy': STRICT_CSP },
  });
  const counts = 'partners' in dataset ? dataset.meta.counts : (await dataset.meta()).counts;
  console.log(`pact-api: serving ${counts.partners} partners and ${counts.projects} projects from ${source}`);
  console.log(`pact-api: API at ${running.url}/v1 (OpenAPI: ${running.url}/v1/openapi.json)`);
  if (statics['/']) {
    for (const page of ['paris-pact.html', 'pompidou-group.html', 'osce.html']) {
      if (existsSync(`${statics['/']}/${page}`)) console.log(`pact-api: example page ${running.url}/${page}`);
    }
    console.log(`pact-api: pages at ${running.url}/`);
  }

  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log(`pact-api: ${signal}, closing`);
      void running
        .close()
        .then(close)
        .then(() => process.exit(0));
    });
  }
}
