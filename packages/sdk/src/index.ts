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
export { createClient, createReader } from './client.js';
export type {
  ChangeQuery,
  Check,
  ClientOptions,
  InvalidRecord,
  ListResult,
  MergePatch,
  PactClient,
  PactReader,
  PageResult,
  PartnerQuery,
  ProjectQuery,
  RequestOptions,
  StaleInfo,
  Validators,
  Versioned,
  WriteOptions,
} from './client.js';
export * from './errors.js';
export * from './write-errors.js';
export { text } from './text.js';
// The domain model, from @pact/schema (types only: nothing of it is loaded at run time).
export type {
  Change,
  ChangeKind,
  ChangePage,
  Confidence,
  CountryPartner,
  CountryTopology,
  Counts,
  JsonPatchOperation,
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
  ProjectInput,
  ProjectPage,
  ProjectStatus,
  Region,
  RecordKind,
  RegionId,
  Role,
  Route,
  RouteId,
  RouteList,
  RouteRole,
  RouteRoleKind,
  Seat,
  UnverifiedFact,
  Waypoint,
  FlowLine,
  FlowPoint,
  FlowSet,
  FlowSetList,
  PlanPart,
  PlanRole,
} from '@pact/schema';
export type { SchemaViolation } from '@pact/schema/validate';
