// Runs the tests against the packages' TypeScript sources instead of their dist builds:
//
//   node --import ./test/support/src-resolve.mjs --import tsx --test packages/sdk/test/client.test.ts
//
// (this hook before tsx, so that tsx compiles the sources it picks)
//
// A specifier of a workspace package (@pact/sdk, @pact/api/node, ...) resolves, as usual, to a file
// under packages/NAME/dist/; when packages/NAME/src/ under the current directory has the same module
// as .ts, that file is loaded instead. The mutation bench (bench/mutation.mjs) needs it: StrykerJS
// mutates the sources in a sandbox copy, and the packages' node_modules links point at the original
// dist builds, so without this hook no mutant would ever run.
import { register } from 'node:module';

register(new URL('./src-resolve-hooks.mjs', import.meta.url), {
  parentURL: import.meta.url,
  data: { root: process.cwd() },
});
