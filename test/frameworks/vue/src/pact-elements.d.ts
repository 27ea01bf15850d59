// The Pact elements' props and events for Vue's type-checker (vue-tsc): a template that gives a
// prop of the wrong type, or a handler that expects another event, fails `vue-tsc --noEmit`.
// The props are the elements' own public properties (their types come from @pact/elements, whose
// closed lists come from @pact/schema); the events are those the elements dispatch.
import type { DefineComponent } from 'vue';
import type { PactPartners, PactPartnerSelectEvent, PactProvider } from '@pact/elements';

/** A custom element as Vue sees it: optional props, and its events as typed emits. */
type Element<Props, Events extends Record<string, (event: never) => void> = Record<never, never>> = DefineComponent<
  Partial<Props> & { lang?: string },
  object,
  object,
  object,
  object,
  object,
  object,
  { [K in keyof Events]: Events[K] }
>;

declare module 'vue' {
  interface GlobalComponents {
    'pact-provider': Element<Pick<PactProvider, 'api' | 'theme'>>;
    'pact-partners': Element<
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
      >,
      { 'pact-partner-select': (event: PactPartnerSelectEvent) => void }
    >;
  }
}

export {};
