import { msg, str } from '@lit/localize';
import { formatNumber, pluralCategory } from './format.js';

/**
 * The messages of one count, by plural form (Intl plural categories), each given the number as
 * shown in the reader's language. Languages without a form use `other`.
 */
export type CountForms = Readonly<Record<'one' | 'few' | 'many' | 'other', (shown: string) => string>>;

/**
 * "1 partner", "54 projects", "5 партнёров": a number in the reader's language with the plural
 * form its language needs (the one cached PluralRules of core/format.ts). The one count helper
 * of the kit (called inside a render, or inside `t()`); each count's forms are a table that only
 * the elements using it bundle (PARTNERS, PROJECTS here; the route map's ROUTES).
 */
export function countText(locale: string, n: number, forms: CountForms): string {
  const form = pluralCategory(locale, n);
  return (form in forms ? forms[form as keyof CountForms] : forms.other)(formatNumber(locale, n));
}

export const PARTNERS: CountForms = {
  one: (shown) => msg(str`${shown} partner`, { id: 'partners.count.one' }),
  few: (shown) => msg(str`${shown} partners`, { id: 'partners.count.few' }),
  many: (shown) => msg(str`${shown} partners`, { id: 'partners.count.many' }),
  other: (shown) => msg(str`${shown} partners`, { id: 'partners.count.other' }),
};

export const PROJECTS: CountForms = {
  one: (shown) => msg(str`${shown} project`, { id: 'projects.count.one' }),
  few: (shown) => msg(str`${shown} projects`, { id: 'projects.count.few' }),
  many: (shown) => msg(str`${shown} projects`, { id: 'projects.count.many' }),
  other: (shown) => msg(str`${shown} projects`, { id: 'projects.count.other' }),
};
