/**
 * What an embed is called (the page's `<title>`, the iframe's `title`, the oEmbed `title`) in the
 * page's language, and the height an iframe gets before (or without) the resizer.
 */
import type { LocaleCode } from '@pact/schema';

/**
 * In each of the kit's eight languages (the type requires them all), with the terms of the
 * elements' catalogs where they have them ("Pilar", "Mapa de rutas": packages/elements/xliff): the
 * iframe's `title` is what a screen reader announces for the frame.
 */
const TITLES: Record<string, Record<LocaleCode, string>> = {
  'pact-partners': {
    en: 'Partner directory',
    fr: 'Répertoire des partenaires',
    ru: 'Справочник партнёров',
    ar: 'دليل الشركاء',
    zh: '合作伙伴名录',
    es: 'Directorio de socios',
    de: 'Partnerverzeichnis',
    it: 'Elenco dei partner',
  },
  'pact-pillars': {
    en: 'The four pillars',
    fr: 'Les quatre piliers',
    ru: 'Четыре направления',
    ar: 'الركائز الأربع',
    zh: '四大支柱',
    es: 'Los cuatro pilares',
    de: 'Die vier Säulen',
    it: 'I quattro pilastri',
  },
  'pact-pillar-card': {
    en: 'Pillar',
    fr: 'Pilier',
    ru: 'Направление',
    ar: 'الركيزة',
    zh: '支柱',
    es: 'Pilar',
    de: 'Säule',
    it: 'Pilastro',
  },
  'pact-projects': {
    en: 'Projects',
    fr: 'Projets',
    ru: 'Проекты',
    ar: 'المشاريع',
    zh: '项目',
    es: 'Proyectos',
    de: 'Projekte',
    it: 'Progetti',
  },
  'pact-route-map': {
    en: 'Route map',
    fr: 'Carte des routes',
    ru: 'Карта маршрутов',
    ar: 'خريطة الطرق',
    zh: '路线图',
    es: 'Mapa de rutas',
    de: 'Routenkarte',
    it: 'Mappa delle rotte',
  },
  'pact-partnership': {
    en: 'About the partnership',
    fr: 'À propos du partenariat',
    ru: 'О партнёрстве',
    ar: 'عن الشراكة',
    zh: '关于合作关系',
    es: 'Acerca de la asociación',
    de: 'Über die Partnerschaft',
    it: 'Informazioni sul partenariato',
  },
  'pact-timeline': {
    en: 'Timeline',
    fr: 'Chronologie',
    ru: 'Хронология',
    ar: 'التسلسل الزمني',
    zh: '时间线',
    es: 'Cronología',
    de: 'Zeitleiste',
    it: 'Cronologia',
  },
};

/** The title of an embed of `tag` in `lang` (the pillar card adds its number). */
export function embedTitle(tag: string, lang: LocaleCode, attributes: readonly (readonly [string, string])[]): string {
  const titles = TITLES[tag];
  const base = titles ? titles[lang] : tag;
  const pillar = attributes.find(([n]) => n === 'pillar')?.[1];
  return tag === 'pact-pillar-card' && pillar ? `${base} ${pillar}` : base;
}

/** Heights in CSS pixels that show the start of each element without the resizer (the frame scrolls). */
const HEIGHTS: Record<string, number> = {
  'pact-partners': 720,
  'pact-pillars': 640,
  'pact-pillar-card': 360,
  'pact-projects': 720,
  'pact-route-map': 600,
  'pact-partnership': 640,
  'pact-timeline': 640,
};

export const embedHeight = (tag: string): number => HEIGHTS[tag] ?? 600;
