/** A failed test, as scripts/failures.mjs reads it from a report or an output. */
export interface TapFailure {
  /** The test's name. */
  name: string;
  /** Its file (relative to the root given) and line, e.g. `test/e2e/desk.test.ts:455`. */
  location: string;
  /** The first lines of its error ('…' last when there were more). */
  error: string[];
}

/** Each failed (or cancelled) test of `tap`, in report order; a parent failed only by its subtests is left out. */
export function tapFailures(tap: string, options?: { root?: string; lines?: number }): TapFailure[];

/** Each failed test in web-test-runner's output, with its file and line and its error without the stack. */
export function wtrFailures(output: string, options?: { lines?: number }): TapFailure[];

/** Each failed story in scripts/storybook-smoke.mjs's output, with the problems listed under it. */
export function storyFailures(output: string, options?: { lines?: number }): TapFailure[];
