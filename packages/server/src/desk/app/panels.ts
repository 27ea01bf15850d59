/** The desk's interactive panels as templates: sign-in, the withdrawal confirmation, a conflict. */
import { html, nothing, type TemplateResult } from 'lit';
import { text } from '@pact/sdk';
import type { Project, ProjectInput } from '@pact/sdk';
import type { DeskKey } from './strings.js';
import type { Identity } from './session.js';
import type { Field } from './merge.js';
import { nameTag, show, type ViewContext } from './views.js';
import { fieldLabel } from './labels.js';

export function signInPanel(t: (k: DeskKey) => string, busy: boolean, onKey: (key: string) => void): TemplateResult {
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('key') as HTMLInputElement;
    if (input.value.trim()) onKey(input.value.trim());
  };
  return html`<section aria-labelledby="v-title">
    <h2 id="v-title" tabindex="-1">${t('signIn')}</h2>
    <p>${t('signInIntro')}</p>
    <form class="signin" @submit=${submit}>
      <label for="key">${t('key')}</label>
      <input id="key" name="key" type="password" autocomplete="off" spellcheck="false" required />
      <button class="button" type="submit" ?disabled=${busy}>${busy ? t('checking') : t('signIn')}</button>
    </form>
  </section>`;
}

/** The confirmation of a withdrawal, naming the project (a modal dialog: Escape cancels). */
export function confirmDialog(c: ViewContext, p: Project, onYes: () => void, onClose: () => void): TemplateResult {
  return html`<dialog aria-labelledby="confirm-title" aria-describedby="confirm-text" @close=${onClose}>
    <h3 id="confirm-title">${c.t('withdrawConfirm')}</h3>
    <p class="confirm-name"><strong>${text(p.title, c.lang)}</strong> (<code>${p.id}</code>)</p>
    <p id="confirm-text">${c.t('withdrawText')}</p>
    <div class="row-actions">
      <button type="button" class="button danger" @click=${onYes}>${c.t('withdrawYes')}</button>
      <button type="button" class="button secondary" autofocus @click=${onClose}>${c.t('cancel')}</button>
    </div>
  </dialog>`;
}

export interface ConflictState {
  id: string;
  base: ProjectInput;
  mine: ProjectInput;
  theirs: ProjectInput;
  etag: string;
  fields: Field[];
  choice: Partial<Record<Field, 'mine' | 'theirs'>>;
}

/** Both versions of each differing field side by side, each a radio button: keep mine or take theirs. */
export function conflictPanel(
  c: ViewContext,
  k: ConflictState,
  busy: boolean,
  onChange: (next: ConflictState) => void,
  onSave: () => void,
): TemplateResult {
  const t = c.t;
  const choose = (f: Field, v: 'mine' | 'theirs') => onChange({ ...k, choice: { ...k.choice, [f]: v } });
  const all = (v: 'mine' | 'theirs') => onChange({ ...k, choice: Object.fromEntries(k.fields.map((f) => [f, v])) });
  const version = (f: Field, which: 'mine' | 'theirs') =>
    html`<label class="version">
      <input type="radio" name="c-${f}" .checked=${k.choice[f] === which} @change=${() => choose(f, which)} />
      <span>
        <strong>${which === 'mine' ? t('mine') : t('theirs')}</strong>
        (${which === 'mine' ? t('keepMine') : t('takeTheirs')})
        <span class="value">${show(c, f, k[which][f])}</span>
      </span>
    </label>`;
  return html`<section aria-labelledby="v-title">
    <h2 id="v-title" tabindex="-1">${t('conflictTitle')}${t('colon')}<code>${k.id}</code></h2>
    <p>${t('conflictIntro')}</p>
    <div class="row-actions">
      <button type="button" class="button secondary" @click=${() => all('mine')}>${t('allMine')}</button>
      <button type="button" class="button secondary" @click=${() => all('theirs')}>${t('allTheirs')}</button>
    </div>
    ${k.fields.map(
      (f) =>
        html`<fieldset class="conflict" data-field=${f}>
          <legend>${t('field')}${t('colon')}${fieldLabel(c.lang, f)}</legend>
          <div class="versions">${version(f, 'mine')}${version(f, 'theirs')}</div>
        </fieldset>`,
    )}
    <div class="row-actions">
      <button type="button" class="button save-merged" ?disabled=${busy} @click=${onSave}>${t('saveMerged')}</button>
      <a class="button secondary" href="#/">${t('cancel')}</a>
    </div>
  </section>`;
}

/** Who is signed in (organization, role) and the desk's navigation with Sign out. */
export function whoBar(c: ViewContext, w: Identity, onSignOut: () => void): TemplateResult {
  const coordinator = w.role === 'coordinator';
  return html`<div class="who">
    <p>
      ${c.t('signedInAs')} <strong>${nameTag(c, w.organization)}</strong> (<code>${w.organization}</code>) ·
      ${c.t('role')}${c.t('colon')}${c.t(w.role)}
    </p>
    <nav aria-label=${c.t('title')}>
      <a href="#/">${coordinator ? c.t('allProjects') : c.t('myProjects')}</a>
      ${coordinator ? html`<a href="#/recent">${c.t('recent')}</a>` : nothing}
      <button type="button" class="button secondary" @click=${onSignOut}>${c.t('signOut')}</button>
    </nav>
  </div>`;
}
