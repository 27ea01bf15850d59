#!/usr/bin/env node
// Bundles the read API as a Cloudflare Worker (packages/api/src/worker.ts) with a dataset snapshot:
// one ES module for workerd, with the dataset's JSON files inside it. No Node built-in may be
// imported (platform "neutral": the build fails on one).
//
//   node scripts/build-worker.mjs                  # the seed dataset → dist/edge/worker.mjs
//   node scripts/build-worker.mjs --data DIR       # another dataset directory
//   node scripts/build-worker.mjs --export FILE    # the database's current state: `pact-api db export FILE`
//   node scripts/build-worker.mjs --out FILE
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const api = join(root, 'packages', 'api');
/** The dataset's files (DATASET_FILES of packages/api/src/dataset.ts) and the two read beside them. */
const FILES = ['partners', 'pillars', 'routes', 'projects', 'partnerships', 'events', 'meta'];

/**
 * Builds the worker from a dataset directory (`data`, default the seed) or a `pact-api db export`
 * file (`exported`: the records without the map shapes and flow sets, which come from the package);
 * returns the output file and its size in bytes.
 */
export async function buildWorker({
  data = join(api, 'data'),
  exported,
  out = join(root, 'dist', 'edge', 'worker.mjs'),
} = {}) {
  const dir = resolve(data);
  const own = (file, fallback) => (existsSync(join(dir, file)) ? join(dir, file) : fallback);
  const files = {
    ...(exported
      ? { exported: resolve(exported) }
      : Object.fromEntries(FILES.map((name) => [name, join(dir, `${name}.json`)]))),
    geo: own('geo-countries.json', join(api, 'geo', 'countries.json')),
    flows: own('flows.json', join(api, 'data', 'flows.json')),
  };
  for (const file of Object.values(files)) if (!existsSync(file)) throw new Error(`${file} is missing`);
  const entry = [
    `import { createWorker } from ${JSON.stringify(join(api, 'src', 'worker.ts'))};`,
    ...Object.entries(files).map(([name, file]) => `import ${name} from ${JSON.stringify(file)};`),
    exported
      ? 'export default createWorker({ ...exported, geo, flows });'
      : `export default createWorker({ ${Object.keys(files).join(', ')} });`,
  ].join('\n');
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js', sourcefile: 'worker-entry.js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['worker', 'workerd', 'browser', 'import'],
    target: 'es2022',
    outfile: out,
    logLevel: 'warning',
  });
  return { out, bytes: statSync(out).size };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, export: { type: 'string' }, out: { type: 'string' } },
  });
  const { out, bytes } = await buildWorker({
    data: values.data,
    exported: values.export,
    out: values.out && resolve(values.out),
  });
  console.log(`wrote ${out} (${(bytes / 1024).toFixed(0)} kB)`);
}
