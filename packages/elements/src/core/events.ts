import type { Partner, Pillar, Project, Route } from '@pact/sdk';

/** Base of the events elements fire: they bubble and cross shadow roots. */
abstract class PactEvent<T> extends Event {
  constructor(
    type: string,
    readonly detail: T,
  ) {
    super(type, { bubbles: true, composed: true });
  }
}

/** A partner was chosen in `<pact-partners>`. */
export class PactPartnerSelectEvent extends PactEvent<{ partner: Partner }> {
  static readonly type = 'pact-partner-select';
  constructor(partner: Partner) {
    super(PactPartnerSelectEvent.type, { partner });
  }
}

/** A pillar card was chosen. */
export class PactPillarSelectEvent extends PactEvent<{ pillar: Pillar }> {
  static readonly type = 'pact-pillar-select';
  constructor(pillar: Pillar) {
    super(PactPillarSelectEvent.type, { pillar });
  }
}

/** A project was chosen in `<pact-projects>`. */
export class PactProjectSelectEvent extends PactEvent<{ project: Project }> {
  static readonly type = 'pact-project-select';
  constructor(project: Project) {
    super(PactProjectSelectEvent.type, { project });
  }
}

/** A route was chosen on `<pact-route-map>`. */
export class PactRouteSelectEvent extends PactEvent<{ route: Route }> {
  static readonly type = 'pact-route-select';
  constructor(route: Route) {
    super(PactRouteSelectEvent.type, { route });
  }
}

/** A country was chosen on `<pact-route-map>`. */
export class PactCountrySelectEvent extends PactEvent<{ partner: Partner | undefined; iso3: string }> {
  static readonly type = 'pact-country-select';
  constructor(iso3: string, partner: Partner | undefined) {
    super(PactCountrySelectEvent.type, { iso3, partner });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pact-partner-select': PactPartnerSelectEvent;
    'pact-pillar-select': PactPillarSelectEvent;
    'pact-project-select': PactProjectSelectEvent;
    'pact-route-select': PactRouteSelectEvent;
    'pact-country-select': PactCountrySelectEvent;
  }
}
