import { Hono, type Context } from 'hono';
import { PAGE_LIMIT } from '@pact/schema';
import type { Dataset } from './dataset.js';
import { fingerprintOf, makeCursor, readCursor } from './cursor.js';
import { BodyCache, matching } from './http-cache.js';
import { buildOpenApi } from './openapi.js';
import { fold } from './fold.js';
import { checkIds, MAX_QUERY_PARAMS, parseParams, type ParamSpecs, type ParamValues } from './params.js';
import { badRequest, clip, notFound, problem } from './problem.js';
import {
  ALLOWED_METHODS,
  ROUTES,
  cacheHeaders,
  type CalendarRoute,
  type ExportRoute,
  type RouteSpec,
} from './routes.js';
import { eventCalendar, noCalendarReason } from './content/ics.js';
import { isoDay } from './content/dates.js';
import type { LocaleCode } from '@pact/schema';

import { StaticStore } from './store/static.js';
import { SqlStore } from './store/sql.js';
import type { ProjectFilter } from './store/store.js';
import { CursorError } from './db/changes.js';
import { writeIatiActivities } from './iati/index.js';
import { writeHandler } from './write/handler.js';
import type { RateLimiter } from './write/rate-limit.js';
import type { Store } from './store/store.js';
import { surrogateKeys, type PurgeHook } from './surrogate.js';

const WRITE_METHODS = new Set<string>(ROUTES.map((r) => r.method).filter((m) => m !== 'GET'));
/** Each path of the table (as a pattern) with the methods it answers, for Allow and 405s. */
const PATHS = [...new Set(ROUTES.map((r) => r.path))].map((path) => ({
  pattern: new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  allow: [
    ...ROUTES.filter((r) => r.path === path).map((r) => r.method),
    ...(ROUTES.some((r) => r.path === path && r.method === 'GET') ? ['HEAD', 'OPTIONS'] : ['OPTIONS']),
  ].join(', '),
}));
/** The methods a path answers (every method of the API for a path it does not serve). */
const allowFor = (path: string) => PATHS.find((p) => p.pattern.test(path))?.allow;

export { PROBLEM_BASE, problem } from './problem.js';

export { CACHE_CONTROL, cacheControl } from './routes.js';
/** Longest request target (path and query) answered; longer gets a 414. */
export const MAX_URL_LENGTH = 8192;

export interface AppOptions {
  /** Per-key limits on writes (default: a burst of 30, then 2 a second). */
  writeLimiter?: RateLimiter;
  /** The clock that `GET /v1/events?when=` reads (default: the system's); tests set it. */
  now?: () => Date;
  /** Seconds a CDN keeps a public read (`s-maxage`, default 300; longer with a purge hook). */
  sharedMaxAge?: number;
  /** Called after each accepted write with the CDN cache tags to purge (surrogate.ts). */
  purge?: PurgeHook;
  /** The cache of serialized bodies (the Node server passes one to count its hits). */
  bodyCache?: BodyCache;
  /** Answer every request with an `X-Request-Id`: the client's (letters, digits, `._-`, at most 64) or a new one. */
  requestIds?: boolean;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * `/v1/partners/{id}` (OpenAPI) as `/v1/partners/:id` (Hono); `/v1/events/{id}.ics` as a parameter
 * that ends with the extension (`:id{[^/]+\.ics}`: its value keeps the extension).
 */
const honoPath = (path: string) =>
  path.replace(/\{([^}]+)\}(\.[a-z]+)?/g, (_, name: string, ext?: string) =>
    ext ? `:${name}{[^/]+\\${ext}}` : `:${name}`,
  );

/**
 * The coordination API as a Web-standard handler: `createApp(dataset).fetch(request)`, its routes
 * taken from the route table (routes.ts). No file-system access: the Node entry (serve.ts), tests
 * and Storybook hand the dataset (or another Store) in.
 */
export function createApp(source: Dataset | Store, options: AppOptions = {}) {
  const store: Store = 'partners' in source ? new StaticStore(source) : source;
  const openapi = buildOpenApi(ROUTES);
  const cache = options.bodyCache ?? new BodyCache();
  const CACHE_HEADERS = cacheHeaders(options.sharedMaxAge);
  const exists = async (id: string) => (await store.getPartner(id)) !== undefined;

  const app = new Hono();

  app.use('*', async (c, next) => {
    // CORS: GET is open to every origin. Set before the response is built (hono/cors sets them
    // on the finished response, which knocks @hono/node-server off its fast path).
    c.header('Access-Control-Allow-Origin', '*');
    if (options.requestIds) {
      const given = c.req.header('X-Request-Id');
      c.header('X-Request-Id', given && REQUEST_ID.test(given) ? given : crypto.randomUUID());
    }
    c.header(
      'Access-Control-Expose-Headers',
      'ETag, Retry-After, Content-Language, Location, Idempotent-Replayed, X-Request-Id',
    );
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
      c.header('Access-Control-Allow-Methods', ALLOWED_METHODS);
      c.header(
        'Access-Control-Allow-Headers',
        'Accept, Accept-Language, If-None-Match, Content-Type, Authorization, If-Match, Idempotency-Key',
      );
      c.header('Access-Control-Max-Age', '86400');
      return c.body(null, 204);
    }
    if (method !== 'GET' && method !== 'HEAD' && !WRITE_METHODS.has(method)) {
      const allow = allowFor(c.req.path) ?? ALLOWED_METHODS;
      c.header('Allow', allow);
      return problem(c, 405, 'Method Not Allowed', `${method.slice(0, 20)} is not allowed here: use ${allow}.`);
    }
    await next();
  });

  /**
   * A 200 with a strong ETag, or a 304 when the client has it already. The body is made once per
   * revision and key: JSON by default, or `text` as it is (the XML export).
   */
  const send = async (
    c: Context,
    route: RouteSpec,
    key: string,
    make: () => Promise<unknown>,
    type = 'application/json; charset=utf-8',
    text?: (v: unknown) => string,
  ) => {
    const found = cache.get(await store.revision(), key, make, text);
    const entry = found instanceof Promise ? await found : found;
    c.header('Cache-Control', CACHE_HEADERS[route.cache]);
    c.header('Vary', 'Accept-Encoding');
    if (route.cache === 'public') {
      const tags = surrogateKeys(route.path, 'param' in route ? c.req.param(route.param.name) : undefined);
      c.header('Surrogate-Key', tags.join(' '));
      c.header('Cache-Tag', tags.join(','));
    }
    const inm = c.req.header('If-None-Match');
    const held = inm ? matching(inm, entry.etag) : null;
    if (held) {
      // Confirm the representation the client holds (a compressed one carries a suffixed ETag).
      c.header('ETag', held);
      return c.body(null, 304);
    }
    c.header('ETag', entry.etag);
    c.header('Content-Type', type);
    c.header('Content-Length', String(entry.body.byteLength));
    return c.body(entry.body as Uint8Array<ArrayBuffer>, 200);
  };
  const json = (c: Context, route: RouteSpec, key: string, make: () => Promise<unknown>) => send(c, route, key, make);

  /** The projects of a query as IATI 2.03 XML (every page), with an ETag and 304 like every read. */
  const xml = (c: Context, route: ExportRoute, v: ParamValues) =>
    send(
      c,
      route,
      `${route.path}?${fingerprintOf(v)}`,
      async () => {
        const all = { limit: Number.MAX_SAFE_INTEGER };
        const { data } = await store.listProjects(v as ProjectFilter, all);
        return writeIatiActivities(data, (await store.listPartners({}, all)).data, {
          // An xs:dateTime (the dataset's day at 00:00 UTC): the same bytes for the same revision.
          generatedAt: new Date(`${(await store.meta()).updated}T00:00:00Z`),
          pillars: await store.listPillars(),
          pillarVocabularyUri: `${new URL(c.req.url).origin}/v1/pillars`,
        });
      },
      route.contentType,
      String,
    );

  /**
   * Parameters checked against the specs; a 400 problem naming the bad ones otherwise (a request
   * with more than {@link MAX_QUERY_PARAMS} is refused before any is read). `q` is folded: one that
   * folds to nothing (only accents or spaces) is no `q`, so equal searches share a cached body.
   */
  const params = async (c: Context, specs: ParamSpecs): Promise<ParamValues | Response> => {
    const url = c.req.url;
    const q = url.indexOf('?');
    const search = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
    if (search.size > MAX_QUERY_PARAMS) {
      return problem(
        c,
        400,
        'Bad Request',
        `The query has ${search.size} parameters; the API reads at most ${MAX_QUERY_PARAMS}.`,
        [{ param: 'query', message: `has more than ${MAX_QUERY_PARAMS} parameters` }],
      );
    }
    const parsed = parseParams(search, specs);
    if (parsed.ids.length) await checkIds(parsed, exists);
    if (parsed.errors.length) return badRequest(c, parsed.errors);
    const v = parsed.values;
    if (typeof v['q'] === 'string') v['q'] = fold(v['q']) || undefined;
    return v;
  };

  /** An event known to the day as an iCalendar file; a 404 naming why for any other. */
  const calendar = async (c: Context, route: CalendarRoute, v: ParamValues) => {
    const id = (c.req.param(route.param.name) ?? '').replace(/\.ics$/, '');
    const event = await store.getEvent(id);
    if (!event) return notFound(c, `No event has the id "${clip(id)}"; see /v1/events.`);
    const reason = noCalendarReason(event);
    if (reason) return notFound(c, reason);
    const lang = (typeof v['lang'] === 'string' ? v['lang'] : 'en') as LocaleCode;
    const stamp = new Date(`${(await store.meta()).updated}T00:00:00Z`);
    return send(
      c,
      route,
      `${route.path}|${id}|${lang}`,
      async () => eventCalendar(event, lang, stamp),
      route.contentType,
      String,
    );
  };

  const now = options.now ?? (() => new Date());
  const write = writeHandler(store, { limiter: options.writeLimiter, purge: options.purge });

  const handler = (route: RouteSpec) => async (c: Context) => {
    const v = await params(c, 'params' in route ? route.params : {});
    if (v instanceof Response) return v;
    // The language the answer was sorted, searched or written for (docs/languages.md).
    if (typeof v['lang'] === 'string') c.header('Content-Language', v['lang']);
    switch (route.kind) {
      case 'list': {
        // `when` is read against today's date: it is part of the query (and of its cache key and cursors).
        if (route.clock && v['when'] !== undefined) v['today'] = isoDay(now());
        const fingerprint = fingerprintOf(v);
        const cursor = typeof v['cursor'] === 'string' ? v['cursor'] : '';
        const r = cursor ? readCursor(cursor, fingerprint) : { after: undefined };
        if ('error' in r) return badRequest(c, [{ param: 'cursor', message: r.error }]);
        const limit = typeof v['limit'] === 'number' ? v['limit'] : PAGE_LIMIT.default;
        return json(c, route, `${route.path}?${fingerprint}&${cursor}&${limit}`, async () => {
          const { data, total, next } = await route.list(store, v, { after: r.after, limit });
          return { data, total, next: next ? makeCursor(next, fingerprint) : null };
        });
      }
      case 'record': {
        const value = c.req.param(route.param.name) ?? '';
        const found = await route.find(store, value);
        if (found === undefined) return notFound(c, await route.notFound(store, value));
        return json(c, route, `${route.path}|${value}`, async () => found);
      }
      case 'document':
        return json(c, route, route.path, () => route.find(store, openapi));
      case 'feed': {
        if (!(store instanceof SqlStore)) {
          // A read-only dataset has never been written to: its feed is empty.
          return json(c, route, route.path, async () => ({ data: [], cursor: '', more: false }));
        }
        const since = typeof v['since'] === 'string' ? v['since'] : undefined;
        const limit = typeof v['limit'] === 'number' ? v['limit'] : 100;
        try {
          const page = await store.db.listChanges({ since, limit });
          return json(c, route, `${route.path}?${since ?? ''}&${limit}`, async () => page);
        } catch (e) {
          if (e instanceof CursorError) return badRequest(c, [{ param: 'since', message: e.message }]);
          throw e;
        }
      }
      case 'export':
        return xml(c, route, v);
      case 'calendar':
        return calendar(c, route, v);
      case 'write':
        return write(c, route);
    }
  };

  for (const route of ROUTES) app.on(route.method, honoPath(route.path), handler(route));

  app.notFound((c) => {
    const allow = allowFor(c.req.path);
    if (allow) {
      // The path exists, with other methods.
      c.header('Allow', allow);
      return problem(c, 405, 'Method Not Allowed', `${c.req.method.slice(0, 20)} is not allowed here: use ${allow}.`);
    }
    return notFound(c, `Nothing is served at ${clip(c.req.path)}. The API's paths are listed in /v1/openapi.json.`);
  });
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

export type PactApp = ReturnType<typeof createApp>;
