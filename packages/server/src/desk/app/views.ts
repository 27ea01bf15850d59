/** The desk's read-only views as templates: the project table, a project's history, the recent changes, a conflict. */
import { html, nothing, type TemplateResult } from 'lit';
import { text } from '@pact/sdk';
import type { Change, LocalizedText, Partner, Project, ProjectInput } from '@pact/sdk';
import { fallbackLang } from '@pact/elements/core/text-lang.js';
import type { DeskKey, DeskLang } from './strings.js';
import { fieldLabel, statusLabel } from './labels.js';
import type { Field } from './merge.js';

export interface ViewContext {
  t: (k: DeskKey) => string;
  lang: DeskLang;
  partners: Map<string, Partner>;
}

/**
 * `shown` (the text picked from `t`), marked with its own language when it is a fallback
 * (`fallbackLang`, as the elements mark theirs), so that a screen reader reads an English name in
 * English on the Arabic or Chinese desk; isolated by `dir="auto"` (the desk has not the elements'
 * `[lang]` isolation), so that it keeps its order on a right-to-left page.
 */
function inLang(c: ViewContext, t: LocalizedText, shown: string): TemplateResult | string {
  const lang = fallbackLang(t, c.lang);
  return lang ? html`<span lang=${lang} dir="auto">${shown}</span>` : shown;
}

/** A partner's name (or its id), marked with its language when that is not the desk's. */
export function nameTag(c: ViewContext, id: string): TemplateResult | string {
  const p = c.partners.get(id);
  return p ? inLang(c, p.name, text(p.name, c.lang)) : id;
}

const when = (c: ViewContext, iso: string) =>
  new Intl.DateTimeFormat(c.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/**
 * A field's value as words: texts per language (each marked with it), partners by name (each
 * marked with its language when that is not the desk's), money with its currency.
 */
export function show(c: ViewContext, field: Field, v: ProjectInput[Field]): TemplateResult | string {
  if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) return c.t('empty');
  // A line per language, each marked with it (and isolated: Arabic on a left-to-right desk).
  if (field === 'title' || field === 'summary')
    return html`${Object.entries(v as unknown as Record<string, string>).map(
      ([lang, s], i) => html`${i ? '\n' : ''}<span lang=${lang} dir="auto">${lang}: ${s}</span>`,
    )}`;
  if (field === 'donors' || field === 'beneficiaries')
    return html`${(v as string[]).map((id, i) => html`${i ? ', ' : ''}${nameTag(c, id)}`)}`;
  if (field === 'implementer' || field === 'accountable' || field === 'extending') return nameTag(c, v as string);
  if (field === 'budget') {
    const b = v as ProjectInput['budget'];
    return `${new Intl.NumberFormat(c.lang).format(b.amount)} ${b.currency}`;
  }
  if (field === 'status') return statusLabel(c.lang, v as ProjectInput['status']);
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/** The fields a change touched, from its JSON Patch (`/title/fr` is the title; `updated` is left out). */
export const touched = (ch: Change): string[] => [
  ...new Set(ch.patch.map((op) => op.path.split('/')[1] ?? '').filter((f) => f && f !== 'updated')),
];

/** A table of changes: when, who, what, which fields. */
export function changeTable(c: ViewContext, changes: readonly Change[], withProject: boolean): TemplateResult {
  if (changes.length === 0) return html`<p>${c.t('noChanges')}</p>`;
  // A create after a withdrawal of the same project (earlier in time: later in the newest-first list) brings it back.
  const back = (ch: Change, i: number) =>
    changes.some(
      (o, j) => o.kind === ch.kind && o.id === ch.id && o.change === 'withdraw' && (withProject ? j > i : j < i),
    );
  const kind = (ch: Change, i: number) =>
    ch.change === 'create'
      ? c.t(back(ch, i) ? 'restoreKind' : 'create')
      : ch.change === 'update'
        ? c.t('update')
        : c.t('withdrawKind');
  return html`<div class="scroll" tabindex="0" role="region" aria-label=${c.t('history')}>
    <table class="changes">
      <thead>
        <tr>
          <th scope="col">${c.t('when')}</th>
          ${withProject ? html`<th scope="col">${c.t('project')}</th>` : nothing}
          <th scope="col">${c.t('who')}</th>
          <th scope="col">${c.t('what')}</th>
          <th scope="col">${c.t('fields')}</th>
        </tr>
      </thead>
      <tbody>
        ${changes.map(
          (ch, i) =>
            html`<tr>
              <td><time datetime=${ch.at}>${when(c, ch.at)}</time></td>
              ${withProject ? html`<td><a href="#/history/${ch.id}">${ch.id}</a></td>` : nothing}
              <td>${ch.organization ? html`${nameTag(c, ch.organization)} (${ch.account})` : c.t('seed')}</td>
              <td>${kind(ch, i)}</td>
              <td>
                ${
                  ch.change === 'update'
                    ? touched(ch)
                        .map((f) => fieldLabel(c.lang, f))
                        .join(', ')
                    : '—'
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** One row of "my projects". */
export function projectRow(c: ViewContext, p: Project, onWithdraw: (p: Project) => void): TemplateResult {
  const title = text(p.title, c.lang);
  return html`<li class="project">
    <div class="project-head">
      <strong lang=${fallbackLang(p.title, c.lang) ?? c.lang}>${title}</strong>
      <code>${p.id}</code>
      ${p.illustrative ? html`<span class="badge">${c.t('illustrative')}</span>` : nothing}
    </div>
    <p class="facts">${nameTag(c, p.implementer)} · ${p.start} – ${p.end} · ${statusLabel(c.lang, p.status)}</p>
    <div class="row-actions">
      <a class="button" href="#/edit/${p.id}" aria-label="${c.t('edit')}: ${title}">${c.t('edit')}</a>
      <a class="button secondary" href="#/history/${p.id}" aria-label="${c.t('history')}: ${title}"
        >${c.t('history')}</a
      >
      <button
        type="button"
        class="button danger"
        aria-label="${c.t('withdraw')}: ${title}"
        @click=${() => onWithdraw(p)}
      >
        ${c.t('withdraw')}
      </button>
    </div>
  </li>`;
}
