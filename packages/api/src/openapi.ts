import partnerSchema from '@pact/schema/schemas/Partner.json' with { type: 'json' };
import partnerPageSchema from '@pact/schema/schemas/PartnerPage.json' with { type: 'json' };
import pillarSchema from '@pact/schema/schemas/Pillar.json' with { type: 'json' };
import pillarListSchema from '@pact/schema/schemas/PillarList.json' with { type: 'json' };
import routeSchema from '@pact/schema/schemas/Route.json' with { type: 'json' };
import routeListSchema from '@pact/schema/schemas/RouteList.json' with { type: 'json' };
import regionListSchema from '@pact/schema/schemas/RegionList.json' with { type: 'json' };
import projectSchema from '@pact/schema/schemas/Project.json' with { type: 'json' };
import projectPageSchema from '@pact/schema/schemas/ProjectPage.json' with { type: 'json' };
import problemSchema from '@pact/schema/schemas/Problem.json' with { type: 'json' };
import metaSchema from '@pact/schema/schemas/Meta.json' with { type: 'json' };
import topologySchema from '@pact/schema/schemas/CountryTopology.json' with { type: 'json' };
import changePageSchema from '@pact/schema/schemas/ChangePage.json' with { type: 'json' };
import membershipSchema from '@pact/schema/schemas/Membership.json' with { type: 'json' };
import flowSetListSchema from '@pact/schema/schemas/FlowSetList.json' with { type: 'json' };
import partnershipSchema from '@pact/schema/schemas/Partnership.json' with { type: 'json' };
import partnershipListSchema from '@pact/schema/schemas/PartnershipList.json' with { type: 'json' };
import eventSchema from '@pact/schema/schemas/TimelineEvent.json' with { type: 'json' };
import eventPageSchema from '@pact/schema/schemas/EventPage.json' with { type: 'json' };
import { PILLAR_NUMBERS } from '@pact/schema';
import type { ParamSpec } from './params.js';
import {
  cacheControl,
  cacheHeaders,
  type CachePolicy,
  type RouteSpec,
  type WriteOperation,
  type WriteRoute,
} from './routes.js';

type JsonObject = { [key: string]: unknown };

/** Rewrites draft-07 `#/definitions/X` references to OpenAPI's `#/components/schemas/X`. */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '$schema' || k === '$id' || k === 'definitions') continue;
      out[k] =
        k === '$ref' && typeof v === 'string' ? v.replace('#/definitions/', '#/components/schemas/') : rewriteRefs(v);
    }
    return out;
  }
  return value;
}

const SCHEMAS = {
  Partner: partnerSchema,
  PartnerPage: partnerPageSchema,
  Pillar: pillarSchema,
  PillarList: pillarListSchema,
  Route: routeSchema,
  RouteList: routeListSchema,
  RegionList: regionListSchema,
  Project: projectSchema,
  ProjectPage: projectPageSchema,
  Problem: problemSchema,
  Meta: metaSchema,
  CountryTopology: topologySchema,
  ChangePage: changePageSchema,
  Membership: membershipSchema,
  FlowSetList: flowSetListSchema,
  Partnership: partnershipSchema,
  PartnershipList: partnershipListSchema,
  TimelineEvent: eventSchema,
  EventPage: eventPageSchema,
} satisfies Record<string, JsonObject>;

/** The name of a component schema a route may answer with. */
export type SchemaName = keyof typeof SCHEMAS;

/** Component schemas from the generated JSON Schemas: each top-level type plus every definition it uses. */
function components(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(SCHEMAS) as [string, JsonObject][]) {
    const defs = (schema['definitions'] ?? {}) as Record<string, unknown>;
    for (const [d, s] of Object.entries(defs)) out[d] ??= rewriteRefs(s);
    out[name] = rewriteRefs(schema);
  }
  return out;
}

function parameter(name: string, spec: ParamSpec) {
  // A closed list keeps its values' type (pillar numbers are integers, flags booleans), as the SDK takes them.
  const schema =
    spec.kind === 'enum'
      ? spec.values.every((v) => typeof v === 'number')
        ? { type: 'integer', enum: spec.values }
        : spec.values.every((v) => typeof v === 'boolean')
          ? { type: 'boolean' }
          : { type: 'string', enum: spec.values.map(String) }
      : spec.kind === 'int'
        ? { type: 'integer', minimum: spec.min, maximum: spec.max, default: spec.default }
        : spec.kind === 'text'
          ? { type: 'string', maxLength: spec.maxLength }
          : spec.kind === 'lang'
            ? { type: 'string', maxLength: 64, examples: spec.values }
            : spec.kind === 'date'
              ? {
                  type: 'string',
                  pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$',
                  examples: ['2006', '2006-06', '2006-06-26'],
                }
              : { type: 'string' };
  return { name, in: 'query', required: false, description: spec.description, schema };
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** What a reader's Cache-Control says, as the API sends it (routes.ts `cacheHeaders`). */
const CACHE_DESCRIPTIONS: Record<'public' | 'revalidate', string> = {
  public: `\`${cacheControl()}\`: browsers keep it 5 minutes, a shared cache (a CDN) for \`s-maxage\` (300 s unless the deployment sets PACT_S_MAXAGE), and either may serve it stale for a day while it revalidates or while the API fails.`,
  revalidate: `\`${cacheHeaders().revalidate}\`: a cache may keep it, but asks again each time (with If-None-Match).`,
};
/** A read's headers: its ETag, and its Cache-Control as its route's policy makes it. */
const readHeaders = (cache: CachePolicy) => ({
  ETag: {
    description: 'Strong validator of the representation; send it back in If-None-Match.',
    schema: { type: 'string' },
  },
  'Cache-Control': {
    description: cache === 'none' ? `\`${cacheHeaders().none}\`` : CACHE_DESCRIPTIONS[cache],
    schema: { type: 'string' },
  },
});

/** The OpenAPI operation of one route of the table. */
function operation(route: RouteSpec) {
  const parameters: unknown[] = [];
  if (route.kind === 'record' || route.kind === 'calendar')
    parameters.push({
      name: route.param.name,
      in: 'path',
      required: true,
      description: route.param.description,
      schema:
        route.kind === 'record' && route.param.type === 'integer'
          ? { type: 'integer', enum: PILLAR_NUMBERS }
          : { type: 'string' },
    });
  if (route.kind === 'list' || route.kind === 'feed' || route.kind === 'export' || route.kind === 'calendar')
    for (const [name, spec] of Object.entries(route.params)) parameters.push(parameter(name, spec));
  if (route.kind === 'write') return writeOperation(route, parameters);
  const notes = route.notes ?? {};
  const headers = readHeaders(route.cache);
  const schema = route.response ? { $ref: `#/components/schemas/${route.response}` } : { type: 'object' };
  const responses: Record<string, unknown> = {
    '200': { description: 'OK', headers, content: { 'application/json': { schema } } },
    '304': { description: notes['304'] ?? 'Not Modified: the representation matches If-None-Match.', headers },
    '400': problemResponse(
      notes['400'] ?? 'Bad Request: an unknown parameter, a repeated one or a value out of range; `errors` names each.',
    ),
    '405': problemResponse(
      notes['405'] ?? 'Method Not Allowed: this path does not take that method; `Allow` lists those it takes.',
    ),
    '414': problemResponse('URI Too Long.'),
  };
  if (route.kind === 'record') responses['404'] = problemResponse(`Not Found: no record has this ${route.param.name}.`);
  if (route.kind === 'calendar')
    responses['404'] = problemResponse(
      'Not Found: no event has this id, or the event is dated only to the month or the year (a calendar file needs the day).',
    );
  if (route.kind === 'export' || route.kind === 'calendar')
    responses['200'] = { description: 'OK', headers, content: { [route.contentType]: { schema: { type: 'string' } } } };
  // Reads are public: an empty security requirement says so (writes name the bearer scheme).
  return { operationId: route.operationId, summary: route.summary, security: [], parameters, responses };
}

/** What a write's one-line summary cannot say (docs/api-writes.md). */
const DESCRIPTIONS: Partial<Record<WriteOperation, string>> = {
  'project.create':
    'With the id of a withdrawn project, the create brings it back with this body (201, a new ETag, in the lists again) when the key may write that project: its organization implements or funds the withdrawn record, or it is a coordinator (403 otherwise). The change feed records it as a `create` whose patch is the whole record; an illustrative record stays illustrative. Over a live id it is a 409.',
};

/** A write: its body, its key, and every refusal it can answer with (docs/api-writes.md). */
function writeOperation(route: WriteRoute, parameters: unknown[]) {
  for (const p of route.pathParams ?? [])
    parameters.push({
      name: p.name,
      in: 'path',
      required: true,
      description: p.description,
      schema: { type: 'string' },
    });
  const header = (name: string, required: boolean, description: string) =>
    parameters.push({ name, in: 'header', required, description, schema: { type: 'string' } });
  if (route.method === 'POST')
    header('Idempotency-Key', false, 'A retried create with the same key returns the first result, not a duplicate.');
  if (route.ifMatch !== 'no')
    header(
      'If-Match',
      route.ifMatch === 'required',
      `The ETag of the record as you read it (428 without it${route.ifMatch === 'when-exists' ? ' when the record exists' : ''}, 412 when it is stale).`,
    );
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const ok =
    route.status === 204
      ? { description: 'No Content: done.' }
      : {
          description: route.status === 201 ? 'Created' : 'OK',
          headers: { ETag: { description: 'The new version (use it as If-Match).', schema: { type: 'string' } } },
          content: { 'application/json': { schema: route.response ? ref(route.response) : { type: 'object' } } },
        };
  const responses: Record<string, unknown> = {
    [String(route.status)]: ok,
    '400': problemResponse('Bad Request: the body is not JSON, or a header is malformed.'),
    '401': problemResponse('Unauthorized: no key, a malformed one, or an unknown or revoked one.'),
    '403': problemResponse("Forbidden: the key's role or organization may not make this write; `detail` says why."),
    '405': problemResponse('Method Not Allowed: this deployment serves a read-only dataset.'),
    '409': problemResponse('Conflict: the record exists already, or the Idempotency-Key was used with another body.'),
    '413': problemResponse('Content Too Large: the body is over 64 kB.'),
    '415': problemResponse('Unsupported Media Type: send application/json.'),
    '422': problemResponse('Unprocessable Content: `errors` names each failing field by JSON Pointer and rule.'),
    '429': problemResponse('Too Many Requests: wait Retry-After seconds.'),
    '503': problemResponse(
      'Service Unavailable: the database does not answer (the write may not have been made), or other writes to the same records kept getting in the way (it was not made). Send it again after Retry-After seconds (with the same Idempotency-Key or If-Match it is never made twice).',
    ),
  };
  if (route.status === 200 && route.ifMatch === 'when-exists') responses['201'] = { ...ok, description: 'Created' };
  if (route.ifMatch !== 'no') {
    responses['404'] = problemResponse('Not Found: no live record has this id.');
    responses['412'] = problemResponse(
      'Precondition Failed: the record changed since you read it; ETag is the current one.',
    );
    responses['428'] = problemResponse('Precondition Required: send If-Match.');
  }
  const body = route.body
    ? {
        requestBody: {
          required: true,
          content:
            route.method === 'PATCH'
              ? {
                  'application/merge-patch+json': { schema: { type: 'object' } },
                  'application/json': { schema: { type: 'object' } },
                }
              : { 'application/json': { schema: ref(route.body) } },
        },
      }
    : {};
  const description = DESCRIPTIONS[route.operation];
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(description ? { description } : {}),
    parameters,
    ...body,
    security: [{ bearer: [] }],
    responses,
  };
}

/** The OpenAPI 3.1 document of the routes, with their schemas taken from the generated JSON Schemas. */
export function buildOpenApi(routes: readonly RouteSpec[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pact coordination API',
      version: '1.0.0',
      description:
        'Shared content of the Paris Pact Initiative, the Pompidou Group and the OSCE: the partnerships, a timeline of their milestones and meetings, partners, the Vienna Declaration pillars, trafficking routes and technical-assistance projects. Reads are public and cacheable; writes need an API key (docs/api-writes.md).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: components(),
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API key from `pact-api keys create` (docs/api-writes.md).',
        },
      },
    },
  };
}
