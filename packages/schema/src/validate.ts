/**
 * Precompiled validators (Ajv standalone code, generated at build time):
 * nothing here compiles or evaluates code at run time, so it runs under a
 * Content-Security-Policy without 'unsafe-eval'.
 */
import {
  validateCountryTopology,
  validateFlowSet,
  validateMeta,
  validatePartner,
  validatePillar,
  validateProblem,
  validateProject,
  validateRegion,
  validateRoute,
  type ValidateFunction,
  type ValidationError,
} from '../generated/validators.js';
import type { CountryTopology, FlowSet, Meta, Partner, Pillar, Problem, Project, Region, Route } from './model.js';

/** One way in which a value breaks its schema. */
export interface SchemaViolation {
  /** JSON pointer to the offending value inside the checked value ("" for the value itself). */
  path: string;
  /** The JSON Schema keyword that failed, e.g. "required", "pattern", "enum". */
  rule: string;
  /** What was expected, in words. */
  message: string;
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; violation: SchemaViolation };

export interface Validator<T> {
  /** The schema's name, e.g. "Partner". */
  readonly schema: string;
  check(data: unknown): CheckResult<T>;
  is(data: unknown): data is T;
}

/** One Ajv error in words: where, which rule, what was expected. */
export function describe(error: ValidationError): SchemaViolation {
  const params = error.params;
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties' && typeof params['additionalProperty'] === 'string') {
    message = `has unknown property "${params['additionalProperty']}"`;
  } else if (error.keyword === 'enum' && Array.isArray(params['allowedValues'])) {
    message = `must be one of ${params['allowedValues'].map((v) => JSON.stringify(v)).join(', ')}`;
  } else if (error.keyword === 'const' && 'allowedValue' in params) {
    message = `must be ${JSON.stringify(params['allowedValue'])}`;
  }
  return { path: error.instancePath, rule: error.keyword, message };
}

/**
 * The most useful error of a failed validation: the deepest one, so that for a
 * union (a partner is a country or an organization) the report names the field
 * that is wrong rather than "must match a schema in anyOf".
 */
function firstViolation(errors: readonly ValidationError[] | null | undefined): SchemaViolation {
  if (!errors || errors.length === 0) return { path: '', rule: 'unknown', message: 'is invalid' };
  const depth = (e: ValidationError) =>
    e.keyword === 'anyOf' || e.keyword === 'oneOf' ? -1 : e.instancePath.split('/').length;
  let best = errors[0] as ValidationError;
  for (const e of errors) if (depth(e) > depth(best)) best = e;
  return describe(best);
}

/** A readable sentence for a violation, e.g. `/name/en: must NOT have fewer than 1 characters (rule: minLength)`. */
export function formatViolation(v: SchemaViolation): string {
  return `${v.path || '(root)'}: ${v.message} (rule: ${v.rule})`;
}

/** A {@link Validator} of a precompiled validation function. */
export function validator<T>(schema: string, fn: ValidateFunction): Validator<T> {
  return {
    schema,
    check(data: unknown): CheckResult<T> {
      return fn(data) ? { ok: true, value: data as T } : { ok: false, violation: firstViolation(fn.errors) };
    },
    is(data: unknown): data is T {
      return fn(data);
    },
  };
}

export const partnerValidator = validator<Partner>('Partner', validatePartner);
export const pillarValidator = validator<Pillar>('Pillar', validatePillar);
export const routeValidator = validator<Route>('Route', validateRoute);
export const regionValidator = validator<Region>('Region', validateRegion);
export const projectValidator = validator<Project>('Project', validateProject);
export const problemValidator = validator<Problem>('Problem', validateProblem);
export const metaValidator = validator<Meta>('Meta', validateMeta);
export const topologyValidator = validator<CountryTopology>('CountryTopology', validateCountryTopology);
export const flowSetValidator = validator<FlowSet>('FlowSet', validateFlowSet);
