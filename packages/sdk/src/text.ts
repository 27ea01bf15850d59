import type { LocalizedText } from '@pact/schema';

/** A non-empty string, else undefined. */
const str = (s: unknown) => (typeof s == 'string' && s ? s : undefined);

/**
 * Picks the text in `locale` from a localized text: the exact tag (lowercased), then its base
 * language (fr-CA -> fr), then English, then any language. Only the object's own string values
 * count (never `constructor` or `__proto__` from its prototype); empty strings count as missing;
 * returns '' for null, undefined or anything but an object.
 */
export function text(t: LocalizedText | undefined | null, locale = 'en'): string {
  if (!t || typeof t != 'object') return '';
  const map = t as unknown as Record<string, unknown>;
  const tag = locale.toLowerCase();
  for (const key of [tag, tag.split(/[-_]/)[0] as string, 'en']) {
    const s = Object.hasOwn(map, key) && str(map[key]);
    if (s) return s;
  }
  return (Object.values(map).find(str) as string | undefined) ?? '';
}
