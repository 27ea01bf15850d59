/**
 * What an embed is called (the page's `<title>`, the iframe's `title`, the oEmbed `title`) in the
 * page's language, and the height an iframe gets before (or without) the resizer.
 */
import type { LocaleCode } from '@pact/schema';

type Titles = Partial<Record<LocaleCode, string>> & { en: string };

/** Languages without their own title here fall back to English. */
const TITLES: Record<string, Titles> = {
  'pact-partners': { en: 'Partner directory', fr: 'Répertoire des partenaires', ru: 'Справочник партнёров' },
  'pact-pillars': { en: 'The four pillars', fr: 'Les quatre piliers', ru: 'Четыре направления' },
  'pact-pillar-card': { en: 'Pillar', fr: 'Pilier', ru: 'Направление' },
  'pact-projects': { en: 'Projects', fr: 'Projets', ru: 'Проекты' },
  'pact-route-map': { en: 'Route map', fr: 'Carte des routes', ru: 'Карта маршрутов' },
  'pact-partnership': { en: 'About the partnership', fr: 'À propos du partenariat', ru: 'О партнёрстве' },
  'pact-timeline': { en: 'Timeline', fr: 'Chronologie', ru: 'Хронология' },
};

/** The title of an embed of `tag` in `lang` (the pillar card adds its number). */
export function embedTitle(tag: string, lang: LocaleCode, attributes: readonly (readonly [string, string])[]): string {
  const titles = TITLES[tag];
  const base = titles ? (titles[lang] ?? titles.en) : tag;
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
