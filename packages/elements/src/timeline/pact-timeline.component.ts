import { html } from 'lit';
import { msg } from '@lit/localize';
import { PactElement } from '../core/pact-element.js';
import { PactDataController } from '../core/data-controller.js';
import { timelineStyles } from './pact-timeline.styles.js';

/**
 * @tagname pact-timeline
 * @summary TODO: one sentence on what <pact-timeline> shows. (Skeleton made by npm run create: it lists the routes.)
 *
 * TODO: describe the element for webmasters: what it loads, how it lays out, how it links to others.
 *
 * @slot - Fallback content: shown until the data arrives, and kept if the script or the API fails.
 *
 * @csspart base - The wrapper.
 * @csspart list - The list of routes.
 * @csspart item - One route.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of the error state.
 * @csspart empty - The empty state.
 *
 * @cssproperty --pact-timeline-gap - Space between the items (default: --pact-space).
 */
export class PactTimeline extends PactElement {
  static override styles = [...PactElement.styles, timelineStyles];

  private readonly data = new PactDataController(this, {
    args: () => [] as const,
    task: async (_args, client, signal) => (await client.routes.list({ signal })).data,
  });

  protected renderContent() {
    return html`<div part="base" class="base">
      ${this.data.render({
        complete: (routes) =>
          html`<ul part="list" class="list" role="list">
            ${routes.map((r) => html`<li part="item" class="item">${this.client.text(r.name, this.locale)}</li>`)}
          </ul>`,
        isEmpty: (routes) => routes.length === 0,
        empty: () => html`<p part="empty">${msg('No routes to show.', { id: 'timeline.empty' })}</p>`,
      })}
    </div>`;
  }
}
