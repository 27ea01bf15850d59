import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from '../core/localize.js';
import type { ProjectQuery } from '@pact/sdk';
import { describeError } from '../core/data-controller.js';
import { PROJECTS, countText } from '../core/count.js';
import { withLocale } from '../core/i18n.js';
import type { PactElement } from '../core/pact-element.js';

/**
 * "Download CSV": every project of the listing's query (all pages, 200 at a time) as a CSV file,
 * with a status line that says how it went. Cancelled when the element leaves the page.
 */
export class CsvExport implements ReactiveController {
  exporting = false;
  message = '';
  #abort: AbortController | undefined;

  constructor(
    private readonly host: PactElement,
    private readonly query: () => ProjectQuery,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** A new query: the message about the previous file goes (unless a file is being made). */
  reset(): void {
    if (!this.exporting) this.message = '';
  }

  #say(message: () => string): void {
    this.message = withLocale(this.host.uiLocale, message);
    this.host.requestUpdate();
  }

  readonly run = async (): Promise<void> => {
    if (this.exporting) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.exporting = true;
    this.#say(() => msg('Preparing the CSV file…'));
    const host = this.host;
    try {
      // The CSV code loads on the first export only.
      const { exportProjects } = await import('./csv.js');
      const n = await exportProjects(host, this.query(), abort.signal);
      this.#say(() => {
        const count = countText(host.locale, n, PROJECTS);
        return msg(str`CSV file ready: ${count}.`);
      });
    } catch (e) {
      if (!abort.signal.aborted) this.#say(() => `${msg('The CSV file could not be made.')} ${describeError(e)}`);
    } finally {
      this.exporting = false;
      host.requestUpdate();
    }
  };

  /** The button (hidden when there is nothing to export). */
  renderButton(show: boolean): TemplateResult | typeof nothing {
    return show
      ? html`<button
          class="button secondary"
          part="export"
          type="button"
          ?disabled=${this.exporting}
          @click=${this.run}
        >
          ${msg('Download CSV')}
        </button>`
      : nothing;
  }

  renderStatus(): TemplateResult {
    return html`<p class="export-status" role="status">${this.message}</p>`;
  }
}
