// A lean TypeScript loader for the mutation bench (bench/mutation.mjs) and `npm test`'s node step
// (scripts/test-all.mjs), in place of tsx:
//
//   node --import ./test/support/src-resolve.mjs --import ./test/support/ts-loader.mjs packages/sdk/test/client.test.ts
//
// StrykerJS starts a node process per covering test file for every mutant, and tsx's own start
// and its hooks on every module (node_modules included) cost seconds of each run on this machine.
// This loader does only what the suites need: a relative `./x.js` that does not exist resolves to
// `./x.ts` (the NodeNext convention of the sources), and a `.ts` file is compiled by esbuild
// (types stripped, the project's class-field and decorator settings), each distinct source once:
// the compiled text is kept on disk by the hash of the source, so that the hundreds of runs of a
// bench compile nothing after the first (StrykerJS's instrumented sources do not change between
// mutants: the mutant is chosen at run time).
import { register } from 'node:module';

register(new URL('./ts-loader-hooks.mjs', import.meta.url), { parentURL: import.meta.url });
