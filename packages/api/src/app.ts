import { Hono, type Context } from 'hono';
import type { ParamError, Problem } from '@pact/schema';
import type { Dataset } from './dataset.js';
import {
  Store,
  fingerprintOf,
  hash,
  paginate,
  parseParams,
  readCursor,
  type ParamSpecs,
  type ParamValues,
} from './query.js';
import { buildOpenApi } from './openapi.js';

export const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';
export const PROBLEM_BASE = 'https://pact-embed.org/problems/';
/** Longest request target (path and query) answered; longer gets a 414. */
export const MAX_URL_LENGTH = 8192;

export interface AppOptions {
  /** Called once per request with the method, path, status and duration (the Node entry logs it). */
  onResponse?: (line: { method: string; path: string; status: number; ms: number }) => void;
}

type Json = { body: Uint8Array; etag: string };

/**
 * The coordination API as a Web-standard handler: `createApp(dataset).fetch(request)`.
 * No file-system access: the Node entry (serve.ts), tests and Storybook hand the dataset in.
 */
export function createApp(dataset: Dataset, options: AppOptions = {}) {
  const store = new Store(dataset);
  const datasetTag = hash(
    `${dataset.meta.version}|${dataset.meta.updated}|${dataset.partners.length}|${dataset.projects.length}`,
  );
  const openapi = buildOpenApi(store);
  const bodies = new Map<string, Json>();

  const app = new Hono();

  app.use('*', async (c, next) => {
    const t0 = performance.now();
    // CORS: GET is open to every origin. Set before the response is built (hono/cors sets them
    // on the finished response, which knocks @hono/node-server off its fast path).
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Expose-Headers', 'ETag, Retry-After, Content-Language');
    const url = c.req.url;
    const target = url.length - url.indexOf('/', url.indexOf('//') + 2);
    if (target > MAX_URL_LENGTH) {
      return problem(
        c,
        414,
        'URI Too Long',
        `The request target is ${target} characters long; the API answers at most ${MAX_URL_LENGTH}.`,
      );
    }
    const method = c.req.method;
    if (method === 'OPTIONS') {
      c.header('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
      c.header('Access-Control-Allow-Headers', 'Accept, Accept-Language, If-None-Match, Content-Type');
      c.header('Access-Control-Max-Age', '86400');
      return c.body(null, 204);
    }
    if (method !== 'GET' && method !== 'HEAD') {
      c.header('Allow', 'GET, HEAD, OPTIONS');
      return problem(
        c,
        405,
        'Method Not Allowed',
        `${method.slice(0, 20)} is not allowed: the API is read-only; use GET.`,
      );
    }
    await next();
    options.onResponse?.({ method, path: c.req.path, status: c.res.status, ms: performance.now() - t0 });
  });

  const encoder = new TextEncoder();

  /** A JSON 200 with a strong ETag, or a 304 when the client has it already. */
  const json = (c: Context, key: string, make: () => unknown) => {
    let entry = bodies.get(key);
    if (!entry) {
      const text = JSON.stringify(make());
      entry = { body: encoder.encode(text), etag: `"${datasetTag}-${hash(text)}"` };
      if (bodies.size >= 2000) bodies.clear();
      bodies.set(key, entry);
    }
    c.header('Cache-Control', CACHE_CONTROL);
    c.header('Vary', 'Accept-Encoding');
    const inm = c.req.header('If-None-Match');
    const held = inm ? matching(inm, entry.etag) : null;
    if (held) {
      // Confirm the representation the client holds (a compressed one carries a suffixed ETag).
      c.header('ETag', held);
      return c.body(null, 304);
    }
    c.header('ETag', entry.etag);
    c.header('Content-Type', 'application/json; charset=utf-8');
    c.header('Content-Length', String(entry.body.byteLength));
    return c.body(entry.body as Uint8Array<ArrayBuffer>, 200);
  };

  /** Parameters checked against the specs; a 400 problem naming every bad one otherwise. */
  const params = (c: Context, specs: ParamSpecs): ParamValues | Response => {
    const url = c.req.url;
    const q = url.indexOf('?');
    const search = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
    const { values, errors } = parseParams(search, specs);
    if (errors.length) return badRequest(c, errors);
    return values;
  };

  const list = <T>(c: Context, specs: ParamSpecs, find: (v: ParamValues) => T[]) => {
    const v = params(c, specs);
    if (v instanceof Response) return v;
    const fingerprint = fingerprintOf(v);
    let offset = 0;
    if (typeof v['cursor'] === 'string') {
      const r = readCursor(v['cursor'], fingerprint);
      if ('error' in r) return badRequest(c, [{ param: 'cursor', message: r.error }]);
      offset = r.offset;
    }
    const limit = typeof v['limit'] === 'number' ? v['limit'] : 50;
    const key = `${c.req.path}?${fingerprint}&${offset}&${limit}`;
    return json(c, key, () => paginate(find(v), offset, limit, fingerprint));
  };

  const none: ParamSpecs = {};
  const noParams = (c: Context) => params(c, none);

  app.get('/v1/partners', (c) => list(c, store.partnerSpecs, (v) => store.partners(v)));
  app.get('/v1/partners/:id', (c) => {
    const bad = noParams(c);
    if (bad instanceof Response) return bad;
    const id = c.req.param('id');
    const partner = store.partnerById.get(id);
    if (!partner)
      return notFound(
        c,
        `No partner has the id "${clip(id)}". Ids are lowercase ISO 3166-1 alpha-3 codes for countries (e.g. "tjk") and acronyms for organizations (e.g. "unodc"); see /v1/partners.`,
      );
    return json(c, `partner/${id}`, () => partner);
  });
  app.get('/v1/pillars', (c) => {
    const bad = noParams(c);
    if (bad instanceof Response) return bad;
    return json(c, 'pillars', () => ({ data: dataset.pillars }));
  });
  app.get('/v1/pillars/:n', (c) => {
    const bad = noParams(c);
    if (bad instanceof Response) return bad;
    const n = c.req.param('n');
    const pillar = dataset.pillars.find((p) => String(p.number) === n);
    if (!pillar)
      return notFound(c, `There is no pillar "${clip(n)}". The Vienna Declaration has four pillars, numbered 1 to 4.`);
    return json(c, `pillar/${n}`, () => pillar);
  });
  app.get('/v1/routes', (c) => {
    const bad = noParams(c);
    if (bad instanceof Response) return bad;
    return json(c, 'routes', () => ({ data: dataset.routes }));
  });
  app.get('/v1/routes/:id', (c) => {
    const bad = noParams(c);
    if (bad instanceof Response) return bad;
    const id = c.req.param('id');
    const route = dataset.routes.find((r) => r.id === id);
    if (!route)
      return notFound(c, `There is no route "${clip(id)}". Routes: ${dataset.routes.map((r) => r.id).join(', ')}.`);
    return json(c, `route/${id}`, () => route);
  });
  app.get('/v1/projects', (c) => list(c, store.projectSpecs, (v) => store.projects(v)));
  app.get('/v1/projects/:id', (c) => {
    const bad = noParams(c);
    if (bad instanceof Response) return bad;
    const id = c.req.param('id');
    const project = store.projectById.get(id);
    if (!project) return notFound(c, `No project has the id "${clip(id)}"; see /v1/projects.`);
    return json(c, `project/${id}`, () => project);
  });
  app.get('/v1/geo/countries', (c) => {
    const bad = noParams(c);
    if (bad instanceof Response) return bad;
    return json(c, 'geo', () => dataset.geo);
  });
  app.get('/v1/meta', (c) => {
    const bad = noParams(c);
    if (bad instanceof Response) return bad;
    return json(c, 'meta', () => dataset.meta);
  });
  app.get('/v1/openapi.json', (c) => {
    const bad = noParams(c);
    if (bad instanceof Response) return bad;
    return json(c, 'openapi', () => openapi);
  });

  app.notFound((c) =>
    notFound(c, `Nothing is served at ${clip(c.req.path)}. The API's paths are listed in /v1/openapi.json.`),
  );
  app.onError((err, c) => {
    console.error(err);
    return problem(
      c,
      500,
      'Internal Server Error',
      'The API failed to answer this request; it has been logged. Try again later.',
    );
  });

  return app;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}

/**
 * RFC 9110 weak comparison of If-None-Match against an ETag. A compressed representation's ETag
 * carries a `-gzip` or `-br` suffix (see server.ts); it matches the same content. Returns the
 * client's matching tag, or null.
 */
function matching(ifNoneMatch: string, etag: string): string | null {
  if (ifNoneMatch.trim() === '*') return etag;
  const bare = etag.replace(/^W\//, '');
  for (const raw of ifNoneMatch.split(',')) {
    const t = raw.trim().replace(/^W\//, '');
    if (t === bare || t.replace(/-(gzip|br)"$/, '"') === bare) return t;
  }
  return null;
}

export function problem(c: Context, status: number, title: string, detail: string, errors?: ParamError[]): Response {
  const slug = title.toLowerCase().replace(/[^a-z]+/g, '-');
  const body: Problem = {
    type: `${PROBLEM_BASE}${slug}`,
    title,
    status,
    detail,
    instance: clip(c.req.path),
  };
  if (errors) body.errors = errors;
  c.header('Cache-Control', 'no-store');
  c.header('Content-Type', 'application/problem+json; charset=utf-8');
  return c.body(JSON.stringify(body), status as 400);
}

function badRequest(c: Context, errors: ParamError[]): Response {
  const detail = errors.map((e) => `${e.param}: ${e.message}`).join('; ');
  return problem(c, 400, 'Bad Request', `Invalid query parameters. ${detail}.`, errors);
}

function notFound(c: Context, detail: string): Response {
  return problem(c, 404, 'Not Found', detail);
}

export type PactApp = ReturnType<typeof createApp>;
