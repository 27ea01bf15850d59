/**
 * The desk's language: which one it starts in, and the page's `lang`, `dir` and title for it.
 */
import { RTL_LOCALES } from '@pact/schema';
import { DESK_LANGS, wordsFor, type DeskLang } from './strings.js';

const LANG_KEY = 'pact-desk-lang';

/**
 * The first of `tags` the desk speaks, by its language subtag (`es-AR` is Spanish), else English.
 */
export function firstLang(tags: readonly string[]): DeskLang {
  for (const tag of tags) {
    const code = tag.split('-')[0]?.toLowerCase();
    if ((DESK_LANGS as readonly string[]).includes(code ?? '')) return code as DeskLang;
  }
  return 'en';
}

/** The language the desk starts in: the one chosen earlier in this tab, else the browser's, else English. */
export const startLang = (): DeskLang => firstLang([sessionStorage.getItem(LANG_KEY) ?? '', ...navigator.languages]);

/**
 * Keeps `lang` for this tab and gives the page its language, its direction (Arabic right to left:
 * the style sheet's properties are logical, so the layout mirrors) and its title.
 */
export function showLang(lang: DeskLang): void {
  sessionStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL_LOCALES.has(lang) ? 'rtl' : 'ltr';
  document.title = wordsFor(lang)('title');
}
