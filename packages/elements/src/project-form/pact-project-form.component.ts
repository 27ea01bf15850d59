import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../core/localize.js';
import { PILLAR_NUMBERS, PROJECT_STATUSES, ROUTE_IDS } from '@pact/schema';
import { projectWriteValidator } from '@pact/schema/validate-write';
import { text as localized } from '@pact/sdk';
import type { Partner, Project, ProjectInput } from '@pact/sdk';
import { PactElement } from '../core/pact-element.js';
import { controlStyles } from '../core/styles.js';
import { projectStatusLabel, routeLabel } from '../core/labels.js';
import { collator } from '../core/format.js';
import { FIELD_ORDER, FORM_LANGS, draftOf, fieldOf, inputOf, ruleMessage, type Draft, type FieldKey } from './draft.js';
import { partnerPicker, type PickerField } from './picker.js';
import { projectFormStyles } from './pact-project-form.styles.js';

/** One field error, as the API's 422 gives it (`pointer`, `rule`, `message`) or the browser's validator. */
export interface FieldViolation {
  pointer: string;
  rule: string;
  message: string;
}

/** Fired when the user saves a record that the validators accept; `detail.project` is it. */
export class PactProjectSubmitEvent extends Event {
  constructor(readonly project: ProjectInput) {
    super('pact-project-submit', { bubbles: true, composed: true });
  }
  get detail(): { project: ProjectInput } {
    return { project: this.project };
  }
}

/** The event, made outside the class: the manifest documents it once, from the `@event` tag. */
const submitted = (project: ProjectInput) => new PactProjectSubmitEvent(project);

const LANG_NAMES: Record<(typeof FORM_LANGS)[number], string> = { en: 'English', fr: 'Français', ru: 'Русский' };
const fid = (k: FieldKey) => `f-${k.replace('/', '-')}`;
const eid = (k: FieldKey) => `e-${k.replace('/', '-')}`;

/**
 * @tagname pact-project-form
 * @summary The form to register or change a project, generated from the project schema and checked with the API's own validators.
 *
 * Fields: id, title and summary in English (required), French and Russian (each input carries its
 * `lang`), pillar, status, start and end dates, beneficiary countries and donors picked from the
 * partner list with a search, implementer and the other IATI roles (accountable, extending),
 * routes, budget with its currency and an IATI identifier. On save the record is checked in the
 * browser with the validators the API uses (`@pact/schema/validate-write`); each error is shown
 * under its field, the focus moves to the first one, and nothing typed is lost. Errors from the
 * API (a 422's JSON Pointers) are shown the same way with `showErrors()`.
 *
 * The form does not write: it fires `pact-project-submit` with the record; the page saves it
 * (for example with `client.projects.create` of `@pact/sdk`, as the desk does).
 *
 * @event pact-project-submit - The user saved a valid record; `event.detail.project` is it (a ProjectInput).
 *
 * @csspart form - The form.
 * @csspart summary - The error summary shown above the fields after a failed save (an alert).
 * @csspart field - Each field's wrapper.
 * @csspart error - The message under a field that has an error.
 * @csspart picker - The beneficiary and donor pickers (chosen partners, search, options).
 * @csspart submit - The save button.
 *
 * @cssproperty --pact-project-form-columns - Minimum width of a column of fields (default 16rem).
 */
export class PactProjectForm extends PactElement {
  static override styles = [...PactElement.styles, controlStyles, projectFormStyles];

  /** The record to edit (its id cannot change); without it the form registers a new project. */
  @property({ attribute: false }) project: Project | undefined = undefined;
  /** The partner list to pick from; loaded from the API when not given. */
  @property({ attribute: false }) partners: Partner[] | undefined = undefined;
  /** Label of the save button (default "Save project"). */
  @property({ attribute: 'submit-label' }) submitLabel = '';
  /** Disables the save button (while the page saves). */
  @property({ type: Boolean }) busy = false;

  @state() private draft: Draft = draftOf();
  /** The rule each field breaks (worded at render time, in the UI language of the moment). */
  @state() private errors: Partial<Record<FieldKey, FieldViolation>> = {};
  /** Errors of no field of the form (e.g. `/updated`), shown in the summary. */
  @state() private other: FieldViolation[] = [];
  /** Why the partner list could not be loaded, if it could not. */
  @state() private loadError = '';
  @state() private loaded: Partner[] = [];
  @state() private searches: Record<PickerField, string> = { beneficiaries: '', donors: '' };

  /** The record as typed now (what a save would send), whether or not it is valid. */
  get value(): ProjectInput {
    return inputOf(this.draft, this.project);
  }

  /** Replaces what is typed (e.g. a draft kept across a sign-in, or a merged version after a conflict). */
  set value(p: Partial<Project>) {
    this.draft = draftOf(p);
    this.errors = {};
    this.other = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('project')) this.value = this.project ?? {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.partners) this.toggleAttribute('data-loaded', true);
    else if (this.loaded.length === 0) void this.loadPartners();
  }

  private async loadPartners(): Promise<void> {
    const all: Partner[] = [];
    try {
      for await (const p of this.client.partners.all({ limit: 200 })) all.push(p);
      this.loaded = all;
      this.toggleAttribute('data-loaded', true);
    } catch (e) {
      const reason = (e as Error).message;
      this.loadError = reason;
    }
  }

  /** Checks the record with the API's validators; shows the errors and focuses the first. True when valid. */
  validate(): boolean {
    const result = projectWriteValidator.checkAll({
      ...this.value,
      // What the server adds before it runs the same validator (docs/api-writes.md).
      illustrative: this.project?.illustrative ?? false,
      updated: new Date().toISOString(),
    });
    if (result.ok) {
      this.showErrors([]);
      return true;
    }
    this.showErrors(result.violations.map((v) => ({ pointer: v.path, rule: v.rule, message: v.message })));
    return false;
  }

  /**
   * Shows errors under their fields (a 422's `errors`, or the SDK's `PactValidationError.violations`),
   * moves the focus to the first one and keeps everything typed. An empty list clears them.
   */
  showErrors(violations: readonly FieldViolation[]): void {
    const errors: Partial<Record<FieldKey, FieldViolation>> = {};
    const other: FieldViolation[] = [];
    for (const v of violations) {
      const field = fieldOf(v.pointer);
      // An empty field is missing, whatever rule the empty value also breaks (an empty id, its pattern).
      if (field) errors[field] ??= this.isEmpty(field) ? { ...v, rule: 'required' } : v;
      else other.push(v);
    }
    this.errors = errors;
    this.other = other;
    if (violations.length) void this.updateComplete.then(() => this.focusFirstError());
  }

  private isEmpty(k: FieldKey): boolean {
    const [a, b] = k.split('/') as [string, string | undefined];
    const d = this.draft as unknown as Record<string, unknown>;
    const v =
      a === 'budget' ? (b === 'amount' ? d['amount'] : d['currency']) : b ? (d[a] as Record<string, string>)[b] : d[a];
    return v === '';
  }

  private focusFirstError(): void {
    const first = FIELD_ORDER.find((k) => this.errors[k]);
    const target = first
      ? this.renderRoot.querySelector<HTMLElement>(`#${fid(first)}`)
      : this.renderRoot.querySelector<HTMLElement>('[part~="summary"]');
    target?.focus();
  }

  private submit(e: Event): void {
    e.preventDefault();
    if (this.busy) return;
    if (this.validate()) this.dispatchEvent(submitted(this.value));
  }

  private set<K extends keyof Draft>(key: K, value: Draft[K]): void {
    this.draft = { ...this.draft, [key]: value };
  }

  private get partnerList(): Partner[] {
    const list = [...(this.partners ?? this.loaded)];
    const c = collator(this.locale);
    return list.sort((a, b) => c.compare(this.name(a), this.name(b)));
  }

  private name(p: Partner): string {
    return localized(p.name, this.locale);
  }

  /** The message of a field's error, in the UI language. */
  private errorText(k: FieldKey): string | undefined {
    const e = this.errors[k];
    return e && ruleMessage(k, e.rule, e.message);
  }

  private errorOf(k: FieldKey): TemplateResult | typeof nothing {
    const e = this.errorText(k);
    return e ? html`<p class="error" part="error" id=${eid(k)}>${e}</p>` : nothing;
  }

  private aria(k: FieldKey) {
    return { invalid: this.errors[k] ? 'true' : 'false', describedby: this.errors[k] ? eid(k) : undefined };
  }

  private textField(
    k: FieldKey,
    label: string,
    value: string,
    onInput: (v: string) => void,
    extra: Partial<{
      lang: string;
      type: string;
      required: boolean;
      multiline: boolean;
      disabled: boolean;
      list: string;
      inputmode: string;
    }> = {},
  ): TemplateResult {
    const a = this.aria(k);
    const input = (e: Event) => onInput((e.target as HTMLInputElement).value);
    return html`<div class="field" part="field">
      <label for=${fid(k)}>${label}${extra.required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
      ${
        extra.multiline
          ? html`<textarea
              id=${fid(k)}
              lang=${extra.lang ?? nothing}
              rows="3"
              .value=${live(value)}
              @input=${input}
              ?required=${!!extra.required}
              aria-invalid=${a.invalid}
              aria-describedby=${a.describedby ?? nothing}
            ></textarea>`
          : html`<input
              id=${fid(k)}
              lang=${extra.lang ?? nothing}
              type=${extra.type ?? 'text'}
              list=${extra.list ?? nothing}
              inputmode=${extra.inputmode ?? nothing}
              .value=${live(value)}
              @input=${input}
              ?required=${!!extra.required}
              ?disabled=${!!extra.disabled}
              aria-invalid=${a.invalid}
              aria-describedby=${a.describedby ?? nothing}
            />`
      }
      ${this.errorOf(k)}
    </div>`;
  }

  private selectField(
    k: FieldKey,
    label: string,
    value: string,
    options: readonly (readonly [string, string])[],
    onChange: (v: string) => void,
    required = true,
  ): TemplateResult {
    const a = this.aria(k);
    return html`<div class="field" part="field">
      <label for=${fid(k)}>${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
      <select
        id=${fid(k)}
        ?required=${required}
        aria-invalid=${a.invalid}
        aria-describedby=${a.describedby ?? nothing}
        @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${value === ''}>${required ? msg('Choose…') : msg('None')}</option>
        ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
      </select>
      ${this.errorOf(k)}
    </div>`;
  }

  private langFields(kind: 'title' | 'summary'): TemplateResult {
    const d = this.draft[kind];
    return html`${FORM_LANGS.map((lang) => {
      const language = LANG_NAMES[lang];
      const label = kind === 'title' ? msg(str`Title (${language})`) : msg(str`Summary (${language})`);
      return this.textField(
        `${kind}/${lang}`,
        label,
        d[lang],
        (v) => this.set(kind, { ...this.draft[kind], [lang]: v }),
        {
          lang,
          required: lang === 'en',
          multiline: kind === 'summary',
        },
      );
    })}`;
  }

  protected override renderContent(): TemplateResult {
    const d = this.draft;
    const partners = this.partnerList;
    const countries = partners.filter((p) => p.kind === 'country');
    const named = partners.map((p) => [p.id, this.name(p)] as const);
    const count = Object.keys(this.errors).length;
    const reason = this.loadError;
    const picker = (field: PickerField, label: string, pool: Partner[]) =>
      partnerPicker({
        field,
        label,
        pool,
        chosen: d[field],
        search: this.searches[field],
        error: this.errorText(field),
        errorId: eid(field),
        inputId: fid(field),
        name: (p) => this.name(p),
        onSearch: (q) => (this.searches = { ...this.searches, [field]: q }),
        onChange: (ids) => this.set(field, ids),
      });
    return html`<form part="form" novalidate @submit=${this.submit}>
      ${
        count || this.other.length || this.loadError
          ? html`<div class="summary" part="summary" role="alert" tabindex="-1">
              ${count ? html`<p>${count === 1 ? msg('1 field needs your attention.') : msg(str`${count} fields need your attention.`)}</p>` : nothing}
              ${this.other.map((v) => html`<p>${v.pointer || msg('The record')}: ${v.message}</p>`)}
              ${this.loadError ? html`<p>${msg(str`The partner list could not be loaded: ${reason}`)}</p>` : nothing}
            </div>`
          : nothing
      }
      <p class="hint">${msg('Fields marked * are required.')}</p>
      <fieldset>
        <legend>${msg('Project')}</legend>
        <div class="grid">
          ${this.textField('id', msg('Id (lowercase letters, digits, hyphens)'), d.id, (v) => this.set('id', v), { required: true, disabled: !!this.project })}
          ${this.selectField(
            'pillar',
            msg('Pillar'),
            d.pillar,
            PILLAR_NUMBERS.map((n) => [String(n), msg(str`Pillar ${n}`)] as const),
            (v) => this.set('pillar', v),
          )}
          ${this.selectField(
            'status',
            msg('Status'),
            d.status,
            PROJECT_STATUSES.map((s) => [s, projectStatusLabel(s)] as const),
            (v) => this.set('status', v),
          )}
          ${this.textField('start', msg('Start date'), d.start, (v) => this.set('start', v), { type: 'date', required: true })}
          ${this.textField('end', msg('End date'), d.end, (v) => this.set('end', v), { type: 'date', required: true })}
        </div>
      </fieldset>
      <fieldset>
        <legend>${msg('Title')}</legend>
        <div class="grid">${this.langFields('title')}</div>
      </fieldset>
      <fieldset>
        <legend>${msg('Summary')}</legend>
        <div class="grid">${this.langFields('summary')}</div>
      </fieldset>
      <fieldset>
        <legend>${msg('Partners')}</legend>
        <div class="grid">
          ${picker('beneficiaries', msg('Beneficiary countries'), countries)}
          ${picker('donors', msg('Donors'), partners)}
        </div>
        <div class="grid">
          ${this.selectField('implementer', msg('Implementer (IATI role 4)'), d.implementer, named, (v) => this.set('implementer', v))}
          ${this.selectField('accountable', msg('Accountable (IATI role 2)'), d.accountable, named, (v) => this.set('accountable', v), false)}
          ${this.selectField('extending', msg('Extending (IATI role 3)'), d.extending, named, (v) => this.set('extending', v), false)}
        </div>
      </fieldset>
      <fieldset id=${fid('routes')} tabindex="-1" aria-describedby=${this.aria('routes').describedby ?? nothing}>
        <legend>${msg('Routes')}</legend>
        <div class="checks">
          ${ROUTE_IDS.map((r) => html`<label class="check"><input type="checkbox" .checked=${live(d.routes.includes(r))} @change=${(e: Event) => this.set('routes', (e.target as HTMLInputElement).checked ? [...d.routes, r] : d.routes.filter((x) => x !== r))} />${routeLabel(r)}</label>`)}
        </div>
        ${this.errorOf('routes')}
      </fieldset>
      <fieldset>
        <legend>${msg('Budget')}</legend>
        <div class="grid">
          ${this.textField('budget/amount', msg('Amount'), d.amount, (v) => this.set('amount', v), { required: true, inputmode: 'decimal' })}
          ${this.textField('budget/currency', msg('Currency (ISO 4217)'), d.currency, (v) => this.set('currency', v), { required: true, list: 'currencies' })}
          ${this.textField('iatiIdentifier', msg('IATI identifier (if already published)'), d.iatiIdentifier, (v) => this.set('iatiIdentifier', v))}
        </div>
        <datalist id="currencies">
          ${['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'RUB', 'SEK', 'NOK'].map((c) => html`<option value=${c}></option>`)}
        </datalist>
      </fieldset>
      <div class="actions">
        <button type="submit" class="button" part="submit" ?disabled=${this.busy}>
          ${this.submitLabel || msg('Save project')}
        </button>
        <slot name="actions"></slot>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pact-project-submit': PactProjectSubmitEvent;
  }
}
