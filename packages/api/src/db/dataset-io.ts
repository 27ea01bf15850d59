import { readFile } from 'node:fs/promises';
import type { CountryTopology, FlowSet } from '@pact/schema';
import { topologyValidator } from '@pact/schema/validate';
import { DatasetError, FLOWS_FILE, validateDataset, type Dataset } from '../dataset.js';
import { SEED_DATA_DIR, SEED_GEO_FILE } from '../load.js';
import { canonicalJson, isObject, type JsonValue } from './json.js';
import { applyChanges, lockRevision, readRevision, transact, type Author, type RecordChange } from './ledger.js';
import type { Connection } from './connection.js';
import type { RecordKind, RecordRow } from './tables.js';

/** The collections an export holds: the dataset without the map shapes, which ship with the package. */
export type DatasetContent = Omit<Dataset, 'geo'>;

const COLLECTIONS = [
  ['partners', 'partner'],
  ['pillars', 'pillar'],
  ['routes', 'route'],
  ['projects', 'project'],
  ['partnerships', 'partnership'],
  ['events', 'event'],
] as const satisfies readonly (readonly [keyof DatasetContent, RecordKind])[];

let geo: Promise<CountryTopology> | undefined;
/** The country shapes, read once from the package (they are not edited through the API). */
function seedGeo(): Promise<CountryTopology> {
  geo ??= readFile(SEED_GEO_FILE, 'utf8').then((text) => {
    const r = topologyValidator.check(JSON.parse(text));
    if (!r.ok) throw new DatasetError(SEED_GEO_FILE, r.violation.path, r.violation.message);
    return r.value;
  });
  return geo;
}

let flows: Promise<unknown> | undefined;
/** The flow sets (reference content from a 2011 document, not edited through the API), read once from the package. */
function seedFlows(): Promise<unknown> {
  flows ??= readFile(SEED_DATA_DIR + FLOWS_FILE, 'utf8').then((text) => JSON.parse(text) as unknown);
  return flows;
}

/** The flow sets, typed: the file every snapshot checks against the partners (see assemble). */
export const flowSets = (): Promise<FlowSet[]> => seedFlows() as Promise<FlowSet[]>;

const idOf = (kind: RecordKind, body: JsonValue): string => {
  if (kind === 'meta') return 'meta';
  const key = kind === 'pillar' ? 'number' : 'id';
  return isObject(body) ? String(body[key]) : '';
};

/** A live record as the snapshot keeps it: its body and its place in its collection. */
interface LiveRow {
  kind: RecordKind;
  id: string;
  body: JsonValue;
  position: number;
}
/** A snapshot: the dataset of one revision, and the rows it was built from (to build the next one from). */
interface Snapshot {
  revision: number;
  dataset: Dataset;
  rows: Map<string, LiveRow>;
}
const keyOf = (kind: RecordKind, id: string) => `${kind}/${id}`;
/**
 * The most records an incremental refresh reads: past it (an import, a seed), every record is read
 * again, which costs about the same.
 */
const INCREMENTAL_MAX = 64;

/** The live records as a dataset, validated like the static loader's (withdrawn records left out). */
async function readDataset(conn: Connection): Promise<Snapshot> {
  const [{ revision, rows }, shapes] = await Promise.all([
    conn.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => ({
        revision: await readRevision(trx),
        rows: await trx
          .selectFrom('record')
          .select(['kind', 'id', 'body', 'position'])
          .where('withdrawn_at', 'is', null)
          .execute(),
      })),
    seedGeo(),
  ]);
  return assemble(revision, new Map(rows.map((r) => [keyOf(r.kind, r.id), r])), shapes);
}

/**
 * The dataset of the current revision built from the previous snapshot and the records the change
 * log names since then: after one write, one record is read instead of all of them, and the records
 * that did not change are the same objects as before (so what the read store derives from each is
 * derived once: store/static.ts). Undefined when it cannot be done that way (a gap in the log, an
 * operator's import, which may also reorder records, or too many changes): read everything then.
 */
async function readIncrement(conn: Connection, previous: Snapshot): Promise<Snapshot | undefined> {
  const read = await conn.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const revision = await readRevision(trx);
      if (revision === previous.revision) return { revision, rows: [], changed: [] };
      const changed = await trx
        .selectFrom('change_log')
        .select(['revision', 'record_kind', 'record_id', 'account_id'])
        .where('revision', '>', previous.revision)
        .where('revision', '<=', revision)
        .execute();
      const revisions = new Set(changed.map((c) => c.revision));
      const keys = new Map(changed.map((c) => [keyOf(c.record_kind, c.record_id), c]));
      if (
        revision < previous.revision ||
        revisions.size !== revision - previous.revision ||
        changed.some((c) => c.account_id === null) ||
        keys.size > INCREMENTAL_MAX
      )
        return undefined;
      const rows = await trx
        .selectFrom('record')
        .select(['kind', 'id', 'body', 'position', 'withdrawn_at'])
        .where((eb) =>
          eb.or([...keys.values()].map((c) => eb.and([eb('kind', '=', c.record_kind), eb('id', '=', c.record_id)]))),
        )
        .execute();
      return { revision, rows, changed: [...keys.keys()] };
    });
  if (!read) return undefined;
  if (read.revision === previous.revision) return previous;
  const rows = new Map(previous.rows);
  for (const key of read.changed) rows.delete(key);
  for (const r of read.rows) if (r.withdrawn_at === null) rows.set(keyOf(r.kind, r.id), r);
  return assemble(read.revision, rows, await seedGeo());
}

/**
 * The order of a collection's records: by position, then by id (two records share a place when one
 * is brought back to a place another has taken meanwhile: db/store.test.ts).
 */
export const byPlace = (a: { position: number; id: string }, b: { position: number; id: string }): number =>
  a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The dataset of the given live rows: each collection in its order (position, then id). */
async function assemble(revision: number, rows: Map<string, LiveRow>, shapes: CountryTopology): Promise<Snapshot> {
  const flowSets = await seedFlows();
  const sorted = [...rows.values()].sort(byPlace);
  const of = (kind: RecordKind) => sorted.filter((r) => r.kind === kind).map((r) => r.body);
  const partners = of('partner');
  const count = (k: string) => partners.filter((p) => isObject(p) && p['kind'] === k).length;
  const meta = of('meta')[0];
  const counts = {
    partners: partners.length,
    countries: count('country'),
    organizations: count('organization'),
    pillars: of('pillar').length,
    routes: of('route').length,
    projects: of('project').length,
  };
  const dataset = validateDataset({
    partners,
    pillars: of('pillar'),
    routes: of('route'),
    projects: of('project'),
    partnerships: of('partnership'),
    events: of('event'),
    meta: isObject(meta) ? { ...meta, counts } : meta,
    geo: shapes,
    flows: flowSets,
  });
  return { revision, dataset, rows };
}

const cache = new WeakMap<Connection, Snapshot>();

/**
 * The current dataset for reads, in the static loader's shape. Costs one small query while the
 * revision is unchanged (cached per connection, keyed by revision), and after a few writes reads
 * only the records they changed.
 */
export async function snapshot(conn: Connection): Promise<{ revision: number; dataset: Dataset }> {
  const cached = cache.get(conn);
  if (cached && cached.revision === (await readRevision(conn.db))) return cached;
  const fresh = (cached && (await readIncrement(conn, cached))) || (await readDataset(conn));
  const latest = cache.get(conn);
  if (!latest || latest.revision <= fresh.revision) cache.set(conn, fresh);
  return fresh;
}

/** Canonical JSON of the current dataset (keys sorted, two-space indent): equal data, equal bytes. */
export async function exportDataset(conn: Connection): Promise<string> {
  const { dataset } = await snapshot(conn);
  const { partners, pillars, routes, projects, partnerships, events, meta } = dataset;
  return canonicalJson({ partners, pillars, routes, projects, partnerships, events, meta });
}

export type ImportResult =
  | {
      ok: true;
      revision: number;
      created: number;
      updated: number;
      withdrawn: number;
      /** Records unchanged but at another place in their collection. */
      moved: number;
    }
  | { ok: false; error: DatasetError };

/** Parses and validates an export (schemas and references) without touching the database. */
export async function parseDataset(json: string | unknown, file = 'import'): Promise<Dataset> {
  let raw: unknown = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json);
    } catch (e) {
      throw new DatasetError(file, '', `is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (!isObject(raw))
    throw new DatasetError(
      file,
      '',
      'must be a JSON object with partners, pillars, routes, projects, partnerships, events and meta',
    );
  for (const key of ['partners', 'pillars', 'routes', 'projects', 'partnerships', 'events', 'meta'])
    if (!(key in raw)) throw new DatasetError(file, `/${key}`, 'is missing');
  const { partners, pillars, routes, projects, partnerships, events, meta } = raw;
  return validateDataset({
    partners,
    pillars,
    routes,
    projects,
    partnerships,
    events,
    meta,
    geo: await seedGeo(),
    flows: await seedFlows(),
  });
}

/**
 * Makes the database hold exactly the given dataset: validates it first (an invalid one changes
 * nothing), then in one transaction creates, updates and withdraws records so that each
 * difference is one change-log entry by `author` (null account: an operator).
 */
export async function importDataset(
  conn: Connection,
  json: string | unknown,
  author: Author = { accountId: null, organization: null },
  file?: string,
): Promise<ImportResult> {
  let dataset: Dataset;
  try {
    dataset = await parseDataset(json, file);
  } catch (e) {
    if (e instanceof DatasetError) return { ok: false, error: e };
    throw e;
  }
  const wanted = new Map<string, { kind: RecordKind; id: string; body: JsonValue; position: number }>();
  const add = (kind: RecordKind, bodies: readonly unknown[]) =>
    bodies.forEach((b, position) => {
      const body = JSON.parse(JSON.stringify(b)) as JsonValue;
      wanted.set(`${kind}/${idOf(kind, body)}`, { kind, id: idOf(kind, body), body, position });
    });
  for (const [collection, kind] of COLLECTIONS) add(kind, dataset[collection]);
  add('meta', [dataset.meta]);

  return transact(conn, async (trx) => {
    let revision = await lockRevision(trx);
    const rows = await trx.selectFrom('record').selectAll().forUpdate().execute();
    const existing = new Map<string, RecordRow>(rows.map((r) => [`${r.kind}/${r.id}`, r]));
    const changes: RecordChange[] = [];
    let moved = 0;
    for (const [key, w] of wanted) {
      const before = existing.get(key);
      const same = before && before.withdrawn_at === null && canonicalJson(before.body) === canonicalJson(w.body);
      // A record only moved is a change too: its collection's order is part of what is served
      // (and exported), so the revision (every cached body's key and ETag) must change with it.
      if (same && before.position !== w.position) moved++;
      if (!same || before.position !== w.position)
        changes.push(
          before
            ? { kind: w.kind, id: w.id, before, after: w.body }
            : { kind: w.kind, id: w.id, before, after: w.body, position: w.position },
        );
      if (before && before.position !== w.position)
        await trx
          .updateTable('record')
          .set({ position: w.position })
          .where('kind', '=', w.kind)
          .where('id', '=', w.id)
          .execute();
    }
    for (const [key, row] of existing)
      if (!wanted.has(key) && row.withdrawn_at === null)
        changes.push({ kind: row.kind, id: row.id, before: row, after: null });
    if (changes.length) revision = await applyChanges(trx, author, changes);
    const count = (kind: 'create' | 'update' | 'withdraw') =>
      changes.filter((c) =>
        c.after === null
          ? kind === 'withdraw'
          : c.before?.withdrawn_at === null
            ? kind === 'update'
            : kind === 'create',
      ).length;
    return {
      ok: true,
      revision,
      created: count('create'),
      updated: count('update') - moved,
      withdrawn: count('withdraw'),
      moved,
    };
  });
}
