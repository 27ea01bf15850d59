import type { LocalizedText, Seat } from '@pact/schema';
import { text } from '@pact/sdk';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * The language of the text that `text(t, locale)` (@pact/sdk) picks from `t` when it is not the
 * reader's: the exact tag, then its base language, then English, then any language. Undefined
 * when `t` has the reader's language (nothing to mark).
 */
export function fallbackLang(t: LocalizedText | undefined, locale: string): string | undefined {
  if (!t) return undefined;
  const has = (k: string) => {
    const v = (t as unknown as Record<string, unknown>)[k];
    return Object.hasOwn(t, k) && typeof v === 'string' && v !== '';
  };
  const tag = locale.toLowerCase();
  if (has(tag) || has(tag.split(/[-_]/)[0] ?? '')) return undefined;
  return has('en') ? 'en' : Object.keys(t).find(has);
}

/**
 * `shown` (the text picked from `t`) marked with its own language when it is a fallback (an
 * organization without a name in the reader's language: its English name), so that screen
 * readers pronounce it in that language; the plain text otherwise.
 */
export function withFallbackLang(t: LocalizedText | undefined, locale: string, shown: string): TemplateResult | string {
  const lang = fallbackLang(t, locale);
  return lang ? html`<span lang=${lang}>${shown}</span>` : shown;
}

/**
 * The `lang` of an element that holds only `t` as shown in `locale`: its own language when it is a
 * fallback (a Spanish page's event title, which the dataset has in English), else none. On a block
 * (a summary, a title) rather than on a span inside it, so that an English paragraph in an Arabic
 * widget is laid out left to right, its lines starting at the left (styles.ts: `[lang]`).
 */
export const langOf = (t: LocalizedText | undefined, locale: string): string | typeof nothing =>
  fallbackLang(t, locale) ?? nothing;

/** A seat's city in the reader's language (its English name when the API gives no other). */
export const cityOf = (seat: Seat, locale: string): string => text(seat.names ?? { en: seat.city }, locale);

/** The language of {@link cityOf}'s answer when it is a fallback (for a `lang` attribute), else undefined. */
export const cityLang = (seat: Seat, locale: string): string | undefined =>
  fallbackLang(seat.names ?? { en: seat.city }, locale);
