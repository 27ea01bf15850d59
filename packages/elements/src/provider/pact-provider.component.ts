import { ReactiveElement, type PropertyValues } from 'lit';
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
 * It has no shadow root and no style of its own: the page's content inside it is laid out as the
 * page has it, the same before and after the script defines it (an inline box, as any element the
 * page's CSS does not style; in a flex or grid container, one item). For its children to be the
 * container's items, give it `display: contents` in the page's CSS.
 */
export class PactProvider extends ReactiveElement {
  /** Base URL of the coordination API for every element inside (default: `<meta name="pact:api">`, else `/v1`). */
  @property() api = '';

  /** Theme name (paris-pact, pompidou-group, osce) matched by the linked theme style sheet. */
  @property({ reflect: true }) theme = '';

  @property({ attribute: 'lang' }) protected langAttribute: string | null = null;

  readonly selection = new PactSelection();

  @provide({ context: pactContext })
  @state()
  protected context: PactContextValue | undefined;

  /**
   * No shadow root: attaching one takes the content inside out of the layout and puts it back
   * (on a server-rendered page, the whole page laid out again in one task: issue 18), and its
   * `display: contents` moved the content of a grid or flex container when the script came.
   */
  protected override createRenderRoot(): HTMLElement {
    return this;
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
}
