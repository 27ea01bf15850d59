/**
 * The authenticated writes of the route table: key, rate limit, body, preconditions, then one
 * transaction in the database (db/writes.ts). Each refusal is a problem document and changes
 * nothing. ETags are those of the read API (the hash of the record's JSON as GET serves it), so a
 * writer passes the ETag it read straight into If-Match.
 */
import type { Context } from 'hono';
import type { Project } from '@pact/schema';
import type { Account, WriteError, WriteResult } from '../db/index.js';
import { bareTag, entityTag } from '../http-cache.js';
import { problem } from '../problem.js';
import type { WriteRoute } from '../routes.js';
import { SqlStore } from '../store/sql.js';
import type { Store } from '../store/store.js';
import { RateLimiter } from './rate-limit.js';
import {
  bearerToken,
  idempotencyKey,
  ifMatchTag,
  invalidKey,
  isRefusal,
  readJsonBody,
  refuse,
  type Refusal,
} from './request.js';

/** Fields the server keeps: a writer may not set them. */
const SERVER_FIELDS = ['updated', 'illustrative'] as const;

const answer = (c: Context, r: Refusal): Response => {
  for (const [k, v] of Object.entries(r.headers ?? {})) c.header(k, v);
  return problem(c, r.status, r.title, r.detail, r.errors);
};

function fromStore(e: WriteError, currentTag: string | undefined): Refusal {
  switch (e.kind) {
    case 'validation':
      return refuse(
        422,
        'Unprocessable Content',
        `The record breaks ${e.errors.length === 1 ? 'a rule' : `${e.errors.length} rules`}: ${e.errors
          .slice(0, 3)
          .map((x) => `${x.pointer || '(body)'} ${x.message}`)
          .join('; ')}${e.errors.length > 3 ? '; …' : ''}.`,
        { errors: e.errors.map((x) => ({ param: 'body', pointer: x.pointer, rule: x.rule, message: x.message })) },
      );
    case 'forbidden':
      return refuse(403, 'Forbidden', `Not allowed: ${e.reason}.`);
    case 'not-found':
      return refuse(404, 'Not Found', `No live record is ${e.record}.`);
    case 'precondition-required':
      return refuse(428, 'Precondition Required', 'Send If-Match with the ETag of the record you read.');
    case 'precondition-failed':
      return refuse(
        412,
        'Precondition Failed',
        'The record changed since you read it: read it again (the ETag header is its current version) and re-apply your change.',
        currentTag ? { headers: { ETag: currentTag } } : {},
      );
    case 'conflict':
      return refuse(409, 'Conflict', `Conflict: ${e.reason}.`);
  }
}

export interface WriteHandlerOptions {
  /** Per-key write limits (default: a burst of 30, then 2 a second). */
  limiter?: RateLimiter;
}

export function writeHandler(store: Store, options: WriteHandlerOptions = {}) {
  const limiter = options.limiter ?? new RateLimiter();
  const sql = store instanceof SqlStore ? store : undefined;
  const tagOf = (record: unknown) => entityTag(JSON.stringify(record));

  return async (c: Context, route: WriteRoute, id: string | undefined): Promise<Response> => {
    c.header('Cache-Control', 'no-store');
    if (!sql) {
      return answer(
        c,
        refuse(
          405,
          'Method Not Allowed',
          'This deployment serves a read-only dataset (--data); writes need the database (docs/storage.md).',
          { headers: { Allow: 'GET, HEAD, OPTIONS' } },
        ),
      );
    }
    const token = bearerToken(c.req.header('Authorization'));
    if (isRefusal(token)) return answer(c, token);
    const account: Account | null = await sql.db.verifyKey(token);
    if (!account) return answer(c, invalidKey());
    if (account.role === 'reader')
      return answer(c, refuse(403, 'Forbidden', 'Not allowed: a reader key may not write.'));
    const wait = limiter.take(account.id);
    if (wait > 0) {
      return answer(
        c,
        refuse(429, 'Too Many Requests', `This key has made too many writes; try again in ${wait} s.`, {
          headers: { 'Retry-After': String(wait) },
        }),
      );
    }

    let body: unknown;
    if (route.body) {
      body = await readJsonBody(c.req.raw);
      if (isRefusal(body)) return answer(c, body);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return answer(
          c,
          refuse(422, 'Unprocessable Content', 'The body must be a JSON object.', {
            errors: [{ param: 'body', pointer: '', rule: 'type', message: 'must be an object' }],
          }),
        );
      }
      const set = SERVER_FIELDS.filter((f) => Object.hasOwn(body as object, f));
      if (set.length) {
        return answer(
          c,
          refuse(
            422,
            'Unprocessable Content',
            `${set.join(' and ')} ${set.length > 1 ? 'are' : 'is'} set by the server.`,
            {
              errors: set.map((f) => ({
                param: 'body',
                pointer: `/${f}`,
                rule: 'readOnly',
                message: 'is set by the server',
              })),
            },
          ),
        );
      }
    }

    let result: WriteResult<Project>;
    if (route.operation === 'project.create') {
      const key = idempotencyKey(c.req.header('Idempotency-Key'));
      if (isRefusal(key)) return answer(c, key);
      result = await sql.db.createProject(
        account,
        { ...(body as object), illustrative: false },
        { idempotencyKey: key },
      );
    } else {
      const tag = ifMatchTag(c.req.header('If-Match'));
      if (isRefusal(tag)) return answer(c, tag);
      const current = await sql.db.getRecord('project', id ?? '');
      if (!current || current.withdrawn)
        return answer(c, refuse(404, 'Not Found', `No live project has the id "${id}".`));
      const currentTag = tagOf(current.body);
      if (bareTag(tag) !== currentTag)
        return answer(c, fromStore({ kind: 'precondition-failed', record: '', etag: '' }, currentTag));
      // The content tag matched: hand the store its version tag, which it checks again under its lock.
      result =
        route.operation === 'project.update'
          ? await sql.db.updateProject(account, id ?? '', body, { ifMatch: current.etag })
          : await sql.db.withdrawProject(account, id ?? '', { ifMatch: current.etag });
      if (!result.ok && result.error.kind === 'precondition-failed') {
        const now = await sql.db.getRecord('project', id ?? '');
        return answer(c, fromStore(result.error, now ? tagOf(now.body) : undefined));
      }
    }
    if (!result.ok) return answer(c, fromStore(result.error, undefined));
    await sql.refresh();
    if (route.status === 204) return c.body(null, 204);
    const text = JSON.stringify(result.record);
    c.header('ETag', entityTag(text));
    c.header('Content-Type', 'application/json; charset=utf-8');
    if (route.status === 201) c.header('Location', `/v1/projects/${encodeURIComponent(result.record.id)}`);
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    return c.body(text, route.status);
  };
}
