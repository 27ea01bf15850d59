/**
 * Versions of a project, field by field: the JSON Merge Patch from one to another (what a save
 * sends) and the fields where two versions differ (what a conflict shows).
 */
import type { Project, ProjectInput } from '@pact/sdk';
import { PROJECT_FIELDS } from '@pact/elements/project-form/draft.js';

/** The fields a person edits, in the form's order. */
export const FIELDS = PROJECT_FIELDS;
export type Field = (typeof FIELDS)[number];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObject = (v: unknown): v is Record<string, Json> => !!v && typeof v === 'object' && !Array.isArray(v);

export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => same(a[k], b[k]));
  }
  return false;
}

/** The JSON Merge Patch (RFC 7396) that turns `from` into `to`: objects by member, arrays whole, null removes. */
export function mergePatch(from: Record<string, unknown>, to: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const k of new Set([...Object.keys(from), ...Object.keys(to)])) {
    const a = from[k];
    const b = to[k];
    if (same(a, b)) continue;
    if (b === undefined) patch[k] = null;
    else if (isObject(a) && isObject(b)) patch[k] = mergePatch(a, b);
    else patch[k] = b;
  }
  return patch;
}

/** A stored project as the API takes it back (without what the server sets). */
export function inputOf(p: Project): ProjectInput {
  const { updated: _u, illustrative: _i, ...rest } = p;
  return rest;
}

/** The fields where `a` and `b` differ. */
export const differing = (a: ProjectInput, b: ProjectInput): Field[] => FIELDS.filter((f) => !same(a[f], b[f]));

/**
 * Which version a field starts with in the conflict view: the one that changed, when only one did
 * (it is no conflict); undefined when both changed differently, so that the person decides.
 */
export function proposal(
  field: Field,
  base: ProjectInput,
  mine: ProjectInput,
  theirs: ProjectInput,
): 'mine' | 'theirs' | undefined {
  if (same(mine[field], base[field])) return 'theirs';
  if (same(theirs[field], base[field])) return 'mine';
  return undefined;
}

/** The record made of `theirs` with the fields chosen from `mine`. */
export function merged(
  mine: ProjectInput,
  theirs: ProjectInput,
  choice: Partial<Record<Field, 'mine' | 'theirs'>>,
): ProjectInput {
  const out: Record<string, unknown> = { ...theirs };
  for (const f of FIELDS) {
    if (choice[f] !== 'mine') continue;
    if (mine[f] === undefined) delete out[f];
    else out[f] = mine[f];
  }
  return out as unknown as ProjectInput;
}
