// The webmaster guide's own snippet, used as a webmaster would: on another site (http://localhost:B)
// than the reference deployment (`node packages/api/dist/serve.js`, as `npm start` runs it, on
// http://127.0.0.1:A), with the guide's Content-Security-Policy. The CDN file, its lazily loaded
// chunks and the API are all cross-origin: every element must be defined and show its data.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { SEED_DATA_DIR } from '@pact/api/node';
import { CDN, launch, ROOT, waitForWidgets, watchedPage } from './harness.js';

const guide = readFileSync(join(ROOT, 'docs/webmaster-guide.md'), 'utf8');
/** The first fenced block (of `lang`) after the heading that starts with `heading`. */
function block(heading: string, lang: string): string {
  const from = guide.indexOf(`\n## ${heading}`);
  assert.ok(from > 0, `the guide has a section "${heading}"`);
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(guide.slice(from));
  assert.ok(m, `section "${heading}" has a ${lang || 'plain'} block`);
  return m[1] as string;
}

let api: ChildProcess;
let apiUrl: string;
let site: Server;
let siteUrl: string;
let browser: Browser;

before(async () => {
  api = spawn(
    process.execPath,
    [join(ROOT, 'packages/api/dist/serve.js'), '--data', SEED_DATA_DIR, '--port', '0', '--quiet'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  apiUrl = await new Promise<string>((ok, fail) => {
    let out = '';
    api.stdout?.on('data', (d: Buffer) => {
      out += d;
      const m = /API at (http:\/\/[^\s/]+)\/v1/.exec(out);
      if (m) ok(m[1] as string);
    });
    api.once('exit', (code) => fail(new Error(`serve.js exited with ${code}: ${out}`)));
  });

  // The guide's snippet, with YOUR-CDN and the example API pointing at the reference deployment. Its
  // integrity is used as written: it must be that of the file built (scripts/generate-docs.mjs).
  const integrity = `sha384-${createHash('sha384')
    .update(readFileSync(join(CDN, 'pact-elements.js')))
    .digest('base64')}`;
  assert.ok(block('1.', 'html').includes(`integrity="${integrity}"`), 'the guide shows the integrity of the build');
  const local = (s: string) =>
    s
      .replace(/https:\/\/YOUR-CDN\/pact-embed-[^/]+\//g, `${apiUrl}/cdn/`)
      .replaceAll('https://YOUR-CDN', apiUrl)
      .replaceAll('https://api.example.org', apiUrl);
  const head = local(block('1.', 'html'));
  const body = local(block('2.', 'html'));
  const csp = local(block('4.', ''))
    .replace(/^Content-Security-Policy:\s*/, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner site</title><link rel="icon" href="data:,">${head}</head><body><main>${body}</main></body></html>`;
  site = createServer((req, res) => {
    if (req.url !== '/') return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end(page);
  });
  await new Promise<void>((ok) => site.listen(0, 'localhost', ok));
  const address = site.address();
  siteUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await launch();
});
// Also after a failed before(): what was not started is skipped (a `site?.close(ok)` on a server
// never made would leave this promise pending, and the run waiting for ever).
after(async () => {
  api?.kill('SIGTERM');
  await browser?.close();
  if (site) {
    site.closeAllConnections();
    await new Promise((ok) => site.close(ok));
  }
});

test('the guide’s snippet on another origin defines every element and shows the data, CSP and SRI intact', async () => {
  assert.notEqual(new URL(siteUrl).origin, new URL(apiUrl).origin);
  const w = await watchedPage(browser);
  const cdnResponses: { url: string; status: number; cors: string | undefined }[] = [];
  w.page.on('response', (r) => {
    if (r.url().startsWith(`${apiUrl}/cdn/`))
      cdnResponses.push({ url: r.url(), status: r.status(), cors: r.headers()['access-control-allow-origin'] });
  });
  await w.page.goto(siteUrl, { waitUntil: 'load' });
  const widgets = await waitForWidgets(w.page, 20000);
  const tags = [
    'pact-partners',
    'pact-pillars',
    'pact-projects',
    'pact-route-map',
    'pact-partnership',
    'pact-timeline',
  ];
  const defined = await w.page.evaluate((t: string[]) => t.filter((x) => customElements.get(x)), tags);
  assert.deepEqual(defined, tags, 'every element of the snippet is defined');
  for (const tag of tags) {
    const mine = widgets.filter((x) => x.tag === tag);
    assert.equal(mine.length, 1, tag);
    assert.ok(mine[0]?.loaded && !mine[0].error, `${tag}: ${mine[0]?.errorText ?? 'no data'}`);
  }
  // The entry file and the lazily loaded chunks (the route map's, the timeline's) came cross-origin.
  assert.ok(cdnResponses.some((r) => r.url.endsWith('/cdn/pact-elements.js')));
  assert.ok(cdnResponses.some((r) => r.url.includes('/cdn/chunks/')));
  for (const r of cdnResponses.filter((x) => x.url.endsWith('.js'))) assert.equal(r.cors, '*', r.url);
  assert.deepEqual(await w.violations(), []);
  assert.deepEqual(w.errors, []);
  await w.page.close();
});
