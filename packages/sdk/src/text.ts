import type { LocalizedText } from '@pact/schema';

/**
 * Picks the text in `locale` from a localized text: the exact tag (lowercased), then its base
 * language (fr-CA -> fr), then English, then any language. Empty strings count as missing;
 * returns '' for null or undefined.
 */
export function text(t: LocalizedText | undefined | null, locale = 'en'): string {
  if (!t) return '';
  const map = t as unknown as Record<string, string | undefined>;
  const tag = locale.toLowerCase();
  for (const key of [tag, tag.split(/[-_]/)[0], 'en']) {
    const s = map[key as string];
    if (s) return s;
  }
  return Object.values(map).find((s) => s) ?? '';
}
