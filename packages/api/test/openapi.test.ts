// The OpenAPI document (GET /v1/openapi.json) is a contract a developer generates a client from:
// what it says must be what the API does. Its own schemas (not @pact/schema's files: routes.test.ts
// checks those) validate the API's real answers, each $ref resolves, and each query parameter takes
// exactly what the document says it takes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ROUTES, type RouteSpec } from '@pact/api';
import type { ParamSpec } from '../src/params.js';
import { readServer, type ReadServer } from './read-server.js';

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: string;
  required: boolean;
  schema: Json & { type?: string; enum?: unknown[]; minimum?: number; maximum?: number; maxLength?: number };
  examples?: string[];
}
interface Operation {
  operationId: string;
  parameters: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: Json }> }>;
  security: Record<string, string[]>[];
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json>; securitySchemes: Record<string, Json> };
}

let server: ReadServer;
let doc: Document;
before(async () => {
  server = await readServer();
  const res = await fetch(`${server.url}/v1/openapi.json`);
  assert.equal(res.status, 200);
  doc = (await res.json()) as Document;
});
after(() => server.close());

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
/** A validator of `schema` with the document as its root: `#/components/schemas/X` resolves in it. */
function validator(schema: Json) {
  const ajv = addFormats(new Ajv2020({ strict: false, allowUnionTypes: true }));
  return ajv.compile({ ...schema, components: doc.components });
}
const errors = (v: ReturnType<typeof validator>) =>
  (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ');

/** The route's path with its example value in place of its path parameter. */
const example = (r: RouteSpec) => {
  const params =
    r.kind === 'record' || r.kind === 'calendar' ? [r.param] : r.kind === 'write' ? (r.pathParams ?? []) : [];
  return params.reduce((path, p) => path.replace(`{${p.name}}`, p.example), r.path);
};
const get = (path: string) => fetch(server.url + path);
const op = (r: RouteSpec): Operation => doc.paths[r.path]![r.method.toLowerCase()]!;
const reads = ROUTES.filter((r) => r.kind !== 'write');
const jsonReads = reads.filter((r) => r.kind !== 'export' && r.kind !== 'calendar');

describe('the OpenAPI document', () => {
  test('is OpenAPI 3.1; every $ref resolves to a component; no draft-07 keyword is left in them', () => {
    assert.equal(doc.openapi, '3.1.0');
    const refs = new Set<string>();
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          keys.add(k);
          if (k === '$ref' && typeof x === 'string') refs.add(x);
          else walk(x);
        }
    };
    walk(doc);
    const unresolved = [...refs].filter((r) => !(r.replace('#/components/schemas/', '') in doc.components.schemas));
    assert.deepEqual(unresolved, []);
    assert.ok([...refs].every((r) => r.startsWith('#/components/schemas/')));
    // A schema's own `$id` would make its references resolve against that id, not this document.
    assert.deepEqual(
      ['$id', '$schema', 'definitions'].filter((k) => keys.has(k)),
      [],
    );
    // The definitions the route schemas use are components of their own (a partner is a
    // CountryPartner or an OrganizationPartner, each with its LocalizedText…).
    assert.ok(refs.size > 40, `${refs.size} references`);
    for (const name of ['CountryPartner', 'OrganizationPartner', 'LocalizedText', 'PartialDate', 'ParamError'])
      assert.ok(refs.has(`#/components/schemas/${name}`), name);
  });

  for (const route of jsonReads)
    test(`${route.method} ${example(route)}: its answer is valid against the document's schema for it`, async () => {
      const res = await get(example(route));
      assert.equal(res.status, 200);
      const schema = op(route).responses['200']?.content?.['application/json']?.schema;
      assert.ok(schema, 'a JSON schema for 200');
      assert.deepEqual(
        schema,
        route.response ? { $ref: `#/components/schemas/${route.response}` } : { type: 'object' },
      );
      const v = validator(schema);
      assert.ok(v(await res.json()), errors(v));
    });

  test("a refused read's problem is valid against the document's Problem (400, 404, 405)", async () => {
    const cases: [RouteSpec, string, string][] = [];
    for (const r of reads) {
      cases.push([r, '400', `${example(r)}?bogus=1`]);
      if (r.kind === 'record')
        cases.push([r, '404', r.path.replace(`{${r.param.name}}`, r.param.type === 'integer' ? '9' : 'zzz')]);
    }
    assert.ok(cases.length > 20);
    for (const [route, status, path] of cases) {
      const res = await get(path);
      assert.equal(String(res.status), status, path);
      const schema = op(route).responses[status]?.content?.['application/problem+json']?.schema;
      assert.deepEqual(schema, { $ref: '#/components/schemas/Problem' }, `${path}: the problem schema for ${status}`);
      const v = validator(schema);
      assert.ok(v(await res.json()), `${path}: ${errors(v)}`);
    }
    const res = await fetch(`${server.url}/v1/partners`, { method: 'PROPFIND' });
    const schema = op(ROUTES.find((r) => r.path === '/v1/partners' && r.method === 'GET')!).responses['405']?.content?.[
      'application/problem+json'
    ]?.schema;
    assert.ok(schema && validator(schema)(await res.json()));
  });

  test('each query parameter takes what the document says it takes, and a value outside is refused naming it', async () => {
    let checked = 0;
    let flags = 0;
    for (const route of reads) {
      for (const p of op(route).parameters.filter((x) => x.in === 'query')) {
        assert.equal(p.required, false, `${route.path} ${p.name}`);
        const { schema } = p;
        // A flag is a boolean for a client generated from the document, as the SDK takes it.
        const spec = 'params' in route ? route.params[p.name] : undefined;
        if (spec?.kind === 'enum' && spec.values.every((v) => typeof v === 'boolean')) {
          assert.equal(schema.type, 'boolean', `${route.path} ${p.name}`);
          flags++;
        }
        const ok: string[] = [];
        const bad: string[] = [];
        if (schema.enum && schema.type === 'integer') {
          ok.push(...schema.enum.map(String));
          bad.push(String(Math.max(...(schema.enum as number[])) + 1), 'x');
        } else if (schema.enum) {
          ok.push(...schema.enum.map(String));
          bad.push('not-one-of-them');
        } else if (schema.type === 'boolean') {
          ok.push('true', 'false');
          bad.push('yes');
        } else if (schema.type === 'integer') {
          ok.push(String(schema.minimum), String(schema.maximum));
          bad.push(String(schema.minimum! - 1), String(schema.maximum! + 1));
        } else if (schema['pattern']) {
          ok.push(...(schema['examples'] as string[]));
          bad.push('2006-6');
        } else if (schema.maxLength !== undefined && p.examples === undefined && !schema['examples']) {
          ok.push('a'.repeat(schema.maxLength));
          bad.push('a'.repeat(schema.maxLength + 1));
        }
        const url = (value: string) => `${example(route)}?${p.name}=${encodeURIComponent(value)}`;
        for (const value of ok) {
          const res = await get(url(value));
          await res.arrayBuffer();
          assert.equal(res.status, 200, `${url(value)}: the document lists it`);
          checked++;
        }
        for (const value of bad) {
          const res = await get(url(value));
          assert.equal(res.status, 400, `${url(value)}: outside what the document lists`);
          const body = (await res.json()) as { errors?: { param: string }[] };
          assert.equal(body.errors?.[0]?.param, p.name, url(value));
          checked++;
        }
      }
    }
    assert.ok(checked > 60, `${checked} values checked`);
    assert.ok(flags > 0, 'a flag among them');
  });

  test('path parameters: each is declared, required, and a pillar is one of the four numbers', async () => {
    for (const route of ROUTES) {
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = op(route)
        .parameters.filter((p) => p.in === 'path')
        .map((p) => [p.name, p.required]);
      assert.deepEqual(
        declared,
        names.map((n) => [n, true]),
        `${route.method} ${route.path}`,
      );
    }
    const pillar = op(ROUTES.find((r) => r.path === '/v1/pillars/{n}')!).parameters[0]!.schema;
    assert.deepEqual(pillar, { type: 'integer', enum: [1, 2, 3, 4] });
    for (const n of pillar.enum!) assert.equal((await get(`/v1/pillars/${String(n)}`)).status, 200);
    assert.equal((await get('/v1/pillars/5')).status, 404);
  });

  test('reads are public, writes need the bearer key the document describes', () => {
    for (const route of ROUTES)
      assert.deepEqual(
        op(route).security,
        route.kind === 'write' ? [{ bearer: [] }] : [],
        `${route.method} ${route.path}`,
      );
    assert.deepEqual(
      {
        type: doc.components.securitySchemes['bearer']?.['type'],
        scheme: doc.components.securitySchemes['bearer']?.['scheme'],
      },
      { type: 'http', scheme: 'bearer' },
    );
    const ids = ROUTES.map((r) => op(r).operationId);
    assert.equal(new Set(ids).size, ids.length, 'operation ids are unique');
  });

  test("each query parameter's type is the one the API checks it as (a generated client's types)", () => {
    const expected = (spec: ParamSpec): Json => {
      if (spec.kind === 'enum') {
        if (spec.values.every((v) => typeof v === 'number')) return { type: 'integer', enum: [...spec.values] };
        if (spec.values.every((v) => typeof v === 'boolean')) return { type: 'boolean' };
        return { type: 'string', enum: spec.values.map(String) };
      }
      if (spec.kind === 'int') return { type: 'integer', minimum: spec.min, maximum: spec.max, default: spec.default };
      if (spec.kind === 'text') return { type: 'string', maxLength: spec.maxLength };
      if (spec.kind === 'lang') return { type: 'string', maxLength: 64, examples: [...spec.values] };
      if (spec.kind === 'date')
        return {
          type: 'string',
          pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$',
          examples: ['2006', '2006-06', '2006-06-26'],
        };
      return { type: 'string' };
    };
    const kinds = new Set<string>();
    for (const route of ROUTES)
      if ('params' in route)
        for (const [name, spec] of Object.entries(route.params)) {
          kinds.add(spec.kind === 'enum' ? `enum of ${typeof spec.values[0]}` : spec.kind);
          const p: Parameter | undefined = op(route).parameters.find((x) => x.in === 'query' && x.name === name);
          assert.deepEqual(p?.schema, expected(spec), `${route.path} ${name}`);
        }
    // Each kind of parameter is among them, so that each rule above is checked.
    for (const kind of ['enum of number', 'enum of boolean', 'enum of string', 'int', 'text', 'lang', 'date', 'cursor'])
      assert.ok(kinds.has(kind), kind);
    // The date pattern is what the API takes: each example, not a month without its zero.
    const pattern = new RegExp(String(expected({ kind: 'date', description: '' })['pattern']));
    assert.deepEqual(
      ['2006', '2006-06', '2006-06-26', '2006-6'].map((d) => pattern.test(d)),
      [true, true, true, false],
    );
  });

  test("each read's answers: 200 with ETag and Cache-Control, 304, and the type of an export or a calendar", () => {
    for (const route of reads) {
      const { responses } = op(route);
      const ok = responses['200'] as { headers?: Record<string, { schema: Json }>; content?: Record<string, unknown> };
      assert.deepEqual(
        Object.entries(ok.headers ?? {}).map(([name, h]) => [name, h.schema]),
        [
          ['ETag', { type: 'string' }],
          ['Cache-Control', { type: 'string' }],
        ],
        route.path,
      );
      const type = route.kind === 'export' || route.kind === 'calendar' ? route.contentType : 'application/json';
      assert.deepEqual(Object.keys(ok.content ?? {}), [type], route.path);
      if (type !== 'application/json') assert.deepEqual(ok.content?.[type], { schema: { type: 'string' } }, route.path);
      assert.ok(responses['304'], route.path);
    }
  });

  test("each read's headers as the API sends them: its Cache-Control, what its ETag is for, a route's own 304 and 405", async () => {
    for (const route of reads) {
      const headers = (op(route).responses['200'] as { headers: Record<string, { description: string }> }).headers;
      const res = await get(example(route));
      assert.equal(res.status, 200, route.path);
      await res.arrayBuffer();
      // The documented value, in backquotes at the head of the description, is the header sent.
      const documented = /^`([^`]+)`/.exec(headers['Cache-Control']?.description ?? '')?.[1];
      assert.equal(
        documented,
        res.headers.get('Cache-Control'),
        `${route.path}: ${headers['Cache-Control']?.description}`,
      );
      assert.match(headers['ETag']?.description ?? '', /send it back in If-None-Match/, route.path);
      // A route's own wording of a response, where it has one, is the one documented.
      for (const status of ['304', '405'] as const) {
        const note = route.notes?.[status];
        if (note) assert.equal((op(route).responses[status] as { description?: string }).description, note, route.path);
      }
    }
    // The change feed is revalidated each time, not kept for 5 minutes like the other reads.
    const feed = reads.find((r) => r.cache === 'revalidate');
    assert.ok(feed, 'a read that revalidates');
    assert.ok(
      reads.some((r) => r.notes?.['304']) && reads.some((r) => r.notes?.['405']),
      'routes with their own notes',
    );
    // A write's new ETag: what to send back.
    for (const route of ROUTES)
      if (route.kind === 'write' && route.status !== 204) {
        const ok = op(route).responses[String(route.status)] as { headers: Record<string, { description: string }> };
        assert.match(ok.headers['ETag']?.description ?? '', /If-Match/, `${route.method} ${route.path}`);
      }
  });

  test('each write: If-Match required exactly where the API requires it, the key, the body, its success', () => {
    let patches = 0;
    for (const route of ROUTES) {
      if (route.kind !== 'write') continue;
      const o = op(route) as Operation & {
        requestBody?: { required: boolean; content: Record<string, { schema: Json }> };
      };
      const header = (name: string) => o.parameters.find((p) => p.in === 'header' && p.name === name);
      const where = `${route.method} ${route.path}`;
      if (route.ifMatch === 'no') assert.equal(header('If-Match'), undefined, where);
      else assert.equal(header('If-Match')?.required, route.ifMatch === 'required', where);
      assert.equal(header('Idempotency-Key')?.required, route.method === 'POST' ? false : undefined, where);
      const success = o.responses[String(route.status)] as { headers?: Record<string, { schema: Json }> };
      assert.ok(success, `${where}: its ${route.status}`);
      if (route.status === 204) assert.equal(success.headers, undefined, where);
      else assert.deepEqual(success.headers?.['ETag']?.schema, { type: 'string' }, `${where}: the new ETag`);
      // A PUT that may create: 201 as well as 200.
      assert.equal(Boolean(o.responses['201']), route.status === 201 || route.ifMatch === 'when-exists', where);
      if (!route.body) assert.equal(o.requestBody, undefined, where);
      else {
        assert.equal(o.requestBody?.required, true, where);
        const types = Object.entries(o.requestBody?.content ?? {});
        if (route.method === 'PATCH') {
          patches++;
          assert.deepEqual(
            types,
            [
              ['application/merge-patch+json', { schema: { type: 'object' } }],
              ['application/json', { schema: { type: 'object' } }],
            ],
            where,
          );
        } else
          assert.deepEqual(
            types,
            [['application/json', { schema: { $ref: `#/components/schemas/${route.body}` } }]],
            where,
          );
      }
    }
    assert.ok(patches > 0, 'a PATCH among the writes');
    // What a summary cannot say: how a create brings a withdrawn project back (the only such description).
    const described = ROUTES.filter((r) => (op(r) as { description?: string }).description).map(
      (r) => `${r.method} ${r.path}`,
    );
    assert.deepEqual(described, ['POST /v1/projects']);
    assert.match(
      (op(ROUTES.find((r) => r.method === 'POST' && r.path === '/v1/projects')!) as { description?: string })
        .description!,
      /^With the id of a withdrawn project, the create brings it back/,
    );
  });

  test('what a generated client reads first: the server (this origin), the title, the version, the licence', () => {
    const { info, servers } = doc as unknown as { info: Json & { license: Json }; servers: unknown };
    assert.deepEqual(servers, [{ url: '/' }]);
    assert.deepEqual(
      [info['title'], info['version'], info.license],
      ['Pact coordination API', '1.0.0', { name: 'MIT', identifier: 'MIT' }],
    );
    assert.match(String(doc.components.securitySchemes['bearer']?.['description']), /pact-api keys create/);
  });
});
