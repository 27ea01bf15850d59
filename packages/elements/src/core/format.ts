/**
 * Numbers, lists, plurals and collation through Intl, in the element's language (an element's
 * own formats, such as the projects' money and dates, live with it and use this cache).
 * Formatters are cached per locale and options (creating an Intl formatter costs up to half a
 * millisecond on a cold page, and the map and lists format hundreds of values per render); each
 * cache holds one entry per locale and style, so it is bounded by the languages a page uses.
 */
import { nextTurn } from './turns.js';

const cache = new Map<string, unknown>();

/** The formatter (or other costly value) of `key`, made once by `make`; at most 256 kept in all. */
export function cached<T>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (f === undefined) {
    // Bound: a page that cycles through many `lang` values cannot grow this without limit.
    if (cache.size >= 256) cache.clear();
    cache.set(key, (f = make()));
  }
  return f;
}

export function formatNumber(locale: string, n: number): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

export function formatList(locale: string, items: string[]): string {
  return cached(`l|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}

export type PluralCategory = Intl.LDMLPluralRule;

export function pluralCategory(locale: string, n: number): PluralCategory {
  return cached(`r|${locale}`, () => new Intl.PluralRules(locale)).select(n);
}

/** A collator for sorting names in the reader's language. */
export function collator(locale: string): Intl.Collator {
  return cached(`c|${locale}`, () => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }));
}

/**
 * The page's first Intl formatters in `locale`, made one per turn (core/turns.ts) while the
 * element's request is out, and awaited before its first render with data (issue 18). A page's
 * first formatter is slow to make, whichever it is: ICU loads the language's data (70 to 110 ms
 * under a 4× CPU slowdown here for the first number or date format, inside the pillars' or the
 * partnership's first render, which made it one task of 145 to 190 ms). Apart, in this order, each
 * step took 2 to 40 ms there on a blank page, up to 57 ms in the OSCE page's load. Once per
 * language (kept in the formatters' bounded cache). A language Intl refuses ends it: the render
 * then makes what is left, with its own fallbacks.
 */
export function warmIntl(locale: string): Promise<unknown> {
  return cached(`w|${locale}`, () => warm(locale).catch(String));
}

async function warm(locale: string): Promise<void> {
  await nextTurn();
  new Intl.Locale(locale).maximize();
  await nextTurn();
  collator(locale);
  await nextTurn();
  formatNumber(locale, 1);
  await nextTurn();
  new Intl.DateTimeFormat(locale).format();
  await nextTurn();
  formatList(locale, []);
  pluralCategory(locale, 1);
}
