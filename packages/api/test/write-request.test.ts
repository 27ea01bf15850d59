// Reading a write request (write/request.ts), called directly with real Request objects: the key,
// the body and the preconditions, each refusal with its status, its words and the field at fault,
// and each bound at its edge. The HTTP suites (writes-http, hardening-writes) check the same
// refusals as problem documents.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_BODY_DEPTH,
  bearerToken,
  idempotencyKey,
  ifMatchTag,
  invalidKey,
  isRefusal,
  readJsonBody,
  type Refusal,
} from '../src/write/request.js';

const refusal = (v: unknown): Refusal => {
  assert.ok(isRefusal(v), `expected a refusal, got ${JSON.stringify(v)}`);
  return v;
};

describe('bearerToken', () => {
  test('no header: 401 asking for a key, with the challenge', () => {
    assert.deepEqual(bearerToken(undefined), {
      status: 401,
      title: 'Unauthorized',
      detail: 'This write needs an API key: send it as "Authorization: Bearer <key>".',
      headers: { 'WWW-Authenticate': 'Bearer realm="pact"' },
    });
    assert.equal(refusal(bearerToken('')).status, 401);
  });

  test('the key of a well-formed header, whatever the scheme’s case and the spaces around', () => {
    assert.equal(bearerToken('Bearer abc.DEF-123_~+/=='), 'abc.DEF-123_~+/==');
    assert.equal(bearerToken('bearer   k1  '), 'k1');
    assert.equal(bearerToken(`Bearer ${'k'.repeat(256)}`), 'k'.repeat(256));
  });

  test('anything else is refused as malformed, without being looked up', () => {
    for (const h of [
      'Basic dXNlcjpwYXNz',
      'Bearer',
      'Bearer ',
      'Bearer a b',
      'Bearer a"b',
      `Bearer ${'k'.repeat(257)}`,
      'xBearer k',
      'Bearer =k',
    ]) {
      assert.deepEqual(
        bearerToken(h),
        {
          status: 401,
          title: 'Unauthorized',
          detail: 'The Authorization header is not "Bearer <key>" with a well-formed key.',
          headers: { 'WWW-Authenticate': 'Bearer realm="pact", error="invalid_request"' },
        },
        h,
      );
    }
  });

  test('an unknown or revoked key: one answer for both', () => {
    assert.deepEqual(invalidKey(), {
      status: 401,
      title: 'Unauthorized',
      detail: 'The API key is not valid: it is unknown or has been revoked.',
      headers: { 'WWW-Authenticate': 'Bearer realm="pact", error="invalid_token"' },
    });
  });
});

const post = (body: BodyInit | null, headers: Record<string, string> = {}, method = 'POST') =>
  new Request('http://api.test/v1/projects', {
    method,
    body,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);

/** A body sent in these pieces; after them, it never ends unless `end`. */
function pieces(chunks: Uint8Array[], end = true): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else if (end) controller.close();
    },
  });
}

describe('readJsonBody', () => {
  test('JSON and JSON Merge Patch, the media type in any case and with parameters', async () => {
    assert.deepEqual(await readJsonBody(post('{"a":1}', { 'content-type': 'Application/JSON; charset=utf-8' })), {
      a: 1,
    });
    assert.deepEqual(await readJsonBody(post('{"b":2}', { 'content-type': ' application/json ; charset=utf-8' })), {
      b: 2,
    });
    assert.deepEqual(await readJsonBody(post('[1]', { 'content-type': 'application/merge-patch+json' }, 'PATCH')), [1]);
  });

  test('another media type: 415, naming what was sent; the merge patch type offered on PATCH only', async () => {
    const text = refusal(await readJsonBody(post('{}', { 'content-type': 'text/plain' })));
    assert.equal(text.status, 415);
    assert.equal(text.title, 'Unsupported Media Type');
    assert.equal(text.detail, 'Send the body as JSON ("Content-Type: application/json"); got "text/plain".');
    const patch = refusal(await readJsonBody(post('{}', { 'content-type': 'text/plain' }, 'PATCH')));
    assert.equal(
      patch.detail,
      'Send the body as JSON ("Content-Type: application/json" or "application/merge-patch+json"); got "text/plain".',
    );
    const none = new Request('http://api.test/', { method: 'POST', body: new Uint8Array([123, 125]) });
    assert.match(refusal(await readJsonBody(none)).detail, /; got no Content-Type\.$/);
    const long = refusal(await readJsonBody(post('{}', { 'content-type': `x/${'y'.repeat(100)}` })));
    assert.ok(long.detail.endsWith(`got "x/${'y'.repeat(58)}".`), long.detail);
  });

  test('a body of exactly the limit is read; one byte more is 413, in one piece or several', async () => {
    const max = 64;
    const exact = `{"a":"${'x'.repeat(max - 8)}"}`;
    assert.equal(exact.length, max);
    assert.deepEqual(await readJsonBody(post(exact), max), { a: 'x'.repeat(max - 8) });
    const over = `{"a":"${'x'.repeat(max - 7)}"}`;
    const tooLarge = {
      status: 413,
      title: 'Content Too Large',
      detail: `The body is larger than ${max} bytes, the most a write accepts.`,
    };
    assert.deepEqual(await readJsonBody(post(over), max), tooLarge);
    const bytes = new TextEncoder().encode(exact);
    const halves = [bytes.slice(0, 30), bytes.slice(30)];
    assert.deepEqual(await readJsonBody(post(pieces(halves)), max), { a: 'x'.repeat(max - 8) });
    // Its length declared exactly: read too.
    assert.deepEqual(await readJsonBody(post(exact, { 'content-length': String(max) }), max), {
      a: 'x'.repeat(max - 8),
    });
    const more = [...halves, new Uint8Array([32])];
    assert.deepEqual(await readJsonBody(post(pieces(more)), max), tooLarge);
  });

  test('a body over the limit is refused as it arrives: the rest is never awaited', { timeout: 5000 }, async () => {
    // A sender that never finishes: past the limit, the answer does not wait for the end.
    const endless = pieces([new Uint8Array(40).fill(32), new Uint8Array(40).fill(32)], false);
    assert.equal(refusal(await readJsonBody(post(endless), 64)).status, 413);
    // A declared length over the limit: refused before a byte is read.
    const declared = post(pieces([], false), { 'content-length': '65' });
    assert.equal(refusal(await readJsonBody(declared, 64)).status, 413);
  });

  test('bytes that are not UTF-8, an empty body, text that is not JSON: 400 naming the body', async () => {
    assert.deepEqual(await readJsonBody(post(new Uint8Array([0x7b, 0xff, 0x7d]))), {
      status: 400,
      title: 'Bad Request',
      detail: 'The body is not valid UTF-8.',
      errors: [{ param: 'body', message: 'must be UTF-8 encoded JSON' }],
    });
    for (const empty of [null, '', ' \n\t ']) {
      assert.deepEqual(await readJsonBody(post(empty)), {
        status: 400,
        title: 'Bad Request',
        detail: 'The body is empty; send a JSON object.',
        errors: [{ param: 'body', message: 'must be a JSON object' }],
      });
    }
    const bad = refusal(await readJsonBody(post('{"a":')));
    assert.deepEqual([bad.status, bad.title], [400, 'Bad Request']);
    assert.match(bad.detail, /^The body is not valid JSON: .+\.$/);
    assert.deepEqual(bad.errors, [{ param: 'body', message: 'must be valid JSON' }]);
  });

  test(`arrays and objects nested ${MAX_BODY_DEPTH} deep are read; one level more is refused`, async () => {
    const nest = (n: number, inner = '') => '['.repeat(n) + inner + ']'.repeat(n);
    assert.ok(Array.isArray(await readJsonBody(post(nest(MAX_BODY_DEPTH)))));
    // A number or a text inside the deepest array is a value, not one more level.
    assert.ok(Array.isArray(await readJsonBody(post(nest(MAX_BODY_DEPTH, '1, "x", null')))));
    assert.deepEqual(await readJsonBody(post(nest(MAX_BODY_DEPTH + 1))), {
      status: 400,
      title: 'Bad Request',
      detail: `The body nests arrays or objects more than ${MAX_BODY_DEPTH} levels deep.`,
      errors: [{ param: 'body', message: `must nest at most ${MAX_BODY_DEPTH} levels deep` }],
    });
    // Depth counts objects too, down every branch, not only the first.
    const deepLast = `{"a":1,"b":[2,${'{"c":'.repeat(MAX_BODY_DEPTH)}0${'}'.repeat(MAX_BODY_DEPTH)}]}`;
    assert.equal(refusal(await readJsonBody(post(deepLast))).status, 400);
  });
});

describe('ifMatchTag', () => {
  test('required: 428 without it', () => {
    assert.deepEqual(ifMatchTag(undefined), {
      status: 428,
      title: 'Precondition Required',
      detail:
        'Send "If-Match" with the ETag of the record you read, so that an edit made meanwhile is not overwritten.',
    });
    assert.equal(refusal(ifMatchTag('')).status, 428);
  });

  test('one strong tag, spaces around it trimmed; up to 200 characters inside the quotes', () => {
    assert.equal(ifMatchTag('  "r1-abc"  '), '"r1-abc"');
    assert.equal(ifMatchTag(`"${'a'.repeat(200)}"`), `"${'a'.repeat(200)}"`);
  });

  test('a list, a weak tag, "*", an empty or too long tag: 400 naming If-Match', () => {
    for (const h of ['"a", "b"', 'W/"a"', '*', '""', 'a', `"${'a'.repeat(201)}"`, '"a"b"', '"a b"']) {
      assert.deepEqual(
        ifMatchTag(h),
        {
          status: 400,
          title: 'Bad Request',
          detail:
            'If-Match must be the one strong ETag (a quoted string) of the record you read, not a list, a weak tag or "*".',
          errors: [{ param: 'If-Match', message: 'must be one strong entity tag' }],
        },
        h,
      );
    }
  });
});

describe('idempotencyKey', () => {
  test('optional; 1 to 200 printable ASCII characters', () => {
    assert.equal(idempotencyKey(undefined), undefined);
    assert.equal(idempotencyKey('k'), 'k');
    assert.equal(idempotencyKey('~'.repeat(200)), '~'.repeat(200));
    for (const v of ['', 'a b', 'é', 'k'.repeat(201), 'a\tb']) {
      assert.deepEqual(
        idempotencyKey(v),
        {
          status: 400,
          title: 'Bad Request',
          detail: 'Idempotency-Key must be 1 to 200 printable ASCII characters.',
          errors: [{ param: 'Idempotency-Key', message: 'must be 1 to 200 printable ASCII characters' }],
        },
        JSON.stringify(v),
      );
    }
  });
});

test('isRefusal tells a refusal from a body that looks like one only in part', () => {
  assert.equal(isRefusal({ status: 400, title: 't', detail: 'd' }), true);
  for (const v of [null, 'x', 1, { status: 400, title: 't' }, { title: 't', detail: 'd' }, { status: 1, detail: 'd' }])
    assert.equal(isRefusal(v), false, JSON.stringify(v));
});
