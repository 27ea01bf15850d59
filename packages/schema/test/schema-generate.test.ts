// The JSON Schemas against their source: generated afresh from src/model.ts, they match the committed
// files, and a stale file is caught. Kept apart from schema.test.ts because each run of the generator
// takes tens of seconds here: the mutation bench (bench/mutation.mjs) runs a test file for a mutant
// only when that file reaches the mutated code (and for every mutant of the model's constants).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const pkg = join(root, 'packages/schema');

test('the committed JSON Schemas match freshly generated ones', () => {
  const r = spawnSync(process.execPath, [join(root, 'scripts/generate-schemas.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('a stale schema is detected by the freshness check', () => {
  const file = join(pkg, 'schemas/Problem.json');
  const original = readFileSync(file, 'utf8');
  try {
    execFileSync('node', [
      '-e',
      `require('fs').writeFileSync(${JSON.stringify(file)}, ${JSON.stringify(original.replace('"title"', '"tytle"'))})`,
    ]);
    const r = spawnSync(process.execPath, [join(root, 'scripts/generate-schemas.mjs'), '--check'], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Problem\.json differs from src\/model\.ts/);
  } finally {
    execFileSync('node', ['-e', `require('fs').writeFileSync(${JSON.stringify(file)}, ${JSON.stringify(original)})`]);
  }
});
