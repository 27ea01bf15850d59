/**
 * The route table: every endpoint of the API declared once. The Hono routes and their parameter
 * checks (app.ts) and the OpenAPI document (openapi.ts) are derived from it; the SDK's query types
 * come from the same value lists in @pact/schema (PARTNER_FILTERS, PROJECT_FILTERS). A new endpoint,
 * a write one included, is one more entry.
 */
import {
  PAGE_LIMIT,
  PARTNER_FILTERS,
  PILLAR_NUMBERS,
  PROJECT_FILTERS,
  SEARCH_MAX_LENGTH,
  type PartnerQuery,
  type PillarNumber,
  type ProjectQuery,
} from '@pact/schema';
import type { SchemaName } from './openapi.js';
import type { ParamSpec, ParamSpecs, ParamValues } from './params.js';
import { clip } from './problem.js';
import type { Page, PageRequest, Store } from './store/store.js';

/** How a response may be cached: `public` is Cache-Control: public, max-age=300, stale-while-revalidate=86400. */
export type CachePolicy = 'public';
/** Who may call the endpoint: reads are open to anyone. */
export type Role = 'anyone';

interface Common {
  method: 'GET';
  /** The path as an OpenAPI template, e.g. `/v1/partners/{id}`. */
  path: string;
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
  list(store: Store, filter: ParamValues, page: PageRequest): Promise<Page<unknown>>;
}

/** One record by a path parameter; no query parameters. */
export interface RecordRoute extends Common {
  kind: 'record';
  param: { name: string; description: string; example: string };
  find(store: Store, value: string): Promise<unknown>;
  /** The 404's detail for a value no record has. */
  notFound(store: Store, value: string): Promise<string>;
}

/** A whole document without parameters; `openapi` is the API's own OpenAPI document. */
export interface DocumentRoute extends Common {
  kind: 'document';
  find(store: Store, openapi: object): Promise<unknown>;
}

export type RouteSpec = ListRoute | RecordRoute | DocumentRoute;

/** The parameters of a list, with exactly the keys of its SDK query type `Q`. */
const paramsOf =
  <Q>() =>
  <S extends Record<keyof Required<Q>, ParamSpec>>(specs: S & Record<Exclude<keyof S, keyof Q>, never>): S =>
    specs;
const oneOf = (values: readonly (string | number | boolean)[], description: string): ParamSpec => ({
  kind: 'enum',
  values,
  description,
});
const search = (description: string): ParamSpec => ({ kind: 'text', maxLength: SEARCH_MAX_LENGTH, description });
const limit: ParamSpec = { kind: 'int', ...PAGE_LIMIT, description: 'Records per page, 1 to 200.' };
const cursor: ParamSpec = { kind: 'cursor', description: 'The `next` value of the previous page.' };
const partnerId = (description: string): ParamSpec => ({ kind: 'id', example: 'afg', description });

const PARTNER_PARAMS = paramsOf<PartnerQuery>()({
  kind: oneOf(PARTNER_FILTERS.kind, 'Countries or organizations only.'),
  member: oneOf(
    PARTNER_FILTERS.member,
    'Members of a partnership (status "member", confirmed or not; possible members are left out).',
  ),
  route: oneOf(PARTNER_FILTERS.route, 'Partners that lie on a route.'),
  region: oneOf(PARTNER_FILTERS.region, 'Countries in a UN M49 sub-region.'),
  priority: oneOf(
    PARTNER_FILTERS.priority,
    'Paris Pact priority countries (derived flag); unknown ones match neither.',
  ),
  q: search('Words to find in the names, in any language; case and accents are ignored.'),
  sort: oneOf(PARTNER_FILTERS.sort, 'Order by name in `lang`.'),
  lang: oneOf(PARTNER_FILTERS.lang, 'Language of the names used to sort (Intl.Collator); default en.'),
  limit,
  cursor,
});

const PROJECT_PARAMS = paramsOf<ProjectQuery>()({
  pillar: oneOf(PROJECT_FILTERS.pillar, 'Vienna Declaration pillar, 1 to 4.'),
  status: oneOf(PROJECT_FILTERS.status, 'IATI activity status.'),
  country: partnerId('Partner id of a beneficiary country.'),
  donor: partnerId('Partner id of a donor.'),
  q: search('Words to find in the titles, in any language; case and accents are ignored.'),
  sort: oneOf(
    PROJECT_FILTERS.sort,
    'Order by start date, title (in `lang`) or budget (by currency, then amount; no conversion). Default -start.',
  ),
  lang: oneOf(PROJECT_FILTERS.lang, 'Language of the titles used to sort; default en.'),
  limit,
  cursor,
});

const read = { method: 'GET', cache: 'public', role: 'anyone' } as const;
const PILLARS = PILLAR_NUMBERS.map(String);

export const ROUTES: readonly RouteSpec[] = [
  {
    ...read,
    kind: 'list',
    path: '/v1/partners',
    summary: 'List partners (countries and organizations)',
    response: 'PartnerPage',
    params: PARTNER_PARAMS,
    list: (store, filter, page) => store.listPartners(filter as PartnerQuery, page),
  },
  {
    ...read,
    kind: 'record',
    path: '/v1/partners/{id}',
    summary: 'Get one partner',
    response: 'Partner',
    param: { name: 'id', description: 'Partner id, e.g. "tjk" or "unodc".', example: 'tjk' },
    find: (store, id) => store.getPartner(id),
    notFound: async (_store, id) =>
      `No partner has the id "${clip(id)}". Ids are lowercase ISO 3166-1 alpha-3 codes for countries (e.g. "tjk") and acronyms for organizations (e.g. "unodc"); see /v1/partners.`,
  },
  {
    ...read,
    kind: 'document',
    path: '/v1/pillars',
    summary: 'The four pillars of the Vienna Declaration',
    response: 'PillarList',
    find: async (store) => ({ data: await store.listPillars() }),
  },
  {
    ...read,
    kind: 'record',
    path: '/v1/pillars/{n}',
    summary: 'Get one pillar',
    response: 'Pillar',
    param: { name: 'n', description: 'Pillar number, 1 to 4.', example: '2' },
    find: async (store, n) => (PILLARS.includes(n) ? store.getPillar(Number(n) as PillarNumber) : undefined),
    notFound: async (_store, n) =>
      `There is no pillar "${clip(n)}". The Vienna Declaration has four pillars, numbered 1 to 4.`,
  },
  {
    ...read,
    kind: 'document',
    path: '/v1/routes',
    summary: 'The northern, Balkan and southern routes',
    response: 'RouteList',
    find: async (store) => ({ data: await store.listRoutes() }),
  },
  {
    ...read,
    kind: 'record',
    path: '/v1/routes/{id}',
    summary: 'Get one route',
    response: 'Route',
    param: { name: 'id', description: 'northern, balkan or southern.', example: 'balkan' },
    find: (store, id) => store.getRoute(id),
    notFound: async (store, id) =>
      `There is no route "${clip(id)}". Routes: ${(await store.listRoutes()).map((r) => r.id).join(', ')}.`,
  },
  {
    ...read,
    kind: 'list',
    path: '/v1/projects',
    summary: 'List technical-assistance projects',
    response: 'ProjectPage',
    params: PROJECT_PARAMS,
    list: (store, filter, page) => store.listProjects(filter as ProjectQuery, page),
  },
  {
    ...read,
    kind: 'record',
    path: '/v1/projects/{id}',
    summary: 'Get one project',
    response: 'Project',
    param: { name: 'id', description: 'Project id, e.g. "prj-0001".', example: 'prj-0001' },
    find: (store, id) => store.getProject(id),
    notFound: async (_store, id) => `No project has the id "${clip(id)}"; see /v1/projects.`,
  },
  {
    ...read,
    kind: 'document',
    path: '/v1/geo/countries',
    summary: 'Country shapes (TopoJSON, ids are ISO 3166-1 alpha-3)',
    response: 'CountryTopology',
    find: (store) => store.countryShapes(),
  },
  {
    ...read,
    kind: 'document',
    path: '/v1/meta',
    summary: 'About the dataset: version, counts, illustrative records and unverified facts',
    response: 'Meta',
    find: (store) => store.meta(),
  },
  {
    ...read,
    kind: 'document',
    path: '/v1/openapi.json',
    summary: 'This document',
    response: null,
    notes: {
      '304': 'Not Modified',
      '400': 'Bad Request: this path takes no parameters.',
      '405': 'Method Not Allowed.',
    },
    find: async (_store, openapi) => openapi,
  },
];

/** The methods the table serves, then HEAD and OPTIONS (for Allow and CORS preflights). */
export const ALLOWED_METHODS = [...new Set(ROUTES.map((r) => r.method)), 'HEAD', 'OPTIONS'].join(', ');
