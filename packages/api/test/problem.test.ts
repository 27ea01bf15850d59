// Problem documents (problem.ts), answered by a small Hono app through its fetch interface: the
// type from the title, each text cut at its bound, at most MAX_LISTED_ERRORS errors listed and the
// rest counted. hardening.test.ts checks the same over HTTP for hostile requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono, type Context } from 'hono';
import type { ParamError, Problem } from '@pact/schema';
import { MAX_LISTED_ERRORS, PROBLEM_BASE, badRequest, clip, notFound, problem, summary } from '../src/problem.js';

async function answer(respond: (c: Context) => Response, path = '/v1/x'): Promise<{ res: Response; body: Problem }> {
  const app = new Hono().get('*', respond);
  const res = await app.request(path);
  return { res, body: (await res.json()) as Problem };
}

test('clip: up to the bound as it is, past it cut with an ellipsis', () => {
  assert.equal(clip('a'.repeat(80)), 'a'.repeat(80));
  assert.equal(clip('a'.repeat(81)), `${'a'.repeat(80)}…`);
  assert.equal(clip('abcdef', 5), 'abcde…');
  assert.equal(clip('abcde', 5), 'abcde');
});

test('summary: the first ones joined, then how many more', () => {
  assert.equal(summary(['a', 'b']), 'a; b');
  assert.equal(summary(['a', 'b', 'c']), 'a; b; c');
  assert.equal(summary(['a', 'b', 'c', 'd', 'e']), 'a; b; c; and 2 more');
  assert.equal(summary(['a', 'b', 'c', 'd'], 2), 'a; b; and 2 more');
  // More errors than parts given (the rest were never listed): counted from the total.
  assert.equal(summary(['a', 'b'], 3, 10), 'a; b; and 8 more');
  assert.equal(summary(['a', 'b', 'c', 'd'], 3, 10), 'a; b; c; and 7 more');
});

test('a problem document: its type from the title, the status, the path, never cached', async () => {
  const { res, body } = await answer((c) => problem(c, 413, 'Content Too Large', 'Too big.'), '/v1/projects');
  assert.equal(res.status, 413);
  assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  assert.equal(res.headers.get('cache-control'), 'no-store');
  assert.deepEqual(body, {
    type: `${PROBLEM_BASE}content-too-large`,
    title: 'Content Too Large',
    status: 413,
    detail: 'Too big.',
    instance: '/v1/projects',
  });
  assert.equal(PROBLEM_BASE, 'https://pact-embed.org/problems/');
  // A run of other characters is one hyphen.
  const odd = await answer((c) => problem(c, 418, "I'm a  Teapot", 'd'));
  assert.equal(odd.body.type, `${PROBLEM_BASE}i-m-a-teapot`);
});

test('texts from the request are cut: the detail at 1,000, the path at 80, an error’s parameter, message and pointer', async () => {
  const long = (n: number, c = 'x') => c.repeat(n);
  const errors: ParamError[] = [{ param: long(150, 'p'), message: long(400, 'm'), pointer: long(250, '/') }];
  const { body } = await answer((c) => problem(c, 400, 'Bad Request', long(1200, 'd'), errors), `/${long(100, 'a')}`);
  assert.equal(body.detail, `${long(1000, 'd')}…`);
  assert.equal(body.instance, `/${long(79, 'a')}…`);
  assert.deepEqual(body.errors, [
    { param: `${long(100, 'p')}…`, message: `${long(300, 'm')}…`, pointer: `${long(200, '/')}…` },
  ]);
  // An error without a pointer gets none; other fields are kept.
  const plain = await answer((c) =>
    problem(c, 400, 'Bad Request', 'd', [{ param: 'q', message: 'm', allowed: ['a'] }]),
  );
  assert.deepEqual(plain.body.errors, [{ param: 'q', message: 'm', allowed: ['a'] }]);
  // No errors given: no errors member.
  assert.equal('errors' in (await answer((c) => problem(c, 404, 'Not Found', 'd'))).body, false);
});

test(`at most ${MAX_LISTED_ERRORS} errors are listed, in their order`, async () => {
  const errors = Array.from({ length: MAX_LISTED_ERRORS + 3 }, (_, i) => ({ param: `p${i}`, message: 'bad' }));
  const { body } = await answer((c) => problem(c, 400, 'Bad Request', 'd', errors));
  assert.deepEqual(
    body.errors?.map((e) => e.param),
    errors.slice(0, MAX_LISTED_ERRORS).map((e) => e.param),
  );
});

test('a 400 for the query names each parameter in its detail, the first 40 characters of each name', async () => {
  const { res, body } = await answer((c) =>
    badRequest(c, [
      { param: 'limit', message: 'too big' },
      { param: 'n'.repeat(50), message: 'unknown parameter' },
    ]),
  );
  assert.equal(res.status, 400);
  assert.equal(body.title, 'Bad Request');
  assert.equal(body.type, `${PROBLEM_BASE}bad-request`);
  assert.equal(body.detail, `Invalid query parameters. limit: too big; ${'n'.repeat(40)}…: unknown parameter.`);
  assert.equal(body.errors?.length, 2);
});

test('a 404 says what was not found', async () => {
  const { res, body } = await answer((c) => notFound(c, 'No partner has the id "x".'));
  assert.equal(res.status, 404);
  assert.deepEqual(
    [body.title, body.type, body.detail],
    ['Not Found', `${PROBLEM_BASE}not-found`, 'No partner has the id "x".'],
  );
});
