// The drug flow each centre works on, and the routes it coordinates work on, with what that rests
// on. The Paris Pact's routes carry Afghan opiates; the 2011 G8+ Paris Action Plan (seed 002) is
// about transatlantic cocaine trafficking, and the centres it names work on that flow, not on the
// opiate routes. Every regional centre of the dataset must have an entry (the build fails otherwise).
import type { DrugFlow, RouteRole } from '@pact/schema';

export interface CentreWork {
  flows: DrugFlow[];
  /** Route roles (`coordination`) on the opiate routes; none for the cocaine centres. */
  routes: RouteRole[];
  /** What the entry rests on (one sentence, English), added to the partner's note. */
  basis: string;
  /** Why the route role is not confirmed by a source, when it is derived (listed in meta.json `unverified`). */
  unverified?: string;
}

const COCAINE =
  'Works on transatlantic cocaine trafficking: named among the centres of the 2011 G8+ Paris Action Plan against transatlantic drug trafficking, in particular cocaine; not a centre of the Afghan opiate routes';

export const CENTRE_WORK: Readonly<Record<string, CentreWork>> = {
  caricc: {
    flows: ['afghan-opiates'],
    routes: [{ route: 'northern', role: 'coordination', detail: 'Central Asia' }],
    basis:
      'Works on the northern route: a Paris Pact partner whose creation the OSCE supported in its decision on heroin from Afghanistan (PC.DEC/758, 2006); it hosted the Paris Pact expert working groups in Almaty in 2015',
  },
  selec: {
    flows: ['afghan-opiates'],
    routes: [{ route: 'balkan', role: 'coordination', detail: 'South-Eastern Europe' }],
    basis: 'Works on the Balkan route: a Paris Pact partner in South-Eastern Europe, which the route crosses',
  },
  'gcc-ciccd': {
    flows: ['afghan-opiates'],
    routes: [{ route: 'southern', role: 'coordination', detail: 'Gulf' }],
    basis:
      'Works on the southern route: a Paris Pact partner since Phase IV (brochure) for the Gulf, a market of the southern route; the route role is derived from its region',
    unverified:
      'Route role derived from its region (the Gulf, on the southern route); no source read describes its work on the route',
  },
  'maoc-n': { flows: ['transatlantic-cocaine'], routes: [], basis: COCAINE },
  'ceclad-m': { flows: ['transatlantic-cocaine'], routes: [], basis: COCAINE },
  'jiatf-s': { flows: ['transatlantic-cocaine'], routes: [], basis: COCAINE },
  'accra-info-centre': { flows: ['transatlantic-cocaine'], routes: [], basis: COCAINE },
  'dakar-info-centre': { flows: ['transatlantic-cocaine'], routes: [], basis: COCAINE },
  aircop: {
    flows: ['transatlantic-cocaine'],
    routes: [],
    basis:
      'Works on transatlantic cocaine trafficking: the 2011 G8+ Paris Action Plan names the AIRCOP project for sharing intelligence against it; not a project of the Afghan opiate routes',
  },
};
