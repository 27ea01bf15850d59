#!/usr/bin/env node
// Smoke test of the built Storybook: every story renders in Debian's Chromium, reaches the state
// it shows, logs no error or warning, and axe finds no violation (open shadow roots included).
//
//   npm run test:storybook                         builds the Storybook, then runs this
//   node scripts/storybook-smoke.mjs [--build | --no-build] [--screenshots=DIR] [ID-FILTER…]
//   node scripts/storybook-smoke.mjs --languages [--no-build] [ID-FILTER…]
//   node scripts/storybook-smoke.mjs --locales=es,zh,de,it [--no-build] [ID-FILTER…]
//
// It builds the Storybook itself (`npm run build-storybook`) when storybook-static/index.json is
// missing or older than the stories, .storybook/, the elements' build, manifest or themes (--build
// forces it, --no-build never builds). The built Storybook, the real API and the fault server are
// served same-origin, as in `npm run storybook`:
//   /v1/…                 the reference API (startServer, seed data), which also serves storybook-static/
//   /__fault/<mode>/v1/…  test/support/fault-server.mjs in front of it (if it exists)
//
// A story says what it shows with `parameters: { smoke: { expect } }`:
//   'data'            every Pact element in the story gets `data-loaded` and shows no error
//   'error' | 'empty' | 'loading'   an element shows [part~=error] / [part~=empty] / [part~=loading]
//   'rendered'        only that the story rendered (stories without data elements)
// and, with `console: ['…']`, the console messages it causes on purpose (each a part of the text),
// and with `sameText: false`, that its pasted snippet may show other text (why, in the story).
// Without the parameter, the fault mode in an element's (or its provider's) `api` decides:
// /__fault/500|malformed|reset/v1 → 'error', /__fault/hang/v1 → 'loading', anything else → 'data'.
// With 'error' and 'loading', the failures the fault server causes on purpose are not problems:
// the browser's "Failed to load resource" errors for /__fault/ URLs, and the elements' console
// warnings that report a failed request to a /__fault/ URL.
// Then each story's "Show code" snippet (.storybook/snippet.ts: the script tag with its integrity,
// the theme style sheet, the element) is pasted into a blank page served with the CDN folder
// (dist/release/pact-embed-<version>/, from `npm run build:cdn`) and the real API: its elements must
// reach the same state, with the same text, and the page log nothing unexpected (--no-paste skips it).
// The static Storybook answers /v1 from its bundled data snapshot (.storybook/snapshot.ts); the
// pasted pages ask the real API, which serves the same seed data.
// Prints one line per story and ends with `stories: N passed, M failed`; exits 1 on any failure.
//
// --languages (issue 17: axe 0 on every story in every language): every story again in each of the
// other seven languages (the toolbar's `locale` global, so that the provider around the story has
// that lang, right to left in Arabic), one page per language and worker, reused from story to story:
// each must reach its state with no problem in the console and no axe violation, and each element
// that takes the toolbar's language must show it: its nearest `lang` is that language, and where it
// shows text in English, its text in the other language differs (a string that bypasses the
// catalogs leaves it the same). The stories are first shown in English for that reference text (not
// counted: the run without --languages checks them). No snippet is pasted (the English run does).
// --locales=LIST (or `--locales LIST`, comma-separated, implies --languages) runs the matrix in
// those languages only (each one of the seven; English is always shown first, as the reference);
// without it, all seven.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, CHROME_PATH } from '../test/support/chromium.mjs';
import { forward as pipe } from '../.storybook/forward.mjs';
import { FOLDER, RELEASE_DIR } from './cdn-release.mjs';
import { LOCALES } from '@pact/schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STATIC = join(ROOT, 'storybook-static');
const INDEX = join(STATIC, 'index.json');
const CHROME = CHROME_PATH;
const CONCURRENCY = 2;
const RENDER_TIMEOUT_MS = 20_000;
const STATES = ['data', 'error', 'empty', 'loading', 'rendered'];
const RELEASE = join(RELEASE_DIR, FOLDER);
/** The line of a snippet between its head part and its body part (.storybook/snippet.ts). */
const BODY_MARK = '<!-- In the <body>, where the content goes: -->';

const argv = process.argv.slice(2);
// `--locales LIST` is the same as `--locales=LIST`.
const localesAt = argv.indexOf('--locales');
if (localesAt >= 0) argv.splice(localesAt, 2, `--locales=${argv[localesAt + 1] ?? ''}`);
const flags = new Set(argv.filter((a) => a.startsWith('--') && !a.includes('=')));
const screenshots = argv.find((a) => a.startsWith('--screenshots='))?.slice('--screenshots='.length);
const filters = argv.filter((a) => !a.startsWith('--'));
const localesArg = argv.find((a) => a.startsWith('--locales='))?.slice('--locales='.length);
const languages = flags.has('--languages') || localesArg !== undefined;
/** The languages besides English that --languages shows every story in. */
const otherLocales = LOCALES.filter((l) => l !== 'en');
const chosenLocales = localesArg === undefined ? otherLocales : localesArg.split(',').filter(Boolean);
const unknownLocales = chosenLocales.filter((l) => !otherLocales.includes(l));
if (!chosenLocales.length || unknownLocales.length) {
  console.error(
    `--locales takes a comma-separated list of ${otherLocales.join(', ')}` +
      (unknownLocales.length ? ` (not: ${unknownLocales.join(', ')})` : ' (it is empty)'),
  );
  console.log('stories: 0 passed, 1 failed');
  process.exit(2);
}

/** The newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  const s = statSync(dir);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.name !== 'node_modules')
    .reduce((t, d) => Math.max(t, newest(join(dir, d.name))), s.mtimeMs);
}

function needsBuild() {
  if (flags.has('--build')) return true;
  if (flags.has('--no-build')) return false;
  if (!existsSync(INDEX)) return true;
  const built = statSync(INDEX).mtimeMs;
  const sources = [
    'stories',
    '.storybook',
    'packages/elements/dist',
    'packages/elements/themes',
    'packages/elements/custom-elements.json',
    'packages/elements/package.json',
  ];
  return sources.some((d) => newest(join(ROOT, d)) > built);
}

if (needsBuild()) {
  console.log('Building the Storybook (npm run build-storybook)…');
  const t0 = Date.now();
  const built = spawnSync('npm', ['run', 'build-storybook', '--silent'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (built.status !== 0 || !existsSync(INDEX)) {
    console.error('npm run build-storybook failed.');
    console.log('stories: 0 passed, 1 failed');
    process.exit(1);
  }
  console.log(`Built in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
}

const index = JSON.parse(readFileSync(INDEX, 'utf8'));
const stories = Object.values(index.entries ?? {})
  .filter((e) => e.type === 'story')
  .filter((e) => !filters.length || filters.some((f) => e.id.includes(f)));

// --- Servers: the API (with the static Storybook), the fault server, and a front server for /__fault/.

const forward = (req, res, target) => pipe(req, res, target, "The smoke test's front server");

let node;
try {
  node = await import('@pact/api/node');
} catch (e) {
  console.error(`Cannot load @pact/api/node (run \`npm run build\` first): ${e instanceof Error ? e.message : e}`);
  console.log('stories: 0 passed, 1 failed');
  process.exit(1);
}
const { cdnDir, loadDataset, startServer } = node;
const paste = !flags.has('--no-paste') && !languages;
if (paste && !existsSync(join(RELEASE, 'pact-elements.js'))) {
  console.error(`${RELEASE} is missing (run \`npm run build:cdn\`, or pass --no-paste).`);
  console.log('stories: 0 passed, 1 failed');
  process.exit(1);
}
// The CDN folder under its own name, as a webmaster's server would have it.
const api = await startServer({
  dataset: await loadDataset(),
  port: 0,
  log: false,
  statics: { '/': STATIC, ...(paste ? { [`/${FOLDER}/`]: cdnDir(RELEASE) } : {}) },
});
let fault = null;
const faultModule = join(ROOT, 'test/support/fault-server.mjs');
if (existsSync(faultModule)) {
  const { startFaultServer } = await import(pathToFileURL(faultModule).href);
  fault = await startFaultServer({ upstream: api.url });
} else {
  console.warn('test/support/fault-server.mjs is missing: the /__fault/ stories will fail.');
}
/** The pages with a pasted snippet, by path. */
const pasted = new Map();
const front = createServer((req, res) => {
  const url = req.url ?? '/';
  if (pasted.has(url))
    return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pasted.get(url));
  if (!url.startsWith('/__fault/')) return forward(req, res, new URL(url, api.url));
  if (fault) return forward(req, res, new URL(url.slice('/__fault'.length), fault.url));
  res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('No fault server.');
});
await new Promise((ok, fail) => front.once('error', fail).listen(0, '127.0.0.1', ok));
const BASE = `http://127.0.0.1:${front.address().port}`;

// --- The browser.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: [
    ...CHROME_ARGS,
    // Two pages at a time: keep the one in the background from being throttled (timers, rendering).
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
    '--disable-renderer-backgrounding',
  ],
});
if (screenshots) mkdirSync(screenshots, { recursive: true });

/** Console messages that are not failures. */
function expectedMessage(msg, expect, allowed = []) {
  const text = msg.text();
  const type = msg.type();
  // Lit's development build says so once per page (the static build uses the production build).
  if (type === 'warn' && text.startsWith('Lit is in dev mode.')) return true;
  // Chromium asks for /favicon.ico on its own; the Storybook has favicon.svg only.
  if (type === 'error' && msg.location()?.url === `${BASE}/favicon.ico` && /status of 404\b/.test(text)) return true;
  // A request that a loading story left hanging, and that its element does not end when it leaves
  // the page (the project list's names, shared by the listings on one API), times out during a
  // later story in the same page and says so: not this story's problem (its own requests to a
  // /__fault/hang URL never let it reach its state).
  if (type === 'warn' && /^<pact-[a-z-]+> /.test(text) && text.includes(`${BASE}/__fault/hang/`)) return true;
  if (expect !== 'error' && expect !== 'loading') return false;
  // The browser reports the fault server's deliberate 4xx/5xx answers as failed resources…
  if (
    type === 'error' &&
    /^Failed to load resource: the server responded with a status of [45]\d\d\b/.test(text) &&
    (msg.location()?.url ?? '').startsWith(`${BASE}/__fault/`)
  ) {
    return true;
  }
  // …and elements report a failed request in the console, naming its URL.
  if (type === 'warn' && /^<pact-[a-z-]+> /.test(text) && text.includes(`${BASE}/__fault/`)) return true;
  // A story may list what else it makes the page say on purpose (`smoke: { console: [...] }`).
  return allowed.some((part) => text.includes(part));
}

/** The state a story shows when it does not say: from the fault mode of its elements' API. */
function inferExpect(elements) {
  const modes = elements.map((e) => /\/__fault\/([^/~]+)/.exec(e.api)?.[1]).filter(Boolean);
  if (modes.some((m) => m === '500' || m === 'malformed' || m === 'reset')) return 'error';
  if (modes.includes('hang')) return 'loading';
  return 'data';
}

/**
 * In the page: the state of the story's Pact elements (light DOM under #storybook-root), or with
 * `root` 'body', of a page with a pasted snippet.
 */
function pageState(root = '#storybook-root') {
  const body = document.body;
  if (root === 'body') {
    return { rendered: true, storyId: 'pasted', expect: null, console: [], elements: elementsUnder(body) };
  }
  if (body.classList.contains('sb-show-errordisplay')) {
    const error = document.querySelector('#error-message')?.textContent ?? '';
    const stack = document.querySelector('#error-stack')?.textContent ?? '';
    return { storyError: `${error} ${stack.split('\n')[0] ?? ''}`.trim() };
  }
  const story = document.querySelector(root);
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  const rendered = !!story && story.childElementCount > 0 && !body.classList.contains('sb-show-preparing-story');
  return {
    rendered,
    storyId: render?.id ?? null,
    expect: render?.story?.parameters?.smoke?.expect ?? null,
    console: render?.story?.parameters?.smoke?.console ?? [],
    sameText: render?.story?.parameters?.smoke?.sameText ?? true,
    elements: story ? elementsUnder(story) : [],
  };
  /** The Pact elements under `el` (not the providers), each with its state and the text it shows. */
  function elementsUnder(el) {
    const has = (e, part) => !!e.shadowRoot?.querySelector(`[part~="${part}"]`);
    // In a story, the outermost provider is the toolbar's (.storybook/preview.ts: withProvider).
    const toolbar = el.querySelector('pact-provider');
    return [...el.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('pact-') && e.localName !== 'pact-provider')
      .map((e) => ({
        tag: e.localName,
        api: e.getAttribute('api') || e.closest('pact-provider[api]')?.getAttribute('api') || '',
        defined: !!customElements.get(e.localName),
        lang: e.closest('[lang]')?.getAttribute('lang') ?? '',
        // The story gives the element its language (lang on it or on a provider of its own).
        ownLang: !!e.closest('[lang]') && e.closest('[lang]') !== toolbar,
        loaded: e.hasAttribute('data-loaded'),
        error: has(e, 'error') ? (e.shadowRoot.querySelector('[part~="error"] p')?.textContent ?? 'error') : null,
        empty: has(e, 'empty'),
        loading: has(e, 'loading'),
        // Without white space: the CDN build's templates are minified, the Storybook's are not.
        text: (e.shadowRoot?.textContent ?? '').replace(/\s+/g, ''),
      }));
  }
}

/** Whether the story has reached the state it expects, or a state it cannot leave (then: why). */
function settled(state, expect) {
  if (state.storyError) return { done: true, problem: `the story threw: ${state.storyError}` };
  if (!state.rendered || !state.storyId) return { done: false };
  const els = state.elements;
  const undefinedTag = els.find((e) => !e.defined);
  if (undefinedTag) return { done: false, problem: `<${undefinedTag.tag}> is not defined` };
  switch (expect) {
    case 'rendered':
      return { done: true };
    case 'data': {
      if (!els.length) return { done: true, problem: 'no Pact element in the story (use smoke.expect "rendered")' };
      const failed = els.find((e) => e.error);
      if (failed) return { done: true, problem: `<${failed.tag}> shows an error: ${failed.error.trim()}` };
      return els.every((e) => e.loaded) ? { done: true } : { done: false, problem: 'data-loaded never appeared' };
    }
    case 'error':
    case 'empty':
    case 'loading':
      if (els.some((e) => e[expect])) return { done: true };
      // Every element has settled in another state: it will not change on its own.
      if (els.every((e) => e.loaded || e.error)) {
        const shown = els.map((e) => `<${e.tag}> ${e.error ? 'error' : e.empty ? 'empty' : 'data'}`).join(', ');
        return { done: true, problem: `expected [part~=${expect}], got ${shown}` };
      }
      return { done: false, problem: `no element showed [part~=${expect}]` };
    default:
      return { done: true, problem: `unknown smoke.expect "${expect}" (use ${STATES.join(', ')})` };
  }
}

/**
 * A page in a window of its own. Tabs of one window take turns in front, and a tab behind draws no
 * frame: a lazy element there never comes near. Each page stays in front in its own window.
 */
const newWindow = () => browser.newPage({ type: 'window' });

/**
 * A worker's Storybook page, kept from one story to the next: switching the story in a loaded
 * preview (Storybook's own `setCurrentStory` event, as its test runner does) costs a fraction of
 * loading the preview again (3.5 MB of scripts and the data snapshot, about 3 s a story).
 */
async function openStoryPage(locale) {
  const page = await newWindow();
  await page.setViewport({ width: 1280, height: 900 });
  const slot = { page, locale, loaded: false, messages: [], errors: [] };
  page.on('console', (msg) => slot.messages.push(msg));
  page.on('pageerror', (e) => slot.errors.push(`uncaught exception: ${e.message.split('\n')[0]}`));
  return slot;
}

/** Shows the story in the slot's page: a first load, or a switch that waits for Storybook's verdict. */
async function showStory(slot, entry) {
  if (!slot.loaded) {
    // a11y.manual: addon-a11y does not run axe on its own in this page; runAxe() does, on the same root.
    await slot.page.goto(
      `${BASE}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story&globals=a11y.manual:!true${slot.locale === 'en' ? '' : `;locale:${slot.locale}`}`,
      { waitUntil: 'load', timeout: RENDER_TIMEOUT_MS },
    );
    slot.loaded = true;
    return;
  }
  const outcome = await slot.page.evaluate(
    (id, timeout) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const events = ['storyRendered', 'storyErrored', 'storyThrewException', 'storyMissing'];
        const handlers = events.map((name) => {
          const h = (payload) => {
            if (name === 'storyRendered' && payload !== id) return;
            finish(name);
          };
          channel.on(name, h);
          return [name, h];
        });
        const timer = setTimeout(() => finish('timeout'), timeout);
        function finish(result) {
          clearTimeout(timer);
          for (const [name, h] of handlers) channel.off(name, h);
          resolve(result);
        }
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    entry.id,
    RENDER_TIMEOUT_MS,
  );
  if (outcome !== 'storyRendered') throw new Error(`switching to the story: ${outcome}`);
}

/**
 * Checks one story in the worker's page. A problem found in a page that showed other stories before
 * is checked again in a fresh page, whose verdict counts: a reused page may only make the run faster.
 */
async function checkStory(job, worker) {
  const { entry, locale } = job;
  const t0 = Date.now();
  if (worker.slot && worker.slot.locale !== locale) {
    // The next language: a page of its own (the toolbar's language is in the page's URL).
    await worker.slot.page.close().catch(() => {});
    worker.slot = undefined;
  }
  const reused = worker.slot?.loaded ?? false;
  worker.slot ??= await openStoryPage(locale);
  const r = await checkStoryIn(worker.slot, job, t0);
  if (r.problems.length || r.broken) {
    await worker.slot.page.close().catch(() => {});
    worker.slot = undefined;
    if (reused) {
      worker.rechecked.push(`${entry.id}${locale === 'en' ? '' : ` in ${locale}`} (${r.problems[0]})`);
      return checkStory(job, worker);
    }
  }
  return r;
}

/**
 * With --languages, the problems of a story shown in `locale` against its English reference: each
 * element that takes the toolbar's language has it as its nearest lang, and shows other text than
 * in English where it showed text (an element whose language the story sets itself is left out).
 */
function languageProblems(locale, shown, reference) {
  if (!reference) return ['no English reference: the story fails in English'];
  const tags = (list) => list.map((e) => e.tag).join(', ');
  if (tags(shown) !== tags(reference)) return [`it shows ${tags(shown)} in ${locale}, ${tags(reference)} in English`];
  const problems = [];
  shown.forEach((e, i) => {
    const en = reference[i];
    if (en.ownLang) return; // the story gives the element its language (e.g. a "French" story)
    if (e.lang !== locale) problems.push(`<${e.tag}>'s nearest lang is "${e.lang}", not ${locale}`);
    else if (en.text && e.text === en.text)
      problems.push(`<${e.tag}> shows the same text as in English: "${e.text.slice(0, 100)}…"`);
  });
  return problems;
}

async function checkStoryIn(slot, job, t0) {
  const { entry, locale, reference } = job;
  const problems = [];
  let expect = 'data';
  let source = 'api';
  let allowed = [];
  let renderMs = 0;
  let verdict;
  let broken = false;
  let axed = null;
  let shownElements = null;
  const page = slot.page;
  slot.messages.length = 0;
  slot.errors.length = 0;
  try {
    await showStory(slot, entry);
    ({ verdict, expect, allowed, source } = await settle(page, '#storybook-root', undefined, entry.id));
    if (!verdict.done || verdict.problem) {
      problems.push(verdict.done ? verdict.problem : `timed out: ${verdict.problem}`);
    } else {
      // Let the elements finish their update (not requestAnimationFrame: the page may be in the background).
      await page.evaluate(() =>
        Promise.all([...document.querySelectorAll('#storybook-root *')].map((e) => e.updateComplete)),
      );
      renderMs = Date.now() - t0;
      // With --languages, English is the reference only (the run without it checks English).
      if (!(languages && locale === 'en')) {
        const violations = await runAxe(page);
        axed = violations.length;
        for (const v of violations) {
          problems.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).join(' | ')}`);
        }
      }
      if (languages) {
        shownElements = (await page.evaluate(pageState, '#storybook-root')).elements;
        if (locale !== 'en') problems.push(...languageProblems(locale, shownElements, await reference));
      }
      // The viewport only: cards off-screen use content-visibility: auto, which full-page captures leave blank.
      if (screenshots) await page.screenshot({ path: join(screenshots, `${entry.id}.png`) });
      if (paste) {
        const { elements: shown, sameText } = await page.evaluate(pageState, '#storybook-root');
        const code = await page.evaluate(() => globalThis.__pactSnippet?.() ?? null);
        if (code === null) problems.push('the story has no snippet (.storybook/preview.ts: withSnippet)');
        else problems.push(...(await checkPasted(entry, code, expect, allowed, shown, sameText)));
      }
    }
    problems.push(...slot.errors, ...unexpected(slot.messages, expect, allowed));
  } catch (e) {
    broken = true;
    problems.push(`${e instanceof Error ? e.message.split('\n')[0] : e}`);
  }
  return {
    entry,
    expect: source === 'parameters' ? expect : `${expect}, from api`,
    problems,
    broken,
    ms: Date.now() - t0,
    renderMs,
    axed,
    shown: problems.length ? null : shownElements,
  };
}

/** The console errors and warnings of a page that are not expected of its state. */
function unexpected(messages, expect, allowed, prefix = '') {
  return messages
    .filter((msg) => (msg.type() === 'error' || msg.type() === 'warn') && !expectedMessage(msg, expect, allowed))
    .map((msg) => {
      const where = msg.location()?.url ? ` (${msg.location().url.replace(BASE, '')})` : '';
      return `${prefix}console.${msg.type()}: ${msg.text().split('\n')[0]}${where}`;
    });
}

/**
 * Polls the page until the Pact elements under `root` reach the state they should show: `expect`,
 * or for a story the state its parameters or its API say.
 */
async function settle(page, root, fixed, storyId) {
  let verdict = { done: false, problem: 'the story never rendered' };
  let expect = fixed ?? 'data';
  let allowed = [];
  let source = 'api';
  const deadline = Date.now() + RENDER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state = await page.evaluate(pageState, root);
    // After a switch, until Storybook's current render is this story's, the page shows the last one.
    if (storyId && state.storyId !== storyId && !state.storyError) state.rendered = false;
    if (state.rendered && !fixed) {
      allowed = state.console;
      expect = state.expect ?? inferExpect(state.elements);
      source = state.expect ? 'parameters' : 'api';
    }
    const v = settled(state, expect);
    if (v.done || v.problem) verdict = v;
    if (v.done) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { verdict, expect, allowed, source };
}

/**
 * The story's snippet pasted into a blank page (its head part in <head>, the rest in <body>), with
 * YOUR-CDN and the example API pointing at this server: the same elements must reach the same
 * state as in the story, showing the same text once they have data, and log nothing unexpected.
 */
async function checkPasted(entry, code, expect, allowed, shown, sameText = true) {
  const [head, body] = code.split(BODY_MARK);
  if (body === undefined) return [`pasted: the snippet has no line "${BODY_MARK}"`];
  const local = (s) =>
    s.replaceAll('https://YOUR-CDN/', `${BASE}/`).replaceAll('https://api.example.org/v1', `${BASE}/v1`);
  const path = `/paste/${encodeURIComponent(entry.id)}.html`;
  pasted.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${entry.id}</title><link rel="icon" href="data:,">\n${local(head)}</head>\n<body>${local(body)}</body></html>`,
  );
  const problems = [];
  const page = pastePages.pop() ?? (await newWindow());
  await page.setViewport({ width: 1280, height: 900 });
  const messages = [];
  const onConsole = (msg) => messages.push(msg);
  const onError = (e) => problems.push(`pasted: uncaught exception: ${e.message.split('\n')[0]}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  try {
    await page.goto(`${BASE}${path}`, { waitUntil: 'load', timeout: RENDER_TIMEOUT_MS });
    const { verdict } = await settle(page, 'body', expect);
    if (!verdict.done || verdict.problem) {
      problems.push(`pasted: ${verdict.done ? verdict.problem : `timed out: ${verdict.problem}`}`);
    } else if (expect !== 'rendered') {
      await page.evaluate(() => Promise.all([...document.querySelectorAll('body *')].map((e) => e.updateComplete)));
      const got = (await page.evaluate(pageState, 'body')).elements;
      const tags = (list) => list.map((e) => e.tag).join(', ');
      if (tags(got) !== tags(shown)) problems.push(`pasted: the page has ${tags(got)}, the story ${tags(shown)}`);
      else if (sameText && (expect === 'data' || expect === 'empty')) {
        got.forEach((e, i) => {
          const want = shown[i].text;
          if (e.text === want) return;
          const first = [...want].findIndex((c, j) => e.text[j] !== c);
          const at = first < 0 ? want.length : first;
          problems.push(
            `pasted: <${e.tag}> shows "…${e.text.slice(Math.max(0, at - 20), at + 60)}…" where the story shows "…${want.slice(Math.max(0, at - 20), at + 60)}…"`,
          );
        });
      }
    }
    problems.push(...unexpected(messages, expect, allowed, 'pasted: '));
  } catch (e) {
    problems.push(`pasted: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    // A page that showed no problem opens the next snippet (a navigation leaves nothing of this
    // one); one that did is closed, so that a problem is never carried to another story.
    if (problems.length) await page.close().catch(() => {});
    else pastePages.push(page);
    pasted.delete(path);
  }
  return problems;
}

/** Pages that showed a pasted snippet without a problem, each opened again for the next one. */
const pastePages = [];

/**
 * A Docs page shows each story's snippet, once: every code block that has the script tag has it
 * one time, with its integrity (Storybook applies the Code panel's transform more than once).
 */
async function checkDocs(id) {
  const page = await browser.newPage();
  try {
    await page.goto(`${BASE}/iframe.html?viewMode=docs&id=${encodeURIComponent(id)}`, {
      waitUntil: 'load',
      timeout: RENDER_TIMEOUT_MS,
    });
    const shown = () =>
      [...document.querySelectorAll('pre')]
        .map((p) => p.textContent ?? '')
        .filter((t) => t.includes('pact-elements.js'));
    await page
      .waitForFunction(
        () => [...document.querySelectorAll('pre')].some((p) => p.textContent?.includes('pact-elements.js')),
        {
          timeout: RENDER_TIMEOUT_MS,
        },
      )
      .catch(() => {}); // then: no code block
    const blocks = await page.evaluate(shown);
    if (!blocks.length) return ['no code block shows the script tag'];
    const bad = blocks.filter(
      (t) => t.split('pact-elements.js').length !== 2 || !/integrity="sha384-[\w+/=]{64}"/.test(t),
    );
    return bad.length
      ? [`${bad.length} of ${blocks.length} code blocks do not show the script tag once, with its integrity`]
      : [];
  } catch (e) {
    return [`${e instanceof Error ? e.message.split('\n')[0] : e}`];
  } finally {
    await page.close().catch(() => {});
  }
}

/** axe-core on the story root, shadow roots included; retried if Storybook's own a11y run holds axe. */
async function runAxe(page) {
  // Once per page: a reused Storybook page keeps it from story to story.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  for (let attempt = 0; ; attempt++) {
    try {
      return await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#storybook-root'), {
          // A story is a fragment of a page: page-level landmark rules do not apply (as in addon-a11y).
          rules: { region: { enabled: false } },
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' ')),
        }));
      });
    } catch (e) {
      if (attempt < 20 && /already running/i.test(String(e))) await new Promise((r) => setTimeout(r, 250));
      else throw e;
    }
  }
}

// --- Run, two pages at a time.

let passed = 0;
let failed = 0;
/** axe's violations in each language, over the stories that reached their state. */
const axeTally = {};
const started = Date.now();
try {
  // Without --languages, every story in English; with it, every story in English (the reference
  // text), then in each other language (or those of --locales), language by language (a worker changes pages between them).
  const locales = languages ? ['en', ...chosenLocales] : ['en'];
  /** The English elements of each story (null if it failed), for --languages. */
  const references = new Map(
    stories.map((e) => {
      let resolve;
      const promise = new Promise((ok) => (resolve = ok));
      return [e.id, { promise, resolve }];
    }),
  );
  const queue = locales.flatMap((locale) =>
    stories.map((entry) => ({ entry, locale, reference: references.get(entry.id).promise })),
  );
  const rechecked = [];
  const worker = async () => {
    const me = { slot: undefined, rechecked };
    for (let job = queue.shift(); job; job = queue.shift()) {
      const { entry, locale } = job;
      const r = await checkStory(job, me);
      const reference = languages && locale === 'en';
      if (reference) references.get(entry.id).resolve(r.shown);
      const name = `${entry.id}${languages ? ` ${locale}` : ''}`;
      const time = `${(r.ms / 1000).toFixed(1)} s (rendered in ${(r.renderMs / 1000).toFixed(1)} s)`;
      if (r.problems.length) {
        failed++;
        console.log(`FAIL ${name} [${r.expect}] ${time}`);
        for (const p of r.problems) console.log(`     - ${p}`);
      } else {
        if (!reference) passed++;
        console.log(`ok   ${name} [${r.expect}${reference ? ', English reference' : ''}] ${time}`);
      }
      if (r.axed !== null) {
        const tally = (axeTally[locale] ??= { stories: 0, violations: 0 });
        tally.stories++;
        tally.violations += r.axed;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  for (const [locale, t] of Object.entries(axeTally))
    console.log(`axe ${locale}: ${t.violations} violations in ${t.stories} stories`);
  if (rechecked.length)
    console.log(`(checked again in a fresh page, after a problem in a reused one: ${rechecked.join(', ')})`);
  // One Docs page (a short one): the snippets as the Code panels show them.
  const docs = 'elements-pact-provider--docs';
  if (paste && !filters.length && index.entries?.[docs]) {
    const problems = await checkDocs(docs);
    if (problems.length) {
      failed++;
      console.log(`FAIL ${docs} [code panels]`);
      for (const p of problems) console.log(`     - ${p}`);
    } else {
      passed++;
      console.log(`ok   ${docs} [code panels]`);
    }
  }
} catch (e) {
  failed++;
  console.log(`FAIL the smoke test crashed: ${e instanceof Error ? e.stack : e}`);
} finally {
  await browser.close().catch(() => {});
  front.closeAllConnections();
  await new Promise((ok) => front.close(() => ok()));
  await fault?.close();
  await api.close();
}
if (!stories.length) {
  failed++;
  console.log(`FAIL no story in ${INDEX}${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
}
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s, ${fault ? 'with' : 'without'} the fault server)`);
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
