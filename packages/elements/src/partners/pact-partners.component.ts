import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Meta, MembershipId, Partner, PartnerKind, PartnerQuery, RegionId, RouteId } from '@pact/sdk';
import { PactElement } from '../core/pact-element.js';
import { controlStyles } from '../core/styles.js';
import { searchField, selectField } from '../core/controls.js';
import { PactDataController, isLocalized, keepValid } from '../core/data-controller.js';
import { PactPartnerSelectEvent } from '../core/events.js';
import { pluralCategory, formatNumber } from '../core/format.js';
import { kindLabel, membershipLabel, routeLabel } from '../core/labels.js';
import { partnersStyles } from './pact-partners.styles.js';

const KINDS: readonly PartnerKind[] = ['country', 'organization'];
const MEMBERS: readonly MembershipId[] = ['paris-pact', 'pompidou-group', 'osce'];
const ROUTES: readonly RouteId[] = ['northern', 'balkan', 'southern'];

function isPartner(r: unknown): r is Partner {
  const p = r as Partial<Partner> | null;
  return (
    !!p &&
    typeof p.id === 'string' &&
    (p.kind === 'country' || p.kind === 'organization') &&
    isLocalized(p.name) &&
    Array.isArray(p.memberships) &&
    Array.isArray(p.routes)
  );
}

interface Loaded {
  partners: Partner[];
  total: number;
  next: string | null;
  regions: Meta['regions'];
}

/**
 * @tagname pact-partners
 * @summary A searchable, filterable directory of partner countries and organizations, as cards or a table.
 *
 * @slot - Fallback content (for example a link to the full directory): shown until the data arrives, and kept if the script or the API fails.
 *
 * @event pact-partner-select - A partner was chosen; `event.detail.partner` is the record.
 *
 * @csspart base - The wrapper of the whole directory.
 * @csspart controls - The search and filter form.
 * @csspart search - The search input.
 * @csspart filter - Each filter and sort select.
 * @csspart count - The number of partners shown.
 * @csspart list - The list of cards.
 * @csspart card - One partner card.
 * @csspart name - A partner's name (a button that selects it).
 * @csspart badge - A membership or priority badge.
 * @csspart priority-badge - The priority-country badge.
 * @csspart table - The table (layout="table").
 * @csspart website - A partner's website link.
 * @csspart show-more - The button that loads the next page.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of the error state.
 * @csspart empty - The empty state.
 *
 * @cssproperty --pact-font-family - Font of all Pact elements (default: inherited from the page).
 * @cssproperty --pact-font-size - Base font size (default 1rem).
 * @cssproperty --pact-color-text - Text colour.
 * @cssproperty --pact-color-text-muted - Secondary text colour.
 * @cssproperty --pact-color-surface - Card and control background.
 * @cssproperty --pact-color-surface-alt - Background of states and table headers.
 * @cssproperty --pact-color-border - Borders of cards, controls and tables.
 * @cssproperty --pact-color-primary - Buttons, links and selected items.
 * @cssproperty --pact-color-on-primary - Text on primary-coloured buttons.
 * @cssproperty --pact-color-accent - Priority badges.
 * @cssproperty --pact-color-danger - The error state's mark.
 * @cssproperty --pact-color-focus - Focus outline.
 * @cssproperty --pact-radius - Corner radius.
 * @cssproperty --pact-space - Base spacing.
 * @cssproperty --pact-shadow - Card shadow.
 * @cssproperty --pact-partners-card-min-width - Narrowest a card gets before the grid drops a column (default 16rem).
 * @cssproperty --pact-partners-card-background - Card background (default: --pact-color-surface).
 * @cssproperty --pact-partners-min-height - Space kept for the directory while it loads (default 12rem).
 */
export class PactPartners extends PactElement {
  static override styles = [...PactElement.styles, controlStyles, partnersStyles];

  /** Only countries or only organizations. */
  @property() kind: PartnerKind | '' = '';
  /** Only members of a partnership: paris-pact, pompidou-group or osce. */
  @property() member: MembershipId | '' = '';
  /** Only partners on a route: northern, balkan or southern. */
  @property() route: RouteId | '' = '';
  /** Only countries in a UN M49 sub-region, e.g. central-asia. */
  @property() region: RegionId | '' = '';
  /** "true" for Paris Pact priority countries only, "false" for the others. */
  @property() priority: 'true' | 'false' | '' = '';
  /** cards (default) or table. */
  @property({ reflect: true }) layout: 'cards' | 'table' = 'cards';
  /** Partners per page (1–200, default 200); "Show more" loads the next page. */
  @property({ type: Number }) limit = 200;
  /** Hide the search, filter and sort controls. */
  @property({ type: Boolean, attribute: 'no-controls' }) noControls = false;
  /** Heading level (1–6) of the partner names in cards, to fit the page's outline (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private query = '';
  @state() private kindChoice: PartnerKind | '' = '';
  @state() private memberChoice: MembershipId | '' = '';
  @state() private routeChoice: RouteId | '' = '';
  @state() private sort: 'name' | '-name' = 'name';
  @state() private extra: Partner[] = [];
  @state() private moreCursor: string | null = null;
  @state() private loadingMore = false;

  #debounce: ReturnType<typeof setTimeout> | undefined;
  #uid = Math.random().toString(36).slice(2, 8);

  private readonly data = new PactDataController(this, {
    // Primitive arguments (a JSON key), so that an unchanged query never re-runs the request.
    args: () => [JSON.stringify(this.queryParams())] as const,
    task: async ([key], client, signal): Promise<Loaded> => {
      const params = JSON.parse(key) as PartnerQuery;
      const [page, meta] = await Promise.all([
        client.partners.list(params, { signal }),
        client.meta.get({ signal }).catch(() => undefined),
      ]);
      return {
        partners: keepValid(this.localName, page.data, isPartner, page.invalid),
        total: page.total,
        next: page.next,
        regions: meta?.regions ?? [],
      };
    },
  });

  /** The API query: attributes first, then the reader's own choices. */
  private queryParams(): PartnerQuery {
    const q: PartnerQuery = { sort: this.sort, limit: Math.min(200, Math.max(1, this.limit || 200)) };
    const kind = this.kind || this.kindChoice;
    const member = this.member || this.memberChoice;
    const route = this.route || this.routeChoice;
    if (kind) q.kind = kind;
    if (member) q.member = member;
    if (route) q.route = route;
    if (this.region) q.region = this.region;
    if (this.priority) q.priority = this.priority === 'true';
    if (this.query.trim()) q.q = this.query.trim();
    const lang = this.uiLocale;
    q.lang = lang;
    return q;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A new query starts a new list: forget pages loaded with "Show more".
    const filters = [
      'kind',
      'member',
      'route',
      'region',
      'priority',
      'limit',
      'query',
      'kindChoice',
      'memberChoice',
      'routeChoice',
      'sort',
    ];
    if (filters.some((f) => changed.has(f))) {
      this.extra = [];
      this.moreCursor = null;
    }
  }

  private get partners(): Partner[] {
    const first = this.data.value?.partners ?? [];
    return this.extra.length ? [...first, ...this.extra] : first;
  }

  private get nextCursor(): string | null {
    return this.extra.length ? this.moreCursor : (this.data.value?.next ?? null);
  }

  private async showMore(): Promise<void> {
    const cursor = this.nextCursor;
    if (!cursor || this.loadingMore) return;
    this.loadingMore = true;
    try {
      const page = await this.client.partners.list({ ...this.queryParams(), cursor });
      this.extra = [...this.extra, ...keepValid(this.localName, page.data, isPartner, page.invalid)];
      this.moreCursor = page.next;
    } catch (e) {
      console.warn(`<${this.localName}> could not load more partners`, e);
    } finally {
      this.loadingMore = false;
    }
  }

  private select(partner: Partner): void {
    const event = new PactPartnerSelectEvent(partner);
    this.dispatchEvent(event);
  }

  private onSearch(e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => (this.query = value), 250);
  }

  private clearFilters(): void {
    clearTimeout(this.#debounce);
    this.query = '';
    this.kindChoice = '';
    this.memberChoice = '';
    this.routeChoice = '';
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
    if (input) input.value = '';
  }

  private get hasChoices(): boolean {
    return !!(this.query || this.kindChoice || this.memberChoice || this.routeChoice);
  }

  private countText(n: number): string {
    const shown = formatNumber(this.locale, n);
    switch (pluralCategory(this.locale, n)) {
      case 'one':
        return msg(str`${shown} partner`, { id: 'partners.count.one' });
      case 'few':
        return msg(str`${shown} partners`, { id: 'partners.count.few' });
      case 'many':
        return msg(str`${shown} partners`, { id: 'partners.count.many' });
      default:
        return msg(str`${shown} partners`, { id: 'partners.count.other' });
    }
  }

  private name(p: Partner): string {
    return this.client.text(p.name, this.locale);
  }

  private regionName(p: Partner, regions: Meta['regions']): string {
    if (p.kind !== 'country') return '';
    const region = regions.find((r) => r.id === p.region);
    return region ? this.client.text(region.name, this.locale) : '';
  }

  protected renderContent() {
    const total = this.data.value?.total;
    return html`<div part="base" class="base">
      ${this.noControls ? nothing : this.renderControls()}
      <p class="count" part="count" role="status" aria-live="polite">
        ${total === undefined ? '' : this.countText(total)}
      </p>
      ${this.data.render({
        complete: (v) => (this.layout === 'table' ? this.renderTable(v) : this.renderCards(v)),
        isEmpty: (v) => v.partners.length === 0,
        empty: () =>
          html`<div class="state empty" part="empty">
            <p>${msg('No partners match these filters.')}</p>
            ${
              this.hasChoices
                ? html`<button class="button secondary" type="button" @click=${this.clearFilters}>
                    ${msg('Clear filters')}
                  </button>`
                : nothing
            }
          </div>`,
      })}
      ${
        this.nextCursor
          ? html`<button
              class="button secondary more"
              part="show-more"
              type="button"
              ?disabled=${this.loadingMore}
              @click=${this.showMore}
            >
              ${this.loadingMore ? msg('Loading…') : msg('Show more')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderControls() {
    const id = (s: string) => `${s}-${this.#uid}`;
    return html`<form
      class="controls"
      part="controls"
      role="search"
      aria-label=${msg('Find partners')}
      @submit=${(e: Event) => e.preventDefault()}
    >
      ${searchField(id('q'), msg('Search'), msg('Name, in any language'), this.query, (e) => this.onSearch(e))}
      ${
        this.kind
          ? nothing
          : selectField(
              id('kind'),
              msg('Kind'),
              this.kindChoice,
              [['', msg('All')], ...KINDS.map((k) => [k, kindLabel(k)] as const)],
              (v) => (this.kindChoice = v as PartnerKind | ''),
            )
      }
      ${
        this.member
          ? nothing
          : selectField(
              id('member'),
              msg('Membership'),
              this.memberChoice,
              [['', msg('All')], ...MEMBERS.map((m) => [m, membershipLabel(m)] as const)],
              (v) => (this.memberChoice = v as MembershipId | ''),
            )
      }
      ${
        this.route
          ? nothing
          : selectField(
              id('route'),
              msg('Route'),
              this.routeChoice,
              [['', msg('All')], ...ROUTES.map((r) => [r, routeLabel(r)] as const)],
              (v) => (this.routeChoice = v as RouteId | ''),
            )
      }
      ${selectField(
        id('sort'),
        msg('Sort'),
        this.sort,
        [
          ['name', msg('Name, A to Z')],
          ['-name', msg('Name, Z to A')],
        ],
        (v) => (this.sort = v as 'name' | '-name'),
      )}
    </form>`;
  }

  private badges(p: Partner) {
    return html`${p.memberships.map((m) => {
      const label = membershipLabel(m.partnership, m.status);
      // A possible member is already uncertain; other unverified statuses say so.
      const unverified = !m.verified && m.status !== 'possible' ? msg('unconfirmed') : '';
      return html`<li class="badge ${m.status}" part="badge">
        ${label}${unverified ? html`<span class="unverified">(${unverified})</span>` : nothing}
      </li>`;
    })}
    ${p.kind === 'country' && p.priority.value === true ? html`<li class="badge priority" part="badge priority-badge">${msg('Priority country')}</li>` : nothing}`;
  }

  private kindLine(p: Partner, regions: Meta['regions']): string {
    if (p.kind === 'country') return [kindLabel('country'), this.regionName(p, regions)].filter(Boolean).join(' · ');
    return [p.acronym, p.seat.city].filter(Boolean).join(' · ');
  }

  private website(p: Partner) {
    if (!p.website) return nothing;
    let host = p.website;
    try {
      host = new URL(p.website).host.replace(/^www\./, '');
    } catch {
      return nothing;
    }
    if (!/^https?:/.test(p.website)) return nothing;
    return html`<a part="website" class="website" href=${p.website} rel="noopener noreferrer external" target="_blank"
      >${host}<span class="visually-hidden"> (${msg('opens in a new tab')})</span></a
    >`;
  }

  private heading(content: unknown) {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    return html`<div role="heading" aria-level=${level} class="heading">${content}</div>`;
  }

  private renderCards(v: Loaded) {
    return html`<ul class="cards" part="list" role="list">
      ${this.partners.map(
        (p) =>
          html`<li class="card" part="card">
            ${this.heading(html`<button class="name link-button" part="name" type="button" @click=${() => this.select(p)}>${this.name(p)}</button>`)}
            <p class="meta">${this.kindLine(p, v.regions)}</p>
            <ul class="badges" role="list">
              ${this.badges(p)}
            </ul>
            ${p.routes.length ? html`<p class="routes">${p.routes.map((r) => routeLabel(r.route)).join(', ')}</p>` : nothing}
            ${this.website(p)}
          </li>`,
      )}
    </ul>`;
  }

  private renderTable(v: Loaded) {
    return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${msg('Partners table')}>
      <table part="table">
        <thead>
          <tr>
            <th scope="col">${msg('Name')}</th>
            <th scope="col">${msg('Kind')}</th>
            <th scope="col">${msg('Memberships')}</th>
            <th scope="col">${msg('Routes')}</th>
            <th scope="col">${msg('Website')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.partners.map(
            (p) =>
              html`<tr>
                <th scope="row">
                  <button class="name link-button" part="name" type="button" @click=${() => this.select(p)}>
                    ${this.name(p)}
                  </button>
                </th>
                <td>${this.kindLine(p, v.regions)}</td>
                <td>
                  <ul class="badges" role="list">
                    ${this.badges(p)}
                  </ul>
                </td>
                <td>${p.routes.map((r) => routeLabel(r.route)).join(', ')}</td>
                <td>${this.website(p)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
