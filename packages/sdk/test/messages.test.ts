// What a developer reads when a call fails: each error's class name and its whole sentence (the
// request, what happened, what to do), for reads and writes, from a real server that answers
// with the status and problem document each case needs. The other suites check the classes and
// fields; these check the words (issue 22: error names and messages survived every mutation).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createClient,
  PactConflictError,
  PactForbiddenError,
  PactHttpError,
  PactValidationError,
  PactWriteError,
  type PactError,
} from '@pact/sdk';
import { projectInput, rejection } from './helpers.js';

/** Answers `/S/...` with status S and the problem document `answers[S]` (none when absent). */
const answers: Record<string, unknown> = {};
let server: Server;
let base: string;
before(async () => {
  server = createServer((req, res) => {
    req.resume();
    const status = Number(req.url?.split('/')[1]);
    // 200: a page of a list whose `next` cursor goes on (`/200/same/…`: repeats itself).
    const cursor = Number(new URL(req.url ?? '', 'http://x').searchParams.get('cursor') ?? 0);
    const page = { data: [], next: req.url?.includes('/same/') ? '1' : String(cursor + 1) };
    const body = status === 200 ? page : (answers[`${req.method} ${status}`] ?? answers[status]);
    // A reason phrase of its own (`/S/quiet/…`: none at all).
    res.writeHead(status, req.url?.includes('/quiet/') ? '' : undefined, {
      'Content-Type': 'application/problem+json',
      ...(status === 412 ? { ETag: '"v7"' } : {}),
    });
    res.end(body === undefined ? '' : JSON.stringify(body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

const client = (status: number, path = '') =>
  createClient({ baseUrl: `${base}/${status}${path}/v1`, retries: 0, apiKey: 'k' });
const seen = (e: unknown) => [(e as PactError).name, (e as PactError).message];

test('a read that fails: the status, the problem, and what to do', async () => {
  answers[400] = {
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    detail: 'Invalid query parameters.',
    errors: [
      { param: 'kind', message: 'must be one of country, organization' },
      { param: 'limit', message: 'must be at most 200' },
    ],
  };
  answers[404] = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No partner "x.y".' };
  answers[429] = { type: 'about:blank', title: 'Too Many Requests', status: 429 };
  const u = (s: number, path: string) => `${base}/${s}/v1${path}`;
  assert.deepEqual(seen(await rejection(client(400).partners.list())), [
    'PactHttpError',
    `GET ${u(400, '/partners?lang=en')} failed with 400 Bad Request: kind: must be one of country, organization; limit: must be at most 200. Fix the parameter.`,
  ]);
  assert.deepEqual(seen(await rejection(client(404).meta.get())), [
    'PactHttpError',
    `GET ${u(404, '/meta')} failed with 404 Not Found: No partner "x.y". Check the id and the baseUrl.`,
  ]);
  for (const s of [429, 500, 503]) {
    const e = await rejection(client(s).meta.get());
    assert.ok(e instanceof PactHttpError);
    assert.match(e.message, new RegExp(`failed with ${s} .*\\. Try again later\\.$`), `${s}: ${e.message}`);
  }
  for (const s of [401, 410, 499]) {
    const e = await rejection(client(s).meta.get());
    assert.match((e as Error).message, new RegExp(`failed with ${s} [^:]*\\. Check the baseUrl\\.$`), `${s}`);
  }
});

test('a write the API refuses: the method, the URL, the reason and what to do, by status', async () => {
  const problem = (status: number, detail?: string, more: object = {}) => ({
    type: 'about:blank',
    title: 'Refused',
    status,
    ...(detail ? { detail } : {}),
    ...more,
  });
  answers[401] = problem(401, 'The API key is revoked.');
  answers[403] = problem(403, 'Your organization does not implement this project.');
  answers[412] = problem(412, 'The project changed since you read it.');
  answers[422] = problem(422, 'The body breaks the schema.', {
    errors: [
      { pointer: '/title/en', rule: 'minLength', message: 'must not be empty' },
      { pointer: '', message: 'must be an object' },
    ],
  });
  answers[418] = problem(418);
  const at = (s: number) => `${base}/${s}/v1/projects/p`;
  const patch = (s: number) => client(s).projects.update('p', { status: 'closed' }, { ifMatch: '"v1"' });

  assert.deepEqual(seen(await rejection(patch(401))), [
    'PactAuthError',
    `PATCH ${at(401)} failed with 401: The API key is revoked. Check the apiKey given to createClient (it is never logged).`,
  ]);
  const forbidden = await rejection(patch(403));
  assert.deepEqual(seen(forbidden), [
    'PactForbiddenError',
    `PATCH ${at(403)} failed with 403: Your organization does not implement this project. Ask a coordinator for a key with the right role or organization.`,
  ]);
  assert.equal((forbidden as PactForbiddenError).reason, 'Your organization does not implement this project.');
  const conflict = await rejection(client(412).projects.withdraw('p', { ifMatch: '"v1"' }));
  assert.deepEqual(seen(conflict), [
    'PactConflictError',
    `DELETE ${at(412)} failed with 412: The project changed since you read it. Read the record again and re-apply your change.`,
  ]);
  assert.equal((conflict as PactConflictError).currentETag, '"v7"');
  const invalid = await rejection(client(422).projects.create(projectInput));
  assert.deepEqual(seen(invalid), [
    'PactValidationError',
    `POST ${base}/422/v1/projects failed with 422: /title/en must not be empty; (body) must be an object. Fix the fields named in \`violations\`.`,
  ]);
  assert.deepEqual((invalid as PactValidationError).violations, [
    { pointer: '/title/en', rule: 'minLength', message: 'must not be empty' },
    { pointer: '', rule: 'invalid', message: 'must be an object' },
  ]);
  const other = await rejection(patch(418));
  assert.ok(other instanceof PactWriteError);
  assert.deepEqual(seen(other), ['PactWriteError', `PATCH ${at(418)} failed with 418. Fix the request.`]);
  assert.equal(other.status, 418);
});

test('a refusal without a problem document still says what to do; a 422 without fields keeps its sentence', async () => {
  for (const s of [403, 422]) delete answers[s];
  const forbidden = await rejection(client(403).projects.update('p', {}, { ifMatch: '"v1"' }));
  assert.deepEqual(seen(forbidden), [
    'PactForbiddenError',
    `PATCH ${base}/403/v1/projects/p failed with 403. Ask a coordinator for a key with the right role or organization.`,
  ]);
  assert.equal((forbidden as PactForbiddenError).reason, 'forbidden');
  const invalid = await rejection(client(422).projects.update('p', {}, { ifMatch: '"v1"' }));
  assert.deepEqual(seen(invalid), [
    'PactValidationError',
    `PATCH ${base}/422/v1/projects/p failed with 422. Fix the fields named in \`violations\`.`,
  ]);
  assert.deepEqual((invalid as PactValidationError).violations, []);
  // Only the first five fields are spelled out in the message; violations has them all.
  answers[422] = {
    type: 'about:blank',
    title: 'Unprocessable',
    status: 422,
    errors: Array.from({ length: 7 }, (_, i) => ({ pointer: `/f${i}`, rule: 'type', message: 'is wrong' })),
  };
  const many = (await rejection(client(422).projects.update('p', {}, { ifMatch: '"v1"' }))) as PactValidationError;
  assert.equal(many.violations.length, 7);
  assert.equal(
    many.message,
    `PATCH ${base}/422/v1/projects/p failed with 422: /f0 is wrong; /f1 is wrong; /f2 is wrong; /f3 is wrong; /f4 is wrong. Fix the fields named in \`violations\`.`,
  );
});

test('without a reason phrase or a problem document, the status alone; paging that never ends says so', async () => {
  delete answers[503];
  assert.deepEqual(seen(await rejection(client(503, '/quiet').meta.get())), [
    'PactHttpError',
    `GET ${base}/503/quiet/v1/meta failed with 503. Try again later.`,
  ]);
  // `next` cursors that go on past maxPages; one that comes back a second time.
  const read = async (path: string) => {
    const c = createClient({ baseUrl: `${base}/200${path}/v1`, maxPages: 3 });
    for await (const partner of c.partners.all()) assert.fail(`no partner expected: ${String(partner)}`);
  };
  assert.deepEqual(seen(await rejection(read(''))), [
    'PactPagingError',
    `GET ${base}/200/v1/partners went on after 3 pages. Check the API, or raise maxPages.`,
  ]);
  assert.deepEqual(seen(await rejection(read('/same'))), [
    'PactPagingError',
    `GET ${base}/200/same/v1/partners repeated a cursor after 2 pages. Check the API, or raise maxPages.`,
  ]);
});
