// Paris Pact priority flags, checked one by one against the sources (docs/data.md, "Priority
// flags"). No official list of priority countries exists in the sources read. What they say:
// UNODC's "The Paris Pact Initiative – What is it?" (seeds 000, 001) places the priority countries
// "primarily" in West and Central Asia and South Eastern Europe, "along the northern and Balkan
// routes", with "more recently" some focus on "certain trajectories of the southern route", and
// puts the Research and Liaison Officers in UNODC offices in those countries. The reference
// (data/README.md) adds UNODC's 2014 definition of South Eastern Europe (Albania, Bosnia and
// Herzegovina, Bulgaria, Croatia, Montenegro, North Macedonia, Romania, Serbia).
//
// Confidence follows the reference's legend: `high` where the source's description of where the
// priority countries are leaves no other reading for the country (the origin and the Central
// Asian transit countries of the routes the source names); `medium` where the flag is derived from
// a region or a route the source names but another reading is possible; `low`, with the value left
// unknown (null), where the sources do not settle it either way.
import type { Confidence, Priority, RegionId } from '@pact/schema';

/** Why a flag has its value: one sentence in English, ending with what it rests on. */
const BASIS = {
  core: 'Origin of the opiates, or a transit country of the northern or Balkan route in West or Central Asia, where UNODC places the priority countries and their Research and Liaison Officers; no official list names it',
  see: 'In South Eastern Europe as UNODC defined it in 2014 and on the Balkan route, where UNODC places priority countries; derived from the region, no official list names it',
  turkey:
    'Transit country of the Balkan route in West Asia, where UNODC places priority countries; derived from the region and the route, no official list names it',
  caucasus:
    'In the South Caucasus (West Asia) on the South Caucasus and Black Sea offshoot of the Balkan route (eu-act.info); derived from the region and the route, no official list names it',
  ambiguous:
    'On a route, but outside the regions UNODC names (West and Central Asia, South Eastern Europe as UNODC defined it in 2014) or only on an offshoot; the sources do not settle whether it is a priority country',
  southern:
    'On the southern route, where UNODC says that some focus is now also placed on certain trajectories without naming countries; the sources do not settle whether it is a priority country',
  destination:
    'Transit or destination country of the Balkan route in Western or Central Europe, outside the regions where UNODC places the priority countries',
  outside:
    'Outside the regions where UNODC places the priority countries (West and Central Asia, South Eastern Europe) and on none of the three routes in this dataset',
  westAsia:
    'In West Asia by the UN M49 grouping, but on none of the three routes in this dataset, which UNODC ties the priority countries to',
} as const;

type Basis = keyof typeof BASIS;
const FLAG: Readonly<Record<Basis, readonly [value: boolean | null, confidence: Confidence]>> = {
  core: [true, 'high'],
  see: [true, 'medium'],
  turkey: [true, 'medium'],
  caucasus: [true, 'medium'],
  ambiguous: [null, 'low'],
  southern: [null, 'low'],
  destination: [false, 'medium'],
  outside: [false, 'medium'],
  westAsia: [false, 'medium'],
};

/** The basis of each country's flag, by ISO 3166-1 alpha-3 code (every country of the reference). */
const PRIORITY_BASIS: Readonly<Record<string, Basis>> = {
  AFG: 'core',
  IRN: 'core',
  PAK: 'core',
  KAZ: 'core',
  KGZ: 'core',
  TJK: 'core',
  TKM: 'core',
  UZB: 'core',
  ALB: 'see',
  BIH: 'see',
  BGR: 'see',
  HRV: 'see',
  MKD: 'see',
  MNE: 'see',
  ROU: 'see',
  SRB: 'see',
  TUR: 'turkey',
  ARM: 'caucasus',
  AZE: 'caucasus',
  GEO: 'caucasus',
  GRC: 'ambiguous',
  MDA: 'ambiguous',
  RUS: 'ambiguous',
  UKR: 'ambiguous',
  ARE: 'southern',
  EGY: 'southern',
  IND: 'southern',
  KEN: 'southern',
  LKA: 'southern',
  MOZ: 'southern',
  OMN: 'southern',
  QAT: 'southern',
  SAU: 'southern',
  TZA: 'southern',
  ZAF: 'southern',
  AUT: 'destination',
  BEL: 'destination',
  CZE: 'destination',
  DEU: 'destination',
  FRA: 'destination',
  GBR: 'destination',
  HUN: 'destination',
  ITA: 'destination',
  NLD: 'destination',
  POL: 'destination',
  SVN: 'destination',
  CYP: 'westAsia',
  ISR: 'westAsia',
  JOR: 'westAsia',
};

/** Sub-regions where a country must be in the table (it cannot be "outside" without saying why). */
const NAMED_REGIONS: readonly RegionId[] = ['central-asia', 'southern-asia', 'western-asia'];

/** The checked flag of a country: `outside` only for a country off the routes and outside West, Central and South Asia. */
export function priorityOf(iso3: string, region: RegionId, onRoute: boolean): Priority {
  const basis = PRIORITY_BASIS[iso3] ?? (onRoute || NAMED_REGIONS.includes(region) ? undefined : 'outside');
  if (!basis) throw new Error(`build-seed: ${iso3} is on a route or in ${region}: give its priority basis`);
  const [value, confidence] = FLAG[basis];
  return { value, confidence, basis: `${BASIS[basis]}.` };
}

/** Each kind of basis with its flag, for the table in docs/data.md. */
export const PRIORITY_TABLE = (Object.keys(BASIS) as Basis[]).map((basis) => ({
  basis,
  value: FLAG[basis][0],
  confidence: FLAG[basis][1],
  countries: Object.keys(PRIORITY_BASIS).filter((iso3) => PRIORITY_BASIS[iso3] === basis),
  text: BASIS[basis],
}));
