export type * from './model.js';
import type {
  AttendanceMode,
  CountSubject,
  DatePrecision,
  DrugFlow,
  PlanRole,
  EventKind,
  LocaleCode,
  MembershipId,
  MembershipStatus,
  OrganizationKind,
  PartnerKind,
  PillarNumber,
  ProjectStatus,
  RegionId,
  Role,
  RecordKind,
  ChangeKind,
  RouteId,
  RouteRoleKind,
} from './model.js';

/**
 * `Exhaustive<U, L>` is `L` when the list names every member of the union `U`,
 * and `never` otherwise, so that a value list cannot drift from its type.
 */
type Exhaustive<U, L extends readonly U[]> = [Exclude<U, L[number]>] extends [never] ? L : never;

function values<U>() {
  return <const L extends readonly U[]>(list: Exhaustive<U, L>): L => list;
}

/** Every allowed value of the model's closed lists, checked against the types. */
export const PARTNER_KINDS = values<PartnerKind>()(['country', 'organization']);
export const MEMBERSHIP_IDS = values<MembershipId>()(['paris-pact', 'pompidou-group', 'osce']);
export const MEMBERSHIP_STATUSES = values<MembershipStatus>()(['member', 'possible', 'former', 'partner']);
export const ROUTE_IDS = values<RouteId>()(['northern', 'balkan', 'southern']);
export const ROUTE_ROLES = values<RouteRoleKind>()([
  'origin',
  'transit',
  'transit-or-destination',
  'destination',
  'feeder',
  'coordination',
]);
export const DRUG_FLOWS = values<DrugFlow>()(['afghan-opiates', 'transatlantic-cocaine']);
/** The parts bodies play in the 2011 Paris Action Plan (`GET /v1/partners?plan=`). */
export const PLAN_ROLES = values<PlanRole>()(['information-centre', 'operational-centre', 'network']);
/** The roles a partner can have on a project (`GET /v1/partners?role=`). */
export const PROJECT_ROLES = ['donor', 'implementer', 'beneficiary'] as const;
export const PILLAR_NUMBERS = values<PillarNumber>()([1, 2, 3, 4]);
export const PROJECT_STATUSES = values<ProjectStatus>()([
  'pipeline',
  'implementation',
  'finalisation',
  'closed',
  'cancelled',
  'suspended',
]);
/**
 * An ETag without the coding a compressed representation appends to it (`"…-gzip"`, `"…-br"`, and
 * `"…-br11"` for an answer compressed again at brotli's best quality: docs/api-limits.md). The API's
 * If-Match and If-None-Match, its render fragments and the SDK's `read()` all strip it with this.
 */
export const bareEntityTag = (tag: string): string => tag.trim().replace(/-(gzip|br|br11)"$/, '"');
export const LOCALES = values<LocaleCode>()(['en', 'fr', 'ru', 'ar', 'zh', 'es', 'de', 'it']);
/** Each language's name in itself, for a choice of language (the publish page, the desk). */
export const LOCALE_NAMES: Readonly<Record<LocaleCode, string>> = {
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  ar: 'العربية',
  zh: '中文',
  es: 'Español',
  de: 'Deutsch',
  it: 'Italiano',
};
/** The languages written right to left. */
export const RTL_LOCALES: ReadonlySet<string> = new Set<LocaleCode>(['ar']);
export const REGION_IDS = values<RegionId>()([
  'northern-africa',
  'eastern-africa',
  'western-africa',
  'southern-africa',
  'northern-america',
  'latin-america-caribbean',
  'central-asia',
  'eastern-asia',
  'south-eastern-asia',
  'southern-asia',
  'western-asia',
  'eastern-europe',
  'northern-europe',
  'southern-europe',
  'western-europe',
  'australia-new-zealand',
]);
export const ORGANIZATION_KINDS = values<OrganizationKind>()([
  'un-entity',
  'treaty-body',
  'international-organization',
  'regional-organization',
  'regional-centre',
  'eu-agency',
  'standard-setter',
  'fatf-style-regional-body',
  'military-alliance',
  'partial-agreement',
  'network',
  'partnership',
  'regional-police-network',
  'development-bank',
]);
export const ROLES = values<Role>()(['coordinator', 'partner', 'reader']);
export const RECORD_KINDS = values<RecordKind>()([
  'partner',
  'pillar',
  'route',
  'project',
  'partnership',
  'event',
  'meta',
]);
export const CHANGE_KINDS = values<ChangeKind>()(['create', 'update', 'withdraw']);
/** Kinds of timeline event (`GET /v1/events?kind=`), in the order the API documents them. */
export const EVENT_KINDS = values<EventKind>()([
  'conference',
  'decision',
  'declaration',
  'action-plan',
  'expert-working-group',
  'policy-consultative-group-meeting',
  'workshop',
  'working-group',
  'programme-phase',
]);
export const DATE_PRECISIONS = values<DatePrecision>()(['day', 'month', 'year']);
export const ATTENDANCE_MODES = values<AttendanceMode>()(['in-person', 'hybrid', 'virtual']);
export const COUNT_SUBJECTS = values<CountSubject>()([
  'countries',
  'organizations',
  'members',
  'participating-states',
  'partners-for-co-operation',
]);

// Query parameters shared by the API's route table and the SDK (params.ts).
import { EVENT_SORTS, EVENT_WHEN, FLAGS, PARTNER_SORTS, PROJECT_SORTS } from './params.js';
export * from './params.js';
/** The closed-list filters of `GET /v1/partners`, in the order the API documents them. */
export const PARTNER_FILTERS = {
  kind: PARTNER_KINDS,
  member: MEMBERSHIP_IDS,
  route: ROUTE_IDS,
  region: REGION_IDS,
  priority: FLAGS,
  role: PROJECT_ROLES,
  plan: PLAN_ROLES,
  sort: PARTNER_SORTS,
  lang: LOCALES,
} as const;
/** The closed-list filters of `GET /v1/projects`. */
export const PROJECT_FILTERS = {
  pillar: PILLAR_NUMBERS,
  status: PROJECT_STATUSES,
  illustrative: FLAGS,
  sort: PROJECT_SORTS,
  lang: LOCALES,
} as const;
/** The closed-list filters of `GET /v1/events`. */
export const EVENT_FILTERS = {
  partnership: MEMBERSHIP_IDS,
  kind: EVENT_KINDS,
  pillar: PILLAR_NUMBERS,
  when: EVENT_WHEN,
  sort: EVENT_SORTS,
} as const;

/** Projects as IATI 2.03 activities (docs/iati.md). */
export * from './iati.js';
export * from './guards.js';
