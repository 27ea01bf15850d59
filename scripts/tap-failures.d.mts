/** A failed test of a node:test TAP report (scripts/tap-failures.mjs). */
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
