// Figures of <pact-route-map>:
//   1. the size of the map chunk: the module the element imports dynamically (src/route-map/geometry.ts,
//      d3-geo and topojson-client inside; the country shapes are data from the API, not code), bundled
//      with rollup + node-resolve + terser and gzipped at level 9; goal at most 15 kB gzip. The element's
//      own chunk (Lit, the SDK, the component) is printed beside it for reference.
//   2. the first render after the data arrives, in Chromium: from the performance mark
//      `pact-route-map:received` (routes, topology and partners received, map chunk loaded) to
//      `pact-route-map:rendered` (after the update, one animation frame and a task: the SVG painted),
//      median of 20 runs, each in a fresh page; goal under 100 ms.
//   3. screenshots of the map (each theme in packages/elements/themes/*.css, with highlight="priority"
//      and centres; the default theme in en, fr and ru, each route alone, zoomed, and the table view)
//      into /tmp/pact-route-map-*.png.
//
//   npx tsc -b && node bench/route-map.mjs            all three
//   node bench/route-map.mjs --runs 40 --no-shots     more runs, no screenshots
//   node bench/route-map.mjs --strict                 exit 1 when a goal is missed
//
// Needs the built packages (npx tsc -b: dist/ of @pact/api and @pact/elements) and /usr/bin/chromium
// (or CHROME_PATH).
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { PUPPETEER_LAUNCH } from '../test/support/chromium.mjs';

const GOAL_CHUNK_GZIP = 15 * 1024;
const GOAL_RENDER_MS = 100;
const WIDTH = 960;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    'no-shots': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(args.runs) || 20);
const root = fileURLToPath(new URL('..', import.meta.url));
const elementsDist = join(root, 'packages/elements/dist');

for (const f of ['packages/elements/dist/route-map/pact-route-map.js', 'packages/api/dist/node.js']) {
  if (!existsSync(join(root, f))) {
    console.error(`${f} is missing: build first (npx tsc -b).`);
    process.exit(2);
  }
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const gzip = (code) => gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---- 1. chunk sizes ------------------------------------------------------------------------

async function chunkSizes() {
  const bundle = await rollup({
    input: join(elementsDist, 'route-map/pact-route-map.js'),
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }), terser()],
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY' && warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    const chunks = output.filter((c) => c.type === 'chunk');
    // The map chunk: the dynamic import that holds geometry.js. (Other lazy chunks, such as the
    // French and Russian UI strings, load only for pages in those languages: not counted.)
    const isMap = (c) => Object.keys(c.modules).some((m) => m.endsWith('/route-map/geometry.js'));
    const map = chunks.filter(isMap);
    const element = chunks.filter((c) => !c.isDynamicEntry);
    const size = (list) => {
      const code = list.map((c) => c.code).join('\n');
      return { raw: Buffer.byteLength(code), gzip: gzip(code), modules: list.flatMap((c) => Object.keys(c.modules)) };
    };
    return { map: size(map), element: size(element) };
  } finally {
    await bundle.close();
  }
}

// ---- 2 and 3. the page ----------------------------------------------------------------------

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="pact:api" content="/v1" />
    <title>pact-route-map bench</title>
    <link rel="stylesheet" href="./page.css" />
    <script type="module" src="./page.js"></script>
  </head>
  <body>
    <main id="host"></main>
  </body>
</html>
`;

const CSS = `body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; background: #fff; }
#host { inline-size: ${WIDTH}px; }
`;

// Reads ?lang=&routes=&highlight=&centres&zoom=&view=&theme= and puts one map on the page.
const SCRIPT = `import './pact-route-map.js';
const q = new URLSearchParams(location.search);
const el = document.createElement('pact-route-map');
for (const a of ['lang', 'routes', 'highlight', 'zoom', 'view']) if (q.has(a)) el.setAttribute(a, q.get(a));
if (q.has('centres')) el.setAttribute('centres', '');
const theme = q.get('theme');
if (theme) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = './themes/' + theme + '.css';
  document.head.append(link);
  document.documentElement.dataset.theme = theme;
}
document.getElementById('host').append(el);
`;

async function buildPage(dir) {
  await build({
    entryPoints: { 'pact-route-map': join(root, 'packages/elements/src/route-map/pact-route-map.ts') },
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2022',
    outdir: dir,
    logLevel: 'warning',
    tsconfig: join(root, 'packages/elements/tsconfig.json'),
  });
  await writeFile(join(dir, 'index.html'), PAGE);
  await writeFile(join(dir, 'page.css'), CSS);
  await writeFile(join(dir, 'page.js'), SCRIPT);
  const themesDir = join(root, 'packages/elements/themes');
  const themes = existsSync(themesDir) ? readdirSync(themesDir).filter((f) => f.endsWith('.css')) : [];
  if (themes.length) {
    const { cp } = await import('node:fs/promises');
    await cp(themesDir, join(dir, 'themes'), { recursive: true });
  }
  return themes.map((f) => f.replace(/\.css$/, ''));
}

async function waitForRender(page) {
  await page.waitForFunction(() => performance.getEntriesByName('pact-route-map:rendered').length > 0, {
    timeout: 20000,
  });
  return page.evaluate(() => {
    const data = performance.getEntriesByName('pact-route-map:received')[0];
    const done = performance.getEntriesByName('pact-route-map:rendered')[0];
    return { data: data.startTime, rendered: done.startTime, ms: done.startTime - data.startTime };
  });
}

async function main() {
  const sizes = await chunkSizes();

  const { loadDataset, startServer } = await import('@pact/api/node');
  const dir = await mkdtemp(join(tmpdir(), 'pact-route-map-bench-'));
  const themes = await buildPage(dir);
  const dataset = await loadDataset();
  const server = await startServer({ dataset, port: 0, log: false, statics: { '/bench/': dir } });
  const browser = await puppeteer.launch(PUPPETEER_LAUNCH);
  const base = `http://127.0.0.1:${server.port}/bench/index.html`;
  const times = [];
  const shots = [];
  try {
    // Fresh page per run: nothing of the previous run in memory (the HTTP cache may hold the files).
    for (let i = 0; i < RUNS + 1; i++) {
      const page = await browser.newPage();
      await page.setViewport({ width: WIDTH + 64, height: 1000 });
      page.on('pageerror', (e) => console.error('page error:', e.message));
      await page.goto(base, { waitUntil: 'load' });
      const t = await waitForRender(page);
      if (i > 0) times.push(t.ms); // the first run warms the server and the disk cache
      await page.close();
    }

    if (!args['no-shots']) {
      // One per theme (if the theme files exist), then the default theme in each locale and state.
      const variants = [
        ...themes.map((theme) => ({ name: theme, q: `theme=${theme}&highlight=priority&centres` })),
        { name: 'en', q: 'lang=en' },
        { name: 'fr-highlight', q: 'lang=fr&highlight=priority' },
        { name: 'ru-centres', q: 'lang=ru&centres' },
        { name: 'northern', q: 'routes=northern&centres' },
        { name: 'balkan', q: 'routes=balkan&highlight=priority' },
        { name: 'southern', q: 'routes=southern&centres' },
        { name: 'zoomed', q: 'zoom=2.25&highlight=priority&centres' },
        { name: 'table', q: 'view=table&centres' },
      ];
      for (const v of variants) {
        const page = await browser.newPage();
        await page.setViewport({ width: WIDTH + 64, height: 1000, deviceScaleFactor: 1 });
        await page.goto(`${base}?${v.q}`, { waitUntil: 'load' });
        await waitForRender(page);
        const el = await page.$('pact-route-map');
        const path = `/tmp/pact-route-map-${v.name}.png`;
        await el.screenshot({ path });
        shots.push(path);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }

  const mapOk = sizes.map.gzip <= GOAL_CHUNK_GZIP;
  const renderMedian = median(times);
  const renderOk = renderMedian < GOAL_RENDER_MS;
  const rows = [
    '| figure | value | goal | status |',
    '| --- | ---: | ---: | --- |',
    `| map chunk (geometry.js + d3-geo + topojson-client), min | ${kB(sizes.map.raw)} | | |`,
    `| map chunk, min + gzip | ${kB(sizes.map.gzip)} (${sizes.map.gzip} B) | ≤ ${kB(GOAL_CHUNK_GZIP)} | ${mapOk ? 'PASS' : 'FAIL'} |`,
    `| element chunk (Lit, SDK, component), min + gzip, for reference | ${kB(sizes.element.gzip)} | | |`,
    `| first render after data, median of ${times.length} fresh pages | ${renderMedian.toFixed(1)} ms | < ${GOAL_RENDER_MS} ms | ${renderOk ? 'PASS' : 'FAIL'} |`,
    `| first render, min / max | ${Math.min(...times).toFixed(1)} / ${Math.max(...times).toFixed(1)} ms | | |`,
  ];
  console.log(rows.join('\n'));
  if (shots.length) console.log(`\nScreenshots:\n${shots.map((s) => `  ${s}`).join('\n')}`);
  if (args.strict && !(mapOk && renderOk)) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
