import { createHash } from 'node:crypto';
import type { Membership, MembershipId, Partner, Project } from '@pact/schema';
import {
  MAX_VIOLATIONS,
  partnerWriteValidator as partnerValidator,
  projectWriteValidator as projectValidator,
  type WriteValidator,
} from '@pact/schema/validate-write';
import { authorize, type Account, type WriteAction } from './authorize.js';
import { Refusal, refuse, type FieldError, type WriteResult } from './errors.js';
import { canonicalJson, isObject, mergePatch, type JsonValue } from './json.js';
import { applyChange, etagOf, readRecord, transact, type Trx } from './ledger.js';
import type { Connection } from './connection.js';
import { flowSets } from './dataset-io.js';
import { flowRoleErrors, flowSetsNaming, names, NAMING_KINDS, projectPartners } from './partner-refs.js';
import type { RecordKind, RecordRow } from './tables.js';

export interface Preconditions {
  /** The If-Match header: the ETag the writer last saw (required for updates and withdrawals). */
  ifMatch?: string | undefined;
}

/** Readers are refused before anything is read (the other rules need the record). */
const noReader = (a: Account) =>
  a.role === 'reader' ? refuse({ kind: 'forbidden', reason: 'a reader key may not write' }) : undefined;

const author = (a: Account) => ({ accountId: a.id, organization: a.partnerId });

function check(action: Account, what: WriteAction): void {
  const decision = authorize(action, what);
  if (!decision.allowed) refuse({ kind: 'forbidden', reason: decision.reason });
}

/** Every failing field (at most MAX_VIOLATIONS of them), each with its JSON Pointer and rule. */
function validate<T>(validator: WriteValidator<T>, value: unknown): T {
  const r = validator.checkAll(value);
  if (!r.ok)
    return refuse({
      kind: 'validation',
      errors: r.violations.map((v) => ({ pointer: v.path, rule: v.rule, message: v.message })),
      more: r.more,
    });
  return r.value;
}

/**
 * Refuses with these field errors, the first MAX_VIOLATIONS of them listed and the rest counted, as
 * the schema's are (a 64 kB body can name thousands of unknown donors).
 */
function refuseFields(errors: FieldError[]): never {
  return refuse({
    kind: 'validation',
    errors: errors.slice(0, MAX_VIOLATIONS),
    more: Math.max(0, errors.length - MAX_VIOLATIONS),
  });
}

/** If-Match against the current ETag: strong comparison, a list, or `*` for any current record. */
function matches(ifMatch: string, etag: string): boolean {
  return ifMatch
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t === etag);
}

/** The live record, locked (see readRecord), after checking If-Match. */
async function current(trx: Trx, kind: RecordKind, id: string, pre: Preconditions): Promise<RecordRow> {
  const record = `${kind}/${id}`;
  if (pre.ifMatch === undefined) refuse({ kind: 'precondition-required', record });
  const row = await readRecord(trx, kind, id);
  if (!row || row.withdrawn_at !== null) return refuse({ kind: 'not-found', record });
  if (!matches(pre.ifMatch ?? '', etagOf(row.version)))
    refuse({ kind: 'precondition-failed', record, etag: etagOf(row.version) });
  return row;
}

/** Runs a write with {@link transact}; a Refusal rolls it back and becomes the result. */
async function write<T>(conn: Connection, body: (trx: Trx) => Promise<WriteResult<T>>): Promise<WriteResult<T>> {
  try {
    return await transact(conn, body);
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: e.error };
    throw e;
  }
}

/** References a project makes that must name live records: partners, the pillar, the routes. */
async function checkProjectReferences(trx: Trx, p: Project): Promise<void> {
  const wanted = [...new Set([...projectPartners(p), String(p.pillar), ...p.routes])];
  const rows = await trx
    .selectFrom('record')
    .select(['kind', 'id'])
    .where('kind', 'in', ['partner', 'pillar', 'route'])
    .where('id', 'in', wanted)
    .where('withdrawn_at', 'is', null)
    // Held to the commit: a partner cannot be withdrawn while a project that names it is written.
    .forShare()
    .execute();
  const ids = (kind: RecordKind) => new Set(rows.filter((r) => r.kind === kind).map((r) => r.id));
  const [partners, pillars, routes] = [ids('partner'), ids('pillar'), ids('route')];
  const errors: FieldError[] = [];
  const ref = (pointer: string, id: string, known: Set<string>, what: string) => {
    if (!known.has(id)) errors.push({ pointer, rule: 'reference', message: `${what} "${id}" does not exist` });
  };
  p.donors.forEach((d, i) => ref(`/donors/${i}`, d, partners, 'partner'));
  p.beneficiaries.forEach((b, i) => ref(`/beneficiaries/${i}`, b, partners, 'partner'));
  ref('/implementer', p.implementer, partners, 'partner');
  if (p.accountable !== undefined) ref('/accountable', p.accountable, partners, 'partner');
  if (p.extending !== undefined) ref('/extending', p.extending, partners, 'partner');
  ref('/pillar', String(p.pillar), pillars, 'pillar');
  p.routes.forEach((r, i) => ref(`/routes/${i}`, r, routes, 'route'));
  if (p.end < p.start) errors.push({ pointer: '/end', rule: 'order', message: `ends (${p.end}) before it starts` });
  if (errors.length) refuseFields(errors);
}

const done = <T>(record: T, applied: { version: number; revision: number; seq: number }): WriteResult<T> => ({
  ok: true,
  record,
  etag: etagOf(applied.version),
  revision: applied.revision,
  seq: applied.seq,
  replayed: false,
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Creates a project, or brings back a withdrawn one with this body (the change log records a
 * `create` whose patch is the whole record). With an idempotency key, a retry with the same body
 * returns the first answer (replayed: true) and a reuse with another body is a conflict.
 */
export function createProject(
  conn: Connection,
  account: Account,
  input: unknown,
  options: { idempotencyKey?: string | undefined } = {},
): Promise<WriteResult<Project>> {
  return write(conn, async (trx) => {
    noReader(account);
    const key = options.idempotencyKey;
    const hash = sha256(canonicalJson(input));
    /** The first answer to this key, when there was one (a retry); a refusal when the key was used for another body. */
    const replay = async (): Promise<WriteResult<Project> | undefined> => {
      if (key === undefined) return undefined;
      const seen = await trx
        .selectFrom('idempotency_key')
        .selectAll()
        .where('account_id', '=', account.id)
        .where('key', '=', key)
        .executeTakeFirst();
      if (seen && seen.request_hash !== hash)
        refuse({ kind: 'conflict', reason: 'this Idempotency-Key was used with a different request' });
      return seen ? ({ ...(seen.response as object), replayed: true } as WriteResult<Project>) : undefined;
    };
    const first = await replay();
    if (first) return first;
    const body = isObject(input) ? { ...input, updated: new Date().toISOString() } : input;
    const project = validate(projectValidator, body);
    check(account, { write: 'project.create', after: project });
    const existing = await readRecord(trx, 'project', project.id);
    if (existing && existing.withdrawn_at === null) {
      // Each statement sees what was committed when it began (PostgreSQL's READ COMMITTED): the same
      // create with the same key may have committed since the look-up above, its record and its key
      // together. Then this is its retry, not a second create.
      const raced = await replay();
      if (raced) return raced;
      refuse({ kind: 'conflict', reason: `project "${project.id}" already exists`, etag: etagOf(existing.version) });
    }
    // A withdrawn id comes back (the desk's undo): only for whoever may write the withdrawn record,
    // and a sample record stays marked as one (`illustrative` is the server's, never the writer's).
    const was = existing?.body as unknown as Project | undefined;
    if (was) check(account, { write: 'project.restore', before: was, after: project });
    const record = was ? { ...project, illustrative: was.illustrative } : project;
    await checkProjectReferences(trx, record);
    const result = done(
      record,
      await applyChange(trx, author(account), 'project', record.id, existing, record as unknown as JsonValue),
    );
    if (key !== undefined)
      await trx
        .insertInto('idempotency_key')
        .values({
          account_id: account.id,
          key,
          request_hash: hash,
          response: JSON.stringify(result),
          created_at: new Date(),
        })
        .execute();
    return result;
  });
}

/** A write on an existing, live project: readers refused, If-Match checked, the record locked. */
function onProject(
  conn: Connection,
  account: Account,
  id: string,
  pre: Preconditions,
  body: (trx: Trx, row: RecordRow, before: Project) => Promise<WriteResult<Project>>,
): Promise<WriteResult<Project>> {
  return write(conn, async (trx) => {
    noReader(account);
    const row = await current(trx, 'project', id, pre);
    return body(trx, row, row.body as unknown as Project);
  });
}

/** A write on one existing project, by its id. */
type ProjectWrite<A extends unknown[]> = (
  conn: Connection,
  account: Account,
  id: string,
  ...rest: A
) => Promise<WriteResult<Project>>;

/** Applies an RFC 7396 merge patch to a project, under If-Match. The id cannot change. */
export const updateProject: ProjectWrite<[patch: unknown, pre: Preconditions]> = (conn, account, id, patch, pre) =>
  onProject(conn, account, id, pre, async (trx, row, before) => {
    check(account, { write: 'project.update', before, after: before });
    if (!isObject(patch))
      refuse({
        kind: 'validation',
        errors: [{ pointer: '', rule: 'type', message: 'a merge patch must be a JSON object' }],
      });
    const merged = mergePatch(row.body, patch as JsonValue);
    const after = validate(
      projectValidator,
      isObject(merged) ? { ...merged, updated: new Date().toISOString() } : merged,
    );
    if (after.id !== id)
      refuse({ kind: 'validation', errors: [{ pointer: '/id', rule: 'const', message: `must stay "${id}"` }] });
    check(account, { write: 'project.update', before, after });
    await checkProjectReferences(trx, after);
    return done(after, await applyChange(trx, author(account), 'project', id, row, after as unknown as JsonValue));
  });

/** Withdraws a project under If-Match: lists stop showing it; the change log keeps it. */
export const withdrawProject: ProjectWrite<[pre: Preconditions]> = (conn, account, id, pre) =>
  onProject(conn, account, id, pre, async (trx, row, before) => {
    check(account, { write: 'project.withdraw', before });
    return done(before, await applyChange(trx, author(account), 'project', id, row, null));
  });

/** The routes a partner names must be live; a partner that flow sets name must stay what they need. */
async function checkPartnerReferences(trx: Trx, p: Partner): Promise<void> {
  const routes = new Set(
    (
      await trx
        .selectFrom('record')
        .select('id')
        .where('kind', '=', 'route')
        .where('withdrawn_at', 'is', null)
        .execute()
    ).map((r) => r.id),
  );
  const errors: FieldError[] = p.routes
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !routes.has(r.route))
    .map(({ r, i }) => ({
      pointer: `/routes/${i}/route`,
      rule: 'reference',
      message: `route "${r.route}" does not exist`,
    }));
  errors.push(...flowRoleErrors(await flowSets(), p));
  if (errors.length) refuseFields(errors);
}

/** Creates a partner, or replaces it (If-Match required when it exists). Coordinators only. */
export function upsertPartner(
  conn: Connection,
  account: Account,
  input: unknown,
  pre: Preconditions = {},
): Promise<WriteResult<Partner>> {
  return write(conn, async (trx) => {
    check(account, { write: 'partner.upsert' });
    const partner = validate(partnerValidator, input);
    const existing = await readRecord(trx, 'partner', partner.id);
    const row = existing && existing.withdrawn_at === null ? await current(trx, 'partner', partner.id, pre) : existing;
    await checkPartnerReferences(trx, partner);
    return done(
      partner,
      await applyChange(trx, author(account), 'partner', partner.id, row, partner as unknown as JsonValue),
    );
  });
}

/**
 * Withdraws a partner that no live project, route, event, partnership or flow set names, and revokes
 * its keys. Coordinators only.
 */
export function withdrawPartner(
  conn: Connection,
  account: Account,
  id: string,
  pre: Preconditions,
): Promise<WriteResult<Partner>> {
  return write(conn, async (trx) => {
    check(account, { write: 'partner.withdraw' });
    const row = await current(trx, 'partner', id, pre);
    const live = await trx
      .selectFrom('record')
      .select(['kind', 'id', 'body'])
      .where('kind', 'in', NAMING_KINDS)
      .where('withdrawn_at', 'is', null)
      .execute();
    const users = [
      ...live
        .filter((r) => names(r.kind as (typeof NAMING_KINDS)[number], r.body, id))
        .map((u) => `${u.kind} "${u.id}"`)
        // Code-point order, the same on every backend (a database's collation may differ).
        .sort(),
      ...[...new Set(flowSetsNaming(await flowSets(), id).map((f) => f.set))].map((set) => `flow set "${set}"`),
    ];
    if (users.length)
      refuse({
        kind: 'conflict',
        // Ten named, the rest counted (UNODC is named by nearly a hundred records).
        reason: `partner "${id}" is still named by ${users.slice(0, 10).join(', ')}${users.length > 10 ? ` and ${users.length - 10} more` : ''}`,
        etag: etagOf(row.version),
      });
    // A key speaks for a live partner: the withdrawn partner's keys are revoked with it (`keys list`
    // shows when), and stay revoked if the partner comes back.
    await trx
      .updateTable('account')
      .set({ revoked_at: new Date() })
      .where('partner_id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
    return done(row.body as unknown as Partner, await applyChange(trx, author(account), 'partner', id, row, null));
  });
}

/** A change to one partner's memberships, under If-Match on the partner. */
type MembershipWrite<T> = (
  conn: Connection,
  account: Account,
  partnerId: string,
  what: T,
  pre: Preconditions,
) => Promise<WriteResult<Partner>>;

/** Adds or replaces a partner's membership of one partnership. Coordinators only. */
export const setMembership: MembershipWrite<unknown> = (conn, account, partnerId, membership, pre) =>
  editMemberships(conn, account, partnerId, pre, 'membership.set', (list) => {
    const m = isObject(membership) ? (membership as unknown as Membership) : undefined;
    const others = list.filter((x) => x.partnership !== m?.partnership);
    return [...others, membership as Membership];
  });

/** Removes a partner's membership of one partnership. Coordinators only. */
export const removeMembership: MembershipWrite<MembershipId> = (conn, account, partnerId, partnership, pre) =>
  editMemberships(conn, account, partnerId, pre, 'membership.remove', (list) => {
    if (!list.some((m) => m.partnership === partnership))
      refuse({ kind: 'not-found', record: `partner/${partnerId}/memberships/${partnership}` });
    return list.filter((m) => m.partnership !== partnership);
  });

function editMemberships(
  conn: Connection,
  account: Account,
  partnerId: string,
  pre: Preconditions,
  write_: 'membership.set' | 'membership.remove',
  edit: (list: Membership[]) => Membership[],
): Promise<WriteResult<Partner>> {
  return write(conn, async (trx) => {
    check(account, { write: write_ });
    const row = await current(trx, 'partner', partnerId, pre);
    const before = row.body as unknown as Partner;
    const after = validate(partnerValidator, { ...before, memberships: edit(before.memberships) });
    return done(
      after,
      await applyChange(trx, author(account), 'partner', partnerId, row, after as unknown as JsonValue),
    );
  });
}
