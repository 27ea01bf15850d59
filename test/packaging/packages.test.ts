// The packages as the registry would ship them: every package under packages/ is packed once with
// `npm pack`, and the tarballs (not the workspace) are linted with publint and
// @arethetypeswrong/cli, installed together into a blank project, imported there by a plain ESM
// script, and type-checked against by a small TypeScript program. The same tarballs of @pact/schema
// and @pact/sdk are installed offline, the two alone, into a second project, where docs/sdk.md's
// "Install" is done for real (./sdk-install.ts). Needs `npm run build` (dist/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { sdkInstallTests } from './sdk-install.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'node_modules/.bin');
const run = promisify(execFile);
const PACKAGES = readdirSync(join(ROOT, 'packages')).map((dir) => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8')) as {
    name: string;
    private?: boolean;
  };
  return { dir, name: manifest.name, published: !manifest.private };
});

/**
 * attw does not expand wildcard exports (`./*`): the entry points the docs name under them are
 * checked by name (packages/elements/src/index.ts lists the per-element modules).
 */
const WILDCARD_ENTRIES: Record<string, string[]> = {
  '@pact/elements': [
    './partners/pact-partners.js',
    './route-map/pact-route-map.js',
    './projects/pact-projects.js',
    './partnership/pact-partnership.js',
    './timeline/pact-timeline.js',
    './pillars/pact-pillars.js',
    './provider/pact-provider.js',
    './partners/pact-partners.component.js',
  ],
};

let work: string;
/** The tarball of each package, by name. */
const tarballs = new Map<string, string>();
let installed: Promise<string> | undefined;
/** attw's run on each tarball, started in before(). */
const attw = new Map<string, Promise<{ stdout: string; code: number }>>();

function runAttw(name: string): Promise<{ stdout: string; code: number }> {
  const args = [tarballs.get(name) as string, '--profile', 'esm-only', '--format', 'json'];
  const extra = WILDCARD_ENTRIES[name] ?? [];
  if (extra.length) args.push('--include-entrypoints', ...extra);
  return run(join(BIN, 'attw'), args, { cwd: work, maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stdout }) => ({ stdout, code: 0 }),
    (e: { stdout: string; code: number }) => ({ stdout: e.stdout, code: e.code }),
  );
}

/** Settles when `npm pack` has written the tarballs (docs/sdk.md's install below waits for them). */
let packing!: { resolve: (t: Map<string, string>) => void; reject: (e: unknown) => void };
const packed = new Promise<Map<string, string>>((resolve, reject) => (packing = { resolve, reject }));
packed.catch(() => {});

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'pact-pack-'));
  // One `npm pack` for all: --json lists each tarball with the package's name.
  try {
    const { stdout } = await run('npm', ['pack', '--workspaces', '--json', '--pack-destination', work], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const p of JSON.parse(stdout) as { name: string; filename: string }[])
      tarballs.set(p.name, join(work, p.filename));
    packing.resolve(tarballs);
  } catch (e) {
    packing.reject(e);
    throw e;
  }
  // attw takes seconds per package: all of them at once, each test awaits its own.
  for (const { name } of PACKAGES) attw.set(name, runAttw(name));
  // And the blank project's install, at the same time (the test below awaits it).
  installed = installBlank();
  installed.catch(() => {});
});
// docs/sdk.md's install, from the same tarballs.
sdkInstallTests(packed);

/** A blank project in `work/app` with every published tarball installed (react as @pact/react's peer). */
async function installBlank(): Promise<string> {
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'blank', private: true, type: 'module' }));
  const published = PACKAGES.filter((p) => p.published).map((p) => tarballs.get(p.name) as string);
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...published], {
    cwd: app,
    maxBuffer: 64 * 1024 * 1024,
  });
  return app;
}
after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('npm pack makes a tarball of every package under packages/', () => {
  assert.deepEqual([...tarballs.keys()].sort(), PACKAGES.map((p) => p.name).sort());
});

for (const { name } of PACKAGES) {
  test(`publint finds nothing to fix in ${name}`, async () => {
    const bytes = readFileSync(tarballs.get(name) as string);
    const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
    const { messages, pkg } = await publint({ pack: { tarball }, level: 'suggestion', strict: true });
    assert.deepEqual(
      messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`),
      [],
    );
  });

  // The packages are ESM only (`"type": "module"`, exports with `types` and `default` conditions and
  // no `require`): the esm-only profile leaves out the node10 and node16-from-CommonJS resolutions,
  // which cannot load them anyway, and checks the types of every export under node16 (ESM) and bundler.
  test(`@arethetypeswrong/cli (esm-only) resolves types for every export of ${name}`, async () => {
    const extra = WILDCARD_ENTRIES[name] ?? [];
    const result = await (attw.get(name) as Promise<{ stdout: string; code: number }>);
    const report = JSON.parse(result.stdout) as {
      analysis: { problems?: { kind: string; entrypoint?: string; resolutionKind?: string }[]; entrypoints: object };
    };
    const relevant = (report.analysis.problems ?? []).filter(
      (p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs',
    );
    assert.deepEqual(
      relevant.map((p) => `${p.kind} at ${p.entrypoint ?? '?'} (${p.resolutionKind ?? 'any'})`),
      [],
    );
    const seen = Object.keys(report.analysis.entrypoints);
    assert.ok(seen.includes('.'), 'attw saw the main entry');
    for (const entry of extra) assert.ok(seen.includes(entry), `attw checked ${entry}`);
    assert.equal(result.code, 0, 'attw exits 0');
  });
}

/** The consumer: every public entry point imported from the installed packages, one call each. */
const CONSUMER = `
import { PARTNER_KINDS } from '@pact/schema';
import { partnerValidator } from '@pact/schema/validate';
import { eventValidator } from '@pact/schema/validate-content';
import { projectWriteValidator } from '@pact/schema/validate-write';
import { createApp } from '@pact/api';
import { loadDataset } from '@pact/api/node';
import { IATI_VERSION } from '@pact/api/iati';
import { RECORD_KINDS } from '@pact/api/db';
import { DB_USAGE } from '@pact/api/db/cli';
import { createReader } from '@pact/sdk';
import { validators } from '@pact/sdk/validate';
import { contentValidators } from '@pact/sdk/validate-content';
import { renderToString } from '@pact/elements/ssr';

// The API over the seed data the package ships, read through the SDK with its validators.
const app = createApp(await loadDataset());
const fetchApp = (input, init) => app.fetch(new Request(input, init));
const reader = createReader({ baseUrl: 'http://pact.test/v1', fetch: fetchApp, validate: { ...validators, ...contentValidators } });
const partners = await reader.partners.list({ region: 'central-asia' });
const pillars = await renderToString('pact-pillars', {}, { api: 'http://pact.test/v1', fetch: fetchApp });
// The browser entries, on the DOM shim that renderToString installed: they register their tags.
await import('@pact/elements');
await import('@pact/elements/partners/pact-partners.js');
const react = await import('@pact/react');
console.log(JSON.stringify({
  kinds: PARTNER_KINDS.length,
  partners: partners.data.map((p) => p.id),
  valid: partnerValidator.check(partners.data[0]).ok,
  eventRefused: eventValidator.check({}).ok === false,
  writeRefused: projectWriteValidator.checkAll({}).ok === false,
  iati: IATI_VERSION,
  kindsInDb: RECORD_KINDS.length > 0,
  usage: DB_USAGE.startsWith('usage'),
  pillarsHtml: (pillars.html.match(/ data-pillar="/g) ?? []).length,
  defined: ['pact-pillars', 'pact-partners'].filter((t) => customElements.get(t)),
  react: typeof react.PactPartners,
}));
`;

/** A program type-checked against the installed @pact/sdk: the right use passes, a wrong one fails. */
const PROGRAM = (wrong: boolean) => `
import { createReader, type Partner } from '@pact/sdk';
const reader = createReader({ baseUrl: 'https://api.example.org/v1' });
export async function names(): Promise<string[]> {
  const page = await reader.partners.list({ region: 'central-asia'${wrong ? ', limit: "ten"' : ''} });
  return page.data.map((p: Partner) => p.id);
}
`;

test('the tarballs install into a blank project, which imports every entry point and type-checks against @pact/sdk', async () => {
  const app = await (installed as Promise<string>);
  const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { resolved?: string }>;
  };
  for (const p of PACKAGES.filter((x) => x.published))
    assert.match(lock.packages[`node_modules/${p.name}`]?.resolved ?? '', /^file:/, `${p.name} is the packed tarball`);

  writeFileSync(join(app, 'consumer.mjs'), CONSUMER);
  const { stdout } = await run(process.execPath, ['consumer.mjs'], { cwd: app });
  assert.deepEqual(JSON.parse(stdout.trim().split('\n').at(-1) as string), {
    kinds: 2,
    partners: ['kaz', 'kgz', 'tjk', 'tkm', 'uzb'],
    valid: true,
    eventRefused: true,
    writeRefused: true,
    iati: '2.03',
    kindsInDb: true,
    usage: true,
    pillarsHtml: 4,
    defined: ['pact-pillars', 'pact-partners'],
    react: 'object',
  });

  const tsconfig = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      target: 'ES2022',
      lib: ['ES2023', 'DOM'],
      types: [],
    },
    files: ['program.ts'],
  };
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(tsconfig));
  const tsc = join(BIN, 'tsc');
  writeFileSync(join(app, 'program.ts'), PROGRAM(false));
  await run(tsc, ['-p', 'tsconfig.json'], { cwd: app });
  // And the check is real: a string where the query takes a number is refused.
  writeFileSync(join(app, 'program.ts'), PROGRAM(true));
  const wrong = await run(tsc, ['-p', 'tsconfig.json'], { cwd: app }).then(
    () => null,
    (e: { stdout: string }) => e.stdout,
  );
  assert.match(wrong ?? 'tsc accepted the wrong program', /program\.ts\(5,\d+\): error TS2322: .*'string'.*'number'/);
});
