import { html } from 'lit';
import { PactDataController } from '../core/data-controller.js';
import { PILLAR_NUMBERS } from '@pact/schema';
import { loadPillars } from './pillar-card.js';
import { PactPillarElement } from './pillar-element.js';
import { loadingBox } from '../core/styles.js';
import { pillarCardStyles } from './pillar-card.styles.js';
import { pillarsStyles } from './pact-pillars.styles.js';

/**
 * @tagname pact-pillars
 * @summary The four pillars of the Vienna Declaration as cards, each with its number of projects; choosing one filters linked listings.
 *
 * The cards lay out in four, two or one columns depending on the width the element gets
 * (a container query), down to 320 px. Inside a `<pact-provider>`, choosing a card sets the
 * provider's linked selection, so that a `<pact-projects>` in the same provider shows that
 * pillar's projects; choosing it again clears the selection.
 *
 * @slot - Fallback content (for example a link to a page about the pillars): shown until the data arrives, and kept if the script or the API fails.
 *
 * @event pact-pillar-select - A pillar card was chosen; `event.detail.pillar` is the record.
 *
 * @csspart base - The wrapper of the cards.
 * @csspart list - The list of cards.
 * @csspart card - One pillar card (also `selected` on the chosen one).
 * @csspart selected - The chosen card.
 * @csspart numeral - The pillar's Roman numeral.
 * @csspart eyebrow - "Pillar I · short title" above the title.
 * @csspart select - The title: the button that chooses the pillar (`aria-pressed`).
 * @csspart summary - The pillar's summary.
 * @csspart count - The number of projects under the pillar.
 * @csspart illustrative - after the count: "(fictitious examples, not real projects)" when all of them are, or "of which N are fictitious examples" (from the data).
 * @csspart chosen - The "Selected" mark of the chosen card.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of the error state.
 * @csspart empty - The empty state.
 *
 * @cssproperty --pact-pillars-card-background - Card background (default: --pact-color-surface).
 * @cssproperty --pact-pillars-numeral-color - Colour of the Roman numerals (default: --pact-color-primary).
 * @cssproperty --pact-pillars-gap - Space between the cards (default 0.75rem).
 * @cssproperty --pact-pillars-min-height - Space kept for the cards while they load (default 16rem).
 */
export class PactPillars extends PactPillarElement {
  static override styles = [...PactPillarElement.styles, loadingBox, pillarCardStyles, pillarsStyles];

  private readonly data = new PactDataController(this, {
    args: () => [] as const,
    task: async (_args, client, signal) => loadPillars(this.localName, client, PILLAR_NUMBERS, signal),
  });

  protected renderContent() {
    return html`<div part="base" class="base">
      ${this.data.render({
        complete: (v) =>
          html`<ul class="grid" part="list" role="list">
            ${v.pillars.map((p) => html`<li class="item">${this.card(p)}</li>`)}
          </ul>`,
        isEmpty: (v) => v.pillars.length === 0,
      })}
    </div>`;
  }
}
