import { cityLang, cityOf, withFallbackLang } from '../core/text-lang.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '../core/localize.js';
import { MEMBERSHIP_IDS, PARTNER_KINDS, PLAN_ROLES, ROUTE_IDS, isPartner, isPartnership } from '@pact/schema';
import type {
  MemberCount,
  MembershipId,
  PactReader,
  Partner,
  PartnerKind,
  PartnerQuery,
  PlanRole,
  Region,
  RegionId,
  RouteId,
} from '@pact/sdk';
import { collator } from '../core/format.js';
import { PactElement } from '../core/pact-element.js';
import { Slices } from '../core/turns.js';
import { controlStyles, loadingBox, tableCells } from '../core/styles.js';
import { searchField } from '../core/controls.js';
import { dataTable } from '../core/table.js';
import { keepValid } from '../core/data-controller.js';
import { ListController, apiLang, listPage, listStyles } from '../core/list-controller.js';
import { PactPartnerSelectEvent } from '../core/events.js';
import { PARTNERS, countText } from '../core/count.js';
import { kindLabel, membershipLabel, planRoleLabel, routeLabel } from '../core/labels.js';
import { partnersStyles } from './pact-partners.styles.js';
import type { MembershipCertainty } from './facts.js';

type Regions = readonly Region[];
type Facts = typeof import('./facts.js');

/** What a list of one partnership's members says (./facts.js), once loaded: only such a list loads it. */
let facts: Facts | undefined;
const loadFacts = async (): Promise<Facts> => (facts ??= await import('./facts.js'));

/**
 * How sure a partnership's member list is, from the partnership's listed counts (`basis: listed`:
 * the partner records holding each status, confirmed or not, counted by the API over every kind).
 */
function certaintyOf(counts: readonly MemberCount[]): MembershipCertainty {
  const c = { listed: 0, confirmed: 0, possible: 0 };
  for (const n of counts)
    if (n.basis === 'listed' && n.status === 'member') {
      c.listed += n.value;
      if (n.verified) c.confirmed += n.value;
    } else if (n.basis === 'listed' && n.status === 'possible') c.possible += n.value;
  return c;
}

/** A country's priority flag as the badge shows it: confirmed (high confidence), presumed, or none. */
function priorityOf(p: Partner): 'confirmed' | 'presumed' | null {
  if (p.kind !== 'country' || p.priority.value !== true) return null;
  return p.priority.confidence === 'high' ? 'confirmed' : 'presumed';
}

/** What the rows need besides themselves: region names, and what the list says about its own certainty. */
interface Context {
  regions: Regions;
  /** The dataset's caveats that name the partnership listed (with the `caveats` attribute). */
  caveats: string[];
  /** How many memberships the sources confirm (with a `member` attribute). */
  certainty: MembershipCertainty | null;
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
 * @csspart count - The number of partners (a polite live region).
 * @csspart list - The list of cards.
 * @csspart card - One partner card.
 * @csspart name - A partner's name (a button that selects it).
 * @csspart badge - A membership or priority badge.
 * @csspart priority-badge - The priority-country badge (also `presumed` when the flag is not of high confidence).
 * @csspart presumed - A presumed priority-country badge.
 * @csspart priority-note - What the priority badges mean: no official list exists; how sure each flag is.
 * @csspart certainty - How many of the memberships listed the sources confirm, and that the list is incomplete.
 * @csspart caveats - The dataset's caveats about the list (`caveats` attribute).
 * @csspart possible - The possible members, not confirmed (`possible` attribute).
 * @csspart unverified - The "unconfirmed" mark of a membership the sources do not confirm.
 * @csspart table - The table (layout="table").
 * @csspart website - A partner's website link.
 * @csspart load-more - The button that loads the next page.
 * @csspart show-more - Deprecated name of `load-more` (the same button); use `load-more`.
 * @csspart more-error - The alert shown when the next page could not be loaded (with a Retry button).
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of the error state and of `more-error`.
 * @csspart empty - The empty state.
 *
 * @cssproperty --pact-partners-card-min-width - Narrowest a card gets before the grid drops a column (default 16rem).
 * @cssproperty --pact-partners-card-background - Card background (default: --pact-color-surface).
 * @cssproperty --pact-partners-min-height - Space kept for the directory while it loads (default 12rem).
 */
export class PactPartners extends PactElement {
  static override styles = [...PactElement.styles, controlStyles, listStyles, loadingBox, tableCells, partnersStyles];

  /** Only countries or only organizations. */
  @property() kind: PartnerKind | '' = '';
  /** Only members of a partnership: paris-pact, pompidou-group or osce. */
  @property() member: MembershipId | '' = '';
  /** Only partners on a route: northern, balkan or southern. */
  @property() route: RouteId | '' = '';
  /**
   * Only the bodies with this part in the 2011 Paris Action Plan against transatlantic cocaine
   * trafficking: information-centre, operational-centre or network.
   */
  @property() plan: PlanRole | '' = '';
  /** Offer readers a select of the parts in the 2011 Paris Action Plan (off by default). */
  @property({ type: Boolean, attribute: 'plan-filter' }) planFilter = false;
  /** Only countries in a UN M49 sub-region, e.g. central-asia. */
  @property() region: RegionId | '' = '';
  /**
   * "true" for Paris Pact priority countries only (confirmed and presumed flags, each badge says
   * which), "false" for the others.
   */
  @property() priority: 'true' | 'false' | '' = '';
  /**
   * Which priority-country badges to show: "all" (default: a high-confidence flag as "Priority
   * country", the others as "Presumed priority country") or "confirmed" (high-confidence flags
   * only). No official list of priority countries exists; a note under the count says so.
   */
  @property({ attribute: 'priority-badges' }) priorityBadges: 'all' | 'confirmed' = 'all';
  /** With `member`: also list the partnership's possible members (not confirmed by the sources). */
  @property({ type: Boolean }) possible = false;
  /** With `member`: show the dataset's caveats about that partnership's list (English notes) by the count. */
  @property({ type: Boolean }) caveats = false;
  /** cards (default) or table. */
  @property({ reflect: true }) layout: 'cards' | 'table' = 'cards';
  /** Partners per page (1–200, default 200); "Show more" loads the next page. */
  @property({ type: Number }) limit = 200;
  /** Hide the search, filter and sort controls. */
  @property({ type: Boolean, attribute: 'no-controls' }) noControls = false;
  /** Heading level (1–6) of the partner names in cards, to fit the page's outline (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  #uid = Math.random().toString(36).slice(2, 8);

  /** The first screen of cards (or rows) in the render that brings them, the rest in later turns. */
  private readonly slices = new Slices(this, 12);

  private readonly list: ListController<PartnerQuery, Partner, Context> = new ListController(this, {
    fields: {
      q: {},
      kind: { fixed: () => this.kind },
      member: { fixed: () => this.member },
      route: { fixed: () => this.route },
      plan: { fixed: () => this.plan },
      sort: { initial: 'name', keep: true },
    },
    // Field values go to the API as they are: a wrong attribute value gets the API's 400.
    query: (): PartnerQuery => ({
      ...(this.list.values() as Partial<PartnerQuery>),
      limit: Math.min(200, Math.max(1, this.limit || 200)),
      lang: apiLang(this.locale),
      ...(this.region && { region: this.region }),
      ...(this.priority && { priority: this.priority === 'true' }),
    }),
    page: async (query, cursor, client, signal) =>
      listPage(
        this.localName,
        isPartner,
        await client.partners.list(cursor ? { ...query, cursor } : query, { signal }),
      ),
    context: (client, signal) => this.loadContext(client, signal),
    focusRow: (index) => this.renderRoot.querySelectorAll<HTMLElement>('[part~="name"]')[index]?.focus(),
  });

  /** Never rejects: what failed is left out (the list still shows). */
  private async loadContext(client: PactReader, signal: AbortSignal): Promise<Context> {
    const member = this.member;
    // The count of a partnership's list has its own noun (participating States, members).
    const facts = this.list.get('member') ? await loadFacts().catch(() => undefined) : undefined;
    // How sure the list is: from the partnership's listed counts (4 kB); from the list of every
    // partner (100 kB) only to name the possible members (`possible`).
    const certainty = async (id: MembershipId, f: Facts): Promise<MembershipCertainty | null> => {
      if (!this.possible) {
        const [p] = keepValid(this.localName, [await client.partnerships.get(id, { signal })], isPartnership);
        return p ? certaintyOf(p.counts) : null;
      }
      const out: unknown[] = [];
      for await (const p of client.partners.all({ limit: 200 }, { signal })) out.push(p);
      return f.membershipCertainty(keepValid(this.localName, out, isPartner), id);
    };
    // Nothing about a member attribute the API refuses: the list shows its 400, alone.
    const known = MEMBERSHIP_IDS.find((id) => id === member);
    // The regions' names alone (1 kB over the wire), not /v1/meta (7 kB: its notes on unverified
    // facts make most of it), which only the caveats need.
    const [regions, meta, sure] = await Promise.all([
      client.regions.list({ signal }).catch(() => undefined),
      this.caveats && known && facts ? client.meta.get({ signal }).catch(() => undefined) : undefined,
      known && facts ? certainty(known, facts).catch(() => null) : null,
    ]);
    return {
      regions: regions?.data ?? [],
      caveats: meta && known && facts ? facts.caveatsFor(meta.caveats, known) : [],
      certainty: sure,
    };
  }

  private select(partner: Partner): void {
    const event = new PactPartnerSelectEvent(partner);
    this.dispatchEvent(event);
  }

  private name(p: Partner): string {
    return this.client.text(p.name, this.locale);
  }

  /** The name, marked lang="en" when the partner has none in the reader's language. */
  private shownName(p: Partner) {
    return withFallbackLang(p.name, this.locale, this.name(p));
  }

  private priorityShown(p: Partner): 'confirmed' | 'presumed' | null {
    const flag = priorityOf(p);
    return flag === 'presumed' && this.priorityBadges === 'confirmed' ? null : flag;
  }

  /** A country's region in the reader's language; in English, marked so, where CLDR and the UN differ (docs/languages.md). */
  private regionName(p: Partner, regions: Regions) {
    const region = p.kind === 'country' ? regions.find((r) => r.id === p.region) : undefined;
    return region
      ? html`${' · '}${withFallbackLang(region.name, this.locale, this.client.text(region.name, this.locale))}`
      : nothing;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // What the list says about itself is loaded with it, for the attributes it had then: `possible`
    // (the possible members' names) or `caveats` (the dataset's notes) turned on later loads it again.
    if ((this.possible && changed.get('possible') === false) || (this.caveats && changed.get('caveats') === false))
      this.list.data.retry();
  }

  protected renderContent() {
    const v = this.list.value;
    const forms = facts?.countFormsFor(this.list.get('member') as MembershipId | '') ?? PARTNERS;
    return html`<div part="base" class="base">
      ${this.noControls || this.list.data.refused ? nothing : this.renderControls()}
      ${this.list.renderCount(v === undefined ? '' : countText(this.locale, v.total, forms))}
      ${v ? this.renderFacts(v.context) : nothing}
      ${this.list.render(
        (v) => (this.layout === 'table' ? this.renderTable(v.context.regions) : this.renderCards(v.context.regions)),
        msg('No partners match these filters.'),
      )}
      ${this.list.renderMore(msg('Show more'), msg('More partners could not be loaded.'))}
      ${v ? this.renderPossible(v.context) : nothing}
    </div>`;
  }

  /** By the count: how sure the list is (memberships confirmed, caveats) and what a priority badge means. */
  private renderFacts(c: Context) {
    const certainty =
      c.certainty && facts
        ? facts.certaintyText(this.locale, c.certainty, facts.countFormsFor(this.member), this.possible)
        : '';
    const lang = this.uiLocale === 'en' ? nothing : 'en';
    const flags = new Set(this.list.rows.map((p) => this.priorityShown(p)));
    return html`${certainty ? html`<p class="note certainty" part="certainty">${certainty}</p>` : nothing}
    ${
      c.caveats.length
        ? html`<div class="note caveats" part="caveats">
            <p>${msg('Notes on this list, from the dataset:')}</p>
            <ul>
              ${c.caveats.map((t) => html`<li lang=${lang}>${t}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    ${
      flags.has('confirmed') || flags.has('presumed')
        ? html`<p class="note" part="priority-note" id="priority-note-${this.#uid}">
            ${msg('There is no official list of Paris Pact priority countries.')}
            ${flags.has('confirmed') ? msg('“Priority country” marks a flag this dataset holds with high confidence.') : nothing}
            ${flags.has('presumed') ? msg('“Presumed priority country” marks a flag derived with less confidence.') : nothing}
          </p>`
        : nothing
    }`;
  }

  /** The possible members (the `possible` attribute), not confirmed by the sources. */
  private renderPossible(c: Context) {
    const possible = this.possible ? (c.certainty?.possibleMembers ?? []) : [];
    if (!possible.length) return nothing;
    const names = possible.map((p) => this.name(p)).sort(collator(this.locale).compare);
    return html`<div class="note possible" part="possible">
      <p>${msg('Possible members, not confirmed by the sources:')}</p>
      <ul class="chips" role="list">
        ${names.map((n) => html`<li class="badge possible">${n}</li>`)}
      </ul>
    </div>`;
  }

  private renderControls() {
    const id = (s: string) => `${s}-${this.#uid}`;
    const list = this.list;
    const all = (options: readonly (readonly [string, string])[]) => [['', msg('All')] as const, ...options];
    return list.renderForm(
      id('form'),
      msg('Find partners'),
      html`${searchField(id('q'), msg('Search'), msg('Name, in any language'), list.choice('q'), list.onSearch)}
      ${list.renderSelect('kind', id('kind'), msg('Kind'), all(PARTNER_KINDS.map((k) => [k, kindLabel(k)])))}
      ${list.renderSelect('member', id('member'), msg('Membership'), all(MEMBERSHIP_IDS.map((m) => [m, membershipLabel(m)])))}
      ${list.renderSelect('route', id('route'), msg('Route'), all(ROUTE_IDS.map((r) => [r, routeLabel(r)])))}
      ${
        this.planFilter
          ? list.renderSelect(
              'plan',
              id('plan'),
              msg('Part in the 2011 Paris Action Plan'),
              all(PLAN_ROLES.map((r) => [r, planRoleLabel(r)])),
            )
          : nothing
      }
      ${list.renderSelect('sort', id('sort'), msg('Sort'), [
        ['name', msg('Name, A to Z')],
        ['-name', msg('Name, Z to A')],
      ])}`,
    );
  }

  private badges(p: Partner) {
    return html`${p.memberships.map((m) => {
      const label = membershipLabel(m.partnership, m.status);
      // A possible member is already uncertain; other unverified statuses say so.
      const unverified = !m.verified && m.status !== 'possible' ? msg('unconfirmed') : '';
      return html`<li class="badge ${m.status}" part="badge">
        ${label}${unverified ? ' ' : nothing}${
          unverified ? html`<span class="unverified" part="unverified">(${unverified})</span>` : nothing
        }
      </li>`;
    })}
    ${this.priorityBadge(p)}`;
  }

  /** "Priority country" (high confidence) or "Presumed priority country", described by the note on what they mean. */
  private priorityBadge(p: Partner) {
    const flag = this.priorityShown(p);
    if (!flag) return nothing;
    const presumed = flag === 'presumed';
    return html`<li
      class="badge priority ${presumed ? 'presumed' : ''}"
      part="badge priority-badge${presumed ? ' presumed' : ''}"
      aria-describedby="priority-note-${this.#uid}"
    >
      ${presumed ? msg('Presumed priority country') : msg('Priority country')}
    </li>`;
  }

  private kindLine(p: Partner, regions: Regions) {
    if (p.kind === 'country') return html`${kindLabel('country')}${this.regionName(p, regions)}`;
    // Acronyms are in English only (said so); the city in the reader's language when the API has it.
    const city = cityOf(p.seat, this.locale);
    const acronym = html`<span lang=${this.uiLocale === 'en' ? nothing : 'en'}>${p.acronym}</span>`;
    return html`${acronym}${' · '}<span lang=${cityLang(p.seat, this.locale) ?? nothing}>${city}</span>`;
  }

  private website(p: Partner) {
    if (!p.website) return nothing;
    let url: URL;
    try {
      url = new URL(p.website);
    } catch {
      return nothing;
    }
    // The parsed scheme is lowercase: HTTPS://EXAMPLE.ORG/ is kept, javascript: and data: are not.
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return nothing;
    const host = url.host.replace(/^www\./, '');
    return html`<a part="website" class="website" href=${p.website} rel="noopener noreferrer external" target="_blank"
      >${host}<span class="visually-hidden"> (${msg('opens in a new tab')})</span></a
    >`;
  }

  private heading(content: unknown) {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    return html`<div role="heading" aria-level=${level} class="heading">${content}</div>`;
  }

  private renderCards(regions: Regions) {
    return html`<ul class="cards" part="list" role="list">
      ${this.slices.of(this.list.rows).map(
        (p) =>
          html`<li class="card" part="card">
            ${this.heading(html`<button class="name link-button" part="name" type="button" @click=${() => this.select(p)}>${this.shownName(p)}</button>`)}
            <p class="meta">${this.kindLine(p, regions)}</p>
            <ul class="badges chips" role="list">
              ${this.badges(p)}
            </ul>
            ${p.routes.length ? html`<p class="routes">${p.routes.map((r) => routeLabel(r.route)).join(', ')}</p>` : nothing}
            ${this.website(p)}
          </li>`,
      )}
    </ul>`;
  }

  private renderTable(regions: Regions) {
    return html`<div class="table-scroll outer-box" tabindex="0" role="region" aria-label=${msg('Partners table')}>
      ${dataTable({
        columns: [msg('Name'), msg('Kind'), msg('Memberships'), msg('Routes'), msg('Website')],
        rows: this.slices.of(this.list.rows),
        row: (p) => ({
          header: html`<button class="name link-button" part="name" type="button" @click=${() => this.select(p)}>
            ${this.shownName(p)}
          </button>`,
          cells: [
            this.kindLine(p, regions),
            html`<ul class="badges chips" role="list">
                ${this.badges(p)}
              </ul>
              ${
                this.priorityShown(p) && p.kind === 'country'
                  ? html`<p class="basis" lang=${this.uiLocale === 'en' ? nothing : 'en'}>${p.priority.basis}</p>`
                  : nothing
              }`,
            p.routes.map((r) => routeLabel(r.route)).join(', '),
            this.website(p),
          ],
        }),
      })}
    </div>`;
  }
}
