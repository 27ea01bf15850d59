/**
 * The authenticated writes of the route table: key, rate limit, body, preconditions, then one
 * transaction in the database (db/writes.ts). Each refusal is a problem document and changes
 * nothing. ETags are those of the read API (the hash of the record's JSON as GET serves it), so a
 * writer passes the ETag it read straight into If-Match.
 */
import type { Context } from 'hono';
import { bareEntityTag, type MembershipId, type Partner } from '@pact/schema';
import type { Account, WriteError, WriteResult } from '../db/index.js';
import { entityTag } from '../http-cache.js';
import { clip, problem, summary } from '../problem.js';
import type { WriteOperation, WriteRoute } from '../routes.js';
import { SqlStore } from '../store/sql.js';
import type { Store } from '../store/store.js';
import { RateLimiter } from './rate-limit.js';
import { purgeKeys, type PurgeHook } from '../surrogate.js';
import { withCldrNames, withoutCldrNames } from '../localize.js';
import {
  bearerToken,
  idempotencyKey,
  ifMatchTag,
  databaseDown,
  invalidKey,
  isRefusal,
  readJsonBody,
  refuse,
  writeContended,
  type Refusal,
} from './request.js';
import { isRace } from '../db/ledger.js';

/** Fields the server keeps: a writer may not set them. */
const SERVER_FIELDS = ['updated', 'illustrative'] as const;

const answer = (c: Context, r: Refusal): Response => {
  for (const [k, v] of Object.entries(r.headers ?? {})) c.header(k, v);
  return problem(c, r.status, r.title, r.detail, r.errors);
};

function fromStore(e: WriteError, currentTag: string | undefined): Refusal {
  switch (e.kind) {
    case 'validation': {
      const count = e.errors.length + (e.more ?? 0);
      const parts = e.errors.map((x) => `${clip(x.pointer || '(body)', 60)} ${x.message}`);
      return refuse(
        422,
        'Unprocessable Content',
        `The record breaks ${count === 1 ? 'a rule' : `${count} rules`}: ${summary(parts, 3, count)}.`,
        { errors: e.errors.map((x) => ({ param: 'body', pointer: x.pointer, rule: x.rule, message: x.message })) },
      );
    }
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
  /** Told the CDN cache tags each accepted write changes. */
  purge?: PurgeHook | undefined;
}

type Db = SqlStore['db'];
interface Input {
  id: string;
  /** The second path parameter (a membership's partnership). */
  sub: string;
  body: unknown;
  ifMatch: string | undefined;
  idempotencyKey: string | undefined;
}

/** Each write operation of the table: which record its If-Match is about, and the store call. */
const OPERATIONS: Record<
  WriteOperation,
  { kind: 'project' | 'partner'; run: (db: Db, a: Account, i: Input) => Promise<WriteResult<unknown>> }
> = {
  'project.create': {
    kind: 'project',
    run: (db, a, i) =>
      db.createProject(a, { ...(i.body as object), illustrative: false }, { idempotencyKey: i.idempotencyKey }),
  },
  'project.update': { kind: 'project', run: (db, a, i) => db.updateProject(a, i.id, i.body, { ifMatch: i.ifMatch }) },
  'project.withdraw': { kind: 'project', run: (db, a, i) => db.withdrawProject(a, i.id, { ifMatch: i.ifMatch }) },
  'partner.put': { kind: 'partner', run: (db, a, i) => db.upsertPartner(a, i.body, { ifMatch: i.ifMatch }) },
  'partner.withdraw': { kind: 'partner', run: (db, a, i) => db.withdrawPartner(a, i.id, { ifMatch: i.ifMatch }) },
  'membership.put': {
    kind: 'partner',
    run: (db, a, i) => db.setMembership(a, i.id, { ...(i.body as object), partnership: i.sub }, { ifMatch: i.ifMatch }),
  },
  'membership.remove': {
    kind: 'partner',
    run: (db, a, i) => db.removeMembership(a, i.id, i.sub as MembershipId, { ifMatch: i.ifMatch }),
  },
};

const unprocessable = (detail: string, pointer: string, rule: string, message: string) =>
  refuse(422, 'Unprocessable Content', detail, { errors: [{ param: 'body', pointer, rule, message }] });

/** Checks of the body that the schema cannot make: its shape, server-kept fields, ids that must match the path. */
function bodyRefusal(route: WriteRoute, body: unknown, id: string, sub: string): Refusal | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return unprocessable('The body must be a JSON object.', '', 'type', 'must be an object');
  if (route.operation.startsWith('project.')) {
    const set = SERVER_FIELDS.filter((f) => Object.hasOwn(body, f));
    if (set.length)
      return refuse(
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
      );
  }
  const own = (k: string) => (body as Record<string, unknown>)[k];
  if (route.operation === 'partner.put' && own('id') !== id)
    return unprocessable(`The body's id must be "${id}", the id in the path.`, '/id', 'const', `must be "${id}"`);
  if (route.operation === 'membership.put' && own('partnership') !== undefined && own('partnership') !== sub)
    return unprocessable(
      `The body's partnership must be "${sub}", the one in the path (or left out).`,
      '/partnership',
      'const',
      `must be "${sub}"`,
    );
  return undefined;
}

export function writeHandler(store: Store, options: WriteHandlerOptions = {}) {
  const limiter = options.limiter ?? new RateLimiter();
  const sql = store instanceof SqlStore ? store : undefined;
  // A record as the reads serve it (a partner with its CLDR names and place names: localize.ts), so
  // that the ETag a client read is the one a write compares its If-Match with, and the one it answers.
  const served = (kind: 'project' | 'partner', record: unknown) =>
    kind === 'partner' ? withCldrNames(record as Partner) : record;
  const tagOf = (kind: 'project' | 'partner', record: unknown) => entityTag(JSON.stringify(served(kind, record)));

  const write = async (c: Context, route: WriteRoute): Promise<Response> => {
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
    if (route.role === 'coordinator' && account.role !== 'coordinator')
      return answer(
        c,
        refuse(403, 'Forbidden', `Not allowed: only a coordinator may ${route.summary.split(' (')[0]?.toLowerCase()}.`),
      );
    const wait = limiter.take(account.id);
    if (wait > 0) {
      return answer(
        c,
        refuse(429, 'Too Many Requests', `This key has made too many writes; try again in ${wait} s.`, {
          headers: { 'Retry-After': String(wait) },
        }),
      );
    }

    const [first, second] = route.pathParams ?? [];
    const id = first ? (c.req.param(first.name) ?? '') : '';
    const sub = second ? (c.req.param(second.name) ?? '') : '';
    let body: unknown;
    if (route.body) {
      body = await readJsonBody(c.req.raw);
      if (isRefusal(body)) return answer(c, body);
      // A partner read and sent back: without the CLDR names the reads added.
      if (route.operation === 'partner.put') body = withoutCldrNames(body);
      const bad = bodyRefusal(route, body, id, sub);
      if (bad) return answer(c, bad);
    }
    const key = idempotencyKey(c.req.header('Idempotency-Key'));
    if (isRefusal(key)) return answer(c, key);

    const op = OPERATIONS[route.operation];
    let ifMatch: string | undefined;
    let created = false;
    if (route.ifMatch !== 'no') {
      const current = await sql.db.getRecord(op.kind, id);
      const live = current && !current.withdrawn;
      if (!live && route.ifMatch === 'required')
        return answer(c, refuse(404, 'Not Found', `No live ${op.kind} has the id "${id}".`));
      if (live) {
        const tag = ifMatchTag(c.req.header('If-Match'));
        if (isRefusal(tag)) return answer(c, tag);
        const currentTag = tagOf(op.kind, current.body);
        if (bareEntityTag(tag) !== currentTag)
          return answer(c, fromStore({ kind: 'precondition-failed', record: '', etag: '' }, currentTag));
        // The content tag matched: hand the store its version tag, which it checks again under its lock.
        ifMatch = current.etag;
      } else created = true;
    }
    const result = await op.run(sql.db, account, { id, sub, body, ifMatch, idempotencyKey: key });
    if (!result.ok) {
      if (result.error.kind === 'precondition-failed') {
        const now = await sql.db.getRecord(op.kind, id);
        return answer(c, fromStore(result.error, now ? tagOf(op.kind, now.body) : undefined));
      }
      return answer(c, fromStore(result.error, undefined));
    }
    await sql.refresh();
    if (!result.replayed) options.purge?.(purgeKeys(op.kind, id || (result.record as { id: string }).id));
    if (route.status === 204) return c.body(null, 204);
    const text = JSON.stringify(served(op.kind, result.record));
    c.header('ETag', entityTag(text));
    c.header('Content-Type', 'application/json; charset=utf-8');
    const status = route.operation === 'project.create' || created ? 201 : route.status;
    if (status === 201) {
      const record = result.record as { id: string };
      c.header('Location', `/v1/${op.kind}s/${encodeURIComponent(record.id)}`);
    }
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    return c.body(text, status);
  };

  return async (c: Context, route: WriteRoute): Promise<Response> => {
    try {
      return await write(c, route);
    } catch (e) {
      // Lost a race three times running (rolled back): 503 with Retry-After, not 500.
      if (isRace(e)) return answer(c, writeContended());
      // The database stopped answering (a restart, a failover, the network): 503, not 500.
      if (sql && (await sql.db.notReady()) !== null) return answer(c, databaseDown());
      throw e;
    }
  };
}
