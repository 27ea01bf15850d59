// docs/sdk.md's "Install", done for real outside the repository, from the tarballs that
// packages.test.ts packed with `npm pack`: `npm install --offline` of @pact/schema's and @pact/sdk's
// tarballs in an empty project in the temp folder, the page's tsconfig.json and main.ts compiled
// with tsc and run against a real API; bad.ts compiled to check that the compiler messages the page
// shows are the ones tsc prints. (Moved from packages/sdk/test/install.test.ts, so that the
// packages are packed once for the whole suite.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadDataset, startServer, type RunningServer } from '@pact/api/node';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(join(ROOT, 'docs/sdk.md'), 'utf8');
const require = createRequire(import.meta.url);
const TSC = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc');

/** The fenced block (of `lang`) whose first line is `firstLine`; with `after`, the next block of `lang` after it. */
function block(lang: string, firstLine: string, afterIt = false): string {
  const blocks = [...doc.matchAll(/```(\w*)\n([\s\S]*?)```/g)];
  const i = blocks.findIndex((m) => m[2]?.startsWith(`${firstLine}\n`));
  assert.ok(i >= 0, `docs/sdk.md has a block starting with ${firstLine}`);
  const found = afterIt ? blocks.slice(i + 1).find((m) => m[1] === lang) : blocks[i];
  assert.ok(found && found[1] === lang, `docs/sdk.md has the ${lang} block ${afterIt ? 'after' : 'of'} ${firstLine}`);
  return found[2] as string;
}

/** The install's tests; `packed` settles with the tarball of each package by name, once they are packed. */
export function sdkInstallTests(packed: Promise<Map<string, string>>): void {
  let app: string;
  let api: RunningServer;

  before(async () => {
    app = mkdtempSync(join(tmpdir(), 'pact-sdk-app-'));
    api = await startServer({ dataset: await loadDataset(), port: 0, log: false });
    // The page's `npm pack ./packages/schema ./packages/sdk --pack-destination ~/my-app`: the same tarballs.
    const all = await packed;
    const tarballs = ['@pact/schema', '@pact/sdk'].map((name) => all.get(name) as string);
    assert.deepEqual(tarballs.map((t) => basename(t ?? '')).sort(), ['pact-schema-0.1.0.tgz', 'pact-sdk-0.1.0.tgz']);
    for (const t of tarballs) copyFileSync(t, join(app, basename(t)));
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'my-app', private: true, type: 'module' }));
    await run(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', './pact-schema-0.1.0.tgz', './pact-sdk-0.1.0.tgz'],
      { cwd: app },
    );
    // What `npm install -D typescript @types/node` would give (the registry is not asked): the repository's.
    mkdirSync(join(app, 'node_modules/@types'), { recursive: true });
    symlinkSync(dirname(require.resolve('@types/node/package.json')), join(app, 'node_modules/@types/node'));
  });
  after(async () => {
    await api?.close();
    if (app) rmSync(app, { recursive: true, force: true });
  });

  test('the tarballs install offline into a project outside the repository, with @pact/schema as the one dependency', () => {
    const pkg = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    assert.deepEqual(pkg.dependencies, {
      '@pact/schema': 'file:pact-schema-0.1.0.tgz',
      '@pact/sdk': 'file:pact-sdk-0.1.0.tgz',
    });
    const sdk = JSON.parse(readFileSync(join(app, 'node_modules/@pact/sdk/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    assert.deepEqual(Object.keys(sdk.dependencies), ['@pact/schema']);
    // A copy, not a link into the repository.
    assert.ok(!readFileSync(join(app, 'package-lock.json'), 'utf8').includes(ROOT));
  });

  test('the page’s main.ts compiles with its tsconfig.json and prints what the page shows, from the API', async () => {
    writeFileSync(join(app, 'tsconfig.json'), block('json', '// tsconfig.json'));
    writeFileSync(join(app, 'main.ts'), block('ts', '// main.ts'));
    await run(process.execPath, [TSC, '-p', '.'], { cwd: app });
    const { stdout } = await run(process.execPath, ['out/main.js', `${api.url}/v1`], { cwd: app });
    // The first line's count is the API's own.
    const total = (
      (await (await fetch(`${api.url}/v1/partners?member=paris-pact&limit=1`)).json()) as { total: number }
    ).total;
    assert.match(stdout, new RegExp(`^${total} partners of the Paris Pact; the first 3:\n`));
    assert.equal(stdout, block('text', '// main.ts', true), 'docs/sdk.md shows what main.ts prints');
  });

  test('bad.ts fails to compile with exactly the messages the page shows', async () => {
    writeFileSync(join(app, 'tsconfig.json'), block('json', '// tsconfig.json').replace('"main.ts"', '"bad.ts"'));
    writeFileSync(join(app, 'bad.ts'), block('ts', '// bad.ts'));
    const failed = await run(process.execPath, [TSC, '-p', '.', '--noEmit', '--pretty', 'false'], { cwd: app }).then(
      () => null,
      (e: { stdout: string }) => e.stdout,
    );
    assert.ok(failed, 'bad.ts does not compile');
    assert.equal(failed, block('text', '// bad.ts', true), 'docs/sdk.md shows what tsc says');
  });
}
