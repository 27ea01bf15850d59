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
  EventQuery,
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
  ContentSection,
  CountryTopology,
  CountSubject,
  Counts,
  DatePrecision,
  EventKind,
  EventPage,
  Founding,
  JsonPatchOperation,
  LocaleCode,
  LocalizedText,
  MemberCount,
  Membership,
  MembershipId,
  MembershipStatus,
  Meta,
  Money,
  OrganizationKind,
  OrganizationPartner,
  Organizer,
  Page,
  ParamError,
  PartialDate,
  Partner,
  PartnerKind,
  PartnerPage,
  Partnership,
  PartnershipList,
  Pillar,
  PillarList,
  PillarNumber,
  PillarProjects,
  Place,
  Priority,
  Problem,
  ProgrammeComponent,
  Project,
  ProjectInput,
  ProjectPage,
  ProjectStatus,
  Region,
  RecordKind,
  RegionId,
  RegionList,
  Role,
  Route,
  RouteId,
  RouteList,
  RouteRole,
  RouteRoleKind,
  Seat,
  SourceLink,
  TimelineEvent,
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
