import type { Partner, Pillar, Project, Route } from '@pact/sdk';

/**
 * The class of a "something was chosen" event: it bubbles and crosses shadow roots, its static
 * `type` is the event name, and its constructor takes what `detail` is made of.
 */
function selectEvent<K extends string, A extends unknown[], T>(type: K, detail: (...a: A) => T) {
  return class extends Event {
    static readonly type: K = type;
    readonly detail: T;
    constructor(...a: A) {
      super(type, { bubbles: true, composed: true });
      this.detail = detail(...a);
    }
  };
}

/** A partner was chosen in `<pact-partners>`. */
export class PactPartnerSelectEvent extends selectEvent('pact-partner-select', (partner: Partner) => ({ partner })) {}

/** A pillar card was chosen. */
export class PactPillarSelectEvent extends selectEvent('pact-pillar-select', (pillar: Pillar) => ({ pillar })) {}

/** A project was chosen in `<pact-projects>`. */
export class PactProjectSelectEvent extends selectEvent('pact-project-select', (project: Project) => ({ project })) {}

/** A route was chosen on `<pact-route-map>`. */
export class PactRouteSelectEvent extends selectEvent('pact-route-select', (route: Route) => ({ route })) {}

/** A country was chosen on `<pact-route-map>`. */
export class PactCountrySelectEvent extends selectEvent(
  'pact-country-select',
  (iso3: string, partner: Partner | undefined) => ({ iso3, partner }),
) {}

declare global {
  interface GlobalEventHandlersEventMap {
    'pact-partner-select': PactPartnerSelectEvent;
    'pact-pillar-select': PactPillarSelectEvent;
    'pact-project-select': PactProjectSelectEvent;
    'pact-route-select': PactRouteSelectEvent;
    'pact-country-select': PactCountrySelectEvent;
  }
}
