/**
 * The route table: every endpoint of the API declared once. The Hono routes and their parameter
 * checks (app.ts) and the OpenAPI document (openapi.ts) are derived from it; the SDK's query types
 * come from the same value lists in @pact/schema (PARTNER_FILTERS, PROJECT_FILTERS). A new endpoint,
 * a write one included, is one more entry.
 */
import { PILLAR_NUMBERS, type PillarNumber } from '@pact/schema';
import { PARTNER_PARAMS, PROJECT_PARAMS } from './list-params.js';
import type { SchemaName } from './openapi.js';
import type { ParamSpecs, ParamValues } from './params.js';
import { clip } from './problem.js';
import type { Page, PageRequest, PartnerFilter, ProjectFilter, Store } from './store/store.js';

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
  list(store: Store, values: ParamValues, page: PageRequest): Promise<Page<unknown>>;
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

/** The store's list queries: each takes the checked query values (the route's params) and a page. */
type ListQuery = 'listPartners' | 'listProjects';

const read = { method: 'GET', cache: 'public', role: 'anyone' } as const;
type Fields<R extends RouteSpec> = Omit<R, keyof typeof read | 'kind' | 'path' | 'response'>;
/** A builder of the routes of one kind: the path and the response schema first, then the rest. */
const builder =
  <K extends RouteSpec['kind']>(kind: K) =>
  <R extends Extract<RouteSpec, { kind: K }>>(path: string, response: R['response'], rest: Fields<R>) =>
    ({ ...read, kind, path, response, ...rest }) as R;
const record = builder('record');
const doc = builder('document');
/** A paged list answered by one list query of the store (given the values checked against `params`). */
const list = (path: string, response: SchemaName, query: ListQuery, params: ParamSpecs, summary: string) =>
  builder('list')(path, response, {
    summary,
    params,
    list: (store, values, page) => store[query](values as PartnerFilter & ProjectFilter, page),
  });

/** A whole collection as `{ data: [...] }`, answered by one query of the store. */
const collection = (path: string, response: SchemaName, query: 'listPillars' | 'listRoutes', summary: string) =>
  doc(path, response, { summary, find: async (store) => ({ data: await store[query]() }) });

const PILLARS = PILLAR_NUMBERS.map(String);
const routeIds = async (store: Store) => (await store.listRoutes()).map((r) => r.id).join(', ');

export const ROUTES: readonly RouteSpec[] = [
  list('/v1/partners', 'PartnerPage', 'listPartners', PARTNER_PARAMS, 'List partners (countries and organizations)'),
  record('/v1/partners/{id}', 'Partner', {
    summary: 'Get one partner',
    param: { name: 'id', description: 'Partner id, e.g. "tjk" or "unodc".', example: 'tjk' },
    find: (store, id) => store.getPartner(id),
    notFound: async (_store, id) =>
      `No partner has the id "${clip(id)}". Ids are lowercase ISO 3166-1 alpha-3 codes for countries (e.g. "tjk") and acronyms for organizations (e.g. "unodc"); see /v1/partners.`,
  }),
  collection('/v1/pillars', 'PillarList', 'listPillars', 'The four pillars of the Vienna Declaration'),
  record('/v1/pillars/{n}', 'Pillar', {
    summary: 'Get one pillar',
    param: { name: 'n', description: 'Pillar number, 1 to 4.', example: '2' },
    find: async (store, n) => (PILLARS.includes(n) ? store.getPillar(Number(n) as PillarNumber) : undefined),
    notFound: async (_store, n) =>
      `There is no pillar "${clip(n)}". The Vienna Declaration has four pillars, numbered 1 to 4.`,
  }),
  collection('/v1/routes', 'RouteList', 'listRoutes', 'The northern, Balkan and southern routes'),
  record('/v1/routes/{id}', 'Route', {
    summary: 'Get one route',
    param: { name: 'id', description: 'northern, balkan or southern.', example: 'balkan' },
    find: (store, id) => store.getRoute(id),
    notFound: async (store, id) => `There is no route "${clip(id)}". Routes: ${await routeIds(store)}.`,
  }),
  list('/v1/projects', 'ProjectPage', 'listProjects', PROJECT_PARAMS, 'List technical-assistance projects'),
  record('/v1/projects/{id}', 'Project', {
    summary: 'Get one project',
    param: { name: 'id', description: 'Project id, e.g. "prj-0001".', example: 'prj-0001' },
    find: (store, id) => store.getProject(id),
    notFound: async (_store, id) => `No project has the id "${clip(id)}"; see /v1/projects.`,
  }),
  doc('/v1/geo/countries', 'CountryTopology', {
    summary: 'Country shapes (TopoJSON, ids are ISO 3166-1 alpha-3)',
    find: (store) => store.countryShapes(),
  }),
  doc('/v1/meta', 'Meta', {
    summary: 'About the dataset: version, counts, illustrative records and unverified facts',
    find: (store) => store.meta(),
  }),
  doc('/v1/openapi.json', null, {
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
