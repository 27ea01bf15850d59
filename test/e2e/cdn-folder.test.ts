// The folder webmasters upload (dist/release/pact-embed-<version>/, written by `npm run build:cdn`):
// self-contained, listed in SRI.txt, zipped; and what a page shows when part of it is missing. A copy
// of the folder is served by the reference server (as `npm start` serves the CDN build), one file
// deleted, the page loading pact-elements.js with the integrity from SRI.txt.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'puppeteer-core';
import { cdnDir, loadDataset, startServer, type RunningServer } from '@pact/api/node';
import { launch, ROOT, watchedPage, type Watched } from './harness.js';

const version = (JSON.parse(readFileSync(join(ROOT, 'packages/elements/package.json'), 'utf8')) as { version: string })
  .version;
const NAME = `pact-embed-${version}`;
const RELEASE = join(ROOT, 'dist/release', NAME);
const ZIP = join(ROOT, 'dist/release', `${NAME}.zip`);

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => posix.relative(dir.split('\\').join('/'), join(d.parentPath, d.name).split('\\').join('/')))
    .sort();
const sha384 = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
/** SRI.txt as { path: integrity }. */
const sri = (dir: string) =>
  Object.fromEntries(
    readFileSync(join(dir, 'SRI.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('sha384-'))
      .map((l) => l.split(/\s+/).reverse() as [string, string]),
  );

let site: RunningServer;
let served: string;
let pages: string;
let browser: Browser;

before(async () => {
  if (!existsSync(join(RELEASE, 'pact-elements.js')))
    throw new Error(`${RELEASE} is missing: run \`npm run build && npm run build:cdn\` first`);
  served = join(mkdtempSync(join(tmpdir(), 'pact-folder-')), NAME);
  cpSync(RELEASE, served, { recursive: true });
  pages = mkdtempSync(join(tmpdir(), 'pact-folder-pages-'));
  site = await startServer({
    dataset: await loadDataset(),
    port: 0,
    log: false,
    statics: { [`/${NAME}/`]: cdnDir(served), '/t/': pages },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dirname(served), { recursive: true, force: true });
  rmSync(pages, { recursive: true, force: true });
});

test('the folder holds every file its scripts import, SRI.txt lists each with its integrity, the zip holds the folder', () => {
  const all = files(RELEASE);
  for (const f of ['pact-elements.js', 'pact-cloak.css', 'SRI.txt', 'themes/osce.css']) assert.ok(all.includes(f), f);
  // Every relative import of every script resolves to a file of the folder.
  const scripts = all.filter((f) => f.endsWith('.js'));
  assert.ok(scripts.filter((f) => f.startsWith('chunks/')).length >= 5, 'chunks/ holds the lazily loaded files');
  for (const f of scripts) {
    const code = readFileSync(join(RELEASE, f), 'utf8');
    for (const [, spec] of code.matchAll(/(?:import\(|from)\s*"(\.{1,2}\/[^"]+)"/g)) {
      const target = posix.join(posix.dirname(f), spec as string);
      assert.ok(all.includes(target), `${f} imports ${spec}, which is not in the folder`);
    }
  }
  const listed = sri(RELEASE);
  assert.deepEqual(
    Object.keys(listed).sort(),
    all.filter((f) => !/\.(br|gz)$/.test(f) && f !== 'SRI.txt'),
    'SRI.txt lists every file but the compressed copies',
  );
  for (const [f, value] of Object.entries(listed)) assert.equal(value, sha384(readFileSync(join(RELEASE, f))), f);
  const zipped = unzipSync(readFileSync(ZIP));
  assert.deepEqual(Object.keys(zipped).sort(), all.map((f) => `${NAME}/${f}`).sort());
  assert.ok(
    Buffer.from(zipped[`${NAME}/pact-elements.js`] as Uint8Array).equals(
      readFileSync(join(RELEASE, 'pact-elements.js')),
    ),
  );
});

/** A page that loads the folder's script with its integrity from SRI.txt, as the guide says. */
function page(name: string, lang: string, body: string): string {
  const src = `${site.url}/${NAME}/pact-elements.js`;
  writeFileSync(
    join(pages, name),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">` +
      `<script type="module" src="${src}" integrity="${sri(served)['pact-elements.js']}" crossorigin="anonymous"></script>` +
      `<meta name="pact:api" content="${site.url}/v1"></head><body><main>${body}</main></body></html>`,
  );
  return `${site.url}/t/${name}`;
}

/** The error state of `tag` (its text) once it shows one. */
async function errorOf(p: Page, tag: string): Promise<string> {
  const handle = await p.waitForFunction(
    (t: string) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="error"]')?.textContent,
    { timeout: 10000, polling: 50 },
    tag,
  );
  return String(await handle.jsonValue())
    .replace(/\s+/g, ' ')
    .trim();
}

/** Moves the folder's file whose name starts with `prefix` away; returns a function that puts it back. */
function remove(prefix: string): { file: string; restore: () => void } {
  const file = files(served).find((f) => f.startsWith(prefix) && f.endsWith('.js'));
  assert.ok(file, `the folder has ${prefix}….js`);
  const away = join(dirname(served), 'away.js');
  renameSync(join(served, file), away);
  return { file, restore: () => existsSync(away) && renameSync(away, join(served, file)) };
}

/**
 * Opens a page of `body` with the folder's file `prefix…` missing, and waits for `tag`'s error
 * state, which must name that file; `check` goes on from there. The file is put back after.
 */
async function withoutFile(
  prefix: string,
  lang: string,
  body: string,
  tag: string,
  check: (w: Watched, text: string, restore: () => void) => Promise<void>,
): Promise<void> {
  const { file, restore } = remove(prefix);
  try {
    const w = await watchedPage(browser, [/status of 404/]);
    await w.page.setCacheEnabled(false); // the chunks are cached for good: an earlier test's copy would do
    await w.page.goto(page(`${tag}-${lang}.html`, lang, body));
    const text = await errorOf(w.page, tag);
    assert.match(text, new RegExp(`The file ${file.replace(/[.]/g, '\\.')} of Pact Embed could not be loaded`));
    await check(w, text, restore);
    await w.page.close();
  } finally {
    restore();
  }
}

/** Presses the Retry button of `tag`'s error state. */
const retry = (p: Page, tag: string) =>
  p.evaluate(
    (t: string) =>
      (document.querySelector(t)?.shadowRoot?.querySelector('[part~="retry-button"]') as HTMLElement).click(),
    tag,
  );

test('without the route map chunk, the map shows an error naming the file, keeps its fallback, and Retry loads it once it is there', async () => {
  const body = '<pact-route-map><a href="/routes">The routes</a></pact-route-map>';
  await withoutFile('chunks/pact-route-map-', 'en', body, 'pact-route-map', async (w, text, restore) => {
    assert.match(text, /Retry$/);
    assert.equal(await w.page.evaluate(() => !!customElements.get('pact-route-map')), false);
    // The fallback link stays visible next to the error.
    assert.ok(await w.page.$eval('pact-route-map a', (a) => (a as HTMLElement).offsetHeight > 0));
    restore();
    await retry(w.page, 'pact-route-map');
    await w.page.waitForSelector('pact-route-map[data-loaded]', { timeout: 15000 });
    const errors = await w.page.$eval(
      'pact-route-map',
      (el) => el.shadowRoot?.querySelectorAll('[part~="error"]').length,
    );
    assert.equal(errors, 0);
    assert.deepEqual(w.errors, []);
  });
});

test('without the Russian texts, a Russian page says which file is missing, and Retry shows Russian once it is there', async () => {
  await withoutFile('chunks/ru-', 'ru', '<pact-pillars></pact-pillars>', 'pact-pillars', async (w, _text, restore) => {
    restore();
    await retry(w.page, 'pact-pillars');
    await w.page.waitForFunction(
      () =>
        document.querySelector('pact-pillars')?.hasAttribute('data-loaded') &&
        !document.querySelector('pact-pillars')?.shadowRoot?.querySelector('[part~="error"]'),
      { timeout: 10000, polling: 50 },
    );
    // Russian interface text (Cyrillic), not English.
    const shown = await w.page.$eval('pact-pillars', (el) => el.shadowRoot?.textContent ?? '');
    assert.match(shown, /[А-Яа-я]{4,}/);
    assert.deepEqual(w.errors, []);
  });
});

test('a missing file that an element chunk imports is the one named', async () => {
  // An element's chunk imports a shared chunk (the directory and the listing share their list
  // controller); the browser's own message names only the element's chunk.
  const importing = files(served)
    .filter((f) => /^chunks\/pact-[a-z-]+-[^/]+\.js$/.test(f))
    .map((f) => ({
      tag: /^chunks\/(pact-[a-z]+(?:-[a-z]+)*?)-[^-]+\.js$/.exec(f)?.[1],
      dep: /from\s*"\.\/([^"]+\.js)"/.exec(readFileSync(join(served, f), 'utf8'))?.[1],
    }))
    .find((c) => c.tag && c.dep);
  assert.ok(importing?.tag && importing.dep, 'an element chunk imports another chunk');
  const { tag, dep } = importing;
  await withoutFile(`chunks/${dep}`, 'en', `<${tag}></${tag}>`, tag, async () => {});
});
