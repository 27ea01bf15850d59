import { rollup } from 'rollup';
import { gzipSync, constants } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
for (const input of (process.argv[2] ?? 'packages/elements/dist/index.js,packages/sdk/dist/index.js').split(',')) {
const b = await rollup({ input, onwarn() {}, plugins: [minifyHTML(), nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }), terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } })] });
const { output } = await b.generate({ format: 'es', chunkFileNames: '[name].js' });
const code = output.filter((c) => c.type === 'chunk' && (c.isEntry || !c.isDynamicEntry)).map((c) => c.code).join('\n');
console.log(input, 'gzip', gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length, 'min', code.length);
}
