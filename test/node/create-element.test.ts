// `npm run create` refuses a bad or taken tag with a message that says why, and creates nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const create = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts/create-element.mjs'), ...args], { cwd: root, encoding: 'utf8' });

// Not "example": `npm run create pact-example` (the walkthrough in docs/contributing-elements.md) makes that folder.
for (const tag of ['sample', 'Pact-Sample', 'pact-', 'pact-two--hyphens', 'pact-sam_ple']) {
  test(`"${tag}" is refused as a tag, and nothing is created`, () => {
    const r = create(tag);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`"${tag}" is not a valid tag: it must start with "pact-", then lowercase`));
    const name = tag.replace(/^pact-/i, '');
    if (name) assert.equal(existsSync(join(root, 'packages/elements/src', name)), false);
  });
}

test('an existing tag is refused with a message naming it, and its files are left alone', () => {
  const r = create('pact-pillars');
  assert.equal(r.status, 1);
  assert.equal(
    r.stderr.trim(),
    'create-element: <pact-pillars> already exists (packages/elements/src registers it); choose another tag.',
  );
  assert.equal(r.stdout, '');
});

test('removing an element that was never created is refused', () => {
  const r = create('--remove', 'pact-never-made');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /<pact-never-made> was not created here/);
});

test('without a tag it says how to call it', () => {
  const r = create();
  assert.equal(r.status, 1);
  assert.match(r.stderr, /npm run create pact-example/);
});
