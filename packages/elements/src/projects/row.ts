import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/localize.js';
import { text as localized, type LocalizedText, type Project } from '@pact/sdk';
import { projectStatusLabel } from '../core/labels.js';
import { PILLAR_ROMAN, pillarLabel, pillarNumber } from '../pillars/pillar-card.js';
import { dateRangeText, moneyText } from './format.js';
import type { Reference } from './reference.js';
import { langOf } from '../core/text-lang.js';

export { isProject } from '@pact/schema';

/** The texts of a project in one language, with the names of its partners and pillar (called inside a render). */
export class ProjectTexts {
  constructor(
    readonly lang: string,
    readonly ref: Reference | undefined,
  ) {}

  text(t: LocalizedText): string {
    return localized(t, this.lang);
  }

  /** The `lang` of an element holding only {@link text}'s answer: its language when a fallback (core/text-lang.ts). */
  langOf(t: LocalizedText) {
    return langOf(t, this.lang);
  }

  partnerName(id: string): string {
    const p = this.ref?.partners.get(id);
    return p ? localized(p.name, this.lang) : id;
  }

  names(ids: readonly string[], separator = ', '): string {
    return ids.map((id) => this.partnerName(id)).join(separator);
  }

  /** "Pillar II · Financial flows", or "Pillar II" before the pillars are known. */
  pillarText(n: number): string {
    return this.pillar(n, (short) => localized(short, this.lang)).join(' · ');
  }

  /** {@link pillarText} with its short title marked with its language when a fallback (a tag's text). */
  pillarTag(n: number): TemplateResult {
    const [label, short] = this.pillar(
      n,
      (t) => html`<span lang=${langOf(t, this.lang)}>${localized(t, this.lang)}</span>`,
    );
    return html`${label}${short === undefined ? nothing : html`${' · '}${short}`}`;
  }

  private pillar<T>(n: number, shortTitle: (t: LocalizedText) => T): [string, T?] {
    const number = pillarNumber(n);
    if (!number) return [String(n)];
    const short = this.ref?.pillars.get(number)?.shortTitle;
    const label = pillarLabel(PILLAR_ROMAN[number]);
    return short ? [label, shortTitle(short)] : [label];
  }
}

export interface RowOptions {
  index: number;
  total: number;
  open: boolean;
  headingLevel: number;
  onToggle: (p: Project) => void;
}

/** One project: its title as the toggle of its summary, its tags and facts. */
export function renderRow(p: Project, t: ProjectTexts, o: RowOptions): TemplateResult {
  return html`<div
    class="row ${o.open ? 'open' : ''}"
    part="row"
    role="listitem"
    aria-posinset=${o.index + 1}
    aria-setsize=${o.total}
    data-id=${p.id}
  >
    <div class="heading" role="heading" aria-level=${o.headingLevel}>
      <button
        id="toggle-${p.id}"
        class="toggle"
        part="toggle"
        type="button"
        aria-expanded=${o.open ? 'true' : 'false'}
        aria-controls="summary-${p.id}"
        @click=${() => o.onToggle(p)}
      >
        <span class="chevron" aria-hidden="true"></span
        ><span class="title" lang=${t.langOf(p.title)}>${t.text(p.title)}</span>
      </button>
    </div>
    <ul class="tags chips" role="list">
      <li class="tag pillar" part="tag">${t.pillarTag(p.pillar)}</li>
      <li class="tag status ${p.status}" part="tag">${projectStatusLabel(p.status)}</li>
      ${p.illustrative ? html`<li class="tag illustrative" part="tag illustrative">${msg('Fictitious example')}</li>` : nothing}
    </ul>
    <dl class="facts" part="facts">
      ${(
        [
          [msg('Beneficiaries'), t.names(p.beneficiaries)],
          [msg('Donors'), t.names(p.donors)],
          [msg('Implementer'), t.partnerName(p.implementer)],
          [msg('Dates'), dateRangeText(t.lang, p.start, p.end)],
          [msg('Budget'), moneyText(t.lang, p.budget.amount, p.budget.currency)],
        ] as const
      ).map(
        ([term, value]) =>
          html`<div>
            <dt>${term}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>
    <div id="summary-${p.id}" class="summary" part="summary" ?hidden=${!o.open}>
      <p lang=${t.langOf(p.summary)}>${t.text(p.summary)}</p>
    </div>
  </div>`;
}
