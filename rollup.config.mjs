// Builds for webmasters: one CDN file, dist/cdn/pact-elements.js (ESM, Lit inside), with the
// route map's heavy parts (d3-geo, topojson-client) in a chunk loaded only when a map is on
// the page, plus the theme style sheets. Run after `tsc -b` (it bundles packages/*/dist).
// The npm packages themselves are ESM with declarations straight from `tsc -b`.
import { readFileSync, readdirSync, writeFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import MagicString from 'magic-string';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { release } from './scripts/cdn-release.mjs';

function themes() {
  return {
    name: 'pact-themes',
    buildStart() {
      // A clean folder: no chunk of an earlier build left behind.
      rmSync('dist/cdn', { recursive: true, force: true });
    },
    writeBundle(options) {
      mkdirSync(`${options.dir}/themes`, { recursive: true });
      cpSync('packages/elements/themes', `${options.dir}/themes`, { recursive: true });
      cpSync('packages/elements/cloak/pact-cloak.css', `${options.dir}/pact-cloak.css`);
    },
  };
}

/**
 * Writes `.br` and `.gz` next to every text file of the build (scripts, source maps, style sheets),
 * so that a server (the reference one: packages/api/src/static.ts) sends compressed bytes without
 * compressing anything per request. Runs last, after the themes are copied.
 */
function precompress() {
  return {
    name: 'pact-precompress',
    writeBundle: {
      sequential: true,
      order: 'post',
      handler(options) {
        for (const name of readdirSync(options.dir, { recursive: true })) {
          if (!/\.(js|map|css)$/.test(name)) continue;
          const file = `${options.dir}/${name}`;
          const raw = readFileSync(file);
          if (raw.length < 1024) continue;
          const size = { [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length };
          writeFileSync(
            `${file}.br`,
            brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, ...size } }),
          );
          writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
        }
      },
    },
  };
}

/**
 * The CDN build's route map in one chunk: its element and its drawing code (route-map/geometry.js
 * with d3-geo and topojson-client), which the element imports the moment it connects. Apart, the
 * drawing chunk left only once the element's chunk had arrived (one more round trip on the map's
 * first paint), and it imported the element's own modules from that chunk: a browser that keeps a
 * failed import in its module map (Chromium 150) could then never show the map after Retry, once a
 * missing `chunks/pact-route-map-….js` was uploaded. The npm build keeps the dynamic import (a
 * bundler's own split), and bench/size.mjs still measures the drawing code apart there.
 */
function mapInOneChunk() {
  const dynamic = "import('./geometry.js')";
  return {
    name: 'pact-map-one-chunk',
    transform(code, id) {
      if (!id.endsWith('/elements/dist/route-map/load.js')) return null;
      if (!code.includes(dynamic)) this.error(`${id} no longer holds ${dynamic}: see rollup.config.mjs`);
      const s = new MagicString(code);
      const at = code.indexOf(dynamic);
      s.overwrite(at, at + dynamic.length, 'Promise.resolve(geometryModule)');
      s.append("\nimport * as geometryModule from './geometry.js';\n");
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}

/**
 * dist/cdn/preload.json: for each element whose code is not in the core (the route map, the
 * listing, the directory, the partnership, the timeline, the form), its chunk and the chunks it imports (the core aside): what a page's
 * `<link rel="modulepreload">` names for an element at its top, so that its code downloads beside
 * the core instead of after it (docs/webmaster-guide.md; scripts/generate-docs.mjs writes them into
 * docs/examples/osce.html and the guide).
 */
function preloads() {
  return {
    name: 'pact-preloads',
    generateBundle(_options, bundle) {
      // The chunk named after no tag: the partnership and the timeline share one (autoloads.ts).
      const shared = { 'content-elements': ['pact-partnership', 'pact-timeline'] };
      const out = {};
      for (const c of Object.values(bundle)) {
        if (c.type !== 'chunk' || c.isEntry || !c.isDynamicEntry) continue;
        const tags = shared[c.name] ?? (c.name.startsWith('pact-') ? [c.name] : []);
        for (const tag of tags) out[tag] = [c.fileName, ...c.imports.filter((f) => f.startsWith('chunks/'))];
      }
      const source = `${JSON.stringify(out, Object.keys(out).sort(), 2)}\n`;
      this.emitFile({ type: 'asset', fileName: 'preload.json', source });
    },
  };
}

/**
 * Lit's templates minified, packages resolved for browsers, the code minified: both builds. The
 * CDN file keeps its `html` templates as they are (only their CSS is minified): an element
 * rendered on the server (@pact/elements/ssr) hydrates only when each template's strings are
 * the ones the server rendered it from (Lit compares a digest of them).
 */
const bundle = ({ minifyTemplates = true } = {}) => [
  minifyHTML(minifyTemplates ? {} : { options: { shouldMinify: () => false } }),
  nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
  terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
];

const cdn = {
  input: { 'pact-elements': 'packages/elements/dist/cdn.js' },
  // Let the entry export what the lazily loaded chunks need, so the core stays one file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    experimentalMinChunkSize: 6000,
  },
  plugins: [mapInOneChunk(), ...bundle({ minifyTemplates: false }), preloads(), themes(), precompress(), release()],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

// The coordination desk's module (packages/server/src/desk/app), served by @pact/server at /desk/:
// built apart so that the CDN core keeps its single file and the desk brings its own Lit and form.
const desk = {
  input: { desk: 'packages/server/dist/desk/app/main.js' },
  output: {
    dir: 'dist/desk',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: bundle(),
  onwarn: cdn.onwarn,
};

export default [cdn, desk];
