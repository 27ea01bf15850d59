import { msg, str } from '@lit/localize';
import { formatNumber, pluralCategory } from './format.js';

/** What a count counts. */
export type Counted = 'partners' | 'projects';

/**
 * "1 partner", "54 projects", "5 партнёров": a number in the reader's language with the plural
 * form its language needs (Intl plural categories, the one cached PluralRules of core/format.ts).
 * The one set of count messages of the kit (called inside a render, or inside `t()`).
 */
export function countText(locale: string, n: number, what: Counted): string {
  const shown = formatNumber(locale, n);
  const form = pluralCategory(locale, n);
  if (what === 'partners') {
    switch (form) {
      case 'one':
        return msg(str`${shown} partner`, { id: 'partners.count.one' });
      case 'few':
        return msg(str`${shown} partners`, { id: 'partners.count.few' });
      case 'many':
        return msg(str`${shown} partners`, { id: 'partners.count.many' });
      default:
        return msg(str`${shown} partners`, { id: 'partners.count.other' });
    }
  }
  switch (form) {
    case 'one':
      return msg(str`${shown} project`, { id: 'projects.count.one' });
    case 'few':
      return msg(str`${shown} projects`, { id: 'projects.count.few' });
    case 'many':
      return msg(str`${shown} projects`, { id: 'projects.count.many' });
    default:
      return msg(str`${shown} projects`, { id: 'projects.count.other' });
  }
}
