import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '../core/localize.js';
import { PILLAR_NUMBERS, PROJECT_STATUSES } from '@pact/schema';
import { text as localized } from '@pact/sdk';
import type { Partner, Project, ProjectQuery, ProjectStatus } from '@pact/sdk';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { PactElement } from '../core/pact-element.js';
import { Slices } from '../core/turns.js';
import { controlStyles, loadingBox } from '../core/styles.js';
import { option, searchField } from '../core/controls.js';
import { ListController, apiLang, listPage, listStyles, type Loaded } from '../core/list-controller.js';
import { PactProjectSelectEvent } from '../core/events.js';
import { PROJECTS, countText } from '../core/count.js';
import { collator, formatNumber } from '../core/format.js';
import { projectStatusLabel } from '../core/labels.js';
import { headingLevelOf, pillarNumber } from '../pillars/pillar-card.js';
import { SelectionLink } from '../pillars/selection-link.js';
import { referenceFor, type Reference } from './reference.js';
import { ProjectTexts, isProject, renderRow } from './row.js';
import { CsvExport } from './export.js';
import { projectsStyles } from './pact-projects.styles.js';

/** The virtualizer is only needed for long lists: it loads on first use, in its own chunk. */
type VirtualizerModule = typeof import('@lit-labs/virtualizer/virtualize.js');
let virtualizer: VirtualizerModule | undefined;
let virtualizerLoading: Promise<VirtualizerModule> | undefined;
function loadVirtualizer(): Promise<VirtualizerModule> {
  virtualizerLoading ??= import('@lit-labs/virtualizer/virtualize.js').then((m) => (virtualizer = m));
  return virtualizerLoading;
}

type Sort = NonNullable<ProjectQuery['sort']>;
/** The partner selects' options: every country (beneficiary), and the donors by kind. */
interface PartnerOptions {
  ref: Reference;
  locale: string;
  countries: Partner[];
  donorCountries: Partner[];
  donorOrganizations: Partner[];
}
const SORTS: readonly Sort[] = ['-start', 'start', 'title', '-title', '-budget', 'budget'];
const ID = /^[a-z0-9][a-z0-9-]*$/;
const isId = (v: string) => ID.test(v);

/**
 * From this many loaded rows on, the list is virtualized: it keeps its full height in the page,
 * but only the rows near the viewport are in the DOM. Below it every row is rendered: the
 * page's find-in-page, printing and a screen reader's reading of the whole list then see every
 * project.
 */
export const VIRTUALIZE_FROM = 100;

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
 * @slot next-page - Server rendering (ssr/) puts here a link to the next page's rendering, for readers without JavaScript and crawlers: shown only while the element is not defined (the "Load more" button then hidden).
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
 * @csspart tag - The pillar and status tags of a project (and its "Fictitious example" mark).
 * @csspart illustrative - The "Fictitious example" mark of an illustrative project (from its data, not a setting).
 * @csspart illustrative-notice - The notice before the list when it shows illustrative projects.
 * @csspart facts - A project's beneficiaries, donors, implementer, dates and budget.
 * @csspart summary - A project's summary, shown when its row is expanded.
 * @csspart load-more - The button that loads the next page.
 * @csspart show-more - Deprecated name of `load-more` (the same button, named as in `<pact-partners>` before); use `load-more`.
 * @csspart more-error - The alert shown when the next page could not be loaded (with a Retry button).
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of the error state and of `more-error`.
 * @csspart empty - The empty state.
 *
 * @cssproperty --pact-projects-row-background - Row background (default: --pact-color-surface).
 * @cssproperty --pact-projects-min-height - Space kept for the listing while it loads (default 16rem).
 */
export class PactProjects extends PactElement {
  static override styles = [...PactElement.styles, controlStyles, listStyles, loadingBox, projectsStyles];

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

  @state() private expanded: ReadonlySet<string> = new Set();

  #uid = Math.random().toString(36).slice(2, 8);

  private readonly link = new SelectionLink(this, (s, initial) => {
    if (this.pillar) return;
    const own = pillarNumber(this.list.choice('pillar'));
    if (initial && s.pillar === undefined && own) this.link.set({ pillar: own });
    else this.list.choose('pillar', String(pillarNumber(s.pillar) ?? ''));
  });

  private readonly list: ListController<ProjectQuery, Project, Reference> = new ListController(this, {
    fields: {
      q: { fromUrl: () => true },
      pillar: { fixed: () => String(this.pillar || ''), fromUrl: (v) => !!pillarNumber(v) },
      status: { fixed: () => this.status, fromUrl: (v) => (PROJECT_STATUSES as readonly string[]).includes(v) },
      country: { fixed: () => this.country, fromUrl: isId },
      donor: { fixed: () => this.donor, fromUrl: isId },
      sort: { initial: '-start', keep: true, fromUrl: (v) => (SORTS as readonly string[]).includes(v) },
    },
    // An attribute's value goes to the API unchecked: a wrong one gets the API's 400 and the
    // error state that tells the webmaster to check the attributes.
    query: (): ProjectQuery => {
      const values = this.list.values();
      return {
        ...(values as Partial<ProjectQuery>),
        ...(values.pillar && { pillar: Number(values.pillar) as ProjectQuery['pillar'] }),
        limit: Math.min(200, Math.max(1, Math.round(this.limit) || 25)),
        lang: apiLang(this.locale),
      };
    },
    page: async (query, cursor, client, signal) =>
      listPage(
        this.localName,
        isProject,
        await client.projects.list(cursor ? { ...query, cursor } : query, { signal }),
      ),
    context: (client) => referenceFor(this.localName, client),
    urlPrefix: () => (this.syncUrl === null ? undefined : this.syncUrl.trim() || this.id || 'projects'),
    // A page that makes the list long loads the virtualizer first: the rows then render once, virtualized.
    beforeRows: (count) => (count >= VIRTUALIZE_FROM ? loadVirtualizer() : Promise.resolve()),
    focusRow: (index, signal) => this.focusRow(index, signal),
    onReset: () => {
      this.expanded = new Set();
      this.csv.reset();
    },
    onClear: () => {
      if (!this.pillar) this.link.set({ pillar: undefined });
    },
  });

  private readonly csv = new CsvExport(this, () => this.list.query);

  /** The first screen of rows in the render that brings them, the rest in later turns. */
  private readonly slices = new Slices(this, 10);

  /** The first page's data controller and every loaded row (bench/render-projects.mjs reads them). */
  private get data() {
    return this.list.data;
  }

  private get rows(): Project[] {
    return this.list.rows;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('q')) this.list.choose('q', this.q);
    // The reader's filters from a shared link, before the provider's selection is joined.
    this.list.applyUrlState();
    if (changed.has('pact')) this.link.bind(this.pact?.selection);
  }

  /**
   * Moves focus to a row's title (the first new row after "Load more"), once the render that
   * shows it is done; a virtualized row out of view is scrolled to, and focused when the
   * virtualizer has rendered it (its rangeChanged event, after which the row is in the DOM).
   */
  private async focusRow(index: number, signal: AbortSignal): Promise<void> {
    const id = this.list.rows[index]?.id;
    if (id === undefined) return;
    const button = () => this.renderRoot.querySelector<HTMLButtonElement>(`#toggle-${CSS.escape(id)}`);
    if (button()) return button()!.focus();
    const list = this.renderRoot.querySelector<HTMLElement & VirtualizerHostElement>('.list');
    if (!list || !virtualizer) return;
    const virtual = list[virtualizer.virtualizerRef];
    let asked = false;
    // Brings the row into the virtualizer's range; before its first layout, that throws, and the
    // first rangeChanged asks again.
    const ask = () => {
      try {
        virtual?.element(index)?.scrollIntoView({ block: 'nearest' });
        asked = true;
      } catch {
        asked = false;
      }
    };
    await new Promise<void>((done) => {
      const check = () => {
        const target = button();
        if (!target && !signal.aborted) {
          if (!asked) ask();
          return;
        }
        list.removeEventListener('rangeChanged', check);
        signal.removeEventListener('abort', check);
        target?.focus();
        done();
      };
      list.addEventListener('rangeChanged', check);
      signal.addEventListener('abort', check);
      ask();
    });
  }

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

  private choosePillar(value: string): void {
    const n = pillarNumber(value);
    this.list.choose('pillar', String(n ?? ''));
    this.link.set({ pillar: n });
  }

  /** "25 of 180 shown" (called inside a render). */
  private shownText(n: number, total: number): string {
    const shown = formatNumber(this.locale, n);
    const all = formatNumber(this.locale, total);
    return msg(str`${shown} of ${all} shown`);
  }

  /** Options of the country and donor selects, sorted in the reader's language; donors are those the API names (role=donor). */
  #options: PartnerOptions | undefined;
  private partnerOptions(ref: Reference, locale: string): PartnerOptions {
    if (this.#options?.ref === ref && this.#options.locale === locale) return this.#options;
    const c = collator(locale);
    const named = [...ref.partners.values()].map((p) => [localized(p.name, locale), p] as const);
    named.sort((a, b) => c.compare(a[0], b[0]));
    const sorted = named.map(([, p]) => p);
    this.#options = {
      ref,
      locale,
      countries: sorted.filter((p) => p.kind === 'country'),
      donorCountries: sorted.filter((p) => p.kind === 'country' && ref.donors.has(p.id)),
      donorOrganizations: sorted.filter((p) => p.kind === 'organization' && ref.donors.has(p.id)),
    };
    return this.#options;
  }

  // ---- render -------------------------------------------------------------------------------

  protected renderContent() {
    const v = this.list.value;
    const rows = this.list.rows;
    const texts = new ProjectTexts(this.locale, v?.context);
    const total = v?.total;
    return html`<div part="base" class="base">
      ${this.noControls || this.list.data.refused ? nothing : this.renderControls(texts)}
      <div class="toolbar" part="toolbar">
        ${this.list.renderCount(
          total === undefined
            ? ''
            : html`<span class="total">${countText(this.locale, total, PROJECTS)}</span>${
                  rows.length < total
                    ? html`<span class="shown"> · ${this.shownText(rows.length, total)}</span>`
                    : nothing
                }`,
        )}
        ${this.csv.renderButton(!this.noExport && !!total)}
      </div>
      ${this.csv.renderStatus()}
      ${
        rows.some((p) => p.illustrative)
          ? html`<p class="notice" part="illustrative-notice" role="note">
              <strong>${msg('Fictitious examples.')}</strong>
              ${msg('Projects marked “Fictitious example” are not real projects: their titles, partners, budgets and dates were made up to show how this listing works.')}
            </p>`
          : nothing
      }
      ${this.list.render((loaded) => this.renderList(loaded, rows, texts), msg('No projects match these filters.'))}
      ${this.list.renderMore(msg('Load more'), msg('More projects could not be loaded.'))}
      <slot name="next-page"></slot>
    </div>`;
  }

  private renderControls(texts: ProjectTexts) {
    const id = (s: string) => `${s}-${this.#uid}`;
    const list = this.list;
    const ref = texts.ref;
    const lang = texts.lang;
    const partners = ref && ref.partners.size ? this.partnerOptions(ref, lang) : undefined;
    const partnerOptions = (ps: Partner[], current: string) =>
      ps.map((p) => option(p.id, localized(p.name, lang), current));
    const partnerName = (pid: string) => {
      const p = ref?.partners.get(pid);
      return p ? localized(p.name, lang) : pid;
    };
    const partnerSelect = (name: string, label: string, options: (current: string) => unknown) => {
      if (list.isFixed(name)) return nothing;
      const current = list.choice(name);
      return html`<div class="field">
        <label for=${id(name)}>${label}</label>
        <select
          id=${id(name)}
          part="filter"
          @change=${(e: Event) => list.choose(name, (e.target as HTMLSelectElement).value)}
        >
          ${option('', msg('All'), current)}
          ${guard([partners, lang, current], () =>
            partners ? options(current) : current ? option(current, current, current) : nothing,
          )}
        </select>
      </div>`;
    };
    return list.renderForm(
      id('form'),
      msg('Find projects'),
      html`${searchField(id('q'), msg('Search'), msg('Title, in any language'), list.choice('q'), list.onSearch)}
      ${list.renderSelect(
        'pillar',
        id('pillar'),
        msg('Pillar'),
        [['', msg('All')], ...PILLAR_NUMBERS.map((n) => [String(n), texts.pillarText(n)] as const)],
        (v) => this.choosePillar(v),
      )}
      ${list.renderSelect('status', id('status'), msg('Status'), [
        ['', msg('All')],
        ...PROJECT_STATUSES.map((st) => [st, projectStatusLabel(st)] as const),
      ])}
      ${partnerSelect('country', msg('Beneficiary country'), (current) => partnerOptions(partners!.countries, current))}
      ${partnerSelect(
        'donor',
        msg('Donor'),
        (current) =>
          html`${current && !texts.ref?.donors.has(current) ? option(current, partnerName(current), current) : nothing}
            <optgroup label=${msg('Countries')}>${partnerOptions(partners!.donorCountries, current)}</optgroup>
            <optgroup label=${msg('Organizations')}>
              ${partnerOptions(partners!.donorOrganizations, current)}
            </optgroup>`,
      )}
      ${list.renderSelect('sort', id('sort'), msg('Sort'), [
        ['-start', msg('Newest first')],
        ['start', msg('Oldest first')],
        ['title', msg('Title, A to Z')],
        ['-title', msg('Title, Z to A')],
        ['-budget', msg('Largest budget first (by currency)')],
        ['budget', msg('Smallest budget first (by currency)')],
      ])}`,
    );
  }

  private renderList(v: Loaded<Project, Reference>, rows: Project[], texts: ProjectTexts) {
    const level = headingLevelOf(this.headingLevel);
    const render = (p: Project, index: number) =>
      this.t(() =>
        renderRow(p, texts, {
          index,
          total: v.total,
          open: this.expanded.has(p.id),
          headingLevel: level,
          onToggle: (x) => this.toggle(x),
        }),
      );
    if (rows.length >= VIRTUALIZE_FROM && !virtualizer) {
      // First long list: render the first rows while the virtualizer loads, then switch.
      void loadVirtualizer().then(() => this.requestUpdate());
    }
    if (rows.length < VIRTUALIZE_FROM || !virtualizer) {
      const shown = this.slices.of(rows.length < VIRTUALIZE_FROM ? rows : rows.slice(0, VIRTUALIZE_FROM));
      return html`<div class="list" part="list" role="list">${shown.map(render)}</div>`;
    }
    return html`<div class="list virtual" part="list" role="list">
      ${virtualizer.virtualize({ items: rows, keyFunction: (p: Project) => p.id, renderItem: render })}
    </div>`;
  }
}
