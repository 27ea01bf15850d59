import partnerSchema from '@pact/schema/schemas/Partner.json' with { type: 'json' };
import partnerPageSchema from '@pact/schema/schemas/PartnerPage.json' with { type: 'json' };
import pillarSchema from '@pact/schema/schemas/Pillar.json' with { type: 'json' };
import pillarListSchema from '@pact/schema/schemas/PillarList.json' with { type: 'json' };
import routeSchema from '@pact/schema/schemas/Route.json' with { type: 'json' };
import routeListSchema from '@pact/schema/schemas/RouteList.json' with { type: 'json' };
import projectSchema from '@pact/schema/schemas/Project.json' with { type: 'json' };
import projectPageSchema from '@pact/schema/schemas/ProjectPage.json' with { type: 'json' };
import problemSchema from '@pact/schema/schemas/Problem.json' with { type: 'json' };
import metaSchema from '@pact/schema/schemas/Meta.json' with { type: 'json' };
import topologySchema from '@pact/schema/schemas/CountryTopology.json' with { type: 'json' };
import type { ParamSpec, ParamSpecs, Store } from './query.js';

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

/** Component schemas from the generated JSON Schemas: each top-level type plus every definition it uses. */
function components(): Record<string, unknown> {
  const named: Record<string, JsonObject> = {
    Partner: partnerSchema,
    PartnerPage: partnerPageSchema,
    Pillar: pillarSchema,
    PillarList: pillarListSchema,
    Route: routeSchema,
    RouteList: routeListSchema,
    Project: projectSchema,
    ProjectPage: projectPageSchema,
    Problem: problemSchema,
    Meta: metaSchema,
    CountryTopology: topologySchema,
  };
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(named)) {
    const defs = (schema['definitions'] ?? {}) as Record<string, unknown>;
    for (const [d, s] of Object.entries(defs)) out[d] ??= rewriteRefs(s);
    out[name] = rewriteRefs(schema);
  }
  return out;
}

function parameter(name: string, spec: ParamSpec) {
  const schema =
    spec.kind === 'enum'
      ? { type: 'string', enum: [...spec.values] }
      : spec.kind === 'int'
        ? { type: 'integer', minimum: spec.min, maximum: spec.max, default: spec.default }
        : spec.kind === 'text'
          ? { type: 'string', maxLength: spec.maxLength }
          : { type: 'string' };
  return { name, in: 'query', required: false, description: spec.description, schema };
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const headers = {
  ETag: {
    description: 'Strong validator of the representation; send it back in If-None-Match.',
    schema: { type: 'string' },
  },
  'Cache-Control': { description: 'public, max-age=300, stale-while-revalidate=86400', schema: { type: 'string' } },
};

function get(
  summary: string,
  schema: string,
  opts: { params?: ParamSpecs; path?: { name: string; description: string } } = {},
) {
  const parameters: unknown[] = [];
  if (opts.path)
    parameters.push({
      name: opts.path.name,
      in: 'path',
      required: true,
      description: opts.path.description,
      schema: { type: 'string' },
    });
  for (const [name, spec] of Object.entries(opts.params ?? {})) parameters.push(parameter(name, spec));
  const responses: Record<string, unknown> = {
    '200': {
      description: 'OK',
      headers,
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
    },
    '304': { description: 'Not Modified: the representation matches If-None-Match.', headers },
    '400': problemResponse(
      'Bad Request: an unknown parameter, a repeated one or a value out of range; `errors` names each.',
    ),
    '405': problemResponse('Method Not Allowed: the API is read-only.'),
    '414': problemResponse('URI Too Long.'),
  };
  if (opts.path) responses['404'] = problemResponse(`Not Found: no record has this ${opts.path.name}.`);
  return { get: { summary, parameters, responses } };
}

/** The OpenAPI 3.1 document of the API, with its schemas taken from the generated JSON Schemas. */
export function buildOpenApi(store: Store) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pact coordination API',
      version: '1.0.0',
      description:
        'Shared content of the Paris Pact Initiative, the Pompidou Group and the OSCE: partners, the Vienna Declaration pillars, trafficking routes and technical-assistance projects. Read-only, public and cacheable.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths: {
      '/v1/partners': get('List partners (countries and organizations)', 'PartnerPage', { params: store.partnerSpecs }),
      '/v1/partners/{id}': get('Get one partner', 'Partner', {
        path: { name: 'id', description: 'Partner id, e.g. "tjk" or "unodc".' },
      }),
      '/v1/pillars': get('The four pillars of the Vienna Declaration', 'PillarList'),
      '/v1/pillars/{n}': get('Get one pillar', 'Pillar', {
        path: { name: 'n', description: 'Pillar number, 1 to 4.' },
      }),
      '/v1/routes': get('The northern, Balkan and southern routes', 'RouteList'),
      '/v1/routes/{id}': get('Get one route', 'Route', {
        path: { name: 'id', description: 'northern, balkan or southern.' },
      }),
      '/v1/projects': get('List technical-assistance projects', 'ProjectPage', { params: store.projectSpecs }),
      '/v1/projects/{id}': get('Get one project', 'Project', {
        path: { name: 'id', description: 'Project id, e.g. "prj-0001".' },
      }),
      '/v1/geo/countries': get('Country shapes (TopoJSON, ids are ISO 3166-1 alpha-3)', 'CountryTopology'),
      '/v1/meta': get('About the dataset: version, counts, illustrative records and unverified facts', 'Meta'),
      '/v1/openapi.json': {
        get: {
          summary: 'This document',
          parameters: [],
          responses: {
            '200': { description: 'OK', headers, content: { 'application/json': { schema: { type: 'object' } } } },
            '304': { description: 'Not Modified', headers },
            '400': problemResponse('Bad Request: this path takes no parameters.'),
            '405': problemResponse('Method Not Allowed.'),
            '414': problemResponse('URI Too Long.'),
          },
        },
      },
    },
    components: { schemas: components() },
  };
}
