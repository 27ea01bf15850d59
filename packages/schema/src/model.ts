/**
 * The Pact Embed domain model: the one source of truth.
 *
 * JSON Schemas in `../schemas/` are generated from these types
 * (`npm run build:schema`), the API validates its dataset against them,
 * the SDK validates responses with the precompiled validators, and the
 * elements render what they describe.
 */

import type { PlanPart } from './flows.js';

/** UN and OSCE languages that localized text may carry. English is always present. */
export type LocaleCode = 'en' | 'fr' | 'ru' | 'ar' | 'zh' | 'es' | 'de' | 'it';

/** Text in several languages. English is required; clients fall back to it. */
export interface LocalizedText {
  /** @minLength 1 */
  en: string;
  fr?: string;
  ru?: string;
  ar?: string;
  zh?: string;
  es?: string;
  de?: string;
  it?: string;
}

/** How sure the dataset is of a fact. */
export type Confidence = 'high' | 'medium' | 'low';

/** The three partnerships that share this content. */
export type MembershipId = 'paris-pact' | 'pompidou-group' | 'osce';

/**
 * - `member`: a member or partner country/organization of the partnership;
 * - `possible`: likely a member, not confirmed by the sources read (shown as uncertain);
 * - `former`: was a member, no longer;
 * - `partner`: an associate such as an OSCE Partner for Co-operation, not a participating State.
 */
export type MembershipStatus = 'member' | 'possible' | 'former' | 'partner';

export interface Membership {
  partnership: MembershipId;
  status: MembershipStatus;
  /** false when the sources read do not confirm the current status. */
  verified: boolean;
  /** A new partner in Paris Pact Phase IV, a joining date, or why the status is uncertain. */
  note?: string;
}

/** The three heroin trafficking routes from Afghanistan. */
export type RouteId = 'northern' | 'balkan' | 'southern';

/**
 * A partner's role on a route (labels chosen for this dataset). A country lies on the route as
 * `origin`, `transit`, `transit-or-destination`, `destination` or `feeder`; an organization
 * with `coordination` is a regional centre that coordinates law-enforcement work on the route.
 */
export type RouteRoleKind = 'origin' | 'transit' | 'transit-or-destination' | 'destination' | 'feeder' | 'coordination';

export interface RouteRole {
  route: RouteId;
  role: RouteRoleKind;
  /** The branch or market, for example "southern branch" or "Gulf". */
  detail?: string;
}

/**
 * Whether a partner is a Paris Pact priority country. No official list exists,
 * so the flag is derived: `value` is null when the dataset does not know.
 */
export interface Priority {
  value: boolean | null;
  confidence: Confidence;
  basis: string;
}

/** UN M49 sub-regions that partners lie in. */
export type RegionId =
  | 'northern-africa'
  | 'eastern-africa'
  | 'western-africa'
  | 'southern-africa'
  | 'northern-america'
  | 'latin-america-caribbean'
  | 'central-asia'
  | 'eastern-asia'
  | 'south-eastern-asia'
  | 'southern-asia'
  | 'western-asia'
  | 'eastern-europe'
  | 'northern-europe'
  | 'southern-europe'
  | 'western-europe'
  | 'australia-new-zealand';

export interface Region {
  id: RegionId;
  /**
   * UN M49 numeric code of the sub-region.
   * @pattern ^[0-9]{3}$
   */
  m49: string;
  name: LocalizedText;
  /**
   * Languages in which `name` is the Unicode CLDR name of the M49 code (added by the API through
   * Intl.DisplayNames because the dataset has no name in that language): not an official UN text.
   * Absent when every name is the dataset's.
   */
  cldrNames?: LocaleCode[];
}

/** Where an organization sits. */
export interface Seat {
  /** The city, in English. @minLength 1 */
  city: string;
  /**
   * The city's name in each language (the usual exonym: Genève, Женева, جنيف, 日内瓦), added by the
   * API from its table of place names (packages/api/src/place-names.ts); absent for a city the
   * table lacks: clients then show `city`.
   */
  names?: LocalizedText;
  /**
   * ISO 3166-1 alpha-2 code of the host country (XK for Kosovo, which has none).
   * @pattern ^[A-Z]{2}$
   */
  country: string;
  /** @minimum -90 @maximum 90 */
  lat: number;
  /** @minimum -180 @maximum 180 */
  lon: number;
}

/** Kinds of organization partner. */
export type OrganizationKind =
  | 'un-entity'
  | 'treaty-body'
  | 'international-organization'
  | 'regional-organization'
  | 'regional-centre'
  | 'eu-agency'
  | 'standard-setter'
  | 'fatf-style-regional-body'
  | 'military-alliance'
  | 'partial-agreement'
  | 'network'
  | 'partnership'
  | 'regional-police-network'
  | 'development-bank';

interface PartnerBase {
  /**
   * Stable identifier: the lowercase ISO 3166-1 alpha-3 code for a country,
   * a slug of the acronym for an organization.
   * @pattern ^[a-z0-9][a-z0-9-]*$
   */
  id: string;
  name: LocalizedText;
  /**
   * Languages in which `name` is an unofficial rendering made for this dataset (no official
   * name in that language was found); absent when every name given is official.
   */
  unofficialNames?: LocaleCode[];
  /**
   * Languages in which `name` is the Unicode CLDR name of the country (added by the API through
   * Intl.DisplayNames because the dataset has no name in that language): the name operating
   * systems and browsers show, not an official text. Absent when every name is the dataset's.
   */
  cldrNames?: LocaleCode[];
  /** The partnerships this partner belongs to, each with its status and certainty. */
  memberships: Membership[];
  /** The routes this partner lies on, and its role there. */
  routes: RouteRole[];
  /** An `https:` address (any case). @format uri @pattern ^[Hh][Tt][Tt][Pp][Ss]://[^\s/?#]+ */
  website?: string;
  /** Free-text remarks carried over from the sources. */
  note?: string;
  /**
   * The partner's IATI organisation identifier, set only when an authoritative source confirms it.
   * Without it, IATI exports use a project-local reference (`PACT-LOCAL-…`, see docs/iati.md).
   * @pattern ^[A-Za-z0-9][A-Za-z0-9._-]*$
   */
  iatiOrgRef?: string;
}

export interface CountryPartner extends PartnerBase {
  kind: 'country';
  /** @pattern ^[A-Z]{2}$ */
  iso2: string;
  /** @pattern ^[A-Z]{3}$ */
  iso3: string;
  /** @pattern ^[0-9]{3}$ */
  isoNumeric: string;
  region: RegionId;
  priority: Priority;
}

export interface OrganizationPartner extends PartnerBase {
  kind: 'organization';
  /** @minLength 1 */
  acronym: string;
  organizationKind: OrganizationKind;
  seat: Seat;
  /**
   * The drug flows the sources tie the organization's work to: the Afghan opiate routes of the
   * Paris Pact, or transatlantic cocaine (the 2011 G8+ Paris Action Plan). Set for the centres.
   */
  flows?: DrugFlow[];
  /** Its part in the 2011 G8+ Paris Action Plan against transatlantic cocaine trafficking, when the plan names it. */
  actionPlan?: PlanPart;
}

/** Drug flows an organization works on. */
export type DrugFlow = 'afghan-opiates' | 'transatlantic-cocaine';

/** A partner country or organization. */
export type Partner = CountryPartner | OrganizationPartner;

export type PartnerKind = Partner['kind'];

/** Pillar numbers of the Vienna Declaration. */
export type PillarNumber = 1 | 2 | 3 | 4;

/** One of the four pillars of the Vienna Declaration (2012). */
export interface Pillar {
  number: PillarNumber;
  roman: 'I' | 'II' | 'III' | 'IV';
  /** Official title (UNODC wording in English). */
  title: LocalizedText;
  /** The short title used on paris-pact.net. */
  shortTitle: LocalizedText;
  summary: LocalizedText;
  /** Languages in which the title is an unofficial translation. */
  unofficialTranslations: LocaleCode[];
  /** Its projects, counted from the project records when the API answers (absent from pillars.json). */
  projects?: PillarProjects;
}

/** A pillar's projects: `total` as `GET /v1/projects?pillar=N` counts them, and the illustrative ones. */
export interface PillarProjects {
  /** @minimum 0 @TJS-type integer */
  total: number;
  /** @minimum 0 @TJS-type integer */
  illustrative: number;
}

/** A named point on a route. */
export interface Waypoint {
  /** @pattern ^[a-z0-9][a-z0-9-]*$ */
  id: string;
  /** @minLength 1 */
  name: string;
  /** Partner id of the country the point lies in. */
  country: string;
  /**
   * @minimum -90
   * @maximum 90
   */
  lat: number;
  /**
   * @minimum -180
   * @maximum 180
   */
  lon: number;
  /** @minLength 1 */
  role: string;
}

/** A trafficking route from Afghanistan, as the sources describe it in words. */
export interface Route {
  id: RouteId;
  name: LocalizedText;
  summary: LocalizedText;
  /**
   * Named points, in order from Afghanistan outwards.
   * @minItems 2
   */
  waypoints: Waypoint[];
  /**
   * Lines to draw, each an ordered list of waypoint ids.
   * @minItems 1
   */
  paths: string[][];
  /**
   * Partner ids of the countries crossed, in order from the origin.
   * @minItems 2
   */
  countries: string[];
  /** Why the drawn lines are not actual trafficking routes. */
  disclaimer: LocalizedText;
}

/** IATI activity status codes 1 to 6. */
export type ProjectStatus = 'pipeline' | 'implementation' | 'finalisation' | 'closed' | 'cancelled' | 'suspended';

export interface Money {
  /** @minimum 0 */
  amount: number;
  /**
   * ISO 4217 currency code.
   * @pattern ^[A-Z]{3}$
   */
  currency: string;
}

/** A technical-assistance project (modelled on IATI activities, not on ADAM). */
export interface Project {
  /** @pattern ^[a-z0-9][a-z0-9-]*$ */
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  pillar: PillarNumber;
  status: ProjectStatus;
  /**
   * Partner ids of the donors.
   * @minItems 1
   */
  donors: string[];
  /**
   * Partner ids of the beneficiary countries.
   * @minItems 1
   */
  beneficiaries: string[];
  /** Partner id of the implementing organization (IATI role 4, Implementing). */
  implementer: string;
  /** Partner id of the organization accountable for the project (IATI role 2, Accountable), when known. */
  accountable?: string;
  /** Partner id of the organization that manages the funding on the donors' behalf (IATI role 3, Extending), when known. */
  extending?: string;
  /**
   * The identifier under which the project is already published to IATI, when it is.
   * Without it, IATI exports derive one: `{reporting-org ref}-{id}`.
   * @pattern ^[A-Za-z0-9][A-Za-z0-9._-]*$
   */
  iatiIdentifier?: string;
  routes: RouteId[];
  budget: Money;
  /** @format date */
  start: string;
  /** @format date */
  end: string;
  /** @format date-time */
  updated: string;
  /** true for the sample records of the seed dataset. */
  illustrative: boolean;
}

/** A page of results with an opaque cursor to the next one. */
export interface Page<T> {
  data: T[];
  /**
   * Number of records that match the query, over all pages.
   * @minimum 0
   */
  total: number;
  /** Cursor for the next page; null on the last page. */
  next: string | null;
}

export type PartnerPage = Page<Partner>;
export type ProjectPage = Page<Project>;

export interface PillarList {
  data: Pillar[];
}

export interface RouteList {
  data: Route[];
}

/** `GET /v1/regions`: the UN M49 sub-regions, with their names (the same as `Meta.regions`). */
export interface RegionList {
  data: Region[];
}

/** One bad parameter in a request, or one bad field of a write's body. */
export interface ParamError {
  /** The query parameter or header at fault, or `body` for a field of the body. */
  param: string;
  message: string;
  /** The values the parameter accepts, when they are a closed list. */
  allowed?: string[];
  /** For a field of the body: where it is, as a JSON Pointer (RFC 6901), e.g. `/budget/amount`. */
  pointer?: string;
  /** For a field of the body: the JSON Schema rule it breaks, e.g. `required`, `pattern`, `enum`. */
  rule?: string;
}

/** An RFC 9457 problem document. */
export interface Problem {
  type: string;
  title: string;
  /**
   * @minimum 100
   * @maximum 599
   */
  status: number;
  detail?: string;
  instance?: string;
  errors?: ParamError[];
}

export type * from './feed.js';
export type * from './flows.js';
export type * from './content.js';
export type * from './meta.js';
