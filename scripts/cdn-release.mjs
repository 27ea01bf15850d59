// The folder a webmaster uploads: a copy of the CDN build (dist/cdn) named after the elements'
// version, with SRI.txt (the sha384 integrity of each file), and a zip of that folder.
//
//   dist/release/pact-embed-<version>/        pact-elements.js, chunks/, themes/, pact-cloak.css,
//                                             source maps, .br/.gz copies, SRI.txt
//   dist/release/pact-embed-<version>.zip     the same folder, zipped (fflate; reproducible)
//   dist/cdn/<version>/                       the same folder again, inside the CDN build: `npm start`
//                                             serves it at /cdn/<version>/ as immutable (a pinned URL),
//                                             and dist/cdn itself at /cdn/ as the short-lived alias
//
// Used by rollup.config.mjs (the `pact-release` plugin, last) and by scripts/generate-docs.mjs
// (which writes the entry's integrity and the folder name into docs/webmaster-guide.md).
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The version in the folder's name: the elements package's. */
export const VERSION = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')).version;
export const FOLDER = `pact-embed-${VERSION}`;
export const CDN_DIR = join(root, 'dist/cdn');
export const RELEASE_DIR = join(root, 'dist/release');
/** The versioned copy inside the CDN build, served at /cdn/<version>/ (immutable). */
export const VERSIONED_DIR = join(CDN_DIR, VERSION);

/** The value of an `integrity` attribute for these bytes. */
export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The entry's integrity, from the CDN build (throws, saying what to run, when there is none). */
export function entryIntegrity(dir = CDN_DIR) {
  let bytes;
  try {
    bytes = readFileSync(join(dir, 'pact-elements.js'));
  } catch {
    throw new Error(`${dir}/pact-elements.js is missing: run \`npm run build && npm run build:cdn\` first`);
  }
  return integrity(bytes);
}

/** Every file under `dir`, as sorted paths with `/` separators. */
const filesOf = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((f) => String(f).split('\\').join('/'))
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();

/**
 * SRI.txt: one `sha384-… path` line per file a browser fetches. The `.br` and `.gz` copies are left
 * out: a browser checks the integrity of the decoded bytes, which are those of the original.
 */
export function sriText(dir) {
  const lines = filesOf(dir)
    .filter((f) => !/\.(br|gz)$/.test(f) && f !== 'SRI.txt')
    .map((f) => `${integrity(readFileSync(join(dir, f)))}  ${f}`);
  return [
    `# Subresource Integrity of each file of ${FOLDER} (sha384, base64), for integrity="…".`,
    '# Upload the whole folder: pact-elements.js loads the files under chunks/ itself.',
    ...lines,
    '',
  ].join('\n');
}

/** Copies the CDN build into the versioned folder, writes SRI.txt and the zip; returns their paths. */
export function writeRelease(from = CDN_DIR) {
  const folder = join(RELEASE_DIR, FOLDER);
  rmSync(RELEASE_DIR, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync(from, folder, { recursive: true });
  writeFileSync(join(folder, 'SRI.txt'), sriText(folder));
  // A fixed date: the same build gives the same zip, byte for byte.
  const mtime = new Date('2026-01-01T00:00:00Z');
  const entries = Object.fromEntries(
    filesOf(folder).map((f) => [
      `${FOLDER}/${f}`,
      [readFileSync(join(folder, f)), { mtime, level: /\.(br|gz)$/.test(f) ? 0 : 9 }],
    ]),
  );
  const zip = join(RELEASE_DIR, `${FOLDER}.zip`);
  writeFileSync(zip, zipSync(entries));
  return { folder, zip };
}

/** Rollup plugin: after every other plugin has written its files, the release folder and zip. */
export function release() {
  return {
    name: 'pact-release',
    writeBundle: {
      sequential: true,
      order: 'post',
      handler(options) {
        const { folder, zip } = writeRelease(options.dir);
        // The pinned copy, next to the alias files it was made from (and SRI.txt with it).
        cpSync(folder, join(options.dir, VERSION), { recursive: true });
        const rel = (p) => p.slice(root.length);
        console.log(
          `\nUpload the whole folder ${rel(folder)}/ (or unpack ${rel(zip)}); SRI.txt lists each file's integrity.\n` +
            `  <script type="module" src="https://YOUR-CDN/${FOLDER}/pact-elements.js" integrity="${entryIntegrity(options.dir)}" crossorigin="anonymous"></script>\n`,
        );
      },
    },
  };
}
