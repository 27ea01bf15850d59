/** A JSON value, as stored in JSONB and exchanged over HTTP. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * RFC 7396 JSON Merge Patch: objects merge key by key, `null` removes a key, anything else
 * (arrays included) replaces. Builds a new value; neither input is changed. Keys are copied
 * as own data properties, so `__proto__` in a patch cannot reach a prototype.
 */
export function mergePatch(target: JsonValue, patch: JsonValue): JsonValue {
  if (!isObject(patch)) return patch;
  const result: JsonObject = Object.create(null) as JsonObject;
  if (isObject(target)) for (const [k, v] of Object.entries(target)) define(result, k, v);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete result[k];
    else define(result, k, mergePatch(Object.hasOwn(result, k) ? (result[k] as JsonValue) : null, v));
  }
  return { ...result };
}

function define(o: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** JSON with object keys sorted at every level: the same data always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort())
    define(out as JsonObject, k, sortKeys((value as Record<string, unknown>)[k]) as JsonValue);
  return out;
}
