// The Pact elements' attributes and events for svelte-check: a wrong type, or a handler that
// expects another event, fails the check. Their types are the elements' own properties' (from
// @pact/elements, closed lists from @pact/schema). Svelte sets a property only when the element
// already has it; the elements load lazily, so Svelte sets attributes: a property whose attribute
// is spelled differently (noControls) is declared under its attribute's name (no-controls).
// `on<event>` is Svelte 5's listener.
import type { HTMLAttributes } from 'svelte/elements';
import type { PactPartners, PactPartnerSelectEvent, PactProvider } from '@pact/elements';

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
    'pact-provider': HTMLAttributes<PactProvider> & Partial<Pick<PactProvider, 'api' | 'theme'>>;
    'pact-partners': HTMLAttributes<PactPartners> &
      Partial<
        Pick<
          PactPartners,
          'api' | 'kind' | 'member' | 'route' | 'region' | 'plan' | 'layout' | 'limit' | 'possible' | 'caveats'
        >
      > & {
        'no-controls'?: boolean;
        'heading-level'?: PactPartners['headingLevel'];
        'onpact-partner-select'?: (event: PactPartnerSelectEvent) => void;
      };
  }
}

export {};
