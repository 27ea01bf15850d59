// The Pact elements' props and events for svelte-check: a wrong prop type, or a handler that
// expects another event, fails the check. The props are the elements' own public properties
// (types from @pact/elements, closed lists from @pact/schema); `on<event>` is Svelte 5's listener.
import type { HTMLAttributes } from 'svelte/elements';
import type { PactPartners, PactPartnerSelectEvent, PactProvider } from '@pact/elements';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'pact-provider': HTMLAttributes<PactProvider> & Partial<Pick<PactProvider, 'api' | 'theme'>>;
    'pact-partners': HTMLAttributes<PactPartners> &
      Partial<
        Pick<
          PactPartners,
          | 'api'
          | 'kind'
          | 'member'
          | 'route'
          | 'region'
          | 'plan'
          | 'layout'
          | 'limit'
          | 'noControls'
          | 'headingLevel'
          | 'possible'
          | 'caveats'
        >
      > & { 'onpact-partner-select'?: (event: PactPartnerSelectEvent) => void };
  }
}

export {};
