/**
 * <pact-desk>: sign in with a key, my projects, create and edit with <pact-project-form>, conflicts
 * field by field, withdraw with a confirmation, history from the change feed. Light DOM, styled by
 * desk.css; every text from the API is rendered as text.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  PactAuthError,
  PactConflictError,
  PactForbiddenError,
  PactHttpError,
  PactValidationError,
  createClient,
  text,
} from '@pact/sdk';
import type { Change, PactClient, Partner, Project, ProjectInput } from '@pact/sdk';
import { LOCALE_NAMES } from '@pact/schema';
import type { PactProjectForm, PactProjectSubmitEvent } from '@pact/elements/project-form/pact-project-form.js';
import { DESK_LANGS, shownCount, wordsFor, type DeskKey, type DeskLang } from './strings.js';
import { showLang, startLang } from './lang.js';
import { forgetKey, saveKey, savedKey, whoIs, type Identity } from './session.js';
import { differing, inputOf, merged, mergePatch, proposal } from './merge.js';
import { changeTable, projectRow, type ViewContext } from './views.js';
import { confirmDialog, conflictPanel, signInPanel, whoBar, type ConflictState } from './panels.js';
import { named, statusLine, withdrawn, withdrawnList, type Notice } from './undo.js';
import { NO_FILTER, filterForm, matching, type ListFilter } from './filters.js';

type View = 'signin' | 'list' | 'form' | 'conflict' | 'history' | 'recent' | 'refused';

const involves = (p: Pick<Project, 'implementer' | 'donors'>, org: string) =>
  p.implementer === org || p.donors.includes(org);

export class PactDesk extends LitElement {
  @state() private deskLang: DeskLang = 'en';
  @state() private who: Identity | null = null;
  @state() private view: View = 'signin';
  /** The last thing done (a polite status): a key of the desk's words, the project (named at render), and whether Undo applies. */
  @state() private notice: Notice | null = null;
  /** The projects withdrawn in this session (sessionStorage), which Undo registers again. */
  @state() private gone: Project[] = withdrawn.list();
  /** The message shown in the alert: a key of the desk's words (worded at render time) and a detail from the API. */
  @state() private problem: { key: DeskKey; detail?: string } | null = null;
  @state() private busy = false;
  @state() private projects: Project[] | null = null;
  @state() private partners = new Map<string, Partner>();
  @state() private filter: ListFilter = NO_FILTER;
  @state() private editing: { id?: string; base?: Project; etag?: string } = {};
  @state() private conflict: ConflictState | null = null;
  @state() private changes: Change[] | null = null;
  @state() private subject = '';
  /** The project a partner may not edit. */
  @state() private refusedProject: Project | null = null;
  @state() private confirming: Project | null = null;
  private client: PactClient | null = null;
  /** What was typed when the key was refused: restored after the next sign-in. */
  private kept: { hash: string; draft: ProjectInput } | null = null;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setLang(startLang());
    window.addEventListener('hashchange', () => void this.route());
    const key = savedKey();
    if (key) void this.signIn(key);
  }

  private get t(): (k: DeskKey) => string {
    return wordsFor(this.deskLang);
  }

  private get ctx(): ViewContext {
    return { t: this.t, lang: this.deskLang, partners: this.partners };
  }

  private setLang(lang: DeskLang): void {
    this.deskLang = lang;
    showLang(lang);
  }

  private async signIn(key: string): Promise<void> {
    this.busy = true;
    this.problem = null;
    try {
      const r = await whoIs(key);
      if (!r.ok) {
        forgetKey();
        this.problem = { key: r.status === 405 ? 'noDb' : 'badKey' };
        this.show('signin');
        return;
      }
      saveKey(key);
      this.client = createClient({ baseUrl: `${location.origin}/v1`, apiKey: key });
      if (this.partners.size === 0) {
        const all = new Map<string, Partner>();
        for await (const p of this.client.partners.all({ limit: 200 })) all.set(p.id, p);
        this.partners = all;
      }
      this.who = r.who; // once the names are there: the bar never shows the organization's id first
      await this.route();
    } catch (e) {
      this.problem = { key: 'error', detail: (e as Error).message };
    } finally {
      this.busy = false;
    }
  }

  private signOut(message: DeskKey | null = null): void {
    forgetKey();
    this.gone = withdrawn.forget();
    this.notice = null;
    this.client = null;
    this.who = null;
    this.projects = null;
    this.problem = message ? { key: message } : null;
    this.show('signin');
  }

  /** The key was refused while working: back to sign-in, keeping what was typed. */
  private expire(): void {
    const form = this.querySelector<PactProjectForm>('pact-project-form');
    if (form) this.kept = { hash: location.hash, draft: form.value };
    this.signOut('expired');
  }

  private show(view: View): void {
    this.view = view;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('h2')?.focus());
  }

  private async route(): Promise<void> {
    if (!this.client || !this.who) return this.show('signin');
    this.problem = null;
    const [, what = '', id = ''] = location.hash.split('/').map(decodeURIComponent);
    try {
      if (what === 'new') return this.openForm();
      if (what === 'edit' && id) return await this.openForm(id);
      if (what === 'history' && id) return await this.openHistory(id);
      if (what === 'recent' && this.who.role === 'coordinator') return await this.openHistory('');
      this.show('list');
      await this.loadProjects();
    } catch (e) {
      this.fail(e);
    }
  }

  private async loadProjects(): Promise<void> {
    if (!this.client || !this.who) return;
    const all: Project[] = [];
    for await (const p of this.client.projects.all({ limit: 200 })) all.push(p);
    const org = this.who.organization;
    this.projects = this.who.role === 'coordinator' ? all : all.filter((p) => involves(p, org));
  }

  private async openForm(id?: string): Promise<void> {
    if (this.who?.role === 'reader') {
      this.problem = { key: 'readerOnly' };
      return this.show('refused');
    }
    if (!id) {
      this.editing = {};
    } else {
      const { data, etag } = await this.client!.projects.read(id);
      if (this.who?.role === 'partner' && !involves(data, this.who.organization)) {
        this.refusedProject = data;
        this.problem = { key: 'notYours' };
        return this.show('refused');
      }
      this.editing = { id, base: data, etag };
    }
    this.show('form');
    const kept = this.kept;
    if (kept && kept.hash === location.hash) {
      this.kept = null;
      await this.updateComplete;
      const form = this.querySelector<PactProjectForm>('pact-project-form');
      await form?.updateComplete;
      if (form) form.value = kept.draft;
    }
  }

  private async openHistory(id: string): Promise<void> {
    this.subject = id;
    this.changes = null;
    this.show(id ? 'history' : 'recent');
    const all: Change[] = [];
    let since: string | undefined;
    for (;;) {
      const page = await this.client!.changes.list(since ? { since, limit: 1000 } : { limit: 1000 });
      all.push(...page.data);
      if (!page.more || !page.cursor) break;
      since = page.cursor;
    }
    this.changes = id
      ? all.filter((c) => c.kind === 'project' && c.id === id)
      : all
          .filter((c) => c.account !== null)
          .slice(-30)
          .reverse();
  }

  private fail(e: unknown, form?: PactProjectForm): void {
    if (e instanceof PactAuthError) return this.expire();
    if (e instanceof PactValidationError && form) return form.showErrors(e.violations);
    if (e instanceof PactConflictError && e.status === 409 && form)
      return form.showErrors([{ pointer: '/id', rule: 'taken', message: e.problem?.detail ?? '' }]);
    if (e instanceof PactForbiddenError) this.problem = { key: 'forbidden', detail: e.reason };
    else if (e instanceof PactHttpError && e.status === 404) this.problem = { key: 'notFound' };
    else this.problem = { key: 'error', detail: (e as Error).message };
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('.alert')?.focus());
  }

  private async save(e: PactProjectSubmitEvent): Promise<void> {
    const form = e.target as PactProjectForm;
    const { base, etag, id } = this.editing;
    this.busy = true;
    this.problem = null;
    try {
      if (!base || !etag || !id) {
        await this.client!.projects.create(e.project);
        await this.done('created');
      } else {
        await this.client!.projects.update(id, mergePatch(inputOf(base), e.project), { ifMatch: etag });
        await this.done('saved');
      }
    } catch (err) {
      if (err instanceof PactConflictError && err.status === 412 && base && id)
        await this.startConflict(id, inputOf(base), e.project);
      else this.fail(err, form);
    } finally {
      this.busy = false;
    }
  }

  private async startConflict(id: string, base: ProjectInput, mine: ProjectInput): Promise<void> {
    try {
      const now = await this.client!.projects.read(id);
      const theirs = inputOf(now.data);
      const fields = differing(mine, theirs);
      const choice: ConflictState['choice'] = {};
      for (const f of fields) {
        const p = proposal(f, base, mine, theirs);
        if (p) choice[f] = p;
      }
      this.conflict = { id, base, mine, theirs, etag: now.etag, fields, choice };
      this.show('conflict');
    } catch (e) {
      this.fail(e);
    }
  }

  private async saveMerged(): Promise<void> {
    const c = this.conflict;
    if (!c) return;
    if (c.fields.some((f) => !c.choice[f])) {
      this.problem = { key: 'chooseAll' };
      return;
    }
    const result = merged(c.mine, c.theirs, c.choice);
    this.busy = true;
    this.problem = null;
    try {
      await this.client!.projects.update(c.id, mergePatch(c.theirs as never, result as never), { ifMatch: c.etag });
      this.conflict = null;
      await this.done('saved');
    } catch (err) {
      // Changed again meanwhile: the merged version becomes "mine" against the newest one.
      if (err instanceof PactConflictError && err.status === 412) await this.startConflict(c.id, c.theirs, result);
      else this.fail(err);
    } finally {
      this.busy = false;
    }
  }

  /**
   * Back to the list, then says what was done: once the list shows it, so that "Brought back" or
   * "Registered" is never said beside a list that does not have the project yet.
   */
  private async done(key: DeskKey, project?: Project): Promise<void> {
    this.notice = null;
    // pushState fires no hashchange: this route is the only one, and it is awaited.
    if (location.hash !== '#/') history.pushState(null, '', '#/');
    await this.route();
    this.notice = project ? { key, project } : { key };
  }

  private async withdraw(p: Project): Promise<void> {
    this.confirming = null;
    try {
      const { data, etag } = await this.client!.projects.read(p.id);
      await this.client!.projects.withdraw(p.id, { ifMatch: etag });
      this.gone = withdrawn.remember(data);
      this.notice = null;
      await this.loadProjects();
      this.notice = { key: 'withdrawn', project: data, undo: true };
      void this.updateComplete.then(() => this.querySelector<HTMLElement>('.live .undo')?.focus());
    } catch (e) {
      this.fail(e);
    }
  }

  /** Registers a project withdrawn in this session again, as it was read before the withdrawal. */
  private async undo(p: Project): Promise<void> {
    this.busy = true;
    this.problem = null;
    try {
      await this.client!.projects.create(inputOf(p));
      this.gone = withdrawn.forget(p.id);
      await this.done('restored', p);
    } catch (e) {
      this.fail(e);
    } finally {
      this.busy = false;
    }
  }

  protected override updated(): void {
    const dialog = this.querySelector('dialog');
    if (dialog && this.confirming && !dialog.open) dialog.showModal();
  }

  private renderList(): TemplateResult {
    const t = this.t;
    const confirming = this.confirming;
    const rows = matching(this.projects ?? [], this.filter);
    return html`<section aria-labelledby="v-title">
      <h2 id="v-title" tabindex="-1">${this.who?.role === 'coordinator' ? t('allProjects') : t('myProjects')}</h2>
      <p><a class="button" href="#/new">${t('newProject')}</a></p>
      ${withdrawnList(this.ctx, this.gone, this.busy, (p) => void this.undo(p))}
      ${filterForm(this.ctx, this.filter, (next) => (this.filter = next))}
      ${
        this.projects === null
          ? html`<p role="status">${t('loading')}</p>`
          : html`<p role="status" class="count">${shownCount(this.deskLang, rows.length)}</p>
              ${rows.length === 0 ? html`<p>${t('none')}</p>` : nothing}
              <ul class="projects">
                ${rows.map((p) => projectRow(this.ctx, p, (x) => (this.confirming = x)))}
              </ul>`
      }
      ${
        confirming
          ? confirmDialog(
              this.ctx,
              confirming,
              () => void this.withdraw(confirming),
              () => (this.confirming = null),
            )
          : nothing
      }
    </section>`;
  }

  private renderForm(): TemplateResult {
    const { base } = this.editing;
    return html`<section aria-labelledby="v-title">
      <h2 id="v-title" tabindex="-1">
        ${base ? `${this.t('editTitle')}${this.t('colon')}${text(base.title, this.deskLang)}` : this.t('createTitle')}
      </h2>
      <pact-project-form
        .project=${base}
        .partners=${[...this.partners.values()]}
        ?busy=${this.busy}
        @pact-project-submit=${(e: PactProjectSubmitEvent) => void this.save(e)}
      >
        <a slot="actions" class="button secondary" href="#/">${this.t('cancel')}</a>
      </pact-project-form>
    </section>`;
  }

  private renderChanges(): TemplateResult {
    const recent = this.view === 'recent';
    return html`<section aria-labelledby="v-title">
      <h2 id="v-title" tabindex="-1">
        ${recent ? this.t('recent') : html`${this.t('historyOf')} <code>${this.subject}</code>`}
      </h2>
      ${this.changes === null ? html`<p role="status">${this.t('loading')}</p>` : changeTable(this.ctx, this.changes, recent)}
      <p><a href="#/">${this.t('back')}</a></p>
    </section>`;
  }

  protected override render(): TemplateResult {
    const v = this.view;
    return html`<header class="desk-header">
        <h1>${this.t('title')}</h1>
        <div class="lang">
          <label for="lang">${this.t('lang')}</label>
          <select id="lang" @change=${(e: Event) => this.setLang((e.target as HTMLSelectElement).value as DeskLang)}>
            ${DESK_LANGS.map((l) => html`<option value=${l} lang=${l} ?selected=${l === this.deskLang}>${LOCALE_NAMES[l]}</option>`)}
          </select>
        </div>
        ${this.who ? whoBar(this.ctx, this.who, () => this.signOut()) : nothing}
      </header>
      <main lang=${this.deskLang}>
        ${statusLine(this.ctx, this.notice, this.busy, (p) => void this.undo(p))}
        ${
          v === 'refused'
            ? html`<h2 id="v-title" tabindex="-1">
                ${this.t('editTitle')}${this.t('colon')}${this.refusedProject ? named(this.ctx, this.refusedProject) : ''}
              </h2>`
            : nothing
        }
        ${
          this.problem
            ? html`<div class="alert" role="alert" tabindex="-1">
                ${this.t(this.problem.key)}${this.problem.detail ? ` ${this.problem.detail}` : ''}
              </div>`
            : nothing
        }
        ${v === 'signin' ? signInPanel(this.t, this.busy, (key) => void this.signIn(key)) : nothing}
        ${v === 'list' ? this.renderList() : nothing} ${v === 'form' ? this.renderForm() : nothing}
        ${
          v === 'conflict' && this.conflict
            ? conflictPanel(
                this.ctx,
                this.conflict,
                this.busy,
                (next) => (this.conflict = next),
                () => void this.saveMerged(),
              )
            : nothing
        }
        ${v === 'history' || v === 'recent' ? this.renderChanges() : nothing}
        ${v === 'refused' ? html`<p><a href="#/">${this.t('back')}</a></p>` : nothing}
      </main>`;
  }
}
