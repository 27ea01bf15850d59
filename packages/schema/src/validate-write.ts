/**
 * Validators for write bodies, precompiled like those of `@pact/schema/validate` but reporting
 * every failing field (Ajv `allErrors`), so that a 422 names each one by JSON Pointer with the rule
 * it breaks. Kept apart from the read validators, which stop at the first error and ship in the
 * browser bundle.
 */
import {
  validateCountryPartner,
  validateOrganizationPartner,
  validateProject,
  type ValidateFunction,
} from '../generated/write-validators.js';
import type { Partner, Project } from './model.js';
import { describe, type SchemaViolation } from './validate.js';

export type { SchemaViolation } from './validate.js';

/** At most this many violations are reported; the rest are counted (a hostile body cannot inflate the answer). */
export const MAX_VIOLATIONS = 20;

export type CheckAllResult<T> = { ok: true; value: T } | { ok: false; violations: SchemaViolation[]; more: number };

export interface WriteValidator<T> {
  readonly schema: string;
  checkAll(data: unknown): CheckAllResult<T>;
}

function writeValidator<T>(schema: string, fn: ValidateFunction): WriteValidator<T> {
  return {
    schema,
    checkAll(data) {
      if (fn(data)) return { ok: true, value: data as T };
      const seen = new Set<string>();
      const violations: SchemaViolation[] = [];
      // A union (anyOf) adds one error per branch plus its own: report the fields, not "must match a schema in anyOf".
      for (const e of fn.errors ?? []) {
        if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if') continue;
        const v = describe(e);
        // Point at the field itself: the one missing, or the one not allowed.
        const field = e.params['missingProperty'] ?? e.params['additionalProperty'];
        if (typeof field === 'string') v.path = `${e.instancePath}/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const key = `${v.path}|${v.rule}|${v.message}`;
        if (!seen.has(key)) {
          seen.add(key);
          violations.push(v);
        }
      }
      if (violations.length === 0) violations.push({ path: '', rule: 'anyOf', message: 'does not match the schema' });
      return {
        ok: false,
        violations: violations.slice(0, MAX_VIOLATIONS),
        more: Math.max(0, violations.length - MAX_VIOLATIONS),
      };
    },
  };
}

export const projectWriteValidator = writeValidator<Project>('Project', validateProject);
const countries = writeValidator<Partner>('Partner', validateCountryPartner);
const organizations = writeValidator<Partner>('Partner', validateOrganizationPartner);

/** A partner, checked against the branch its `kind` names, so that every error is about that kind. */
export const partnerWriteValidator: WriteValidator<Partner> = {
  schema: 'Partner',
  checkAll(data) {
    const kind = typeof data === 'object' && data !== null ? (data as { kind?: unknown }).kind : undefined;
    if (kind === 'country') return countries.checkAll(data);
    if (kind === 'organization') return organizations.checkAll(data);
    return {
      ok: false,
      violations: [{ path: '/kind', rule: 'enum', message: 'must be one of "country", "organization"' }],
      more: 0,
    };
  },
};
