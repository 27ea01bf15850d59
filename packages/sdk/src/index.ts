/**
 * The typed client of the Pact coordination API, for browsers and Node 20+.
 *
 * ```ts
 * import { createClient } from '@pact/sdk';
 * const pact = createClient({ baseUrl: 'https://api.example.org/v1', locale: 'fr' });
 * const { data } = await pact.partners.list({ member: 'osce', route: 'balkan' });
 * ```
 * @packageDocumentation
 * @module @pact/sdk
 */
export { createClient } from './client.js';
export type {
  Check,
  ClientOptions,
  InvalidRecord,
  ListResult,
  PactClient,
  PageResult,
  PartnerQuery,
  ProjectQuery,
  RequestOptions,
  StaleInfo,
  Validators,
} from './client.js';
export * from './errors.js';
export { text } from './text.js';
// The domain model, from @pact/schema (types only: nothing of it is loaded at run time).
export type {
  Confidence,
  CountryPartner,
  CountryTopology,
  Counts,
  LocaleCode,
  LocalizedText,
  Membership,
  MembershipId,
  MembershipStatus,
  Meta,
  Money,
  OrganizationKind,
  OrganizationPartner,
  Page,
  ParamError,
  Partner,
  PartnerKind,
  PartnerPage,
  Pillar,
  PillarList,
  PillarNumber,
  Priority,
  Problem,
  Project,
  ProjectPage,
  ProjectStatus,
  Region,
  RegionId,
  Route,
  RouteId,
  RouteList,
  RouteRole,
  RouteRoleKind,
  Seat,
  UnverifiedFact,
  Waypoint,
} from '@pact/schema';
export type { SchemaViolation } from '@pact/schema/validate';
