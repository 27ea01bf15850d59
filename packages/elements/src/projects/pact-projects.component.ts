import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';

/** The virtualizer is only needed for long lists: it loads on first use, in its own chunk. */
type VirtualizerModule = typeof import('@lit-labs/virtualizer/virtualize.js');
let virtualizer: VirtualizerModule | undefined;
let virtualizerLoading: Promise<VirtualizerModule> | undefined;
function loadVirtualizer(): Promise<VirtualizerModule> {
  virtualizerLoading ??= import('@lit-labs/virtualizer/virtualize.js').then((m) => (virtualizer = m));
  return virtualizerLoading;
}
import { msg, str } from '@lit/localize';
import { PactAbortError, text as localized } from '@pact/sdk';
import type { LocaleCode, Partner, PillarNumber, Project, ProjectQuery, ProjectStatus } from '@pact/sdk';
import { PactElement } from '../core/pact-element.js';
import { controlStyles } from '../core/styles.js';
import { option, searchField, selectField } from '../core/controls.js';
import { PactDataController, describeError, isLocalized, keepValid } from '../core/data-controller.js';
import { PactProjectSelectEvent } from '../core/events.js';
import { collator, formatNumber, pluralCategory } from '../core/format.js';
import { projectStatusLabel } from '../core/labels.js';
import { PILLAR_NUMBERS, PILLAR_ROMAN, headingLevelOf, pillarLabel, pillarNumber } from '../pillars/pillar-card.js';
import { SelectionLink } from '../pillars/selection-link.js';
import { dateRangeText, moneyText } from './format.js';
import { referenceFor, type Reference } from './reference.js';
import { readUrlState, writeUrlState, type UrlState } from './url-state.js';
import { projectsStyles } from './pact-projects.styles.js';

const STATUSES: readonly ProjectStatus[] = [
  'pipeline',
  'implementation',
  'finalisation',
  'closed',
  'cancelled',
  'suspended',
];
type Sort = NonNullable<ProjectQuery['sort']>;
const SORTS: readonly Sort[] = ['-start', 'start', 'title', '-title', '-budget', 'budget'];
const DEFAULT_SORT: Sort = '-start';
const API_LANGS: readonly LocaleCode[] = ['en', 'fr', 'ru', 'ar', 'zh', 'es', 'de', 'it'];
const ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * From this many loaded rows on, the list is virtualized: it keeps its full height in the page,
 * but only the rows near the viewport are in the DOM. Below it every row is rendered: the
 * page's find-in-page, printing and a screen reader's reading of the whole list then see every
 * project.
 */
export const VIRTUALIZE_FROM = 100;

function isProject(r: unknown): r is Project {
  const p = r as Partial<Project> | null;
  return (
    !!p &&
    typeof p.id === 'string' &&
    isLocalized(p.title) &&
    isLocalized(p.summary) &&
    typeof p.pillar === 'number' &&
    typeof p.status === 'string' &&
    Array.isArray(p.donors) &&
    Array.isArray(p.beneficiaries) &&
    typeof p.implementer === 'string' &&
    !!p.budget &&
    typeof p.budget.amount === 'number' &&
    typeof p.budget.currency === 'string' &&
    typeof p.start === 'string' &&
    typeof p.end === 'string'
  );
}

interface Loaded {
  projects: Project[];
  total: number;
  next: string | null;
  ref: Reference;
}

/**
 * @tagname pact-projects
 * @summary A filterable, sortable listing of technical-assistance projects, with details, "Load more" and CSV export.
 *
 * Filters come from the attributes (fixed: their control is not shown) and from the reader's
 * own controls (search, pillar, status, beneficiary country, donor, sort) unless `no-controls`.
 * Inside a `<pact-provider>`, a pillar chosen on a `<pact-pillar-card>` or `<pact-pillars>`
 * filters the listing (unless it has its own `pillar` attribute), and the reader's pillar
 * choice selects the card.
 *
 * With `sync-url`, the reader's filters are kept in the page's query string as
 * `PREFIX.NAME=value` (names: q, pillar, status, country, donor, sort), PREFIX being the
 * `sync-url` value, else the element's `id`, else `projects`: e.g. `?proj-a.pillar=2`. A link to
 * the page restores them; each listing on a page only touches its own parameters, so give each
 * synced listing its own `id` or `sync-url` name.
 *
 * Long lists stay fast: from 100 loaded rows on, only the rows near the viewport are in the DOM
 * (the list keeps its full height, so the page scrolls as usual). Like every virtualized list,
 * it may make the browser report the benign "ResizeObserver loop completed with undelivered
 * notifications" to `window.onerror` while rows are measured.
 *
 * @slot - Fallback content (for example a link to the full project database): shown until the data arrives, and kept if the script or the API fails.
 *
 * @event pact-project-select - A project was opened (its row expanded); `event.detail.project` is the record.
 *
 * @csspart base - The wrapper of the whole listing.
 * @csspart controls - The search and filter form.
 * @csspart search - The search input.
 * @csspart filter - Each filter and sort select.
 * @csspart toolbar - The line with the count and the export button.
 * @csspart count - The number of projects (a polite live region).
 * @csspart export - The "Download CSV" button.
 * @csspart list - The list of projects.
 * @csspart row - One project.
 * @csspart toggle - A project's title: the button that shows or hides its summary (`aria-expanded`).
 * @csspart tag - The pillar and status tags of a project.
 * @csspart facts - A project's beneficiaries, donors, implementer, dates and budget.
 * @csspart summary - A project's summary, shown when its row is expanded.
 * @csspart load-more - The button that loads the next page.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of the error state.
 * @csspart empty - The empty state.
 *
 * @cssproperty --pact-font-family - Font of all Pact elements (default: inherited from the page).
 * @cssproperty --pact-font-size - Base font size (default 1rem).
 * @cssproperty --pact-color-text - Text colour.
 * @cssproperty --pact-color-text-muted - Secondary text colour.
 * @cssproperty --pact-color-surface - Row and control background.
 * @cssproperty --pact-color-surface-alt - Background of states, tags and expanded rows.
 * @cssproperty --pact-color-border - Borders of rows and controls.
 * @cssproperty --pact-color-primary - Buttons, titles and links.
 * @cssproperty --pact-color-on-primary - Text on primary-coloured buttons.
 * @cssproperty --pact-color-accent - The status tag of projects under way.
 * @cssproperty --pact-shadow - Shadow of the rows.
 * @cssproperty --pact-color-danger - The error state's mark.
 * @cssproperty --pact-color-focus - Focus outline.
 * @cssproperty --pact-radius - Corner radius.
 * @cssproperty --pact-space - Base spacing.
 * @cssproperty --pact-projects-row-background - Row background (default: --pact-color-surface).
 * @cssproperty --pact-projects-min-height - Space kept for the listing while it loads (default 16rem).
 */
export class PactProjects extends PactElement {
  static override styles = [...PactElement.styles, controlStyles, projectsStyles];

  /** Only projects under this Vienna Declaration pillar, 1 to 4 (overrides a linked pillar card). */
  @property({ type: Number }) pillar = 0;
  /** Only projects with this status: pipeline, implementation, finalisation, closed, cancelled or suspended. */
  @property() status: ProjectStatus | '' = '';
  /** Only projects that benefit this country (its partner id, e.g. kaz). */
  @property() country = '';
  /** Only projects funded by this donor (its partner id, e.g. jpn or eu). */
  @property() donor = '';
  /** Initial search text (the reader can change it): words of the titles, in any language. */
  @property() q = '';
  /** Projects per page (1–200, default 25); "Load more" loads the next page. */
  @property({ type: Number }) limit = 25;
  /** Hide the search, filter and sort controls. */
  @property({ type: Boolean, attribute: 'no-controls' }) noControls = false;
  /** Hide the "Download CSV" button. */
  @property({ type: Boolean, attribute: 'no-export' }) noExport = false;
  /** Heading level (1–6) of the project titles, to fit the page's outline (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /**
   * Keep the reader's filters in the page's query string. The value names the parameters'
   * prefix (default: the element's `id`, else `projects`).
   */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;

  @state() private search = '';
  @state() private pillarChoice: PillarNumber | 0 = 0;
  @state() private statusChoice: ProjectStatus | '' = '';
  @state() private countryChoice = '';
  @state() private donorChoice = '';
  @state() private sort: Sort = DEFAULT_SORT;
  @state() private extra: Project[] = [];
  @state() private moreCursor: string | null = null;
  @state() private loadingMore = false;
  @state() private moreError: unknown = undefined;
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private exporting = false;
  @state() private exportMessage = '';

  #debounce: ReturnType<typeof setTimeout> | undefined;
  #moreAbort: AbortController | undefined;
  #exportAbort: AbortController | undefined;
  #uid = Math.random().toString(36).slice(2, 8);
  #queryKey = '';
  /** The content language, resolved once per update (rows rendered later by the virtualizer use it too). */
  #lang = 'en';
  #rows: { first: Project[]; extra: Project[]; rows: Project[] } | undefined;

  private readonly link = new SelectionLink(this, (s, initial) => {
    if (this.pillar) return;
    if (initial && s.pillar === undefined && this.pillarChoice) this.link.set({ pillar: this.pillarChoice });
    else this.pillarChoice = pillarNumber(s.pillar) ?? 0;
  });

  private readonly data = new PactDataController(this, {
    // Primitive arguments (a JSON key), so that an unchanged query never re-runs the request.
    args: () => [JSON.stringify(this.queryParams())] as const,
    task: async ([key], client, signal): Promise<Loaded> => {
      const params = JSON.parse(key) as ProjectQuery;
      const [page, ref] = await Promise.all([
        client.projects.list(params, { signal }),
        referenceFor(this.localName, client),
      ]);
      return {
        projects: keepValid(this.localName, page.data, isProject, page.invalid),
        total: page.total,
        next: page.next,
        ref,
      };
    },
  });

  /** The API query: attributes first, then the reader's own choices. */
  private queryParams(): ProjectQuery {
    const q: ProjectQuery = { sort: this.sort, limit: Math.min(200, Math.max(1, Math.round(this.limit) || 25)) };
    // An attribute's value goes to the API unchecked: a wrong one gets the API's 400 and the
    // error state that tells the webmaster to check the attributes.
    const pillar = this.pillar || this.pillarChoice;
    const status = this.status || this.statusChoice;
    const country = this.country || this.countryChoice;
    const donor = this.donor || this.donorChoice;
    if (pillar) q.pillar = pillar as PillarNumber;
    if (status) q.status = status;
    if (country) q.country = country;
    if (donor) q.donor = donor;
    const text = this.search.trim();
    if (text) q.q = text;
    const base = this.locale.toLowerCase().split('-')[0] as LocaleCode;
    q.lang = API_LANGS.includes(base) ? base : 'en';
    return q;
  }

  // ---- life cycle -------------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#debounce);
    this.#moreAbort?.abort();
    this.#exportAbort?.abort();
  }

  private get urlPrefix(): string | undefined {
    if (this.syncUrl === null) return undefined;
    return this.syncUrl.trim() || this.id || 'projects';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#lang = this.locale;
    if (changed.has('q')) this.search = this.q;
    // Restore the reader's filters from the URL before the first request.
    if (changed.has('syncUrl') && this.urlPrefix) this.applyUrlState(readUrlState(this.urlPrefix));
    if (changed.has('pact')) this.link.bind(this.pact?.selection);
    // A new query (filters, sort, page size or language) starts a new list: forget the pages
    // loaded with "Load more" and the opened rows.
    const key = JSON.stringify(this.queryParams());
    if (key !== this.#queryKey) {
      this.#queryKey = key;
      this.#moreAbort?.abort();
      this.extra = [];
      this.moreCursor = null;
      this.moreError = undefined;
      this.expanded = new Set();
      if (!this.exporting) this.exportMessage = '';
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const prefix = this.urlPrefix;
    if (
      prefix &&
      ['search', 'pillarChoice', 'statusChoice', 'countryChoice', 'donorChoice', 'sort', 'syncUrl'].some((f) =>
        changed.has(f),
      )
    ) {
      writeUrlState(prefix, this.urlState());
    }
  }

  private urlState(): UrlState {
    return {
      q: this.search.trim(),
      pillar: this.pillarChoice ? String(this.pillarChoice) : '',
      status: this.statusChoice,
      country: this.countryChoice,
      donor: this.donorChoice,
      sort: this.sort === DEFAULT_SORT ? '' : this.sort,
    };
  }

  /** The reader's filters from a shared link: values that are not valid are ignored. */
  private applyUrlState(s: UrlState): void {
    if (s.q !== undefined) this.search = s.q.slice(0, 200);
    const pillar = pillarNumber(s.pillar);
    if (pillar) this.pillarChoice = pillar;
    if (s.status && (STATUSES as readonly string[]).includes(s.status)) this.statusChoice = s.status as ProjectStatus;
    if (s.country && ID.test(s.country)) this.countryChoice = s.country;
    if (s.donor && ID.test(s.donor)) this.donorChoice = s.donor;
    if (s.sort && (SORTS as readonly string[]).includes(s.sort)) this.sort = s.sort as Sort;
  }

  // ---- data ---------------------------------------------------------------------------------

  /** Every loaded project: the first page and those loaded with "Load more" (one array, kept between renders). */
  private get rows(): Project[] {
    const first = this.data.value?.projects ?? [];
    const cached = this.#rows;
    if (cached && cached.first === first && cached.extra === this.extra) return cached.rows;
    const rows = this.extra.length ? first.concat(this.extra) : first;
    this.#rows = { first, extra: this.extra, rows };
    return rows;
  }

  private get nextCursor(): string | null {
    return this.extra.length ? this.moreCursor : (this.data.value?.next ?? null);
  }

  private async loadMore(): Promise<void> {
    const cursor = this.nextCursor;
    if (!cursor || this.loadingMore) return;
    const key = this.#queryKey;
    const abort = new AbortController();
    this.#moreAbort = abort;
    const firstNew = this.rows.length;
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      const page = await this.client.projects.list({ ...this.queryParams(), cursor }, { signal: abort.signal });
      if (abort.signal.aborted || key !== this.#queryKey) return;
      this.extra = [...this.extra, ...keepValid(this.localName, page.data, isProject, page.invalid)];
      this.moreCursor = page.next;
      this.loadingMore = false;
      await this.focusRow(firstNew);
    } catch (e) {
      if (!(e instanceof PactAbortError) && !abort.signal.aborted) this.moreError = e;
    } finally {
      if (this.#moreAbort === abort) this.loadingMore = false;
    }
  }

  /** Moves focus to a row's title (the first new row after "Load more"), scrolling it into view. */
  private async focusRow(index: number): Promise<void> {
    await this.updateComplete;
    const id = this.rows[index]?.id;
    if (id === undefined) return;
    // The next frame, or a moment when no frame comes (a page in a background tab gets none).
    const frame = () =>
      new Promise<void>((ok) => {
        const timer = setTimeout(ok, 50);
        requestAnimationFrame(() => {
          clearTimeout(timer);
          ok();
        });
      });
    for (let i = 0; i < 20; i++) {
      const button = this.renderRoot.querySelector<HTMLButtonElement>(`#toggle-${CSS.escape(id)}`);
      if (button) {
        button.focus();
        return;
      }
      if (i === 2) {
        const list = this.renderRoot.querySelector<HTMLElement & VirtualizerHostElement>('.list');
        if (virtualizer) list?.[virtualizer.virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
      }
      await frame();
    }
  }

  // ---- reader's actions ---------------------------------------------------------------------

  private toggle(p: Project): void {
    const open = new Set(this.expanded);
    if (open.has(p.id)) open.delete(p.id);
    else {
      open.add(p.id);
      const event = new PactProjectSelectEvent(p);
      this.dispatchEvent(event);
    }
    this.expanded = open;
  }

  private onSearch(e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => (this.search = value), 250);
  }

  private choosePillar(value: string): void {
    this.pillarChoice = pillarNumber(value) ?? 0;
    this.link.set({ pillar: this.pillarChoice || undefined });
  }

  private clearFilters(): void {
    clearTimeout(this.#debounce);
    this.search = '';
    this.statusChoice = '';
    this.countryChoice = '';
    this.donorChoice = '';
    if (this.pillarChoice) this.choosePillar('');
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
    if (input) input.value = '';
  }

  private get hasChoices(): boolean {
    return !!(this.search.trim() || this.pillarChoice || this.statusChoice || this.countryChoice || this.donorChoice);
  }

  /** Every project of the current filters (all pages), as a CSV download. */
  private async exportCsv(): Promise<void> {
    if (this.exporting) return;
    const abort = new AbortController();
    this.#exportAbort = abort;
    this.exporting = true;
    this.exportMessage = this.t(() => msg('Preparing the CSV file…'));
    try {
      const { cursor: _cursor, ...query } = this.queryParams();
      // The CSV writer loads on the first export only.
      const [ref, { toCsv, download }] = await Promise.all([
        referenceFor(this.localName, this.client),
        import('./csv.js'),
      ]);
      const rows: string[][] = [this.t(() => this.csvHeader())];
      for await (const p of this.client.projects.all({ ...query, limit: 200 }, { signal: abort.signal })) {
        if (isProject(p)) rows.push(this.t(() => this.csvRow(p, ref)));
      }
      download(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), 'projects.csv', this.renderRoot);
      const n = rows.length - 1;
      this.exportMessage = this.t(() => {
        const count = this.countText(n);
        return msg(str`CSV file ready: ${count}.`);
      });
    } catch (e) {
      if (!abort.signal.aborted)
        this.exportMessage = this.t(() => `${msg('The CSV file could not be made.')} ${describeError(e)}`);
    } finally {
      this.exporting = false;
    }
  }

  private csvHeader(): string[] {
    return [
      msg('ID'),
      msg('Title'),
      msg('Pillar'),
      msg('Status'),
      msg('Beneficiaries'),
      msg('Donors'),
      msg('Implementer'),
      msg('Start'),
      msg('End'),
      msg('Budget'),
      msg('Currency'),
      msg('Summary'),
    ];
  }

  private csvRow(p: Project, ref: Reference): string[] {
    const names = (ids: string[]) => ids.map((id) => this.partnerName(id, ref)).join('; ');
    return [
      p.id,
      this.text(p.title),
      String(p.pillar),
      projectStatusLabel(p.status),
      names(p.beneficiaries),
      names(p.donors),
      this.partnerName(p.implementer, ref),
      p.start,
      p.end,
      String(p.budget.amount),
      p.budget.currency,
      this.text(p.summary),
    ];
  }

  // ---- text ---------------------------------------------------------------------------------

  private text(t: Project['title']): string {
    return localized(t, this.#lang);
  }

  private partnerName(id: string, ref: Reference | undefined): string {
    const p = ref?.partners.get(id);
    return p ? localized(p.name, this.#lang) : id;
  }

  private pillarText(n: number, ref: Reference | undefined): string {
    const number = pillarNumber(n);
    if (!number) return String(n);
    const pillar = ref?.pillars.get(number);
    const label = pillarLabel(PILLAR_ROMAN[number]);
    return pillar?.shortTitle ? `${label} · ${localized(pillar.shortTitle, this.#lang)}` : label;
  }

  private countText(n: number): string {
    const shown = formatNumber(this.#lang, n);
    switch (pluralCategory(this.#lang, n)) {
      case 'one':
        return msg(str`${shown} project`, { id: 'projects.count.one' });
      case 'few':
        return msg(str`${shown} projects`, { id: 'projects.count.few' });
      case 'many':
        return msg(str`${shown} projects`, { id: 'projects.count.many' });
      default:
        return msg(str`${shown} projects`, { id: 'projects.count.other' });
    }
  }

  /** "25 of 180 shown" (called inside a render). */
  private shownText(n: number, total: number): string {
    const shown = formatNumber(this.#lang, n);
    const all = formatNumber(this.#lang, total);
    return msg(str`${shown} of ${all} shown`);
  }

  /** Options of the country and donor selects, sorted in the reader's language. */
  #options: { ref: Reference; locale: string; countries: Partner[]; organizations: Partner[] } | undefined;
  private partnerOptions(ref: Reference): { countries: Partner[]; organizations: Partner[] } {
    const locale = this.#lang;
    if (this.#options?.ref === ref && this.#options.locale === locale) return this.#options;
    const c = collator(locale);
    const named = [...ref.partners.values()].map((p) => [localized(p.name, locale), p] as const);
    named.sort((a, b) => c.compare(a[0], b[0]));
    const sorted = named.map(([, p]) => p);
    this.#options = {
      ref,
      locale,
      countries: sorted.filter((p) => p.kind === 'country'),
      organizations: sorted.filter((p) => p.kind === 'organization'),
    };
    return this.#options;
  }

  // ---- render -------------------------------------------------------------------------------

  protected renderContent() {
    const v = this.data.value;
    const rows = this.rows;
    return html`<div part="base" class="base">
      ${this.noControls ? nothing : this.renderControls(v?.ref)}
      <div class="toolbar" part="toolbar">
        <p class="count" part="count" role="status" aria-live="polite">
          ${
            v === undefined
              ? ''
              : html`<span class="total">${this.countText(v.total)}</span>${
                    rows.length < v.total
                      ? html`<span class="shown"> · ${this.shownText(rows.length, v.total)}</span>`
                      : nothing
                  }`
          }
        </p>
        ${
          this.noExport || !v || v.total === 0
            ? nothing
            : html`<button
                class="button secondary"
                part="export"
                type="button"
                ?disabled=${this.exporting}
                @click=${this.exportCsv}
              >
                ${msg('Download CSV')}
              </button>`
        }
      </div>
      <p class="export-status" role="status">${this.exportMessage}</p>
      ${this.data.render({
        complete: (loaded) => this.renderList(loaded, rows),
        isEmpty: (loaded) => loaded.projects.length === 0,
        empty: () =>
          html`<div class="state empty" part="empty">
            <p>${msg('No projects match these filters.')}</p>
            ${
              this.hasChoices
                ? html`<button class="button secondary" type="button" @click=${this.clearFilters}>
                    ${msg('Clear filters')}
                  </button>`
                : nothing
            }
          </div>`,
      })}
      ${this.renderMore()}
    </div>`;
  }

  private renderMore() {
    const more = this.nextCursor && this.data.value !== undefined;
    return html`${
      more
        ? html`<button
            class="button secondary more"
            part="load-more"
            type="button"
            ?disabled=${this.loadingMore}
            @click=${this.loadMore}
          >
            ${this.loadingMore ? msg('Loading…') : msg('Load more')}
          </button>`
        : nothing
    }
    ${
      this.moreError === undefined
        ? nothing
        : html`<p class="more-error" role="alert">
            ${msg('More projects could not be loaded.')} ${describeError(this.moreError)}
          </p>`
    }`;
  }

  private renderControls(ref: Reference | undefined) {
    const id = (s: string) => `${s}-${this.#uid}`;
    const partners = ref && ref.partners.size ? this.partnerOptions(ref) : undefined;
    const partnerOptions = (list: Partner[], current: string) =>
      list.map((p) => option(p.id, localized(p.name, this.#lang), current));
    return html`<form
      class="controls"
      part="controls"
      role="search"
      aria-label=${msg('Find projects')}
      @submit=${(e: Event) => e.preventDefault()}
    >
      ${searchField(id('q'), msg('Search'), msg('Title, in any language'), this.search, (e) => this.onSearch(e))}
      ${
        this.pillar
          ? nothing
          : selectField(
              id('pillar'),
              msg('Pillar'),
              String(this.pillarChoice || ''),
              [['', msg('All')], ...PILLAR_NUMBERS.map((n) => [String(n), this.pillarText(n, ref)] as const)],
              (v) => this.choosePillar(v),
            )
      }
      ${
        this.status
          ? nothing
          : selectField(
              id('status'),
              msg('Status'),
              this.statusChoice,
              [['', msg('All')], ...STATUSES.map((st) => [st, projectStatusLabel(st)] as const)],
              (v) => (this.statusChoice = v as ProjectStatus | ''),
            )
      }
      ${
        this.country
          ? nothing
          : html`<div class="field">
              <label for=${id('country')}>${msg('Beneficiary country')}</label>
              <select
                id=${id('country')}
                part="filter"
                @change=${(e: Event) => (this.countryChoice = (e.target as HTMLSelectElement).value)}
              >
                ${option('', msg('All'), this.countryChoice)}
                ${guard([partners, this.#lang, this.countryChoice], () =>
                  partners
                    ? partnerOptions(partners.countries, this.countryChoice)
                    : this.countryChoice
                      ? option(this.countryChoice, this.countryChoice, this.countryChoice)
                      : nothing,
                )}
              </select>
            </div>`
      }
      ${
        this.donor
          ? nothing
          : html`<div class="field">
              <label for=${id('donor')}>${msg('Donor')}</label>
              <select
                id=${id('donor')}
                part="filter"
                @change=${(e: Event) => (this.donorChoice = (e.target as HTMLSelectElement).value)}
              >
                ${option('', msg('All'), this.donorChoice)}
                ${guard([partners, this.#lang, this.donorChoice], () =>
                  partners
                    ? html`<optgroup label=${msg('Countries')}>
                          ${partnerOptions(partners.countries, this.donorChoice)}
                        </optgroup>
                        <optgroup label=${msg('Organizations')}>
                          ${partnerOptions(partners.organizations, this.donorChoice)}
                        </optgroup>`
                    : this.donorChoice
                      ? option(this.donorChoice, this.donorChoice, this.donorChoice)
                      : nothing,
                )}
              </select>
            </div>`
      }
      <div class="field">
        <label for=${id('sort')}>${msg('Sort')}</label>
        <select
          id=${id('sort')}
          part="filter"
          @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as Sort)}
        >
          ${option('-start', msg('Newest first'), this.sort)} ${option('start', msg('Oldest first'), this.sort)}
          ${option('title', msg('Title, A to Z'), this.sort)} ${option('-title', msg('Title, Z to A'), this.sort)}
          ${option('-budget', msg('Largest budget first (by currency)'), this.sort)}
          ${option('budget', msg('Smallest budget first (by currency)'), this.sort)}
        </select>
      </div>
    </form>`;
  }

  private renderList(v: Loaded, rows: Project[]) {
    const render = (p: Project, i: number) => this.t(() => this.renderRow(p, i, v));
    if (rows.length >= VIRTUALIZE_FROM && !virtualizer) {
      // First long list: render the first rows while the virtualizer loads, then switch.
      void loadVirtualizer().then(() => this.requestUpdate());
    }
    if (rows.length < VIRTUALIZE_FROM || !virtualizer) {
      const shown = rows.length < VIRTUALIZE_FROM ? rows : rows.slice(0, VIRTUALIZE_FROM);
      return html`<div class="list" part="list" role="list">${shown.map(render)}</div>`;
    }
    return html`<div class="list virtual" part="list" role="list">
      ${virtualizer.virtualize({ items: rows, keyFunction: (p: Project) => p.id, renderItem: render })}
    </div>`;
  }

  private renderRow(p: Project, index: number, v: Loaded): TemplateResult {
    const open = this.expanded.has(p.id);
    const names = (ids: string[]) => ids.map((id) => this.partnerName(id, v.ref)).join(', ');
    return html`<div
      class="row ${open ? 'open' : ''}"
      part="row"
      role="listitem"
      aria-posinset=${index + 1}
      aria-setsize=${v.total}
      data-id=${p.id}
    >
      <div class="heading" role="heading" aria-level=${headingLevelOf(this.headingLevel)}>
        <button
          id="toggle-${p.id}"
          class="toggle"
          part="toggle"
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="summary-${p.id}"
          @click=${() => this.toggle(p)}
        >
          <span class="chevron" aria-hidden="true"></span><span class="title">${this.text(p.title)}</span>
        </button>
      </div>
      <ul class="tags" role="list">
        <li class="tag pillar" part="tag">${this.pillarText(p.pillar, v.ref)}</li>
        <li class="tag status ${p.status}" part="tag">${projectStatusLabel(p.status)}</li>
      </ul>
      <dl class="facts" part="facts">
        <div>
          <dt>${msg('Beneficiaries')}</dt>
          <dd>${names(p.beneficiaries)}</dd>
        </div>
        <div>
          <dt>${msg('Donors')}</dt>
          <dd>${names(p.donors)}</dd>
        </div>
        <div>
          <dt>${msg('Implementer')}</dt>
          <dd>${this.partnerName(p.implementer, v.ref)}</dd>
        </div>
        <div>
          <dt>${msg('Dates')}</dt>
          <dd>${dateRangeText(this.#lang, p.start, p.end)}</dd>
        </div>
        <div>
          <dt>${msg('Budget')}</dt>
          <dd>${moneyText(this.#lang, p.budget.amount, p.budget.currency)}</dd>
        </div>
      </dl>
      <div id="summary-${p.id}" class="summary" part="summary" ?hidden=${!open}>
        <p>${this.text(p.summary)}</p>
      </div>
    </div>`;
  }
}
