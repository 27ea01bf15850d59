import assert from 'node:assert/strict';

/**
 * Asserts that the list is not empty and that every item passes: `assert.ok(list.every(f))`
 * alone also passes on an empty list (a filter that drops everything). Names the first failure.
 */
export function assertEvery<T>(list: readonly T[], test: (item: T) => unknown, what = 'the list'): void {
  assert.ok(list.length > 0, `${what} is empty: nothing to check`);
  const i = list.findIndex((item) => !test(item));
  if (i >= 0) assert.fail(`${what}[${i}] fails the check: ${JSON.stringify(list[i])?.slice(0, 300)}`);
}
