// The CDN build's pinned URL, as `npm start` serves it (packages/server/dist/serve.js, over HTTP):
// dist/cdn/<version>/ is immutable, the unversioned alias dist/cdn/ short-lived, both with the
// same bytes; and the webmaster guide's snippets carry that version and the integrity of that file.
// Needs `npm run build && npm run build:cdn`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_DATA_DIR } from '@pact/api/node';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'packages/elements/package.json'), 'utf8')) as { version: string })
  .version;
const PINNED = join(ROOT, 'dist/cdn', VERSION);
const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300, must-revalidate';
const sha384 = (bytes: Uint8Array) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

let server: ChildProcess;
let origin: string;
before(async () => {
  server = spawn(
    process.execPath,
    [join(ROOT, 'packages/server/dist/serve.js'), '--data', SEED_DATA_DIR, '--port', '0', '--quiet'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  origin = await new Promise<string>((ok, fail) => {
    let out = '';
    server.stdout?.on('data', (d: Buffer) => {
      out += d;
      const m = /API at (http:\/\/[^\s/]+)\/v1/.exec(out);
      if (m) ok(m[1] as string);
    });
    server.once('exit', (code) => fail(new Error(`serve.js exited with ${code}: ${out}`)));
  });
});
after(() => {
  server?.kill('SIGTERM');
});

test('npm start serves the versioned folder as immutable and the unversioned alias as short-lived, same bytes', async () => {
  const chunk = readdirSync(join(PINNED, 'chunks')).find((f) => f.endsWith('.js'));
  assert.ok(chunk, `dist/cdn/${VERSION}/chunks has the lazily loaded chunks`);
  const expected: [string, string][] = [
    [`/cdn/${VERSION}/pact-elements.js`, IMMUTABLE],
    [`/cdn/${VERSION}/chunks/${chunk}`, IMMUTABLE],
    [`/cdn/${VERSION}/themes/osce.css`, IMMUTABLE],
    [`/cdn/${VERSION}/SRI.txt`, IMMUTABLE],
    ['/cdn/pact-elements.js', SHORT],
    ['/cdn/themes/osce.css', SHORT],
    [`/cdn/chunks/${chunk}`, IMMUTABLE], // hashed names: immutable under the alias too
  ];
  const got = await Promise.all(
    expected.map(async ([path]) => {
      const res = await fetch(origin + path, { headers: { 'Accept-Encoding': 'identity' } });
      return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
    }),
  );
  assert.deepEqual(
    got.map(({ res }, i) => [
      expected[i]![0],
      res.status,
      res.headers.get('cache-control'),
      res.headers.get('access-control-allow-origin'),
    ]),
    expected.map(([path, cc]) => [path, 200, cc, '*']),
  );
  assert.equal(sha384(got[0]!.bytes), sha384(got[4]!.bytes), 'the alias and the pinned file are the same bytes');
  assert.equal(
    sha384(got[0]!.bytes),
    sha384(readFileSync(join(PINNED, 'pact-elements.js'))),
    'the server sends the built file',
  );
  // SRI.txt of the pinned folder lists the entry with that same integrity.
  assert.ok(new TextDecoder().decode(got[3]!.bytes).includes(`${sha384(got[0]!.bytes)}  pact-elements.js`));
});

test('an unknown version or a path outside the folder is a 404, never another file', async () => {
  for (const path of [
    '/cdn/9.9.9/pact-elements.js',
    `/cdn/${VERSION}/../../package.json`,
    `/cdn/${VERSION}/%2e%2e/SRI.txt`,
  ]) {
    const res = await fetch(origin + path);
    await res.arrayBuffer();
    assert.equal(res.status, 404, path);
  }
});

test('the webmaster guide pins this version and shows the integrity of the built file', () => {
  const guide = readFileSync(join(ROOT, 'docs/webmaster-guide.md'), 'utf8');
  const integrity = sha384(readFileSync(join(PINNED, 'pact-elements.js')));
  const scripts = [...guide.matchAll(/<script type="module" src="([^"]+)"\s+integrity="([^"]+)"/g)].map((m) => [
    m[1],
    m[2],
  ]);
  assert.deepEqual(scripts, [
    [`https://YOUR-CDN/pact-embed-${VERSION}/pact-elements.js`, integrity],
    [`https://pact.example.org/cdn/${VERSION}/pact-elements.js`, integrity],
    // "A map or a list at the top of the page: preload its code".
    [`https://YOUR-CDN/pact-embed-${VERSION}/pact-elements.js`, integrity],
  ]);
  // Its modulepreload lines name files of this version's folder.
  const preloads = [...guide.matchAll(/<link rel="modulepreload" href="https:\/\/YOUR-CDN\/([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  assert.ok(preloads.length >= 2, 'the guide shows the route map preloaded');
  for (const file of preloads) {
    assert.ok(file.startsWith(`pact-embed-${VERSION}/chunks/`), file);
    assert.ok(existsSync(join(PINNED, file.slice(`pact-embed-${VERSION}/`.length))), `${file} is in the folder`);
  }
});
