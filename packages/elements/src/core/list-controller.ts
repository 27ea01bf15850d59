import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from './localize.js';
import { LOCALES } from '@pact/schema';
import { PactAbortError, type LocaleCode, type PactReader, type PageResult } from '@pact/sdk';
import { PactDataController, describeError, keepValid, sameData } from './data-controller.js';
import type { PactElement } from './pact-element.js';
import { readUrlState, writeUrlState } from './url-state.js';
import { selectField } from './controls.js';

/** How long the search waits after the last keystroke before it asks the API. */
export const SEARCH_DEBOUNCE_MS = 250;

/** One page of a list: its rows, the number of matches, the cursor of the next page. */
export interface ListPage<T> {
  items: T[];
  total: number;
  next: string | null;
}

/** A page of the API as a list shows it: the records that pass `guard` (the others skipped, and said in the console). */
export function listPage<T>(tag: string, guard: (r: unknown) => r is T, page: PageResult<T>): ListPage<T> {
  return { items: keepValid(tag, page.data, guard, page.invalid), total: page.total, next: page.next };
}

/** A filter (or the sort) of a list. */
export interface ListField {
  /** The attribute's value: when set, it fixes the filter (and the element hides its control). */
  fixed?: () => string;
  /** The value before the reader chooses one (the default sort); it is not written to the URL. */
  initial?: string;
  /** Clear filters leaves it as it is (the sort). */
  keep?: boolean;
  /** Whether a value from a shared link may be used (with `urlPrefix`); fields without it stay out of the URL. */
  fromUrl?: (value: string) => boolean;
}

export interface ListOptions<Q extends object, T, X> {
  /** The filters, by name; `q` is the search text. */
  fields: Readonly<Record<string, ListField>>;
  /** The API query, from `get()` of each field and the element's attributes. */
  query: () => Q;
  /** One page of the query: the first without a cursor. */
  page: (query: Q, cursor: string | undefined, client: PactReader, signal: AbortSignal) => Promise<ListPage<T>>;
  /** What the rows need besides themselves (names, regions), loaded with the first page; must not reject. */
  context: (client: PactReader, signal: AbortSignal) => Promise<X>;
  /** Moves focus to a row after the render that shows it (the first row of a new page). */
  focusRow: (index: number, signal: AbortSignal) => void | Promise<void>;
  /** The prefix of the list's parameters in the page's URL; undefined: the URL is left alone. */
  urlPrefix?: () => string | undefined;
  /** Runs before the rows of a new page are shown (e.g. to load what renders many rows). */
  beforeRows?: (count: number) => Promise<unknown>;
  /** A new query started a new list (e.g. forget the opened rows). */
  onReset?: () => void;
  /** The reader cleared the filters (e.g. tell linked elements). */
  onClear?: () => void;
}

/** The first page, with what its rows need. */
export interface Loaded<T, X> extends ListPage<T> {
  context: X;
}

/**
 * Resolves once the next frame has been produced (the task after its requestAnimationFrame), or
 * after 100 ms in a tab that produces no frames (a background tab).
 */
const afterPaint = () =>
  new Promise<void>((done) => {
    requestAnimationFrame(() => setTimeout(done));
    setTimeout(done, 100);
  });

/** The language the API sorts and searches in: the element's, when the API knows it, else English. */
export function apiLang(locale: string): LocaleCode {
  const base = locale.toLowerCase().split('-')[0];
  return LOCALES.find((l) => l === base) ?? 'en';
}

/** What the list elements share: the count line, the "load more" button and its error. */
export const listStyles = css`
  /* A row of badges or tags. */
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Narrow elements put the form behind a Filters button that counts the active filters. */
  :host {
    container-type: inline-size;
  }
  .filters-toggle {
    display: none;
    justify-self: start;
  }
  @container (width < 600px) {
    .filters-toggle {
      display: inline-flex;
    }
    .filters-toggle[aria-expanded='false'] + .controls {
      display: none;
    }
  }
  .base {
    display: grid;
    /* One column as wide as the element: a wide table scrolls inside it instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    min-inline-size: 0;
  }
  .count {
    margin: 0;
    color: var(--_muted);
    min-block-size: 1.5em;
  }
  .more {
    justify-self: center;
  }
`;

/**
 * A list of records from the API, page by page: the query from the attributes (fixed filters)
 * or the reader's choices, a debounced search, Clear filters, optionally kept in the page's URL;
 * the first page through {@link PactDataController} (loading, error with Retry, empty state,
 * fallback content), the next pages with "Load more": each cancelled when the query changes or
 * the element leaves the page, a late answer to an older query ignored, a failure said in the
 * element (an alert with Retry, which takes the focus), and on success the focus on the first new
 * row. A new query (compared by its contents) starts a new list.
 */
export class ListController<Q extends object, T, X> implements ReactiveController {
  readonly data: PactDataController<[Q], Loaded<T, X>>;
  #choices = new Map<string, string>();
  #query: Q | undefined;
  #extra: T[] = [];
  #rows: { first: T[]; extra: T[]; rows: T[] } | undefined;
  #next: string | null = null;
  #loadingMore = false;
  #moreError: unknown = undefined;
  #moreAbort: AbortController | undefined;
  #debounce: ReturnType<typeof setTimeout> | undefined;
  #prefix: string | undefined;
  #urlDirty = false;

  constructor(
    private readonly host: PactElement,
    private readonly options: ListOptions<Q, T, X>,
  ) {
    // Before the data controller: hostUpdate() settles the query that its Task then compares.
    host.addController(this);
    this.data = new PactDataController(host, {
      args: () => [this.query] as [Q],
      task: async ([query], client, signal) => {
        const [page, context] = await Promise.all([
          options.page(query, undefined, client, signal),
          options.context(client, signal),
        ]);
        return { ...page, context };
      },
    });
  }

  // ---- filters ------------------------------------------------------------------------------

  /** A filter's value: the attribute's, else the reader's choice. */
  get(name: string): string {
    return this.options.fields[name]?.fixed?.() || this.choice(name);
  }

  /** Every field with a value (attribute or reader's choice), trimmed: the query's filters and sort. */
  values(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const name of Object.keys(this.options.fields)) {
      const value = this.get(name).trim();
      if (value) out[name] = value;
    }
    return out;
  }

  /** Whether an attribute fixes the filter (its control is then hidden). */
  isFixed(name: string): boolean {
    return !!this.options.fields[name]?.fixed?.();
  }

  /** The reader's own choice. */
  choice(name: string): string {
    return this.#choices.get(name) ?? this.options.fields[name]?.initial ?? '';
  }

  choose(name: string, value: string): void {
    if (this.choice(name) === value) return;
    this.#choices.set(name, value);
    this.#urlDirty = true;
    this.host.requestUpdate();
  }

  /** The search box's input handler: the query follows the last keystroke after a pause. */
  readonly onSearch = (e: Event): void => {
    const value = (e.target as HTMLInputElement).value;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.choose('q', value), SEARCH_DEBOUNCE_MS);
  };

  /** How many filters (and the search) the reader has set; the sort does not count. */
  get active(): number {
    return Object.entries(this.options.fields).filter(([name, f]) => !f.keep && this.choice(name).trim() !== '').length;
  }

  /** Whether the reader has narrowed the list (then the empty state offers Clear filters). */
  get hasChoices(): boolean {
    return this.active > 0;
  }

  /** Clear filters: every choice but the kept ones (the sort) back to its start, the search box emptied. */
  readonly clear = (): void => {
    clearTimeout(this.#debounce);
    for (const [name, f] of Object.entries(this.options.fields)) if (!f.keep) this.choose(name, f.initial ?? '');
    const input = this.host.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
    if (input) input.value = '';
    this.options.onClear?.();
  };

  /** The API query of this update. */
  get query(): Q {
    return (this.#query ??= this.options.query());
  }

  // ---- rows and pages ----------------------------------------------------------------------

  get value(): Loaded<T, X> | undefined {
    return this.data.value;
  }

  /** Every loaded row: the first page and those loaded since (one array, kept between renders). */
  get rows(): T[] {
    const first = this.data.value?.items ?? [];
    const cached = this.#rows;
    if (cached && cached.first === first && cached.extra === this.#extra) return cached.rows;
    const rows = this.#extra.length ? first.concat(this.#extra) : first;
    this.#rows = { first, extra: this.#extra, rows };
    return rows;
  }

  get next(): string | null {
    return this.#extra.length ? this.#next : (this.data.value?.next ?? null);
  }

  /** Loads the next page of the current query. */
  readonly loadMore = async (): Promise<void> => {
    const cursor = this.next;
    if (!cursor || this.#loadingMore) return;
    const query = this.query;
    const abort = new AbortController();
    this.#moreAbort = abort;
    const stale = () => abort.signal.aborted || query !== this.#query;
    const firstNew = this.rows.length;
    this.#loadingMore = true;
    this.#moreError = undefined;
    this.host.requestUpdate();
    try {
      const page = await this.options.page(query, cursor, this.host.client, abort.signal);
      await this.options.beforeRows?.(firstNew + page.items.length);
      // An answer to an older query (the reader changed a filter meanwhile) is dropped.
      if (stale()) return;
      this.#extra = [...this.#extra, ...page.items];
      this.#next = page.next;
      this.#loadingMore = false;
      this.host.requestUpdate();
      await this.host.updateComplete;
      // Focus (and the scroll it may need) after the frame that shows the new rows, so that
      // the rows are painted first (one frame, no polling).
      await afterPaint();
      if (!stale()) await this.options.focusRow(firstNew, abort.signal);
    } catch (e) {
      if (stale() || e instanceof PactAbortError) return;
      this.#loadingMore = false;
      this.#moreError = e;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('.more-error button')?.focus();
    } finally {
      if (this.#moreAbort === abort && this.#loadingMore) {
        this.#loadingMore = false;
        this.host.requestUpdate();
      }
    }
  };

  // ---- life cycle ----------------------------------------------------------------------------

  /** Reads the reader's filters from the URL when the prefix is new (also run by hostUpdate). */
  applyUrlState(): void {
    const prefix = this.options.urlPrefix?.();
    if (prefix === this.#prefix) return;
    this.#prefix = prefix;
    if (prefix) this.#fromUrl(prefix);
  }

  hostUpdate(): void {
    this.applyUrlState();
    const query = this.options.query();
    if (this.#query === undefined || !sameData(query, this.#query)) {
      // A new query starts a new list: the pages loaded since and their pending request go.
      this.#query = query;
      this.#moreAbort?.abort();
      this.#extra = [];
      this.#next = null;
      this.#loadingMore = false;
      this.#moreError = undefined;
      this.options.onReset?.();
    }
  }

  hostUpdated(): void {
    if (this.#prefix && this.#urlDirty) writeUrlState(this.#prefix, this.#urlKeys(), this.#urlState());
    this.#urlDirty = false;
  }

  hostDisconnected(): void {
    clearTimeout(this.#debounce);
    this.#moreAbort?.abort();
  }

  #urlKeys(): string[] {
    return Object.keys(this.options.fields).filter((name) => this.options.fields[name]!.fromUrl);
  }

  #urlState(): Record<string, string> {
    const state: Record<string, string> = {};
    for (const name of this.#urlKeys()) {
      const value = this.choice(name).trim();
      if (value !== (this.options.fields[name]!.initial ?? '')) state[name] = value;
    }
    return state;
  }

  /** The reader's filters from a shared link: values that are not valid are ignored. */
  #fromUrl(prefix: string): void {
    const keys = this.#urlKeys();
    const state = readUrlState(prefix, keys);
    for (const name of keys) {
      const value = state[name]?.slice(0, 200);
      if (value && this.options.fields[name]!.fromUrl!(value)) this.choose(name, value);
    }
    this.#urlDirty = true;
  }

  // ---- render --------------------------------------------------------------------------------

  /**
   * The select of a filter or the sort in the control form (none when an attribute fixes it);
   * `options` are [value, label] pairs; a choice goes to `onChange`, by default to choose().
   */
  renderSelect(
    name: string,
    id: string,
    label: string,
    options: readonly (readonly [string, string])[],
    onChange = (value: string) => this.choose(name, value),
  ): TemplateResult | typeof nothing {
    return this.isFixed(name) ? nothing : selectField(id, label, this.choice(name), options, onChange);
  }

  #open = false;

  /**
   * The search and filter form (part `controls`), after a Filters button (part `filters-toggle`)
   * that shows and hides it when the element is narrower than 600 px and says how many are set.
   */
  renderForm(id: string, label: string, fields: unknown): TemplateResult {
    const n = this.active;
    return html`<button
        class="button secondary filters-toggle"
        part="filters-toggle"
        type="button"
        aria-expanded=${String(this.#open)}
        aria-controls=${id}
        @click=${() => {
          this.#open = !this.#open;
          this.host.requestUpdate();
        }}
      >
        ${n ? msg(str`Filters (${n})`) : msg('Filters')}
      </button>
      <form
        id=${id}
        class="controls"
        part="controls"
        role="search"
        aria-label=${label}
        @submit=${(e: Event) => e.preventDefault()}
      >
        ${fields}
      </form>`;
  }

  /** The number of matches, a polite live region: `text` is the whole line. */
  renderCount(text: unknown): TemplateResult {
    return html`<p class="count" part="count" role="status" aria-live="polite">${text}</p>`;
  }

  /** The rows (through `complete`), or the empty state with Clear filters when the reader narrowed the list. */
  render(complete: (loaded: Loaded<T, X>) => unknown, emptyText: string): TemplateResult {
    return this.data.render({
      complete,
      isEmpty: (v) => v.items.length === 0,
      empty: () =>
        html`<div class="state empty" part="empty">
          <p>${emptyText}</p>
          ${
            this.hasChoices
              ? html`<button class="button secondary" type="button" @click=${this.clear}>
                  ${msg('Clear filters')}
                </button>`
              : nothing
          }
        </div>`,
    });
  }

  /**
   * The "load more" button (part `load-more`, and `show-more` for pages styled before) and, when
   * the next page failed, an alert that says so with Retry.
   */
  renderMore(label: string, failed: string): TemplateResult {
    const more = this.next && this.data.value !== undefined;
    return html`${
      more
        ? html`<button
            class="button secondary more"
            part="load-more show-more"
            type="button"
            ?disabled=${this.#loadingMore}
            @click=${this.loadMore}
          >
            ${this.#loadingMore ? msg('Loading…') : label}
          </button>`
        : nothing
    }
    ${
      this.#moreError === undefined
        ? nothing
        : html`<div class="state error more-error" part="more-error" role="alert">
            <p>${failed} ${describeError(this.#moreError)}</p>
            <button class="button" part="retry-button" type="button" @click=${this.loadMore}>${msg('Retry')}</button>
          </div>`
    }`;
  }
}
