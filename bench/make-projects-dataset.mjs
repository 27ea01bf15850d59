// A benchmark dataset: the seed dataset (packages/api/data/*.json) copied into a directory, with
// projects.json replaced by COUNT projects derived from the seed projects (new ids, numbered
// titles, shifted dates, varied budgets), so that the API serves a realistic large collection.
//
//   node bench/make-projects-dataset.mjs                    10,000 projects in a new temp dir
//   node bench/make-projects-dataset.mjs --count 2000 --out /tmp/pact-bench-data
//
// Prints the directory. Serve it with:
//   node packages/api/dist/serve.js --data DIR --port 0 --quiet
// or import { makeProjectsDataset } from this module.
import { copyFile, mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const SEED_DIR = fileURLToPath(new URL('../packages/api/data/', import.meta.url));

const DAY = 86_400_000;
const shift = (isoDate, days) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * Writes the dataset and returns its directory.
 * @param {{ count?: number, out?: string }} [options]
 * @returns {Promise<{ dir: string, count: number }>}
 */
export async function makeProjectsDataset({ count = 10_000, out } = {}) {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`count must be a positive whole number, not ${count}`);
  const dir = out ?? (await mkdtemp(join(tmpdir(), 'pact-bench-data-')));
  await mkdir(dir, { recursive: true });
  for (const file of await readdir(SEED_DIR)) {
    if (file.endsWith('.json')) await copyFile(join(SEED_DIR, file), join(dir, file));
  }
  const seeds = JSON.parse(await readFile(join(SEED_DIR, 'projects.json'), 'utf8'));
  const width = String(count).length;
  const projects = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    const round = Math.floor(i / seeds.length);
    const n = i + 1;
    // Each lap over the seed moves the dates by 37 days, so that sorting by start interleaves laps.
    const days = -round * 37;
    const title = Object.fromEntries(Object.entries(seed.title).map(([lang, text]) => [lang, `${text} #${n}`]));
    projects.push({
      ...seed,
      id: `bench-${String(n).padStart(width, '0')}`,
      title,
      start: shift(seed.start, days),
      end: shift(seed.end, days),
      budget: { ...seed.budget, amount: Math.round((seed.budget.amount * (90 + ((i * 7) % 21))) / 100 / 1000) * 1000 },
    });
  }
  await writeFile(join(dir, 'projects.json'), JSON.stringify(projects));
  const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8'));
  meta.counts = { ...meta.counts, projects: count };
  meta.version = `${meta.version}-bench-${count}`;
  await writeFile(join(dir, 'meta.json'), JSON.stringify(meta, null, 1));
  return { dir, count };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, out: { type: 'string' } } });
  const { dir, count } = await makeProjectsDataset({ count: Number(values.count), out: values.out });
  console.log(`${count} projects written to ${dir}`);
  console.log(`serve: node packages/api/dist/serve.js --data ${dir} --port 0 --quiet`);
}
