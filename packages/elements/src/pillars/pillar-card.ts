import { withFallbackLang } from '../core/text-lang.js';
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../core/localize.js';
import { PILLAR_NUMBERS, isPillar } from '@pact/schema';
import type { LocalizedText, PactReader, Pillar, PillarNumber } from '@pact/sdk';
import { PactAbortError } from '@pact/sdk';
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
  /** The pillars asked for, in order of their number. */
  pillars: Pillar[];
  /** Number of projects under each pillar; missing when that count could not be loaded. */
  counts: ReadonlyMap<PillarNumber, number>;
  /**
   * How many of each pillar's projects are illustrative (fictitious examples): the API's count of
   * `illustrative=true`. Against an API without that filter, all of them when the dataset's meta
   * says the project collection is illustrative or the pillar's first project is.
   */
  fictitious: ReadonlyMap<PillarNumber, number>;
}

/**
 * The pillars and, in parallel, the number of projects under each and how many of those are
 * fictitious examples (two `limit=1` requests per pillar: the API's `total`, without and with
 * `illustrative=true`). A count that fails is left out (and reported in the console): the card
 * still shows the pillar. The pillars request failing fails the whole load.
 */
export async function loadPillars(
  tag: string,
  client: PactReader,
  numbers: readonly PillarNumber[],
  signal: AbortSignal,
): Promise<PillarsData> {
  type Count = readonly [PillarNumber, number | undefined, number | undefined, boolean];
  const count = async (n: PillarNumber): Promise<Count> => {
    const [all, examples] = await Promise.allSettled([
      client.projects.list({ pillar: n, limit: 1 }, { signal }),
      client.projects.list({ pillar: n, illustrative: true, limit: 1 }, { signal }),
    ]);
    for (const r of [all, examples])
      if (r.status === 'rejected' && (r.reason instanceof PactAbortError || signal.aborted)) throw r.reason;
    if (all.status === 'rejected') {
      console.warn(`<${tag}> could not count the projects of pillar ${n}`, all.reason);
      return [n, undefined, undefined, false];
    }
    const flagged = all.value.data.some((p) => p.illustrative === true);
    return [n, all.value.total, examples.status === 'fulfilled' ? examples.value.total : undefined, flagged];
  };
  // Every request settles before the load does: a failed load leaves none of its requests in
  // flight, so Retry asks again instead of joining (through the client's shared in-flight
  // requests) a count that is still on its way to failing.
  const [listed, settled, meta] = await Promise.allSettled([
    client.pillars.list({ signal }),
    Promise.all(numbers.map(count)),
    client.meta.get({ signal }),
  ]);
  if (listed.status === 'rejected') throw listed.reason;
  if (settled.status === 'rejected') throw settled.reason;
  const [list, totals] = [listed.value, settled.value];
  const wanted = new Set<number>(numbers);
  const pillars = keepValid(tag, list.data, isPillar, list.invalid)
    .filter((p) => wanted.has(p.number))
    .sort((a, b) => a.number - b.number);
  const counts = new Map<PillarNumber, number>();
  const fictitious = new Map<PillarNumber, number>();
  const sample = meta.status === 'fulfilled' && meta.value.illustrative.some((i) => i.collection === 'projects');
  for (const [n, total, examples, flagged] of totals) {
    if (total === undefined) continue;
    counts.set(n, total);
    // An API without the filter: the older rule, which counts all of them as examples.
    fictitious.set(n, examples ?? (flagged || sample ? total : 0));
  }
  return { pillars, counts, fictitious };
}

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
  const translatedTitle = unofficial.includes(base) && Object.entries(p.title).some(([k, v]) => k === base && !!v);
  const countId = `${o.idPrefix}-count-${p.number}`;
  const short = p.shortTitle ? o.text(p.shortTitle) : '';
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
        ${pillarLabel(p.roman)}${short ? html`${' · '}${p.shortTitle ? own(p.shortTitle) : short}` : nothing}
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
    <p class="summary" part="summary">${own(p.summary)}</p>
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
