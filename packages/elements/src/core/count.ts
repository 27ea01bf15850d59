import { msg, str } from './localize.js';
import { formatNumber, pluralCategory } from './format.js';

/**
 * The messages of one count, one per Intl plural category (Arabic uses all six: zero, one, two,
 * few, many, other; Russian one, few, many, other; French, Spanish and Italian one, many, other;
 * English and German one, other; Chinese other), each given the number as shown in the reader's
 * language. lit-localize needs one literal `msg()` per form, so every table lists all six; a
 * catalog gives each form the words its language needs (a form a language never selects repeats
 * its `other`).
 */
export type CountForms = Readonly<Record<Intl.LDMLPluralRule, (shown: string) => string>>;

/**
 * "1 partner", "54 projects", "5 партнёров": a number in the reader's language with the plural
 * form its language needs (the one cached PluralRules of core/format.ts). The one count helper
 * of the kit (called inside a render, or inside `t()`); each count's forms are a table that only
 * the elements using it bundle (PARTNERS, PROJECTS here; the route map's ROUTES).
 */
export function countText(locale: string, n: number, forms: CountForms): string {
  return forms[pluralCategory(locale, n)](formatNumber(locale, n));
}

export const PARTNERS: CountForms = {
  zero: (shown) => msg(str`${shown} partners`, { id: 'partners.count.zero' }),
  one: (shown) => msg(str`${shown} partner`, { id: 'partners.count.one' }),
  two: (shown) => msg(str`${shown} partners`, { id: 'partners.count.two' }),
  few: (shown) => msg(str`${shown} partners`, { id: 'partners.count.few' }),
  many: (shown) => msg(str`${shown} partners`, { id: 'partners.count.many' }),
  other: (shown) => msg(str`${shown} partners`, { id: 'partners.count.other' }),
};

export const PROJECTS: CountForms = {
  zero: (shown) => msg(str`${shown} projects`, { id: 'projects.count.zero' }),
  one: (shown) => msg(str`${shown} project`, { id: 'projects.count.one' }),
  two: (shown) => msg(str`${shown} projects`, { id: 'projects.count.two' }),
  few: (shown) => msg(str`${shown} projects`, { id: 'projects.count.few' }),
  many: (shown) => msg(str`${shown} projects`, { id: 'projects.count.many' }),
  other: (shown) => msg(str`${shown} projects`, { id: 'projects.count.other' }),
};
