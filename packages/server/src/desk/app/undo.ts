/**
 * Undoing a withdrawal: the desk keeps each project it withdrew, as it read it just before, in
 * this tab's sessionStorage until sign-out; Undo registers it again under its id (the API lets
 * whoever may write a withdrawn project create it again: docs/api-writes.md).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { text } from '@pact/sdk';
import type { Project } from '@pact/sdk';
import type { DeskKey } from './strings.js';
import type { ViewContext } from './views.js';

const STORE = 'pact-desk-withdrawn';

/** The projects withdrawn in this session, newest last (each call returns the new list). */
export const withdrawn = {
  list(): Project[] {
    try {
      const list: unknown = JSON.parse(sessionStorage.getItem(STORE) ?? '[]');
      return Array.isArray(list) ? (list as Project[]) : [];
    } catch {
      return [];
    }
  },
  remember: (p: Project): Project[] => keep([...withdrawn.list().filter((x) => x.id !== p.id), p]),
  /** Forgets one project (brought back), or all of them (sign-out). */
  forget: (id?: string): Project[] => keep(id ? withdrawn.list().filter((x) => x.id !== id) : []),
};

function keep(list: Project[]): Project[] {
  if (list.length) sessionStorage.setItem(STORE, JSON.stringify(list));
  else sessionStorage.removeItem(STORE);
  return list;
}

export const named = (c: ViewContext, p: Project): string => `${text(p.title, c.lang)} (${p.id})`;

const undoButton = (c: ViewContext, p: Project, busy: boolean, onUndo: (p: Project) => void) =>
  html`<button
    type="button"
    class="button secondary undo"
    aria-label="${c.t('undo')}: ${named(c, p)}"
    ?disabled=${busy}
    @click=${() => onUndo(p)}
  >
    ${c.t('undo')}
  </button>`;

/** The last thing done: a key of the desk's words, the project it was done to, whether Undo applies. */
export interface Notice {
  key: DeskKey;
  project?: Project;
  undo?: boolean;
}

/** The status line after a write (a polite live region); after a withdrawal, with its Undo button. */
export function statusLine(
  c: ViewContext,
  notice: Notice | null,
  busy: boolean,
  onUndo: (p: Project) => void,
): TemplateResult {
  const p = notice?.project;
  return html`<div class="live" role="status">
    ${notice ? html`<span>${c.t(notice.key)}${p ? ` ${named(c, p)}` : ''}</span>` : nothing}
    ${p && notice?.undo ? undoButton(c, p, busy, onUndo) : nothing}
  </div>`;
}

/** Under "my projects": what this session withdrew, each with Undo. */
export function withdrawnList(
  c: ViewContext,
  list: readonly Project[],
  busy: boolean,
  onUndo: (p: Project) => void,
): TemplateResult | typeof nothing {
  if (list.length === 0) return nothing;
  return html`<section class="withdrawn-here" aria-labelledby="withdrawn-here">
    <h3 id="withdrawn-here">${c.t('withdrawnHere')}</h3>
    <ul>
      ${list.map(
        (p) =>
          html`<li>
            <span>${text(p.title, c.lang)} <code>${p.id}</code></span> ${undoButton(c, p, busy, onUndo)}
          </li>`,
      )}
    </ul>
  </section>`;
}
