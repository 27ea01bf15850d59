// Bundle size of every published entry, measured the same way: rollup + node-resolve (everything the
// entry imports is bundled, nothing external) + terser, then gzip at level 9.
//
//   npm run bench:size        builds (tsc -b) first; prints a Markdown table; exits 1 when an entry is over budget
//   node bench/size.mjs       measures the current dist/ files as they are
//   node bench/size.mjs --only partners   only the entries whose name contains "partners"
//   node bench/size.mjs --write           also writes the table (and the date) into docs/size.md
//   node bench/size.mjs --only partners --modules   also, per module of each entry's first load: its
//                                         code minified alone and gzipped, and what the gzip of the
//                                         whole first load saves without it (parts do not add up)
//
// `npm run create pact-NAME` adds the new element's entry (before the CDN file's). To add an entry
// by hand, append { name, input, budget } to ENTRIES: `input` is a built JS file under
// packages/*/dist (CSS-free), `budget` the most gzip bytes its first load may weigh (the entry
// chunk). Chunks it loads lazily (dynamic import: translations, the map's geometry code) are
// measured and shown apart, each with its own gzip size.
import { gzipSync, constants } from 'node:zlib';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minify } from 'terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/** @type {{ name: string, input?: string, config?: boolean, budget: number, lazy?: Record<string, number> }[]} */
const ENTRIES = [
  { name: '@pact/sdk', input: 'packages/sdk/dist/index.js', budget: 4096 },
  { name: '@pact/sdk/validate', input: 'packages/sdk/dist/validate.js', budget: 20480 },
  { name: '@pact/schema/validate', input: 'packages/schema/dist/validate.js', budget: 20480 },
  { name: '<pact-partners> (Lit inside)', input: 'packages/elements/dist/partners/pact-partners.js', budget: 14336 },
  { name: '<pact-pillars> (Lit inside)', input: 'packages/elements/dist/pillars/pact-pillars.js', budget: 20480 },
  { name: '<pact-projects> (Lit inside)', input: 'packages/elements/dist/projects/pact-projects.js', budget: 22528 },
  {
    name: '<pact-route-map> (Lit inside)',
    input: 'packages/elements/dist/route-map/pact-route-map.js',
    budget: 25600,
    lazy: { geometry: 15360 },
  },
  {
    name: '<pact-partnership> (Lit inside)',
    input: 'packages/elements/dist/partnership/pact-partnership.js',
    budget: 20480,
  },
  { name: '<pact-timeline> (Lit inside)', input: 'packages/elements/dist/timeline/pact-timeline.js', budget: 20480 },
  {
    name: '<pact-project-form> (Lit inside)',
    input: 'packages/elements/dist/project-form/pact-project-form.js',
    budget: 20480,
  },
  // The CDN file: every element; the route map, its drawing code inside, loaded on demand.
  {
    name: 'pact-elements.js (CDN core)',
    input: 'packages/elements/dist/index.js',
    // Built with the CDN build's own configuration (rollup.config.mjs: its chunking included), so
    // that the row is the shipped dist/cdn/pact-elements.js, not a bundle of the same entry.
    config: true,
    budget: 25600,
    // The CDN build gives the route map one chunk, its drawing code inside (rollup.config.mjs,
    // mapInOneChunk); before, the element's chunk (11 kB) and the drawing chunk (15 kB) apart.
    // 25,106 B then; the legend and caption before the outlines (#18, +306 B) and the pointer,
    // focus and keys as a controller of their own (route-map/interaction.ts, +226 B) since; the
    // tooltip and the keyboard focus kept right while a new size is laid out (2026-12-06, +150 B).
    lazy: { 'pact-route-map': 26240 },
  },
];

const root = new URL('..', import.meta.url);
const pathOf = (input) => fileURLToPath(new URL(input, root));

/** Minified and gzipped size of one entry, everything it imports included. */
async function measure(input, useConfig = false) {
  if (useConfig) {
    const { default: configs } = await import('../rollup.config.mjs');
    // The CDN build is the first of the configurations (the desk's is the second).
    const config = Array.isArray(configs) ? configs[0] : configs;
    const { plugins, output, ...rest } = config;
    // The CDN config without its writing side effects (SRI print, theme copy).
    const bundle = await rollup({
      ...rest,
      plugins: plugins.filter((p) => !['pact-sri', 'pact-themes'].includes(p.name)),
    });
    try {
      return sizes((await bundle.generate({ ...output, sourcemap: false, chunkFileNames: '[name].js' })).output);
    } finally {
      await bundle.close();
    }
  }
  const bundle = await rollup({
    input: pathOf(input),
    plugins: [
      minifyHTML(),
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY' && warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'es', chunkFileNames: '[name].js' });
    return sizes(output);
  } finally {
    await bundle.close();
  }
}

/** The chunks of a build, and those of the first load: the entries and their static imports, transitively. */
function firstLoad(output) {
  const chunks = output.filter((chunk) => chunk.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const first = new Set();
  const visit = (c) => {
    if (first.has(c)) return;
    first.add(c);
    for (const name of c.imports) visit(byName.get(name));
  };
  for (const c of chunks) if (c.isEntry) visit(c);
  return { chunks, first };
}

/**
 * Gzip size of the entry with the chunks it loads at once (its static imports, transitively), and
 * of every other chunk: those loaded on demand (dynamic imports) and the chunks only they share.
 */
function sizes(output) {
  const { chunks, first } = firstLoad(output);
  const size = (code) => ({
    raw: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length,
  });
  const entry = size([...first].map((c) => c.code).join('\n'));
  const lazy = chunks.filter((c) => !first.has(c)).map((c) => ({ name: c.name, ...size(c.code) }));
  return { ...entry, lazy };
}

/**
 * Where the bytes of an entry's first load are: each module's code as rollup renders it (tree-shaken,
 * before minification), minified alone, and the whole first load minified without it. Top-level
 * names are kept (no module sees another's), so the whole is a little over the entry's figure.
 */
async function modules(input) {
  const bundle = await rollup({
    input: pathOf(input),
    plugins: [minifyHTML(), nodeResolve({ browser: true, exportConditions: ['browser', 'production'] })],
    onwarn() {},
  });
  try {
    const { output } = await bundle.generate({ format: 'es', chunkFileNames: '[name].js' });
    const mods = [...firstLoad(output).first].flatMap((c) => Object.entries(c.modules)).filter(([, m]) => m.code);
    // A fresh options object per call: terser writes into the one it is given.
    const min = async (code) =>
      (await minify(code, { ecma: 2022, toplevel: false, compress: { passes: 3 }, format: { comments: false } })).code;
    const gzipOf = (code) => gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length;
    const whole = gzipOf(await min(mods.map(([, m]) => m.code).join('\n')));
    const rows = [];
    for (const [id, m] of mods) {
      const alone = await min(m.code);
      const rest = await min(
        mods
          .filter(([other]) => other !== id)
          .map(([, o]) => o.code)
          .join('\n'),
      );
      const name = id.replace(/.*\/node_modules\//, '').replace(/.*\/packages\/([^/]+)\/dist\//, '@pact/$1/');
      rows.push([name, alone.length, gzipOf(alone), whole - gzipOf(rest)]);
    }
    rows.sort((a, b) => b[3] - a[3]);
    return [
      `first load, modules minified together: ${whole} B gzip`,
      '| module | min alone | gzip alone | gzip saved without it |',
      '| --- | ---: | ---: | ---: |',
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
  } finally {
    await bundle.close();
  }
}

const { values: args } = parseArgs({
  options: { only: { type: 'string' }, write: { type: 'boolean' }, modules: { type: 'boolean' } },
});

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const rows = ['| entry | min (bytes) | gzip (bytes) | budget (gzip) | status |', '| --- | ---: | ---: | ---: | --- |'];
let over = 0;
for (const entry of ENTRIES) {
  if (args.only && !entry.name.includes(args.only)) continue;
  if (entry.input && !existsSync(pathOf(entry.input))) {
    console.error(`${entry.name}: ${entry.input} does not exist; build first (npx tsc -b).`);
    over++;
    rows.push(`| ${entry.name} | - | - | ${entry.budget} (${kB(entry.budget)}) | MISSING |`);
    continue;
  }
  const { raw, gzip, lazy } = await measure(entry.input, entry.config);
  const ok = gzip <= entry.budget;
  if (!ok) over++;
  rows.push(
    `| ${entry.name} | ${raw} | ${gzip} (${kB(gzip)}) | ${entry.budget} (${kB(entry.budget)}) | ${ok ? 'OK' : 'OVER'} |`,
  );
  for (const chunk of lazy) {
    const budget = entry.lazy?.[chunk.name];
    const fits = budget === undefined || chunk.gzip <= budget;
    if (!fits) over++;
    rows.push(
      `| ↳ ${chunk.name} (loaded on demand) | ${chunk.raw} | ${chunk.gzip} (${kB(chunk.gzip)}) | ${budget ? `${budget} (${kB(budget)})` : ''} | ${budget ? (fits ? 'OK' : 'OVER') : ''} |`,
    );
  }
}
console.log(rows.join('\n'));
if (args.modules)
  for (const entry of ENTRIES)
    if (entry.input && (!args.only || entry.name.includes(args.only)))
      console.log(`\n${entry.name}\n${await modules(entry.input)}`);
if (args.write) {
  // docs/size.md: its table (the block of lines that starts with the header row) and the date replaced.
  const doc = fileURLToPath(new URL('docs/size.md', root));
  const lines = readFileSync(doc, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('| entry |'));
  let end = start;
  while (lines[end]?.startsWith('|')) end++;
  if (start < 0) throw new Error('docs/size.md has no table to replace');
  lines.splice(start, end - start, ...rows);
  const today = new Date().toISOString().slice(0, 10);
  writeFileSync(doc, lines.join('\n').replace(/\) on \d{4}-\d{2}-\d{2}\./, `) on ${today}.`));
  console.error(`wrote ${fileURLToPath(new URL('docs/size.md', root))}`);
}
if (over) {
  console.error(`\n${over} entr${over === 1 ? 'y is' : 'ies are'} over budget or missing.`);
  process.exit(1);
}
