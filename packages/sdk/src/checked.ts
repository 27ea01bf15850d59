import type { CheckResult } from '@pact/schema/validate';
import type { Check, InvalidRecord } from './client.js';

/**
 * The records of a list that pass `check`, and those left out: loaded only by a client created
 * with `validate` (which brings the validators themselves), so that the embed bundle stays small.
 */
export function sift<T>(records: unknown[], check: Check<T>): { data: T[]; invalid?: InvalidRecord[] } {
  const data: T[] = [];
  const invalid: InvalidRecord[] = [];
  records.forEach((x, index) => {
    const c = check.check(x) as CheckResult<T>;
    if (c.ok) data.push(c.value);
    else {
      const id = (x as { id?: unknown } | null)?.id;
      invalid.push({ index, id: typeof id == 'string' ? id : undefined, violation: c.violation });
    }
  });
  return invalid.length ? { data, invalid } : { data };
}
