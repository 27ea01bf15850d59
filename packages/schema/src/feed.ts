/**
 * The write side of the model: what a writer sends, the roles of API keys and the change feed.
 * Re-exported by model.ts (the JSON Schemas are generated from both files).
 */
import type { Project } from './model.js';

/** What a writer sends to create a project: the server sets `updated`, and no record written through the API is illustrative. */
export type ProjectInput = Omit<Project, 'updated' | 'illustrative'>;
/** The roles an API key can have. */
export type Role = 'coordinator' | 'partner' | 'reader';
/** The kinds of record the store keeps and the change feed names (`meta` is one record). */
export type RecordKind = 'partner' | 'pillar' | 'route' | 'project' | 'partnership' | 'event' | 'meta';
/** The kinds of change the change feed records. */
export type ChangeKind = 'create' | 'update' | 'withdraw';
/** One operation of an RFC 6902 JSON Patch. */
export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  /** JSON Pointer (RFC 6901) of the changed value. */
  path: string;
  from?: string;
  value?: unknown;
}

/** One accepted write, as the change feed lists it. */
export interface Change {
  /**
   * The store's revision after this write: strictly increasing along the feed.
   * @minimum 1
   */
  revision: number;
  /** @format date-time */
  at: string;
  /** Who wrote: the key's account id; null for an operator's import or the seed. */
  account: string | null;
  /** The partner id of the key's organization; null for an operator's import or the seed. */
  organization: string | null;
  kind: RecordKind;
  id: string;
  change: ChangeKind;
  /** From the record before to the record after (RFC 6902); empty for a withdrawal. */
  patch: JsonPatchOperation[];
}

/** A page of the change feed. */
export interface ChangePage {
  data: Change[];
  /** Pass as `since` to get the changes after these (also when `data` is empty). */
  cursor: string;
  /** true when more changes follow at once. */
  more: boolean;
}
