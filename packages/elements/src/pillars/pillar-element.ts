import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Pillar } from '@pact/sdk';
import { PactElement } from '../core/pact-element.js';
import { PactPillarSelectEvent } from '../core/events.js';
import { headingLevelOf, pillarCard, pillarNumber, projectsOf } from './pillar-card.js';
import { SelectionLink } from './selection-link.js';

/**
 * What `<pact-pillars>` and `<pact-pillar-card>` share: the heading level, the selected pillar
 * (kept in step with the provider's linked selection) and choosing a card.
 */
export abstract class PactPillarElement extends PactElement {
  /** Heading level (1–6) of the pillar titles, to fit the page's outline (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * The selected pillar (1–4), shown pressed; 0 for none. Inside a `<pact-provider>` it follows
   * the provider's linked selection.
   */
  @property({ type: Number, reflect: true }) selected = 0;

  protected readonly uid = Math.random().toString(36).slice(2, 8);

  protected readonly link: SelectionLink = new SelectionLink(this, (state, initial) => {
    // A card that starts selected (its `selected` attribute) selects its pillar for the
    // provider, unless the provider already has one.
    const own = pillarNumber(this.selected);
    if (initial && state.pillar === undefined && own) this.link.set({ pillar: own });
    else this.selected = state.pillar ?? 0;
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('pact')) this.link.bind(this.pact?.selection);
  }

  /**
   * The reader chose a card: it becomes the selected pillar (and the provider's, so that linked
   * listings filter on it), and `pact-pillar-select` fires. Choosing the selected card again
   * clears the selection (no event).
   */
  protected choose(pillar: Pillar): void {
    const again = this.selected === pillar.number;
    this.selected = again ? 0 : pillar.number;
    this.link.set({ pillar: again ? undefined : pillar.number });
    if (!again) {
      const event = new PactPillarSelectEvent(pillar);
      this.dispatchEvent(event);
    }
  }

  protected card(pillar: Pillar): TemplateResult {
    const projects = projectsOf(pillar);
    return pillarCard({
      pillar,
      count: projects?.total,
      fictitious: projects?.illustrative,
      locale: this.locale,
      text: (t) => this.client.text(t, this.locale),
      headingLevel: headingLevelOf(this.headingLevel),
      pressed: pillarNumber(this.selected) === pillar.number,
      idPrefix: this.uid,
      onSelect: (p) => this.choose(p),
    });
  }
}
