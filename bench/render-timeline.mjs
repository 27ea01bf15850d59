#!/usr/bin/env node
// bench/render-timeline: <pact-timeline> with 1,000 events, from data arrival to paint, against the
// same final markup inserted as static DOM by a plain script, both measured in the same run in
// Debian's Chromium (bench/render-ratio.mjs, shared with bench/render-partners.mjs, says how).
// Goal: the element takes at most 1.5 times the static markup.
//
//   node bench/render-timeline.mjs [--count 1000] [--runs 15]
//
// Needs the built packages (npx tsc -b: @pact/api/node and packages/elements/dist).
// The dataset: the seed (packages/api/data) with events.json replaced by COUNT events derived from
// the seed events (new ids, numbered titles, each lap over the seed moved on by one year, so that
// the list spans past and upcoming years). Each run has its own `from` (a year before every event,
// so the same COUNT events) so that the SDK's cache does not answer; data arrival is the last of
// its API requests (every page of events and the organizers' names).
import { copyFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureRatio, printRatio, withBenchPage } from './render-ratio.mjs';

const SEED_DIR = fileURLToPath(new URL('../packages/api/data/', import.meta.url));
const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000' }, runs: { type: 'string', default: '15' } },
});
const count = Number(values.count);
const runs = Number(values.runs);

/** The seed dataset with COUNT events derived from the seed's. */
async function makeDataset() {
  const dir = await mkdtemp(join(tmpdir(), 'pact-bench-timeline-'));
  for (const file of await readdir(SEED_DIR)) {
    if (file.endsWith('.json')) await copyFile(join(SEED_DIR, file), join(dir, file));
  }
  const seeds = JSON.parse(await readFile(join(SEED_DIR, 'events.json'), 'utf8'));
  const width = String(count).length;
  const shift = (d, years) => d && { ...d, value: `${Number(d.value.slice(0, 4)) + years}${d.value.slice(4)}` };
  const events = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    const lap = Math.floor(i / seeds.length);
    const title = Object.fromEntries(Object.entries(seed.title).map(([lang, t]) => [lang, `${t} #${i + 1}`]));
    const event = { ...seed, id: `bench-${String(i + 1).padStart(width, '0')}`, title, date: shift(seed.date, lap) };
    if (seed.end) event.end = shift(seed.end, lap);
    // 29 February moved to a year that has none: the 28th.
    for (const k of ['date', 'end'])
      if (event[k]?.value.endsWith('-02-29')) event[k] = { ...event[k], value: event[k].value.replace(/29$/, '28') };
    events.push(event);
  }
  await writeFile(join(dir, 'events.json'), JSON.stringify(events));
  const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8'));
  meta.version = `${meta.version}-bench-events-${count}`;
  await writeFile(join(dir, 'meta.json'), JSON.stringify(meta, null, 1));
  return dir;
}

const dataDir = await makeDataset();
await withBenchPage({ dataDir, imports: ['./packages/elements/dist/timeline/pact-timeline.js'] }, async (tab) => {
  const result = await measureRatio(tab, {
    tag: 'pact-timeline',
    attributes: (i) => ({ api: '/v1', from: String(1000 + i) }),
    item: '[part~="event"]',
    expected: count,
    runs,
  });
  printRatio('<pact-timeline>', result, count);
});
