import { LitElement, css, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { PactSelection, pactContext, type PactContextValue } from '../core/context.js';
import { clientFor, defaultApi } from '../core/client.js';
import { nextTurn } from '../core/turns.js';

/**
 * @tagname pact-provider
 * @summary Shares one API client, the language, the theme and linked selections with the Pact elements inside it.
 *
 * Elements inside a provider use its `api` unless they set their own; its `lang` is their
 * language unless a closer element sets one. A pillar chosen on a `<pact-pillar-card>`
 * filters a `<pact-projects>` inside the same provider.
 *
 * @slot - The page content that holds Pact elements.
 */
export class PactProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the coordination API for every element inside (default: `<meta name="pact:api">`, else `/v1`). */
  @property() api = '';

  /** Theme name (paris-pact, pompidou-group, osce) matched by the linked theme style sheet. */
  @property({ reflect: true }) theme = '';

  @property({ attribute: 'lang' }) protected langAttribute: string | null = null;

  readonly selection = new PactSelection();

  @provide({ context: pactContext })
  @state()
  protected context: PactContextValue | undefined;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Its slot from the moment it connects: the page's content inside it is shown while its first
    // update waits for its turn (an empty shadow root hid it, and the page below moved up).
    if (!root.firstChild) root.append(document.createElement('slot'));
    return root;
  }

  /**
   * Its first update (the client it makes and shares) in a task of its own, as the elements' first
   * renders (core/turns.ts): on a phone it lengthened the task that evaluated the core (issue 18).
   * The elements inside wait for it: theirs come in later turns.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await nextTurn();
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.context || changed.has('api') || changed.has('theme') || changed.has('langAttribute')) {
      const api = this.api || defaultApi();
      this.context = {
        api,
        client: clientFor(api),
        lang: this.langAttribute ?? '',
        theme: this.theme,
        selection: this.selection,
      };
    }
  }

  /** Nothing: its shadow root holds only the slot made with it (createRenderRoot). */
  protected override render() {
    return nothing;
  }
}
