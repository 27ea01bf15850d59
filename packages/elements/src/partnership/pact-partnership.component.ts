import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '../core/localize.js';
import {
  isPartnership,
  type ContentSection,
  type LocalizedText,
  type MembershipId,
  type Partnership,
  type ProgrammeComponent,
} from '@pact/schema';
import { PactElement } from '../core/pact-element.js';
import { PactDataController, keepValid } from '../core/data-controller.js';
import { loadingBox, tableCells } from '../core/styles.js';
import { formatPartialDate } from '../timeline/dates.js';
import { isUnofficial, organizerNames, partnerNames, sourceList, unnamedPartners } from '../timeline/content.js';
import { contentStyles } from '../timeline/content.styles.js';
import { renderCounts } from './counts.js';
import { langOf, withFallbackLang } from '../core/text-lang.js';
import { partnershipStyles } from './pact-partnership.styles.js';
import { partnershipRequest } from './first-requests.js';

interface PartnershipData {
  partnership: Partnership;
  /** Names of the founding bodies the record gives by partner id alone. */
  names: Map<string, LocalizedText>;
}

/**
 * @tagname pact-partnership
 * @summary A compact "about" block of one partnership: founding, mandate, member counts with their sources and caveats, principles, areas of work and programme components.
 *
 * It shows what the dataset holds about the Paris Pact Initiative, the Pompidou Group or the
 * OSCE: who founded it and when, its mandate, its member counts (each with its basis: stated by a
 * named source, or listed in this dataset and how many of those the sources confirm, so that a
 * number is never overstated), then its principles, areas of work and programme components as
 * disclosure sections (native `<details>`), and its sources. The counts are a table; where the
 * element is narrower than 30rem (a phone), each count is laid out as a block of its own, its
 * number and what it counts on one line, without sideways scrolling.
 *
 * @slot - Fallback content (for example a link to the partnership's site): shown until the data arrives, and kept if the script or the API fails.
 *
 * @csspart base - The wrapper.
 * @csspart name - The partnership's name (a heading).
 * @csspart facts - The founding and website facts.
 * @csspart mandate - The mandate.
 * @csspart counts - The member counts.
 * @csspart count - One count.
 * @csspart caveat - What the counts leave open (an incomplete list, unconfirmed memberships).
 * @csspart section - A disclosure section (principles, areas of work, a programme component).
 * @csspart section-title - Its title (the `<summary>`).
 * @csspart note - A note of the data.
 * @csspart unofficial - "Unofficial translation", on texts translated for the dataset.
 * @csspart sources - A list of sources.
 * @csspart source-link - A source's link.
 * @csspart source-title - A source without a public address.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of the error state.
 * @csspart empty - The empty state.
 *
 * @cssproperty --pact-partnership-gap - Space between the parts of the block (default: --pact-space).
 * @cssproperty --pact-partnership-min-height - Space kept for the block while it loads (default 10rem).
 */
export class PactPartnership extends PactElement {
  static override styles = [...PactElement.styles, loadingBox, tableCells, contentStyles, partnershipStyles];

  /** The partnership shown: `paris-pact`, `pompidou-group` or `osce`. */
  @property({ reflect: true }) partnership: MembershipId | '' = '';

  /** Heading level (1–6) of the partnership's name (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private readonly data = new PactDataController(this, {
    args: () => [this.partnership] as const,
    task: async ([id], client, signal): Promise<PartnershipData | null> => {
      if (!id) return null;
      const record = await partnershipRequest(client, id, signal);
      const [partnership] = keepValid(this.localName, [record], isPartnership);
      if (!partnership) return null;
      const names = await partnerNames(client, unnamedPartners(partnership.founded.by), signal);
      return { partnership, names };
    },
  });

  private level(): number {
    const n = this.headingLevel;
    return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 3;
  }

  protected renderContent() {
    return html`<div part="base" class="base">
      ${this.data.render({
        complete: (v) => (v ? this.renderPartnership(v) : nothing),
        isEmpty: (v) => v === null,
        empty: () =>
          html`<div class="state empty" part="empty">
            <p>${msg('No partnership to show: set the partnership attribute.')}</p>
          </div>`,
      })}
    </div>`;
  }

  private renderPartnership({ partnership: p, names }: PartnershipData): TemplateResult {
    const locale = this.locale;
    const client = this.client;
    const name = client.text(p.name, locale);
    const founders = organizerNames(client, locale, p.founded.by, names);
    const foundedNote = client.text(p.founded.note, locale);
    const website = p.website && /^https?:\/\//i.test(p.website) ? p.website : undefined;
    return html`<div class="about">
      <div class="title outer-heading" part="name" role="heading" aria-level=${this.level()}>
        ${withFallbackLang(p.name, locale, name)}${p.acronym ? html`${' '}<span class="acronym">(${p.acronym})</span>` : nothing}
      </div>
      <dl class="facts" part="facts">
        <div>
          <dt>${msg('Founded')}</dt>
          <dd>
            <time datetime=${p.founded.date.value}>${formatPartialDate(locale, p.founded.date)}</time>${
              founders ? html`, ${founders}` : nothing
            }
            ${foundedNote ? html`<p class="note" part="note" lang=${langOf(p.founded.note, locale)}>${foundedNote}</p>` : nothing}
          </dd>
        </div>
        ${
          website
            ? html`<div>
                <dt>${msg('Website')}</dt>
                <dd><a href=${website} rel="noopener">${new URL(website).host}</a></dd>
              </div>`
            : nothing
        }
      </dl>
      <p class="mandate" part="mandate" lang=${langOf(p.mandate, locale)}>${client.text(p.mandate, locale)}</p>
      ${renderCounts(client, locale, p.counts)} ${p.sections.map((s) => this.renderSection(s))}
      ${p.components.map((c) => this.renderComponent(c))}
      ${
        isUnofficial(locale, p.unofficialTranslations)
          ? html`<p class="unofficial" part="unofficial">
              ${msg('Some texts here are unofficial translations made for this dataset.')}
            </p>`
          : nothing
      }
      ${sourceList(locale, p.sources)}
    </div>`;
  }

  private renderSection(s: ContentSection): TemplateResult {
    const locale = this.locale;
    const intro = this.client.text(s.intro, locale);
    return html`<details class="section" part="section">
      <summary part="section-title" lang=${langOf(s.title, locale)}>${this.client.text(s.title, locale)}</summary>
      ${intro ? html`<p lang=${langOf(s.intro, locale)}>${intro}</p>` : nothing}
      <ul>
        ${s.items.map((item) => html`<li lang=${langOf(item, locale)}>${this.client.text(item, locale)}</li>`)}
      </ul>
      ${sourceList(locale, s.sources)}
    </details>`;
  }

  private renderComponent(c: ProgrammeComponent): TemplateResult {
    const locale = this.locale;
    const client = this.client;
    const note = client.text(c.note, locale);
    return html`<details class="section" part="section">
      <summary part="section-title" lang=${langOf(c.name, locale)}>${client.text(c.name, locale)}</summary>
      <p lang=${langOf(c.summary, locale)}>${client.text(c.summary, locale)}</p>
      ${
        c.parts?.length
          ? html`<ul>
              ${c.parts.map(
                (part) =>
                  html`<li>
                    <strong lang=${langOf(part.name, locale)}>${client.text(part.name, locale)}</strong>:
                    ${withFallbackLang(part.summary, locale, client.text(part.summary, locale))}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${c.verified ? nothing : html`<p class="note" part="note">${msg('Not confirmed by the sources read for this dataset.')}</p>`}
      ${note ? html`<p class="note" part="note" lang=${langOf(c.note, locale)}>${note}</p>` : nothing}
      ${sourceList(locale, c.sources)}
    </details>`;
  }
}
