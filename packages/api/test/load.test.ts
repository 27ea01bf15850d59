// Reading a dataset directory (load.ts): the seed by default, a directory's own shapes and flow
// sets over the package's, and a broken directory refused naming the file (by its full path), the
// JSON path and the reason. An operator meets these messages from `serve --data DIR` and `db import`.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetError } from '../src/dataset.js';
import { SEED_DATA_DIR, SEED_GEO_FILE, loadDataset } from '../src/load.js';

const tmp = mkdtempSync(join(tmpdir(), 'pact-load-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
/** A copy of the seed directory, changed by `change`. */
const copy = (change: (dir: string) => void = () => {}) => {
  const dir = join(tmp, `data-${n++}`);
  cpSync(SEED_DATA_DIR, dir, { recursive: true });
  change(dir);
  return dir;
};
const countries = (geo: unknown) =>
  (geo as { objects: { countries: { geometries: unknown[] } } }).objects.countries.geometries.length;
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;

const refusal = async (dir: string) => {
  try {
    await loadDataset(dir);
  } catch (e) {
    assert.ok(e instanceof DatasetError, String(e));
    return { file: e.file, path: e.path, reason: e.reason, message: e.message };
  }
  throw new Error(`${dir} was loaded`);
};

test('the seed by default: every file of the package, its shapes and flow sets', async () => {
  const seed = await loadDataset();
  assert.deepEqual(seed, await loadDataset(SEED_DATA_DIR));
  assert.deepEqual(seed.geo, json(SEED_GEO_FILE));
  assert.deepEqual(seed.flows, json(join(SEED_DATA_DIR, 'flows.json')));
  assert.equal(seed.partners.length, (json(join(SEED_DATA_DIR, 'partners.json')) as unknown[]).length);
  assert.match(SEED_GEO_FILE, /[\\/]geo[\\/]countries\.json$/);
});

test('a missing file is named by its full path', async () => {
  const dir = copy((d) => unlinkSync(join(d, 'events.json')));
  assert.deepEqual(await refusal(dir), {
    file: join(dir, 'events.json'),
    path: '',
    reason: 'cannot be read (missing file?)',
    message: `${join(dir, 'events.json')} at (root): cannot be read (missing file?)`,
  });
});

test('a file that is not JSON: its full path and the parser’s reason', async () => {
  const dir = copy((d) => writeFileSync(join(d, 'pillars.json'), '[{"id": 1,'));
  const r = await refusal(dir);
  assert.equal(r.file, join(dir, 'pillars.json'));
  assert.equal(r.path, '');
  assert.match(r.reason, /^is not valid JSON: \S.*/);
});

test('a record that breaks the schema: its file by full path, the JSON path and the reason', async () => {
  const dir = copy((d) => {
    const partners = json(join(d, 'partners.json')) as Record<string, unknown>[];
    partners[3] = { ...partners[3], kind: 'planet' };
    writeFileSync(join(d, 'partners.json'), JSON.stringify(partners));
  });
  const r = await refusal(dir);
  assert.equal(r.file, join(dir, 'partners.json'));
  assert.equal(r.path, '/3/kind');
  assert.equal(r.reason, 'must be "country" (rule: const)');
});

test('a directory’s own shapes and flow sets are used; broken ones are refused, naming the file', async () => {
  const seedGeo = json(SEED_GEO_FILE) as { objects: { countries: { geometries: unknown[] } } };
  const fewer = { ...seedGeo, objects: { countries: { ...seedGeo.objects.countries } } };
  fewer.objects.countries.geometries = seedGeo.objects.countries.geometries.slice(0, 20);
  const flows = (json(join(SEED_DATA_DIR, 'flows.json')) as { name: Record<string, string> }[]).map((f) => ({
    ...f,
    name: { ...f.name, en: 'Edited flow set' },
  }));
  const dir = copy((d) => {
    writeFileSync(join(d, 'geo-countries.json'), JSON.stringify(fewer));
    writeFileSync(join(d, 'flows.json'), JSON.stringify(flows));
  });
  const own = await loadDataset(dir);
  assert.equal(countries(own.geo), 20);
  assert.deepEqual(
    own.flows.map((f) => f.name.en),
    flows.map(() => 'Edited flow set'),
  );
  // Without them, the package's.
  const plain = await loadDataset(copy((d) => unlinkSync(join(d, 'flows.json'))));
  assert.deepEqual(plain.flows, json(join(SEED_DATA_DIR, 'flows.json')));
  assert.equal(countries(plain.geo), seedGeo.objects.countries.geometries.length);

  const badGeo = copy((d) => writeFileSync(join(d, 'geo-countries.json'), '{"type": "Topology"}'));
  const geo = await refusal(badGeo);
  assert.equal(geo.file, join(badGeo, 'geo-countries.json'));
  const badFlows = copy((d) => writeFileSync(join(d, 'flows.json'), '{}'));
  assert.deepEqual(await refusal(badFlows), {
    file: join(badFlows, 'flows.json'),
    path: '',
    reason: 'must be a JSON array',
    message: `${join(badFlows, 'flows.json')} at (root): must be a JSON array`,
  });
});
