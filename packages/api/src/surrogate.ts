import { RECORD_KINDS, type RecordKind } from '@pact/schema';

/**
 * CDN cache tags (`Surrogate-Key` for Fastly and others, `Cache-Tag` for Cloudflare): each public
 * read names the records it is made from, so that a write can purge exactly the responses it
 * changes (docs/deploy.md).
 *
 * - a list or a document carries the kinds it reads: `partner`, `project`, ...;
 * - a record (`/v1/partners/{id}`) carries `partner/kaz`, and the other kinds it reads;
 * - every response carries `pact`, to purge everything (after a `db import`, say).
 *
 * A write of partner kaz then purges `partner/kaz` and `partner`: the partner itself, every list of
 * partners, the partnerships (whose listed counts come from the partners), the metadata.
 */
export const ALL_KEY = 'pact';

/** What each public read is made from; a record route's own kind comes first. */
export const READS: Readonly<Record<string, readonly RecordKind[]>> = {
  '/v1/partners': ['partner'],
  '/v1/partners/{id}': ['partner'],
  '/v1/pillars': ['pillar'],
  '/v1/pillars/{n}': ['pillar'],
  '/v1/routes': ['route'],
  '/v1/routes/{id}': ['route'],
  // The flow sets, the country shapes and the OpenAPI document are no records: no write changes them.
  '/v1/flows': [],
  '/v1/projects': ['project'],
  '/v1/projects/{id}': ['project'],
  '/v1/projects.iati.xml': ['project', 'partner', 'pillar', 'meta'],
  // The listed member counts are counted from the partner records.
  '/v1/partnerships': ['partnership', 'partner'],
  '/v1/partnerships/{id}': ['partnership', 'partner'],
  '/v1/events': ['event'],
  '/v1/events/{id}': ['event'],
  '/v1/events/{id}.ics': ['event', 'meta'],
  '/v1/geo/countries': [],
  // The revision and the counts change with every write.
  '/v1/meta': RECORD_KINDS,
  // The regions' names are the dataset's (and CLDR's): no write changes them.
  '/v1/regions': [],
  '/v1/openapi.json': [],
};

/** The tags of a public read, given its route path and, for a record route, the record's id. */
export function surrogateKeys(path: string, id?: string): string[] {
  const reads = READS[path];
  if (!reads) return [ALL_KEY];
  const [own, ...others] = reads;
  // `/v1/events/{id}.ics`: the path parameter's value keeps the extension, the record's id does not.
  const ext = /\}(\.[a-z]+)$/.exec(path)?.[1];
  const record = ext && id?.endsWith(ext) ? id.slice(0, -ext.length) : id;
  const keys = record !== undefined && own ? [`${own}/${record}`, ...others] : [...reads];
  return [ALL_KEY, ...keys];
}

/** What a write of one record purges: the record and every response that reads its kind. */
export const purgeKeys = (kind: RecordKind, id: string): string[] => [`${kind}/${id}`, kind];

/**
 * Called after each accepted write with the keys to purge (see {@link purgeKeys}); a Node
 * deployment sets one with PACT_PURGE_URL (purge.ts). It must not throw or wait: the write has
 * been answered already.
 */
export type PurgeHook = (keys: string[]) => void;
