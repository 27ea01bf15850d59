// Server child for bench/api.mjs: serves one app on 127.0.0.1 (free port) and prints its URL
// on stdout. Runs in its own process so that the load generator does not share its event loop.
//
//   node bench/api-server.mjs api     the reference API (startServer from @pact/api/node, seed dataset)
//   node bench/api-server.mjs hello   a bare Hono hello-world through the same getRequestListener
//   node bench/api-server.mjs db      the API on the database: PostgreSQL when DATABASE_URL is set,
//                                     else a fresh in-memory PGlite (seeded on open)
//
// It exits cleanly (so that `node --cpu-prof` can write its profile) on SIGTERM or SIGINT, and
// when its stdin closes, i.e. when the parent benchmark goes away.
import { createServer } from 'node:http';

const mode = process.argv[2] ?? 'api';

/** @type {() => Promise<void>} */
let close;

if (mode === 'api') {
  const api = (await import('./import-api.mjs')).default;
  const dataset = await api.loadDataset();
  const running = await api.startServer({ dataset, port: 0, log: false });
  close = () => running.close();
  process.stdout.write(`${running.url}\n`);
} else if (mode === 'db') {
  const api = await import('@pact/api/node');
  const { openDatabase } = await import('@pact/api/db');
  const { SqlStore } = await import('@pact/api');
  const url = process.env['DATABASE_URL'];
  const db = await openDatabase(url ? { url } : { dir: 'memory://' });
  const store = new SqlStore(db);
  await store.refresh();
  const running = await api.startServer({ dataset: store, port: 0, log: false });
  close = () => running.close().then(() => db.close());
  process.stdout.write(`${running.url}\n`);
} else if (mode === 'hello') {
  const { Hono } = await import('hono');
  const { getRequestListener } = await import('@hono/node-server');
  const app = new Hono().get('/', (c) => c.text('hello'));
  // Same listener and server options as packages/api/src/server.ts, without the app.
  const server = createServer({ maxHeaderSize: 65536 }, getRequestListener(app.fetch));
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  close = () =>
    new Promise((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    });
  process.stdout.write(`http://127.0.0.1:${server.address().port}\n`);
} else {
  console.error(`Unknown mode "${mode}": use api, db or hello.`);
  process.exit(2);
}

let exiting = false;
const shutdown = async () => {
  if (exiting) return;
  exiting = true;
  setTimeout(() => process.exit(0), 3000).unref();
  await close();
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
process.stdin.on('end', shutdown);
process.stdin.on('close', shutdown);
process.stdin.resume();
