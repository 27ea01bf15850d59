// A contributor's `npm run i18n` works: `lit-localize extract` reads every msg() of the elements'
// sources (it fails as a whole on one it cannot read) and finds the XLIFF catalogs in step with them:
// extracted again into a scratch folder, each language's file is the one committed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const elements = fileURLToPath(new URL('../../packages/elements/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'pact-xliff-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('lit-localize extract reads every message and leaves each XLIFF catalog as committed', () => {
  const config = JSON.parse(readFileSync(join(elements, 'lit-localize.json'), 'utf8')) as {
    targetLocales: string[];
    interchange: { xliffDir: string };
  };
  // The same configuration, writing into the scratch folder (with a copy of the committed files,
  // which extract updates in place: it keeps their translations).
  for (const locale of config.targetLocales) {
    writeFileSync(join(scratch, `${locale}.xlf`), readFileSync(join(elements, 'xliff', `${locale}.xlf`)));
  }
  const scratchConfig = join(elements, `.lit-localize-check-${process.pid}.json`);
  writeFileSync(
    scratchConfig,
    JSON.stringify({ ...config, interchange: { ...config.interchange, xliffDir: scratch } }),
  );
  after(() => rmSync(scratchConfig, { force: true }));
  const cli = join(elements, '../../node_modules/@lit/localize-tools/bin/lit-localize.js');
  const r = spawnSync(process.execPath, [cli, 'extract', '--config', scratchConfig], {
    cwd: elements,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `lit-localize extract failed:\n${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /Extracted \d+ messages/);
  const written = readdirSync(scratch).filter((f) => f.endsWith('.xlf'));
  assert.deepEqual(written.sort(), config.targetLocales.map((l) => `${l}.xlf`).sort());
  for (const file of written) {
    assert.equal(
      readFileSync(join(scratch, file), 'utf8'),
      readFileSync(join(elements, 'xliff', file), 'utf8'),
      `xliff/${file} is not in step with the sources: run \`npm run i18n\` and commit the catalogs`,
    );
  }
});
