import { fallbackLang, langOf, withFallbackLang } from '../core/text-lang.js';
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../core/localize.js';
import { PILLAR_NUMBERS, isPillar, isPillarProjects } from '@pact/schema';
import type { LocalizedText, PactReader, Pillar, PillarNumber, PillarProjects } from '@pact/sdk';
import { keepValid } from '../core/data-controller.js';
import { PROJECTS, countText, type CountForms } from '../core/count.js';

/** Roman numerals of the pillars, for labels built before the data arrives. */
export { isPillar };

export const PILLAR_ROMAN: Readonly<Record<PillarNumber, Pillar['roman']>> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

/** A pillar number from an attribute or a URL (1 to 4), else undefined. */
export function pillarNumber(value: unknown): PillarNumber | undefined {
  const n = Number(value);
  return (PILLAR_NUMBERS as readonly number[]).includes(n) ? (n as PillarNumber) : undefined;
}

export interface PillarsData {
  /** The pillars asked for, in order of their number, each with its count of projects from the API. */
  pillars: Pillar[];
}

/**
 * The pillars, with the number of projects under each and how many of those are fictitious
 * examples: one request (`/v1/pillars`), whose records carry their counts (`projects`). A count
 * the API did not give or gave broken is left out (a broken one reported in the console): the
 * card still shows the pillar, without its count.
 */
export async function loadPillars(
  tag: string,
  client: PactReader,
  numbers: readonly PillarNumber[],
  signal: AbortSignal,
): Promise<PillarsData> {
  const list = await client.pillars.list({ signal });
  const wanted = new Set<number>(numbers);
  const pillars = keepValid(tag, list.data, isPillar, list.invalid)
    .filter((p) => wanted.has(p.number))
    .sort((a, b) => a.number - b.number);
  for (const p of pillars)
    if (p.projects !== undefined && !isPillarProjects(p.projects))
      console.warn(
        `<${tag}> left out the count of projects of pillar ${p.number}: it is not a valid count`,
        p.projects,
      );
  return { pillars };
}

/** The pillar's count of projects, if the API gave a valid one. */
export const projectsOf = (p: Pillar): PillarProjects | undefined =>
  isPillarProjects(p.projects) ? p.projects : undefined;

/** "Pillar II" (called inside a render). */
export function pillarLabel(roman: string): string {
  return msg(str`Pillar ${roman}`);
}

export interface PillarCardOptions {
  pillar: Pillar;
  /** Its number of projects, if known. */
  count: number | undefined;
  /** How many of those are illustrative (fictitious examples), if known. */
  fictitious: number | undefined;
  /** The reader's language (BCP 47). */
  locale: string;
  /** Picks the text in the reader's language. */
  text: (t: LocalizedText) => string;
  /** Heading level of the title, 1 to 6. */
  headingLevel: number;
  /** Whether this card is the selected one. */
  pressed: boolean;
  /** Prefix of the ids in the card (unique within the shadow root). */
  idPrefix: string;
  onSelect: (pillar: Pillar) => void;
}

/** Heading level 1–6 from an attribute, default 3. */
export function headingLevelOf(value: number): number {
  const n = Math.round(value);
  return Number.isFinite(n) && n >= 1 && n <= 6 ? n : 3;
}

/** "of which 9 are fictitious examples", after a count of projects that are not all examples. */
export const OF_WHICH: CountForms = {
  zero: (shown) => msg(str`of which ${shown} are fictitious examples`, { id: 'fictitious.count.zero' }),
  one: (shown) => msg(str`of which ${shown} is a fictitious example`, { id: 'fictitious.count.one' }),
  two: (shown) => msg(str`of which ${shown} are fictitious examples`, { id: 'fictitious.count.two' }),
  few: (shown) => msg(str`of which ${shown} are fictitious examples`, { id: 'fictitious.count.few' }),
  many: (shown) => msg(str`of which ${shown} are fictitious examples`, { id: 'fictitious.count.many' }),
  other: (shown) => msg(str`of which ${shown} are fictitious examples`, { id: 'fictitious.count.other' }),
};

/**
 * "12 projects", "12 projects (fictitious examples, not real projects)" when all are examples, or
 * "12 projects, of which 9 are fictitious examples" when partners have registered real ones too.
 */
function countLine(locale: string, count: number, fictitious: number) {
  const projects = countText(locale, count, PROJECTS);
  if (fictitious <= 0 || count <= 0) return projects;
  const note =
    fictitious >= count ? msg('(fictitious examples, not real projects)') : countText(locale, fictitious, OF_WHICH);
  return html`${fictitious >= count ? `${projects} ` : `${projects}, `}<span class="illustrative" part="illustrative"
      >${note}</span
    >`;
}

/**
 * One pillar card, shared by `<pact-pillars>` and `<pact-pillar-card>`: the numeral, the
 * title as a toggle button (`aria-pressed`) inside a heading, the short title, the summary and
 * the number of projects. The button's hit area covers the whole card.
 */
export function pillarCard(o: PillarCardOptions): TemplateResult {
  const p = o.pillar;
  const base = o.locale.toLowerCase().split('-')[0] ?? 'en';
  const unofficial: readonly string[] = Array.isArray(p.unofficialTranslations) ? p.unofficialTranslations : [];
  // The title in the reader's language, which the dataset marks as its own translation.
  const translatedTitle = unofficial.includes(base) && !fallbackLang(p.title, o.locale);
  const countId = `${o.idPrefix}-count-${p.number}`;
  // A text the pillar lacks in the reader's language is shown in English, marked so (lang).
  const own = (t: typeof p.title) => withFallbackLang(t, o.locale, o.text(t));
  return html`<div
    class="card ${o.pressed ? 'selected' : ''}"
    part="card${o.pressed ? ' selected' : ''}"
    data-pillar=${p.number}
  >
    <div class="top">
      <span class="numeral" part="numeral" aria-hidden="true">${p.roman}</span>
      <p class="eyebrow" part="eyebrow">
        ${pillarLabel(p.roman)}${p.shortTitle && o.text(p.shortTitle) ? html`${' · '}${own(p.shortTitle)}` : nothing}
      </p>
    </div>
    <div role="heading" aria-level=${o.headingLevel} class="heading">
      <button
        class="select link-button"
        part="select"
        type="button"
        aria-pressed=${o.pressed ? 'true' : 'false'}
        aria-describedby=${o.count === undefined ? nothing : countId}
        @click=${() => o.onSelect(p)}
      >
        <span class="visually-hidden">${pillarLabel(p.roman)}: </span>${own(p.title)}
      </button>
    </div>
    ${translatedTitle ? html`<p class="unofficial">${msg('Unofficial translation of the title')}</p>` : nothing}
    <p class="summary" part="summary" lang=${langOf(p.summary, o.locale)}>${o.text(p.summary)}</p>
    <div class="footer">
      ${
        o.count === undefined
          ? nothing
          : html`<p class="count" part="count" id=${countId}>${countLine(o.locale, o.count, o.fictitious ?? 0)}</p>`
      }
      ${o.pressed ? html`<p class="chosen" part="chosen" aria-hidden="true">${msg('Selected')}</p>` : nothing}
    </div>
  </div>`;
}
