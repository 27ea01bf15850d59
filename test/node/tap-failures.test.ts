// scripts/tap-failures.mjs on a real TAP report: node:test runs a file of failing tests (in a
// temporary folder) with its TAP reporter, and the summary's reading of it must name each failed
// test, where it is, and the first lines of why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tapFailures } from '../../scripts/tap-failures.mjs';

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
