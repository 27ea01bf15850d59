import type { Problem } from '@pact/schema';
import type { SchemaViolation } from '@pact/schema/validate';

const say = (url: string, what: string, hint: string, method = 'GET') => `${method} ${url} ${what}. ${hint}`;

/** Base class of every error the SDK throws or reports; `url` is the request that failed. */
export class PactError extends Error {
  override name = 'PactError';
  constructor(
    message: string,
    /** The full URL of the request that failed. */
    readonly url: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The API answered with an error status (4xx, 5xx) after any retries. */
export class PactHttpError extends PactError {
  override name = 'PactHttpError';
  constructor(
    url: string,
    /** The HTTP status, e.g. 400, 404, 503. */
    readonly status: number,
    statusText: string,
    /** The RFC 9457 problem document, when the body was one. */
    readonly problem?: Problem,
    /** Milliseconds the server asked to wait (`Retry-After`), when it said. */
    readonly retryAfter?: number,
  ) {
    const detail = problem?.errors?.length
      ? problem.errors.map((e) => `${e.param}: ${e.message}`).join('; ')
      : problem?.detail?.replace(/\.$/, '');
    super(
      say(
        url,
        `failed with ${status} ${statusText || problem?.title || ''}${detail ? `: ${detail}` : ''}`,
        status == 400
          ? 'Fix the parameter.'
          : status == 404
            ? 'Check the id and the baseUrl.'
            : status == 429 || status > 499
              ? 'Try again later.'
              : 'Check the baseUrl.',
      ),
      url,
    );
  }
}

/** No answer: the connection failed, was refused or was reset. `cause` is the fetch error. */
export class PactNetworkError extends PactError {
  override name = 'PactNetworkError';
  constructor(url: string, cause: unknown, method?: string) {
    const c = cause as { message?: string; cause?: { code?: string } } | undefined;
    super(
      say(
        url,
        `failed: network error (${c?.cause?.code || c?.message})`,
        'Check the connection and the baseUrl.',
        method,
      ),
      url,
      { cause },
    );
  }
}

/** No complete answer within the timeout (which covers every retry). */
export class PactTimeoutError extends PactError {
  override name = 'PactTimeoutError';
  constructor(
    url: string,
    /** The timeout that elapsed, in milliseconds. */
    readonly timeoutMs: number,
    method?: string,
  ) {
    super(say(url, `timed out after ${timeoutMs} ms`, 'Try again, or raise timeoutMs.', method), url);
  }
}

/** The caller aborted the request through its `signal`. */
export class PactAbortError extends PactError {
  override name = 'PactAbortError';
  constructor(url: string, method?: string) {
    super(say(url, 'was aborted', 'Nothing to fix if you aborted it.', method), url);
  }
}

/**
 * The response broke the schema: a record or body failed validation, the body was not JSON
 * (`rule` 'json') or not the expected envelope (`rule` 'envelope').
 */
export class PactSchemaError extends PactError {
  override name = 'PactSchemaError';
  /** JSON pointer to the offending value ("" for the body itself). */
  readonly path: string;
  /** The rule that failed: a JSON Schema keyword, 'json' or 'envelope'. */
  readonly rule: string;
  constructor(url: string, v: SchemaViolation) {
    super(
      say(
        url,
        `returned data that breaks the schema at ${v.path || '(root)'}: ${v.message} (rule: ${v.rule})`,
        'Check that baseUrl points at a Pact API of this version.',
      ),
      url,
    );
    this.path = v.path;
    this.rule = v.rule;
  }
}

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
