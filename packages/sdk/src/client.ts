import { LOCALES } from '@pact/schema';
import type {
  FlowSet,
  ChangePage,
  CountryTopology,
  EventQuery,
  LocalizedText,
  LocaleCode,
  Meta,
  Partner,
  PartnerQuery,
  Partnership,
  Pillar,
  PillarNumber,
  Project,
  ProjectInput,
  ProjectQuery,
  Region,
  Route,
  RouteId,
  MembershipId,
  TimelineEvent,
} from '@pact/schema';
import type { CheckResult, SchemaViolation } from '@pact/schema/validate';
import { PactPagingError, PactSchemaError } from './errors.js';
import { text } from './text.js';
import { here, transport, type RequestOptions, type StaleInfo, type TransportOptions } from './transport.js';
import type { ChangeQuery, MergePatch, Versioned, WriteOptions, Writer } from './writes.js';

export type {
  ChangeQuery,
  EventQuery,
  MergePatch,
  PartnerQuery,
  ProjectQuery,
  RequestOptions,
  StaleInfo,
  Versioned,
  WriteOptions,
};

/** A record of a list that broke the schema and was left out (with `validate` only). */
export interface InvalidRecord {
  /** Its position in the response's `data`. */
  index: number;
  id?: string;
  violation: SchemaViolation;
}

export interface ListResult<T> {
  data: T[];
  /** Set when the API could not be reached and this is the last good answer (`staleIfError`). */
  stale?: StaleInfo;
  /** Records left out because they broke the schema (with `validate` only). */
  invalid?: InvalidRecord[];
}

export interface PageResult<T> extends ListResult<T> {
  /** Records matching the query over all pages. */
  total: number;
  /** Cursor of the next page; null on the last one. */
  next: string | null;
}

/** Something that checks a value against a schema, e.g. the precompiled validators of `@pact/sdk/validate`. */
export interface Check<T> {
  check(data: unknown): CheckResult<T>;
}

/** The validators `createClient({ validate })` takes: import them from `@pact/sdk/validate`. */
export interface Validators {
  partner: Check<Partner>;
  project: Check<Project>;
  pillar: Check<Pillar>;
  route: Check<Route>;
  meta: Check<Meta>;
  topology: Check<CountryTopology>;
  flowSet: Check<FlowSet>;
  /** Optional, so that a set of validators written before `regions.list()` still fits; without it, regions are not checked. */
  region?: Check<Region>;
  /** From `@pact/sdk/validate-content` (a separate entry: pages without the timeline do not load it). */
  partnership?: Check<Partnership>;
  event?: Check<TimelineEvent>;
}

export interface ClientOptions {
  /** The API's base URL, e.g. 'https://api.example.org/v1'. Default '/v1' of the page in browsers; required in Node. */
  baseUrl?: string;
  /** The reader's language (BCP 47, e.g. 'fr-CA'); default 'en'. */
  locale?: string;
  /** The fetch to use; default the global fetch. */
  fetch?: typeof fetch;
  /** Milliseconds a call may take, retries included; default 10000; 0 disables the timeout. */
  timeoutMs?: number;
  /** Retries on network errors, 429, 502, 503 and 504; default 2. */
  retries?: number;
  /** Keep bodies and ETags in memory and revalidate with If-None-Match; default true. */
  cache?: boolean;
  /** Check responses against the schemas: pass `validators` from `@pact/sdk/validate`. Default off. */
  validate?: Validators | false;
  /** When the API is down, answer with the last good body (marked `stale` on lists); default false. */
  staleIfError?: boolean;
  /**
   * The largest response body read, in bytes; default 10 MB. A larger one (by Content-Length, or
   * while it streams in, timeout or not) fails with `PactBodyTooLargeError`.
   */
  maxBodyBytes?: number;
  /** The most the cache (and `staleIfError`) keeps, as the total length of the JSON texts; default 20 MB. */
  maxCacheBytes?: number;
  /** The most pages `all()` reads before failing with `PactPagingError`; default 1000. */
  maxPages?: number;
  /**
   * The API key (a Bearer token) that writes are sent with; reads never send it. It is kept out of
   * sight: not a property of the client, never in an error message or a log.
   */
  apiKey?: string;
}

/** The read half of the client: everything an embedded widget needs, and nothing that writes. */
export interface PactReader {
  /** The absolute base URL, without a trailing slash. */
  readonly baseUrl: string;
  readonly locale: string;
  partners: {
    list(q?: PartnerQuery, o?: RequestOptions): Promise<PageResult<Partner>>;
    get(id: string, o?: RequestOptions): Promise<Partner>;
    /**
     * Every matching partner, page after page; stops fetching when you break out. Fails with
     * `PactPagingError` when the API repeats a cursor or past `maxPages` pages.
     */
    all(q?: Omit<PartnerQuery, 'cursor'>, o?: RequestOptions): AsyncIterableIterator<Partner>;
  };
  projects: {
    list(q?: ProjectQuery, o?: RequestOptions): Promise<PageResult<Project>>;
    get(id: string, o?: RequestOptions): Promise<Project>;
    /**
     * Every matching project, page after page; stops fetching when you break out. Fails with
     * `PactPagingError` when the API repeats a cursor or past `maxPages` pages.
     */
    all(q?: Omit<ProjectQuery, 'cursor'>, o?: RequestOptions): AsyncIterableIterator<Project>;
  };
  pillars: {
    list(o?: RequestOptions): Promise<ListResult<Pillar>>;
    get(n: PillarNumber, o?: RequestOptions): Promise<Pillar>;
  };
  routes: {
    list(o?: RequestOptions): Promise<ListResult<Route>>;
    get(id: RouteId, o?: RequestOptions): Promise<Route>;
  };
  /** The Paris Pact, the Pompidou Group and the OSCE, with their member counts (stated and listed). */
  partnerships: {
    list(o?: RequestOptions): Promise<ListResult<Partnership>>;
    get(id: MembershipId, o?: RequestOptions): Promise<Partnership>;
  };
  /** The timeline of milestones, meetings and documents, by date. */
  events: {
    list(q?: EventQuery, o?: RequestOptions): Promise<PageResult<TimelineEvent>>;
    get(id: string, o?: RequestOptions): Promise<TimelineEvent>;
    /** Every matching event, page after page (see `partners.all`). */
    all(q?: Omit<EventQuery, 'cursor'>, o?: RequestOptions): AsyncIterableIterator<TimelineEvent>;
    /**
     * The address of the event's iCalendar file (an "add to calendar" link; nothing is fetched), in
     * `locale` (default the client's). Only events dated to the day have one: check `date.precision`.
     */
    calendarUrl(id: string, locale?: string): string;
  };
  geo: { countries(o?: RequestOptions): Promise<CountryTopology> };
  meta: { get(o?: RequestOptions): Promise<Meta> };
  /** The UN M49 sub-regions partner countries lie in, with their names: `meta.get()`'s `regions` alone. */
  regions: { list(o?: RequestOptions): Promise<ListResult<Region>> };
  /** The flow sets besides the opiate routes: the 2011 Paris Action Plan's transatlantic cocaine flows. */
  flows: { list(o?: RequestOptions): Promise<ListResult<FlowSet>> };
  /** `text()` with the client's locale as the default. */
  text(t: LocalizedText | undefined | null, locale?: string): string;
}

/** The whole client: the reads of {@link PactReader}, the writes and the change feed. */
export interface PactClient extends PactReader {
  projects: PactReader['projects'] & {
    /** One project with its ETag: pass `etag` as `ifMatch` to `update()` or `withdraw()`. */
    read(id: string, o?: RequestOptions): Promise<Versioned<Project>>;
    /**
     * Registers a project (needs `apiKey`). An Idempotency-Key is generated unless you pass one, so a
     * create retried after a lost answer returns the first result instead of a duplicate.
     */
    create(input: ProjectInput, o?: WriteOptions & { idempotencyKey?: string }): Promise<Versioned<Project>>;
    /** Changes the fields of `patch` (JSON Merge Patch; `null` removes a field); `ifMatch` is the ETag you read. */
    update(
      id: string,
      patch: MergePatch<ProjectInput>,
      o: WriteOptions & { ifMatch: string },
    ): Promise<Versioned<Project>>;
    /** Withdraws a project: lists stop showing it; the change feed keeps its history. */
    withdraw(id: string, o: WriteOptions & { ifMatch: string }): Promise<void>;
  };
  /** The change feed: every accepted write, in order. */
  changes: { list(q?: ChangeQuery, o?: RequestOptions): Promise<ChangePage> };
}

type Kind = keyof Validators;
type Query = { lang?: LocaleCode; cursor?: string; limit?: number };

const envelope = (url: string, message: string) => new PactSchemaError(url, { path: '', rule: 'envelope', message });

/**
 * A read-only client of the Pact coordination API: what the elements use, so that a page that
 * only shows content carries no code that writes. `apiKey` is ignored here: use `createClient`.
 */
export function createReader(options: ClientOptions = {}): PactReader {
  return setup(options).reader;
}

/** A client of the Pact coordination API: reads, and (with `apiKey`) writes and the change feed. */
export function createClient(options: ClientOptions = {}): PactClient {
  const { reader, t, get, v } = setup(options);
  // Writes, reads with an ETag and the change feed load their code on first use: a page that only
  // lists never fetches it.
  let writes: Promise<Writer> | undefined;
  const lazy = <K extends keyof Writer>(k: K) =>
    ((...a: never[]) =>
      (writes ??= import('./writes.js').then((m) => m.writer(t, reader.baseUrl, get, options.apiKey, v?.project))).then(
        (w) => (w[k] as (...a: never[]) => unknown)(...a),
      )) as unknown as Writer[K];
  return {
    ...reader,
    projects: {
      ...reader.projects,
      read: lazy('read'),
      create: lazy('create'),
      update: lazy('update'),
      withdraw: lazy('withdraw'),
    },
    changes: { list: lazy('changes') },
  };
}

function setup(options: ClientOptions) {
  const given = options.baseUrl ?? (here && '/v1');
  if (!given)
    throw new TypeError('createClient: give a baseUrl such as "https://api.example.org/v1" (required in Node).');
  const baseUrl = new URL(given, here).href.replace(/\/+$/, '');
  const locale = options.locale || 'en';
  /** The API's language for a BCP 47 tag (its primary subtag), when the API has it. */
  const langOf = (tag: string) => LOCALES.find((l) => l === tag.toLowerCase().split(/[-_]/)[0]);
  const lang = langOf(locale);
  const v = options.validate || undefined;
  const t = {
    fetch: options.fetch ?? ((u, i) => fetch(u, i)),
    timeoutMs: options.timeoutMs ?? 10000,
    retries: options.retries ?? 2,
    cache: options.cache ?? true,
    staleIfError: options.staleIfError ?? false,
    maxBodyBytes: options.maxBodyBytes ?? 1e7,
    maxCacheBytes: options.maxCacheBytes ?? 2e7,
  } satisfies TransportOptions;
  const maxPages = options.maxPages ?? 1000;
  const get = transport(t);

  const one = async <T>(path: string, kind: Kind, o?: RequestOptions): Promise<T> => {
    const url = baseUrl + path;
    const { body } = await get(url, o);
    if (!body || typeof body != 'object') throw envelope(url, 'must be an object');
    const c = v?.[kind]?.check(body);
    if (c && !c.ok) throw new PactSchemaError(url, c.violation);
    return body as T;
  };

  // The options before the query: most lists take none (shorter calls in the core's bundle).
  const many = async <T, R extends ListResult<T>>(path: string, kind: Kind, o?: RequestOptions, q?: object) => {
    const s = new URLSearchParams();
    for (const [k, x] of Object.entries(q ?? {}).sort()) if (x != null && x !== '') s.set(k, `${x}`);
    const search = `${s}`; // not s.size: Safari 16 lacks it
    const url = baseUrl + path + (search ? `?${search}` : '');
    const { body, stale } = await get(url, o);
    const r = { ...(body as R) };
    if (!Array.isArray(r?.data)) throw envelope(url, 'must be an object with a data array');
    // The filtering code loads with the first validated list (the validators are the big part).
    const check = v?.[kind];
    if (check) Object.assign(r, (await import('./checked.js')).sift(r.data, check as Check<T>));
    if (stale) r.stale = stale;
    return r;
  };

  /** A paged list; `sorted` lists take `lang` (the language they sort by), defaulting to the client's. */
  const paged = <T>(path: string, kind: Kind, sorted = true) => {
    const list = (q?: Query, o?: RequestOptions) =>
      many<T, PageResult<T>>(path, kind, o, sorted ? { ...q, lang: q?.lang ?? lang } : q);
    return {
      list,
      get: (id: string, o?: RequestOptions) => one<T>(`${path}/${encodeURIComponent(id)}`, kind, o),
      async *all(q?: Query, o?: RequestOptions): AsyncIterableIterator<T> {
        let cursor: string | null | undefined;
        // Every cursor asked for: a server that sends one again would page forever.
        const seen = new Set<string | null | undefined>();
        do {
          seen.add(cursor);
          const page = await list({ ...q, cursor: cursor ?? undefined }, o);
          yield* page.data;
          cursor = page.next;
          if (cursor && (seen.has(cursor) || seen.size >= maxPages))
            throw new PactPagingError(baseUrl + path, seen.size, seen.has(cursor));
        } while (cursor);
      },
    };
  };

  /** A whole collection as one list (`{ data }`), and with `get(id)` its records one by one. */
  const whole = <T>(path: string, kind: Kind) => ({
    list: (o?: RequestOptions) => many<T, ListResult<T>>(path, kind, o),
  });
  const records = <T>(path: string, kind: Kind) => ({
    ...whole<T>(path, kind),
    get: (id: string | number, o?: RequestOptions) => one<T>(`${path}/${encodeURIComponent(id)}`, kind, o),
  });

  const reader: PactReader = {
    baseUrl,
    locale,
    partners: paged<Partner>('/partners', 'partner'),
    projects: paged<Project>('/projects', 'project'),
    pillars: records<Pillar>('/pillars', 'pillar'),
    routes: records<Route>('/routes', 'route'),
    partnerships: records<Partnership>('/partnerships', 'partnership'),
    events: {
      ...paged<TimelineEvent>('/events', 'event', false),
      calendarUrl: (id, l = locale) =>
        `${baseUrl}/events/${encodeURIComponent(id)}.ics${langOf(l) ? `?lang=${langOf(l)}` : ''}`,
    },
    geo: { countries: (o) => one('/geo/countries', 'topology', o) },
    meta: { get: (o) => one('/meta', 'meta', o) },
    regions: whole<Region>('/regions', 'region'),
    flows: whole<FlowSet>('/flows', 'flowSet'),
    text: (t, l = locale) => text(t, l),
  };
  return { reader, t, get, v };
}
