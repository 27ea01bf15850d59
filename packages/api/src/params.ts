import type { ParamError } from '@pact/schema';
import type { ParamValues } from './cursor.js';
import { isDateValue } from './content/dates.js';

export type { ParamValues };

/** How one query parameter is read, checked and documented. */
export type ParamSpec =
  /** One value of a closed list; the value keeps its type (`true`, `2`), the wire has its string. */
  | { kind: 'enum'; values: readonly (string | number | boolean)[]; description: string }
  | { kind: 'int'; min: number; max: number; default: number; description: string }
  | { kind: 'text'; maxLength: number; description: string }
  /**
   * A BCP 47 language tag, matched to one of `values` by RFC 4647 lookup (`zh-Hant-TW`, then
   * `zh-Hant`, then `zh`); a well-formed tag that matches none means the default (no value).
   */
  | { kind: 'lang'; values: readonly string[]; description: string }
  /** The id of a record of the store (a partner), checked to exist. */
  | { kind: 'id'; description: string; example: string }
  | { kind: 'cursor'; description: string }
  /** A year, a month or a day (`2006`, `2006-06`, `2006-06-26`) that exists in the calendar. */
  | { kind: 'date'; description: string };

export type ParamSpecs = Readonly<Record<string, ParamSpec>>;

export interface Parsed {
  values: ParamValues;
  errors: ParamError[];
  /** Ids to look up in the store (see {@link checkIds}); `at` is where an error for it goes in `errors`. */
  ids: { name: string; raw: string; example: string; at: number }[];
}

/** The most query parameters a request may give; more are refused before any is read. */
export const MAX_QUERY_PARAMS = 32;

/**
 * The value of `values` a BCP 47 tag falls back to by RFC 4647 lookup (subtags cut from the end,
 * a singleton with the subtag after it), compared case-insensitively; `undefined` when none
 * matches, `null` when the tag is not well-formed (Intl's Unicode BCP 47 rules).
 */
export function lookupLanguage(tag: string, values: readonly string[]): string | undefined | null {
  let canonical: string | undefined;
  try {
    canonical = tag.length <= 64 ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    // not well-formed: canonical stays undefined
  }
  if (canonical === undefined) return null;
  const subtags = canonical.toLowerCase().split('-');
  while (subtags.length) {
    const range = subtags.join('-');
    const found = values.find((v) => v.toLowerCase() === range);
    if (found !== undefined) return found;
    subtags.pop();
    if (subtags.at(-1)?.length === 1) subtags.pop();
  }
  return undefined;
}

/**
 * Reads and checks the query string against the specs. Every problem is reported
 * (unknown parameters, repeated ones, bad values), each naming the parameter; the accepted
 * parameters and a closed list's values are given once, not per error. Ids are checked
 * afterwards by {@link checkIds}.
 */
export function parseParams(search: URLSearchParams, specs: ParamSpecs): Parsed {
  const values: ParamValues = {};
  const errors: ParamError[] = [];
  const ids: Parsed['ids'] = [];
  const seen = new Set<string>();
  for (const [name, raw] of search) {
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) {
      if (!seen.has(name)) {
        const names = Object.keys(specs);
        const first = !errors.some((e) => e.message.startsWith('unknown parameter'));
        errors.push({
          param: name.slice(0, 100),
          ...(first
            ? {
                message: `unknown parameter; this endpoint accepts ${names.length ? names.join(', ') : 'no parameters'}`,
                allowed: names,
              }
            : { message: 'unknown parameter' }),
        });
      }
      seen.add(name);
      continue;
    }
    if (seen.has(name)) {
      if (!errors.some((e) => e.param === name))
        errors.push({ param: name, message: 'given more than once; give it once' });
      continue;
    }
    seen.add(name);
    const shown = shownValue(raw);
    switch (spec.kind) {
      case 'enum': {
        const value = spec.values.find((v) => String(v) === raw);
        if (value !== undefined) values[name] = value;
        else
          errors.push({
            param: name,
            message: `${shown} is not one of ${spec.values.join(', ')}`,
            allowed: spec.values.map(String),
          });
        break;
      }
      case 'int': {
        const n = /^[0-9]{1,9}$/.test(raw) ? Number(raw) : NaN;
        if (Number.isInteger(n) && n >= spec.min && n <= spec.max) values[name] = n;
        else errors.push({ param: name, message: `${shown} is not a whole number from ${spec.min} to ${spec.max}` });
        break;
      }
      case 'lang': {
        const value = lookupLanguage(raw, spec.values);
        if (value === null)
          errors.push({
            param: name,
            message: `${shown} is not a well-formed BCP 47 language tag (e.g. ${spec.values.slice(0, 3).join(', ')}, zh-Hant-TW)`,
          });
        else if (value !== undefined) values[name] = value;
        break;
      }
      case 'text':
        if (raw.length > spec.maxLength)
          errors.push({ param: name, message: `is longer than ${spec.maxLength} characters` });
        else values[name] = raw;
        break;
      case 'id':
        ids.push({ name, raw, example: spec.example, at: errors.length });
        break;
      case 'cursor':
        values[name] = raw;
        break;
      case 'date':
        if (isDateValue(raw)) values[name] = raw;
        else
          errors.push({
            param: name,
            message: `${shown} is not a date: give a year, a month or a day (2006, 2006-06 or 2006-06-26)`,
          });
        break;
    }
  }
  return { values, errors, ids };
}

const shownValue = (raw: string) => JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);

/** Looks the parsed ids up (`exists`): known ones become values, unknown ones errors, in query order. */
export async function checkIds(parsed: Parsed, exists: (id: string) => Promise<boolean>): Promise<void> {
  let added = 0;
  for (const { name, raw, example, at } of parsed.ids) {
    if (await exists(raw)) parsed.values[name] = raw;
    else
      parsed.errors.splice(at + added++, 0, {
        param: name,
        message: `${shownValue(raw)} is not a known partner id (for example "${example}"; see /v1/partners)`,
      });
  }
}
