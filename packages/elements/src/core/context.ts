import { createContext } from '@lit/context';
import type { PactReader } from '@pact/sdk';

/**
 * Selections that linked widgets share inside one `<pact-provider>`: a pillar chosen on a
 * card filters the project listing beside it. Nothing global: each provider has its own.
 */
export interface SelectionState {
  pillar?: number | undefined;
  country?: string | undefined;
  route?: string | undefined;
}

export class PactSelection extends EventTarget {
  #state: SelectionState = {};
  get state(): Readonly<SelectionState> {
    return this.#state;
  }
  /** Merges `change` into the selection and tells the listeners. */
  set(change: SelectionState): void {
    this.#state = { ...this.#state, ...change };
    this.dispatchEvent(new Event('change'));
  }
}

/** What `<pact-provider>` shares with its descendants. */
export interface PactContextValue {
  /** The API base URL, e.g. https://api.example.org/v1. */
  api: string;
  client: PactReader;
  /** The provider's language (BCP 47), or '' to let each element resolve its own. */
  lang: string;
  theme: string;
  selection: PactSelection;
}

export const pactContext = createContext<PactContextValue | undefined>(Symbol('pact-context'));
