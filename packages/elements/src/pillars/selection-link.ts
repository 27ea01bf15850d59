import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PactSelection, SelectionState } from '../core/context.js';

/**
 * Follows the linked-widgets selection of the nearest `<pact-provider>` (its `change`
 * events), for as long as the host is on the page. `bind()` it to `this.pact?.selection`
 * whenever the context changes; `onChange` runs once when a selection is bound
 * (`initial` true) and then on every change.
 */
export class SelectionLink implements ReactiveController {
  #selection: PactSelection | undefined;
  #listening = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: (state: Readonly<SelectionState>, initial: boolean) => void,
  ) {
    host.addController(this);
  }

  /** The provider's selection, if the host is inside a provider. */
  get selection(): PactSelection | undefined {
    return this.#selection;
  }

  bind(selection: PactSelection | undefined): void {
    if (selection === this.#selection) return;
    this.#unlisten();
    this.#selection = selection;
    this.#listen();
    if (selection) this.onChange(selection.state, true);
  }

  /** Merges `change` into the provider's selection (no-op outside a provider). */
  set(change: SelectionState): void {
    this.#selection?.set(change);
  }

  hostConnected(): void {
    this.#listen();
  }

  hostDisconnected(): void {
    this.#unlisten();
  }

  readonly #handle = (): void => {
    if (this.#selection) this.onChange(this.#selection.state, false);
  };

  #listen(): void {
    if (this.#listening || !this.#selection) return;
    this.#selection.addEventListener('change', this.#handle);
    this.#listening = true;
  }

  #unlisten(): void {
    if (!this.#listening) return;
    this.#selection?.removeEventListener('change', this.#handle);
    this.#listening = false;
  }
}
