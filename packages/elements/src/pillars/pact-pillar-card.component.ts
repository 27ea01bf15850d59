import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '../core/localize.js';
import { PactDataController } from '../core/data-controller.js';
import { loadPillars, pillarNumber } from './pillar-card.js';
import { PactPillarElement } from './pillar-element.js';
import { loadingBox } from '../core/styles.js';
import { pillarCardStyles } from './pillar-card.styles.js';
import { pillarCardElementStyles } from './pact-pillar-card.styles.js';

/**
 * @tagname pact-pillar-card
 * @summary One pillar of the Vienna Declaration as a card, with its number of projects; choosing it filters linked listings.
 *
 * The same card as in `<pact-pillars>`, for pages that place the pillars themselves. Several
 * cards inside one `<pact-provider>` act as a group: choosing one selects its pillar for the
 * provider (the others show unpressed) and filters a `<pact-projects>` in the same provider.
 *
 * @slot - Fallback content (for example a link to the pillar's page): shown until the data arrives, and kept if the script or the API fails.
 *
 * @event pact-pillar-select - The card was chosen; `event.detail.pillar` is the record.
 *
 * @csspart card - The card (also `selected` when chosen).
 * @csspart selected - The card, when chosen.
 * @csspart numeral - The pillar's Roman numeral.
 * @csspart eyebrow - "Pillar I · short title" above the title.
 * @csspart select - The title: the button that chooses the pillar (`aria-pressed`).
 * @csspart summary - The pillar's summary.
 * @csspart count - The number of projects under the pillar.
 * @csspart illustrative - after the count: "(fictitious examples, not real projects)" when all of them are, or "of which N are fictitious examples" (from the data).
 * @csspart chosen - The "Selected" mark.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of the error state.
 * @csspart empty - The state shown for a pillar number that does not exist.
 *
 * @cssproperty --pact-pillars-card-background - Card background (default: --pact-color-surface).
 * @cssproperty --pact-pillars-numeral-color - Colour of the Roman numeral (default: --pact-color-primary).
 * @cssproperty --pact-pillars-min-height - Space kept for the card while it loads (default 12rem).
 */
export class PactPillarCard extends PactPillarElement {
  static override styles = [...PactPillarElement.styles, loadingBox, pillarCardStyles, pillarCardElementStyles];

  /** The pillar to show, 1 to 4. */
  @property({ type: Number, reflect: true }) pillar = 0;

  private readonly data = new PactDataController(this, {
    args: () => [pillarNumber(this.pillar) ?? 0] as const,
    task: async ([n], client, signal) => {
      const number = pillarNumber(n);
      if (!number) return { pillars: [] };
      return loadPillars(this.localName, client, [number], signal);
    },
  });

  protected renderContent() {
    return this.data.render({
      complete: (v) => {
        const p = v.pillars[0];
        return p ? this.card(p) : '';
      },
      isEmpty: (v) => v.pillars.length === 0,
      empty: () =>
        html`<div class="state empty" part="empty">
          <p>${msg('There is no such pillar. Give a pillar number from 1 to 4.')}</p>
        </div>`,
    });
  }
}
