/**
 * Reading a write request, before any store is touched: the key, the body, the preconditions.
 * Every refusal is a {@link Refusal} (status, title, detail, the fields at fault) that the route
 * turns into an RFC 9457 problem document; nothing here writes anything.
 */
import type { ParamError } from '@pact/schema';

/** The largest body a write accepts, in bytes (the issue's 64 kB). */
export const MAX_BODY_BYTES = 64 * 1024;
/**
 * The deepest nesting of arrays and objects a write accepts (a project nests 3 levels). Deeper
 * bodies are refused before anything walks them recursively (a 64 kB body can nest 32,000 deep).
 */
export const MAX_BODY_DEPTH = 32;

/** Whether `value` nests arrays or objects more than `max` levels deep (walked without recursion). */
function nestsDeeper(value: unknown, max: number): boolean {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (typeof item.v !== 'object' || item.v === null) continue;
    if (item.depth >= max) return true;
    for (const child of Object.values(item.v)) stack.push({ v: child, depth: item.depth + 1 });
  }
  return false;
}

/** A request refused before it reached the store. */
export interface Refusal {
  status: number;
  title: string;
  detail: string;
  errors?: ParamError[];
  headers?: Record<string, string>;
}

export const refuse = (
  status: number,
  title: string,
  detail: string,
  extra: Omit<Refusal, 'status' | 'title' | 'detail'> = {},
): Refusal => ({ status, title, detail, ...extra });

export const isRefusal = (v: unknown): v is Refusal =>
  typeof v === 'object' && v !== null && 'status' in v && 'title' in v && 'detail' in v;

const CHALLENGE = 'Bearer realm="pact"';

/**
 * The bearer token of `Authorization: Bearer <token>`, or a 401 refusal naming what is wrong.
 * Tokens are printable ASCII without spaces (RFC 6750 b64token); anything else is refused
 * without being looked up.
 */
export function bearerToken(authorization: string | undefined): string | Refusal {
  if (!authorization) {
    return refuse(401, 'Unauthorized', 'This write needs an API key: send it as "Authorization: Bearer <key>".', {
      headers: { 'WWW-Authenticate': CHALLENGE },
    });
  }
  const m = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(authorization);
  if (!m || (m[1] as string).length > 256) {
    return refuse(401, 'Unauthorized', 'The Authorization header is not "Bearer <key>" with a well-formed key.', {
      headers: { 'WWW-Authenticate': `${CHALLENGE}, error="invalid_request"` },
    });
  }
  return m[1] as string;
}

/** The 401 for a key that is unknown or revoked: the same answer for both, so keys cannot be probed. */
export const invalidKey = (): Refusal =>
  refuse(401, 'Unauthorized', 'The API key is not valid: it is unknown or has been revoked.', {
    headers: { 'WWW-Authenticate': `${CHALLENGE}, error="invalid_token"` },
  });

/** The database does not answer: the write may or may not have reached it. */
export const databaseDown = (): Refusal =>
  refuse(
    503,
    'Service Unavailable',
    'The database does not answer, so this write may not have been made. Try again in a few seconds: a create sent again with the same Idempotency-Key, or a change with the same If-Match, is never made twice.',
    { headers: { 'Retry-After': '5' } },
  );

/**
 * A write that lost a race to other writes three times running (db/ledger.ts, `transact`): it was
 * rolled back whole, so sending it again is safe.
 */
export const writeContended = (): Refusal =>
  refuse(
    503,
    'Service Unavailable',
    'Other writes to the same records kept getting in the way, so this write was not made. Send it again in a second: a create with the same Idempotency-Key, or a change with the same If-Match, is never made twice.',
    { headers: { 'Retry-After': '1' } },
  );

const JSON_TYPES = ['application/json', 'application/merge-patch+json'];

/**
 * The JSON body of a write: 415 unless the content type is JSON (or JSON Merge Patch), 413 over
 * {@link MAX_BODY_BYTES} (checked while reading, so a lying Content-Length costs nothing), 400
 * for bytes that are not UTF-8 or text that is not JSON. The body is read at most once.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown | Refusal> {
  const type = (request.headers.get('content-type') ?? '').replace(/;.*$/s, '').trim().toLowerCase();
  if (!JSON_TYPES.includes(type)) {
    return refuse(
      415,
      'Unsupported Media Type',
      `Send the body as JSON ("Content-Type: application/json"${request.method === 'PATCH' ? ' or "application/merge-patch+json"' : ''}); got ${type ? `"${type.slice(0, 60)}"` : 'no Content-Type'}.`,
    );
  }
  const tooLarge = () =>
    refuse(413, 'Content Too Large', `The body is larger than ${maxBytes} bytes, the most a write accepts.`);
  // No Content-Length: Number(null) is 0.
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) return tooLarge();
  const bytes = new Uint8Array(maxBytes + 1);
  let length = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.byteLength > maxBytes) {
        await reader.cancel();
        return tooLarge();
      }
      bytes.set(value, length);
      length += value.byteLength;
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length));
  } catch {
    return refuse(400, 'Bad Request', 'The body is not valid UTF-8.', {
      errors: [{ param: 'body', message: 'must be UTF-8 encoded JSON' }],
    });
  }
  if (text.trim() === '') {
    return refuse(400, 'Bad Request', 'The body is empty; send a JSON object.', {
      errors: [{ param: 'body', message: 'must be a JSON object' }],
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    // JSON.parse of a string throws only SyntaxError; V8 quotes a few characters of the text.
    const reason = (e as SyntaxError).message.slice(0, 160);
    return refuse(400, 'Bad Request', `The body is not valid JSON: ${reason}.`, {
      errors: [{ param: 'body', message: 'must be valid JSON' }],
    });
  }
  if (nestsDeeper(value, MAX_BODY_DEPTH)) {
    return refuse(400, 'Bad Request', `The body nests arrays or objects more than ${MAX_BODY_DEPTH} levels deep.`, {
      errors: [{ param: 'body', message: `must nest at most ${MAX_BODY_DEPTH} levels deep` }],
    });
  }
  return value;
}

/**
 * The entity tag of `If-Match`, required on updates and deletes (428 without it). A list of tags
 * or `*` is refused: a writer must say which version it read.
 */
export function ifMatchTag(ifMatch: string | undefined): string | Refusal {
  if (!ifMatch) {
    return refuse(
      428,
      'Precondition Required',
      'Send "If-Match" with the ETag of the record you read, so that an edit made meanwhile is not overwritten.',
    );
  }
  const t = ifMatch.trim();
  if (!/^"[\x21\x23-\x7e]{1,200}"$/.test(t)) {
    return refuse(
      400,
      'Bad Request',
      'If-Match must be the one strong ETag (a quoted string) of the record you read, not a list, a weak tag or "*".',
      { errors: [{ param: 'If-Match', message: 'must be one strong entity tag' }] },
    );
  }
  return t;
}

/** `Idempotency-Key` on a create: optional; printable ASCII, at most 200 characters. */
export function idempotencyKey(value: string | undefined): string | undefined | Refusal {
  if (value === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,200}$/.test(value)) {
    return refuse(400, 'Bad Request', 'Idempotency-Key must be 1 to 200 printable ASCII characters.', {
      errors: [{ param: 'Idempotency-Key', message: 'must be 1 to 200 printable ASCII characters' }],
    });
  }
  return value;
}
