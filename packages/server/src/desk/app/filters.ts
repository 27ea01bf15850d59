/** The list of projects' filters: what they hold, which projects they keep, and their form. */
import { html, type TemplateResult } from 'lit';
import type { Project } from '@pact/sdk';
import { PILLAR_NUMBERS, PROJECT_STATUSES } from '@pact/schema';
import { statusLabel } from './labels.js';
import type { ViewContext } from './views.js';

/** The filters as the form holds them ('' for "any"). */
export interface ListFilter {
  q: string;
  pillar: string;
  status: string;
}

export const NO_FILTER: ListFilter = { q: '', pillar: '', status: '' };

/** The projects the filters keep: the pillar, the status, and words in the id or a title (any language). */
export function matching(projects: readonly Project[], f: ListFilter): Project[] {
  const q = f.q.trim().toLowerCase();
  return projects.filter(
    (p) =>
      (!f.pillar || String(p.pillar) === f.pillar) &&
      (!f.status || p.status === f.status) &&
      (!q || p.id.includes(q) || Object.values(p.title).some((s) => String(s).toLowerCase().includes(q))),
  );
}

/** The filters' form (a search landmark); `onChange` gets the filters with one of them changed. */
export function filterForm(c: ViewContext, f: ListFilter, onChange: (next: ListFilter) => void): TemplateResult {
  const set = (k: keyof ListFilter) => (e: Event) => onChange({ ...f, [k]: (e.target as HTMLInputElement).value });
  return html`<form class="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
    <div><label for="q">${c.t('search')}</label><input id="q" type="search" .value=${f.q} @input=${set('q')} /></div>
    <div>
      <label for="pillar">${c.t('pillar')}</label
      ><select id="pillar" @change=${set('pillar')}>
        <option value="">${c.t('any')}</option>
        ${PILLAR_NUMBERS.map((n) => html`<option value=${n} ?selected=${f.pillar === String(n)}>${n}</option>`)}
      </select>
    </div>
    <div>
      <label for="status">${c.t('status')}</label
      ><select id="status" @change=${set('status')}>
        <option value="">${c.t('any')}</option>
        ${PROJECT_STATUSES.map((s) => html`<option value=${s} ?selected=${f.status === s}>${statusLabel(c.lang, s)}</option>`)}
      </select>
    </div>
  </form>`;
}
