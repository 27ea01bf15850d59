import type { Problem } from '@pact/schema';
import type { SchemaViolation } from '@pact/schema/validate';

const say = (url: string, what: string, hint: string) => `GET ${url} ${what}. ${hint}`;

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
    const reason = statusText || problem?.title;
    const detail = problem?.errors?.length
      ? problem.errors.map((e) => `${e.param}: ${e.message}`).join('; ')
      : problem?.detail?.replace(/\.$/, '');
    super(
      say(
        url,
        `failed with ${status}${reason ? ` ${reason}` : ''}${detail ? `: ${detail}` : ''}`,
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
  constructor(url: string, cause: unknown) {
    const c = cause as { message?: string; cause?: { code?: string } } | undefined;
    super(
      say(url, `failed: network error (${c?.cause?.code || c?.message})`, 'Check the connection and the baseUrl.'),
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
  ) {
    super(say(url, `timed out after ${timeoutMs} ms`, 'Try again, or raise timeoutMs.'), url);
  }
}

/** The caller aborted the request through its `signal`. */
export class PactAbortError extends PactError {
  override name = 'PactAbortError';
  constructor(url: string) {
    super(say(url, 'was aborted', 'Nothing to fix if you aborted it.'), url);
  }
}

/**
 * The response body was larger than the client's `maxBodyBytes` (by its Content-Length, or while
 * it streamed in): the SDK stopped reading it rather than hold it in memory. Not retried.
 */
export class PactBodyTooLargeError extends PactError {
  override name = 'PactBodyTooLargeError';
  constructor(
    url: string,
    /** The limit that was exceeded, in bytes. */
    readonly maxBodyBytes: number,
  ) {
    super(say(url, `sent over ${maxBodyBytes} bytes`, 'Raise maxBodyBytes.'), url);
  }
}

/**
 * `all()` gave up: the server sent a `next` cursor it had sent before (the pages would never end),
 * or there were more than the client's `maxPages` pages.
 */
export class PactPagingError extends PactError {
  override name = 'PactPagingError';
  constructor(
    url: string,
    /** Pages read before giving up. */
    readonly pages: number,
    /** True when a cursor came back a second time; false when `maxPages` was reached. */
    readonly repeated: boolean,
  ) {
    super(
      say(
        url,
        `${repeated ? 'repeated a cursor' : 'went on'} after ${pages} pages`,
        'Check the API, or raise maxPages.',
      ),
      url,
    );
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
