// Builds for webmasters: one CDN file, dist/cdn/pact-elements.js (ESM, Lit inside), with the
// route map's heavy parts (d3-geo, topojson-client) in a chunk loaded only when a map is on
// the page, plus the theme style sheets. Run after `tsc -b` (it bundles packages/*/dist).
// The npm packages themselves are ESM with declarations straight from `tsc -b`.
import { createHash } from 'node:crypto';
import { readFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/** Prints the Subresource Integrity hash of the entry file, for the script tag. */
function sri() {
  return {
    name: 'pact-sri',
    writeBundle(options, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const file = `${options.dir}/${name}`;
        const hash = createHash('sha384').update(readFileSync(file)).digest('base64');
        console.log(
          `\n${file}\n  integrity="sha384-${hash}"\n  <script type="module" src="…/${name}" integrity="sha384-${hash}" crossorigin="anonymous"></script>\n`,
        );
      }
    },
  };
}

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

export default {
  input: { 'pact-elements': 'packages/elements/dist/index.js' },
  // Let the entry export what the lazily loaded chunks need, so the core stays one file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    minifyHTML(),
    nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
    sri(),
    themes(),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
