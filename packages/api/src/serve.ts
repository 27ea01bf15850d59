#!/usr/bin/env node
/**
 * The Node entry: `npm start` at the root, or `pact-api [--data DIR] [--port N]`.
 * Serves the API under /v1 and the example partner pages (docs/examples) at /.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatasetError } from './dataset.js';
import { loadDataset, SEED_DATA_DIR } from './load.js';
import { STRICT_CSP, startServer } from './server.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const dataDir = values.data ?? process.env['PACT_DATA_DIR'] ?? SEED_DATA_DIR;
const port = Number(values.port ?? process.env['PORT'] ?? 8080);
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const statics: Record<string, string> = {};
for (const [prefix, dir] of [
  ['/cdn/', `${repo}dist/cdn`],
  ['/', `${repo}docs/examples`],
] as const) {
  if (existsSync(dir)) statics[prefix] = dir;
}

let dataset;
try {
  dataset = await loadDataset(dataDir);
} catch (e) {
  if (e instanceof DatasetError) {
    console.error(
      `pact-api: the dataset is broken, not starting.\n  file:   ${e.file}\n  path:   ${e.path || '(root)'}\n  reason: ${e.reason}`,
    );
    process.exit(1);
  }
  throw e;
}

const running = await startServer({
  dataset,
  port,
  host: values.host ?? process.env['HOST'] ?? '127.0.0.1',
  statics,
  log: !values.quiet,
  // The example pages are served under the strict Content-Security-Policy the kit is built for.
  staticHeaders: { 'Content-Security-Policy': STRICT_CSP },
});
console.log(
  `pact-api: serving ${dataset.partners.length} partners and ${dataset.projects.length} projects from ${dataDir}`,
);
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
    void running.close().then(() => process.exit(0));
  });
}
