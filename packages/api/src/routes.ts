/**
 * The route table: every endpoint of the API declared once. The Hono routes and their parameter
 * checks (app.ts) and the OpenAPI document (openapi.ts) are derived from it; the SDK's query types
 * come from the same value lists in @pact/schema (PARTNER_FILTERS, PROJECT_FILTERS). A new endpoint,
 * a write one included, is one more entry.
 */
import { LOCALES, MEMBERSHIP_IDS, PILLAR_NUMBERS, type PillarNumber } from '@pact/schema';
import { EVENT_PARAMS, PARTNER_PARAMS, PROJECT_PARAMS } from './list-params.js';
import { ICS_CONTENT_TYPE } from './content/ics.js';
import type { SchemaName } from './openapi.js';
import type { ParamSpecs, ParamValues } from './params.js';
import { clip } from './problem.js';
import { IATI_CONTENT_TYPE } from './iati/index.js';
import type { EventFilter, Page, PageRequest, PartnerFilter, ProjectFilter, Store } from './store/store.js';

/**
 * How a response may be cached: `public` is {@link cacheControl}; `revalidate` (the change feed) is
 * no-cache with an ETag; `none` (writes) is no-store.
 */
export type CachePolicy = 'public' | 'revalidate' | 'none';

/**
 * A public read's Cache-Control for a shared cache kept `sharedMaxAge` seconds (a CDN: `s-maxage`;
 * browsers keep 5 minutes), served stale for a day while it revalidates or when the API fails.
 */
export const cacheControl = (sharedMaxAge = 300): string =>
  `public, max-age=300, s-maxage=${sharedMaxAge}, stale-while-revalidate=86400, stale-if-error=86400`;
export const CACHE_CONTROL = cacheControl();
/** The Cache-Control of each policy (a public read's with a CDN time of `sharedMaxAge`). */
export const cacheHeaders = (sharedMaxAge?: number): Record<CachePolicy, string> => ({
  public: cacheControl(sharedMaxAge),
  revalidate: 'no-cache',
  none: 'no-store',
});
/** Who may call the endpoint: reads are open to anyone; writes need a key of at least this role. */
export type Role = 'anyone' | 'partner' | 'coordinator';

interface Common {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path as an OpenAPI template, e.g. `/v1/partners/{id}`. */
  path: string;
  /** The OpenAPI operationId: stable, what generated clients name the call (never rename one). */
  operationId: string;
  summary: string;
  /** The component schema of a 200 body; null for any JSON object. */
  response: SchemaName | null;
  cache: CachePolicy;
  role: Role;
  /** Wording of documented responses where this endpoint differs from the rest. */
  notes?: Partial<Record<'304' | '400' | '405', string>>;
}

/** A paged list: query parameters (a cursor and a limit among them) and the store's query. */
export interface ListRoute extends Common {
  kind: 'list';
  params: ParamSpecs;
  /** Given `today` (UTC, from the app's clock) when its `when` parameter is used. */
  clock?: boolean;
  list(store: Store, values: ParamValues, page: PageRequest): Promise<Page<unknown>>;
}

/** One record by a path parameter; no query parameters. */
export interface RecordRoute extends Common {
  kind: 'record';
  /** `integer`: the value is a number (a pillar), declared so in OpenAPI as the SDK takes it. */
  param: { name: string; description: string; example: string; type?: 'integer' };
  find(store: Store, value: string): Promise<unknown>;
  /** The 404's detail for a value no record has. */
  notFound(store: Store, value: string): Promise<string>;
}

/** A whole document without parameters; `openapi` is the API's own OpenAPI document. */
export interface DocumentRoute extends Common {
  kind: 'document';
  find(store: Store, openapi: object): Promise<unknown>;
}

/** An event as an iCalendar file (RFC 5545): its id in the path, `{id}.ics`; only `lang` in the query. */
export interface CalendarRoute extends Common {
  kind: 'calendar';
  param: { name: string; description: string; example: string };
  params: ParamSpecs;
  contentType: string;
}

/** The change feed: every accepted write in order, after the `since` cursor (only a database has one). */
export interface FeedRoute extends Common {
  kind: 'feed';
  params: ParamSpecs;
}

/** The projects of a list query as a document of another format (IATI 2.03 XML), all pages at once. */
export interface ExportRoute extends Common {
  kind: 'export';
  params: ParamSpecs;
  contentType: string;
}

/** What a write does once the key, the body and the preconditions have been read (write/handler.ts). */
export type WriteOperation =
  | 'project.create'
  | 'project.update'
  | 'project.withdraw'
  | 'partner.put'
  | 'partner.withdraw'
  | 'membership.put'
  | 'membership.remove';

/** An authenticated write on the database. */
export interface WriteRoute extends Common {
  kind: 'write';
  operation: WriteOperation;
  /** The path parameters naming the record (and, for a membership, the partnership), if any. */
  pathParams?: { name: string; description: string; example: string }[];
  /** The component schema of the request body (a merge patch of it for PATCH); null for no body. */
  body: SchemaName | null;
  /** The status of a success: 201 for a create, 200 for an update, 204 for a withdrawal. */
  status: 200 | 201 | 204;
  /** If-Match: always (an update), never (a create), or when the record exists (a PUT that may create). */
  ifMatch: 'required' | 'no' | 'when-exists';
}

export type RouteSpec = ListRoute | RecordRoute | DocumentRoute | FeedRoute | ExportRoute | CalendarRoute | WriteRoute;

/** The store's list queries: each takes the checked query values (the route's params) and a page. */
type ListQuery = 'listPartners' | 'listProjects' | 'listEvents';

const read = { method: 'GET', cache: 'public', role: 'anyone' } as const;
type ReadRoute = ListRoute | RecordRoute | DocumentRoute;
type Fields<R extends RouteSpec> = Omit<R, keyof typeof read | 'kind' | 'path' | 'response'>;
/** A builder of the routes of one kind: the path and the response schema first, then the rest. */
const builder =
  <K extends ReadRoute['kind']>(kind: K) =>
  <R extends Extract<ReadRoute, { kind: K }>>(path: string, response: R['response'], rest: Fields<R>) =>
    ({ ...read, kind, path, response, ...rest }) as R;
const record = builder('record');
const doc = builder('document');
/** A paged list answered by one list query of the store (given the values checked against `params`). */
const list = (path: string, response: SchemaName, query: ListQuery, params: ParamSpecs, summary: string) =>
  builder('list')(path, response, {
    operationId: query,
    summary,
    params,
    list: (store, values, page) => store[query](values as PartnerFilter & ProjectFilter & EventFilter, page),
    ...(query === 'listEvents' ? { clock: true } : {}),
  });

/** A whole collection as `{ data: [...] }`, answered by one query of the store. */
const collection = (
  path: string,
  response: SchemaName,
  query: 'listPillars' | 'listRoutes' | 'listFlows' | 'listPartnerships',
  summary: string,
) => doc(path, response, { operationId: query, summary, find: async (store) => ({ data: await store[query]() }) });

const PILLARS = PILLAR_NUMBERS.map(String);
const PROJECT_ID = { name: 'id', description: 'Project id.', example: 'prj-0001' };
const PARTNER_ID = { name: 'id', description: 'Partner id, e.g. "tjk" or "unodc".', example: 'tjk' };
const PARTNERSHIP = {
  name: 'partnership',
  description: `The partnership: ${MEMBERSHIP_IDS.join(', ')}.`,
  example: 'paris-pact',
};
const routeIds = async (store: Store) => (await store.listRoutes()).map((r) => r.id).join(', ');
const EVENT_ID = {
  name: 'id',
  description: 'Event id, e.g. "2012-02-vienna-declaration".',
  example: '2012-02-vienna-declaration',
};

export const ROUTES: readonly RouteSpec[] = [
  list('/v1/partners', 'PartnerPage', 'listPartners', PARTNER_PARAMS, 'List partners (countries and organizations)'),
  record('/v1/partners/{id}', 'Partner', {
    operationId: 'getPartner',
    summary: 'Get one partner',
    param: { name: 'id', description: 'Partner id, e.g. "tjk" or "unodc".', example: 'tjk' },
    find: (store, id) => store.getPartner(id),
    notFound: async (_store, id) =>
      `No partner has the id "${clip(id)}". Ids are lowercase ISO 3166-1 alpha-3 codes for countries (e.g. "tjk") and acronyms for organizations (e.g. "unodc"); see /v1/partners.`,
  }),
  collection('/v1/pillars', 'PillarList', 'listPillars', 'The four pillars of the Vienna Declaration'),
  record('/v1/pillars/{n}', 'Pillar', {
    operationId: 'getPillar',
    summary: 'Get one pillar',
    param: { name: 'n', description: 'Pillar number, 1 to 4.', example: '2', type: 'integer' },
    find: async (store, n) => (PILLARS.includes(n) ? store.getPillar(Number(n) as PillarNumber) : undefined),
    notFound: async (_store, n) =>
      `There is no pillar "${clip(n)}". The Vienna Declaration has four pillars, numbered 1 to 4.`,
  }),
  collection('/v1/routes', 'RouteList', 'listRoutes', 'The northern, Balkan and southern routes'),
  record('/v1/routes/{id}', 'Route', {
    operationId: 'getRoute',
    summary: 'Get one route',
    param: { name: 'id', description: 'northern, balkan or southern.', example: 'balkan' },
    find: (store, id) => store.getRoute(id),
    notFound: async (store, id) => `There is no route "${clip(id)}". Routes: ${await routeIds(store)}.`,
  }),
  collection(
    '/v1/flows',
    'FlowSetList',
    'listFlows',
    'The flow sets besides the opiate routes: transatlantic cocaine trafficking as the 2011 Paris Action Plan describes it (approximate directions, each with the words it rests on)',
  ),
  list('/v1/projects', 'ProjectPage', 'listProjects', PROJECT_PARAMS, 'List technical-assistance projects'),
  record('/v1/projects/{id}', 'Project', {
    operationId: 'getProject',
    summary: 'Get one project',
    param: { name: 'id', description: 'Project id, e.g. "prj-0001".', example: 'prj-0001' },
    find: (store, id) => store.getProject(id),
    notFound: async (_store, id) => `No project has the id "${clip(id)}"; see /v1/projects.`,
  }),
  collection(
    '/v1/partnerships',
    'PartnershipList',
    'listPartnerships',
    'The Paris Pact Initiative, the Pompidou Group and the OSCE: founding, mandate, components, member counts with their sources',
  ),
  record('/v1/partnerships/{id}', 'Partnership', {
    operationId: 'getPartnership',
    summary: 'Get one partnership',
    param: { name: 'id', description: `${MEMBERSHIP_IDS.join(', ')}.`, example: 'pompidou-group' },
    find: (store, id) => store.getPartnership(id),
    notFound: async (_store, id) =>
      `There is no partnership "${clip(id)}". Partnerships: ${MEMBERSHIP_IDS.join(', ')}.`,
  }),
  list(
    '/v1/events',
    'EventPage',
    'listEvents',
    EVENT_PARAMS,
    'The timeline: milestones, meetings and documents, by date',
  ),
  {
    kind: 'calendar',
    method: 'GET',
    cache: 'public',
    role: 'anyone',
    path: '/v1/events/{id}.ics',
    operationId: 'getEventCalendar',
    response: null,
    contentType: ICS_CONTENT_TYPE,
    param: EVENT_ID,
    params: {
      lang: {
        kind: 'lang',
        values: LOCALES,
        description: 'Language of the title and description (English where a text lacks it); default en.',
      },
    },
    summary:
      'An event known to the day as an iCalendar file (RFC 5545); events dated only to the month or the year have none (404)',
  },
  record('/v1/events/{id}', 'TimelineEvent', {
    operationId: 'getEvent',
    summary: 'Get one event',
    param: EVENT_ID,
    find: (store, id) => store.getEvent(id),
    notFound: async (_store, id) => `No event has the id "${clip(id)}"; see /v1/events.`,
  }),
  doc('/v1/geo/countries', 'CountryTopology', {
    operationId: 'getCountryShapes',
    summary: 'Country shapes (TopoJSON, ids are ISO 3166-1 alpha-3)',
    find: (store) => store.countryShapes(),
  }),
  doc('/v1/meta', 'Meta', {
    operationId: 'getMeta',
    summary: 'About the dataset: version, counts, illustrative records and unverified facts',
    find: (store) => store.meta(),
  }),
  doc('/v1/regions', 'RegionList', {
    operationId: 'listRegions',
    summary: "The UN M49 sub-regions partner countries lie in, with their names (/v1/meta's regions alone)",
    find: async (store) => ({ data: (await store.meta()).regions }),
  }),
  {
    kind: 'export',
    method: 'GET',
    cache: 'public',
    role: 'anyone',
    path: '/v1/projects.iati.xml',
    operationId: 'exportProjectsIati',
    response: null,
    contentType: IATI_CONTENT_TYPE,
    summary:
      'The projects of a query as IATI 2.03 activity XML (same filters as /v1/projects, every page at once; docs/iati.md)',
    params: Object.fromEntries(Object.entries(PROJECT_PARAMS).filter(([k]) => k !== 'cursor' && k !== 'limit')),
  },
  {
    kind: 'feed',
    method: 'GET',
    cache: 'revalidate',
    role: 'anyone',
    path: '/v1/changes',
    operationId: 'listChanges',
    response: 'ChangePage',
    summary: 'The change feed: every accepted write in order (append-only), after the `since` cursor',
    params: {
      since: {
        kind: 'text',
        maxLength: 64,
        description: 'The `cursor` of the previous page; omit to start at the beginning.',
      },
      limit: { kind: 'int', min: 1, max: 1000, default: 100, description: 'Changes per page, 1 to 1000.' },
    },
  },
  {
    kind: 'write',
    method: 'POST',
    cache: 'none',
    role: 'partner',
    path: '/v1/projects',
    operation: 'project.create',
    operationId: 'createProject',
    body: 'Project',
    response: 'Project',
    status: 201,
    ifMatch: 'no',
    summary: 'Register a project (its implementer or a donor must be your organization, unless you are a coordinator)',
  },
  {
    kind: 'write',
    method: 'PATCH',
    cache: 'none',
    role: 'partner',
    path: '/v1/projects/{id}',
    operation: 'project.update',
    operationId: 'updateProject',
    pathParams: [PROJECT_ID],
    body: 'Project',
    response: 'Project',
    status: 200,
    ifMatch: 'required',
    summary: 'Change a project (JSON Merge Patch, RFC 7396; If-Match required)',
  },
  {
    kind: 'write',
    method: 'DELETE',
    cache: 'none',
    role: 'partner',
    path: '/v1/projects/{id}',
    operation: 'project.withdraw',
    operationId: 'withdrawProject',
    pathParams: [PROJECT_ID],
    body: null,
    response: null,
    status: 204,
    ifMatch: 'required',
    summary: 'Withdraw a project: lists stop showing it; the change feed keeps its history (If-Match required)',
  },
  {
    kind: 'write',
    method: 'PUT',
    cache: 'none',
    role: 'coordinator',
    path: '/v1/partners/{id}',
    operation: 'partner.put',
    operationId: 'putPartner',
    pathParams: [PARTNER_ID],
    body: 'Partner',
    response: 'Partner',
    status: 200,
    ifMatch: 'when-exists',
    summary: 'Create a partner (201) or replace it (200, If-Match required); coordinators only',
  },
  {
    kind: 'write',
    method: 'DELETE',
    cache: 'none',
    role: 'coordinator',
    path: '/v1/partners/{id}',
    operation: 'partner.withdraw',
    operationId: 'withdrawPartner',
    pathParams: [PARTNER_ID],
    body: null,
    response: null,
    status: 204,
    ifMatch: 'required',
    summary:
      'Withdraw a partner that no live project, route, event, partnership or flow set names (409 otherwise); coordinators only',
  },
  {
    kind: 'write',
    method: 'PUT',
    cache: 'none',
    role: 'coordinator',
    path: '/v1/partners/{id}/memberships/{partnership}',
    operation: 'membership.put',
    operationId: 'putMembership',
    pathParams: [PARTNER_ID, PARTNERSHIP],
    body: 'Membership',
    response: 'Partner',
    status: 200,
    ifMatch: 'required',
    summary: "Set a partner's membership of a partnership (If-Match: the partner's ETag); coordinators only",
  },
  {
    kind: 'write',
    method: 'DELETE',
    cache: 'none',
    role: 'coordinator',
    path: '/v1/partners/{id}/memberships/{partnership}',
    operation: 'membership.remove',
    operationId: 'removeMembership',
    pathParams: [PARTNER_ID, PARTNERSHIP],
    body: null,
    response: 'Partner',
    status: 200,
    ifMatch: 'required',
    summary: "Remove a partner's membership of a partnership (If-Match: the partner's ETag); coordinators only",
  },
  doc('/v1/openapi.json', null, {
    operationId: 'getOpenApi',
    summary: 'This document',
    notes: {
      '304': 'Not Modified',
      '400': 'Bad Request: this path takes no parameters.',
      '405': 'Method Not Allowed.',
    },
    find: async (_store, openapi) => openapi,
  }),
];

/** The methods the table serves, then HEAD and OPTIONS (for Allow and CORS preflights). */
export const ALLOWED_METHODS = [...new Set(ROUTES.map((r) => r.method)), 'HEAD', 'OPTIONS'].join(', ');
