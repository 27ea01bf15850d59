/**
 * The errors of writes: a module of their own, so that a page that only reads (every widget)
 * does not carry them; they load with the write code.
 */
import type { Problem } from '@pact/schema';
import { PactHttpError } from './errors.js';

/** What went wrong in a write, in words: `PATCH https://…/v1/projects/x failed with 412: …`. */
const wrote = (method: string, url: string, status: number, problem: Problem | undefined, hint: string) =>
  `${method} ${url} failed with ${status}${problem?.detail ? `: ${problem.detail.replace(/\.$/, '')}` : ''}. ${hint}`;

/** A write the API refused; `problem` is its RFC 9457 problem document. Subclasses name the common cases. */
export class PactWriteError extends PactHttpError {
  override name = 'PactWriteError';
  constructor(
    readonly method: string,
    url: string,
    status: number,
    problem: Problem | undefined,
    hint: string,
    retryAfter?: number,
  ) {
    super(url, status, '', problem, retryAfter);
    this.message = wrote(method, url, status, problem, hint);
  }
}

/** 401: no API key, a malformed one, or one that is unknown or revoked. */
export class PactAuthError extends PactWriteError {
  override name = 'PactAuthError';
  constructor(method: string, url: string, problem?: Problem) {
    super(method, url, 401, problem, 'Check the apiKey given to createClient (it is never logged).');
  }
}

/** 403: the key is valid but its role or organization may not make this write; `reason` says why. */
export class PactForbiddenError extends PactWriteError {
  override name = 'PactForbiddenError';
  readonly reason: string;
  constructor(method: string, url: string, problem?: Problem) {
    super(method, url, 403, problem, 'Ask a coordinator for a key with the right role or organization.');
    this.reason = problem?.detail ?? 'forbidden';
  }
}

/**
 * 412 (or 409): the record changed since you read it. `currentETag` is the version now stored: read
 * the record again, re-apply your change and send it with that tag.
 */
export class PactConflictError extends PactWriteError {
  override name = 'PactConflictError';
  constructor(
    method: string,
    url: string,
    status: number,
    problem: Problem | undefined,
    /** The record's current ETag, when the API sent it. */
    readonly currentETag: string | undefined,
  ) {
    super(method, url, status, problem, 'Read the record again and re-apply your change.');
  }
}

/** One field of a write's body that breaks the schema. */
export interface FieldViolation {
  /** JSON Pointer (RFC 6901) of the field, e.g. `/budget/amount`; `` for the body itself. */
  pointer: string;
  /** The rule it breaks, e.g. `required`, `pattern`, `enum`, `minimum`. */
  rule: string;
  message: string;
}

/** 422: the body breaks the schema or a rule of the API; `violations` names each field. */
export class PactValidationError extends PactWriteError {
  override name = 'PactValidationError';
  readonly violations: FieldViolation[];
  constructor(method: string, url: string, problem?: Problem) {
    super(method, url, 422, problem, 'Fix the fields named in `violations`.');
    this.violations = (problem?.errors ?? []).map((e) => ({
      pointer: e.pointer ?? '',
      rule: e.rule ?? 'invalid',
      message: e.message,
    }));
    const list = this.violations
      .slice(0, 5)
      .map((v) => `${v.pointer || '(body)'} ${v.message}`)
      .join('; ');
    if (list) this.message = `${method} ${url} failed with 422: ${list}. Fix the fields named in \`violations\`.`;
  }
}
