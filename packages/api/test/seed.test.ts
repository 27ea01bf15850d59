import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '../seed/check.js';
import { SeedError } from '../seed/check.js';
import { buildDataset, DATA_DIR, writeDataset } from '../seed/assemble.js';
import type { Reference } from '../seed/reference.js';

const FILES = [
  'partners.json',
  'pillars.json',
  'routes.json',
  'projects.json',
  'partnerships.json',
  'events.json',
  'meta.json',
  'flows.json',
];
const committed = (name: string) => readFileSync(join(DATA_DIR, name), 'utf8');

/** The committed dataset, read afresh (each test may break its own copy). */
function dataset(): Dataset {
  const [partners, pillars, routes, projects, partnerships, events, meta, flows] = FILES.map(
    (f) => JSON.parse(committed(f)) as unknown,
  );
  return { partners, pillars, routes, projects, partnerships, events, meta, flows } as Dataset;
}

function inTempDir(run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'pact-seed-'));
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a valid dataset is written byte for byte as committed', () => {
  inTempDir((dir) => {
    writeDataset(dataset(), dir);
    for (const f of FILES) assert.equal(readFileSync(join(dir, f), 'utf8'), committed(f), f);
  });
});

test('a record that breaks its schema is refused with file, record id, JSON path and reason, and nothing is written', () => {
  const data = dataset();
  const mda = data.partners.find((p) => p.id === 'mda');
  assert.ok(mda);
  (mda as { region: string }).region = 'atlantis';
  inTempDir((dir) => {
    const out = join(dir, 'data');
    assert.throws(
      () => writeDataset(data, out),
      (error: unknown) => {
        assert.ok(error instanceof SeedError);
        assert.equal(error.file, 'partners.json');
        assert.equal(error.record, 'mda');
        assert.equal(error.path, '/region');
        assert.match(
          error.message,
          /^partners\.json: record mda at \/region: must be one of .*"northern-africa".*\(rule: enum\)$/,
        );
        return true;
      },
    );
    assert.equal(existsSync(out), false, 'the output folder was created');
  });
});

test('a broken project is refused even when the partners before it are valid, and no file is touched', () => {
  const data = dataset();
  const project = data.projects[41];
  assert.ok(project);
  project.budget.currency = 'euro';
  inTempDir((dir) => {
    assert.throws(() => writeDataset(data, dir), {
      name: 'SeedError',
      message: `projects.json: record ${project.id} at /budget/currency: must match pattern "^[A-Z]{3}$" (rule: pattern)`,
    });
    assert.deepEqual(readdirSync(dir), []);
  });
});

test('a project naming a partner that does not exist is refused with the field that names it', () => {
  const data = dataset();
  const project = data.projects[0];
  assert.ok(project);
  project.donors = [...project.donors, 'ruritania'];
  inTempDir((dir) => {
    assert.throws(() => writeDataset(data, dir), {
      message: `projects.json: record ${project.id} at /donors/${project.donors.length - 1}: donor "ruritania" is not a partner id in partners.json`,
    });
    assert.deepEqual(readdirSync(dir), []);
  });
});

// The reference facts live outside the repository (see packages/api/seed/assemble.ts).
const referenceFile = ['../../shared/data/reference.json', '/work/shared/data/reference.json']
  .map((p) => (p.startsWith('/') ? p : join(DATA_DIR, '../../..', p)))
  .find((p) => existsSync(p));

test(
  'the seed built from the reference is the committed dataset',
  { skip: referenceFile ? false : 'reference.json is not on this machine' },
  () => {
    const ref = JSON.parse(readFileSync(referenceFile ?? '', 'utf8')) as Reference;
    inTempDir((dir) => {
      writeDataset(buildDataset(ref), dir);
      for (const f of FILES) assert.equal(readFileSync(join(dir, f), 'utf8'), committed(f), f);
    });
  },
);
