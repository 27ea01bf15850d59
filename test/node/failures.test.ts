// scripts/failures.mjs on a real TAP report: node:test runs a file of failing tests (in a
// temporary folder) with its TAP reporter, and the summary's reading of it must name each failed
// test, where it is, and the first lines of why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { storyFailures, tapFailures, wtrFailures } from '../../scripts/failures.mjs';

const FILE = `import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
test('a list', () => assert.deepEqual(['a', 'b'], ['a'], 'the list when "Brought back" is said'));
test("it's plain", () => { throw new Error("no answer from the page within 45 s; it's waiting for a frame"); });
describe('a group', () => { test('inner', () => assert.equal(1, 2)); });
test('passes', () => {});
test('long', () => { throw new Error(['one', 'two', 'three', 'four', 'five', 'six'].join('\\n') + '\\n' + 'x'.repeat(400)); });
test('a # b \\\\ c', () => { throw new Error(\`it's "x" \\\\ y\`); });
`;

test('each failed test with its file, its line and its error; a group failed only by its subtest is left out', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pact-tap-'));
  try {
    writeFileSync(join(dir, 'f.test.mjs'), FILE);
    const tap = await promisify(execFile)(process.execPath, ['--test', '--test-reporter=tap', 'f.test.mjs'], {
      cwd: dir,
      // Not a subtest of this run: node:test's own variable would make it report to this runner.
      env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_TEST_CONTEXT')),
    }).then(
      () => assert.fail('the file has failing tests'),
      (e: { stdout: string }) => e.stdout,
    );
    const failures = tapFailures(tap, { root: dir, lines: 4 });
    assert.deepEqual(
      failures.map((f) => [f.name, f.location]),
      [
        ['a list', 'f.test.mjs:3'],
        ["it's plain", 'f.test.mjs:4'],
        ['inner', 'f.test.mjs:5'],
        ['long', 'f.test.mjs:7'],
        ['a # b \\ c', 'f.test.mjs:8'],
      ],
    );
    assert.deepEqual(failures[0]!.error, [
      'the list when "Brought back" is said',
      '+ actual - expected',
      '',
      '  [',
      '…',
    ]);
    assert.deepEqual(failures[1]!.error, ["no answer from the page within 45 s; it's waiting for a frame"]);
    assert.deepEqual(failures[2]!.error, ['Expected values to be strictly equal:', '', '1 !== 2']);
    assert.deepEqual(failures[3]!.error, ['one', 'two', 'three', 'four', '…']);
    // Quoted as util.inspect quotes (here with backticks: the message has both quotes), escaped.
    assert.deepEqual(failures[4]!.error, ['it\'s "x" \\ y']);
    // Without a root, the file is named as the report has it.
    assert.equal(tapFailures(tap)[0]!.location, `${join(dir, 'f.test.mjs')}:3`);
    // A line longer than 300 characters is cut.
    assert.equal(tapFailures(tap, { root: dir, lines: 7 })[3]!.error[6], `${'x'.repeat(300)}…`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

test("web-test-runner's failed tests: each with its file and line from its stack, and its error without the stack", () => {
  assert.deepEqual(wtrFailures(fixture('wtr-failures.txt'), { lines: 4 }), [
    {
      name: 'scratch group > fails with a message',
      location: 'test/browser/zz-a.test.ts:4',
      error: [
        'AssertionError: the list shown: expected [ 1, 2 ] to deeply equal [ 1 ]',
        '+ expected - actual',
        '',
        ' [',
        '…',
      ],
    },
    {
      name: 'throws',
      location: 'test/browser/zz-b.test.ts:3',
      error: ['TypeError: no element <pact-partners> in the page'],
    },
    {
      // No line of a test file in its stack: the file it ran in.
      name: 'times out',
      location: 'test/browser/zz-b.test.ts',
      error: [
        'Error: Timeout of 200ms exceeded. For async tests and hooks, ensure "done()" is called; if returning a Promise, ensure it resolves.',
      ],
    },
  ]);
  assert.deepEqual(wtrFailures('Chrome: 3/3 test files | 12 passed, 0 failed'), []);
});

test('the failed stories of the Storybook smoke test, each with the problems listed under it', () => {
  assert.deepEqual(storyFailures(fixture('storybook-failure.txt')), [
    {
      name: 'elements-pact-partners--lazy [data, from api] 23.3 s (rendered in 2.2 s)',
      location: '',
      error: ['pasted: timed out: <pact-partners> is not defined'],
    },
  ]);
});
