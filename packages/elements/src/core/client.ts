import { createReader, type PactReader } from '@pact/sdk';
import { nextTurn } from './turns.js';

const clients = new Map<string, PactReader>();
/** The same clients by the API as an element wrote it and the page's URL (see clientFor). */
const byWritten = new Map<string, PactReader>();

/**
 * The API's answers a server-rendered element carries (ssr/): its URLs with ETag and body, or 0
 * for an answer another element rendered for the same page carries (ssr/'s `page`).
 */
export type ServerAnswers = Record<string, ServerAnswer | 0>;
/** One answer carried: its ETag and body. */
export interface ServerAnswer {
  etag: string | null;
  body: string;
}

/** The selector of the script, inside a server-rendered element, that carries its {@link ServerAnswers}. */
export const SERVER_ANSWERS = 'script[type="application/json"][data-pact-answers]';

/** The readers' options, the same for the elements' clients and the early senders. */
const READER = { staleIfError: true } as const;

/**
 * Each script's answers, parsed once: every request of the page looks for its URL in every
 * script, and parsing them all again for each request (the directory's and the map's answers are
 * the bulk of a server-rendered page) made a task of about 120 ms on the OSCE page on a phone.
 */
const parsed = new WeakMap<Element, ServerAnswers>();

/**
 * The answer a server-rendered element on the page carries for `key`, if any; `take`: taken
 * from the page (each answer answers once: each element that names it (0) takes that mention, and
 * the last takes the answer itself).
 */
function serverAnswer(key: string, take?: boolean): ServerAnswer | undefined {
  let hit: ServerAnswer | undefined;
  /** Where the answer is taken from: a mention of it when there is one, else the answer's own script. */
  let from: ServerAnswers | undefined;
  for (const script of globalThis.document?.querySelectorAll(SERVER_ANSWERS) ?? []) {
    let answers = parsed.get(script);
    if (!answers) {
      try {
        answers = JSON.parse(script.textContent!) as ServerAnswers;
      } catch {
        answers = {}; // not JSON: none
      }
      parsed.set(script, answers);
    }
    const answer = answers[key];
    if (answer) {
      hit ??= answer;
      from ??= answers;
    } else if (answer === 0) from = answers;
  }
  if (hit && take) delete from![key];
  return hit;
}

/**
 * fetch, but a GET a server-rendered element on the page already carries is answered from there
 * (once: then the ETag cache revalidates it as usual), so hydration does not ask the API again;
 * and the first GET of a URL sent early for an element still loading ({@link startEarly}) is
 * answered with that request's response.
 */
async function pageFetch(url: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const key = String(url);
  const hit = serverAnswer(key, true);
  const kept = early.get(key);
  early.delete(key);
  const response = hit ? null : await (kept ?? fetch(url, init));
  // Each answer made, read, parsed and checked in a turn of its own (core/turns.ts): answers that
  // were there together (sent early, adopted at once; carried by the page) were all read in one
  // task, the OSCE page's three map answers in one of about 100 ms under a 4× CPU slowdown, and a
  // server-rendered map's two from the page in one of 79 ms.
  await nextTurn();
  // (A Response's status is 200 unless given.)
  return (
    response ??
    new Response(hit!.body, {
      headers: { 'Content-Type': 'application/json', ...(hit!.etag && { ETag: hit!.etag }) },
    })
  );
}

/**
 * How long a request sent early ({@link startEarly}) waits for its element, after its answer came:
 * the element's module is on its way, so seconds at most; an answer no element took by then is
 * dropped, and a later request of the same URL goes to the API.
 */
export const EARLY_ANSWER_MS = 10_000;

/** Requests sent before their element's module ran, by URL: each adopted by the same URL's next request. */
const early = new Map<string, Promise<Response>>();
/** What the early sender's own request ends with (the element's request takes the response). */
const EARLY = new DOMException('Sent early, for the element to adopt', 'AbortError');

/**
 * The fetch of the early senders ({@link startEarly}): sends the request now, without the
 * sender's signal (aborted at once: the sender keeps neither a flight nor a cache entry of it),
 * and keeps its response, or its failure, for the element's own first request of the URL. Not
 * for a URL a server-rendered element on the page answers.
 */
function sendEarly(url: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const key = String(url);
  if (!early.has(key) && !serverAnswer(key)) {
    const response = fetch(url, { ...init, signal: null });
    early.set(key, response);
    const expire = () => setTimeout(() => early.get(key) === response && early.delete(key), EARLY_ANSWER_MS);
    response.then(expire, expire);
  }
  return Promise.reject(EARLY);
}

/**
 * One early sender per API: a reader made as {@link clientFor} makes the element's (so the same
 * URLs and headers), whose fetch is {@link sendEarly}.
 */
const senders = new Map<string, PactReader>();

/**
 * Sends an element's first requests now, while its module is still loading (autoload): `requests`
 * makes, through a reader like the element's client, the same calls its data controller will make
 * for the API `api`. Each request leaves at once and its response waits for the element: the
 * element's first request of the same URL (same headers: its client has no cache entry for it
 * yet) is answered with it instead of asking the API again, whatever it is — a failure goes
 * through the client's retries and the element's error state with Retry exactly as if the
 * element had sent it itself.
 */
export function startEarly(
  api: string,
  requests: (client: PactReader, signal: AbortSignal) => readonly Promise<unknown>[],
): void {
  const key = normalizeApi(api);
  let sender = senders.get(key);
  if (!sender) {
    sender = createReader({ ...READER, baseUrl: key, fetch: sendEarly });
    senders.set(key, sender);
  }
  const caller = new AbortController();
  try {
    for (const p of requests(sender, caller.signal)) p.catch(() => undefined);
  } finally {
    caller.abort();
  }
}

/** The page-wide default API: `<meta name="pact:api" content="…">`, else same-origin /v1. */
export function defaultApi(): string {
  const meta = globalThis.document?.querySelector<HTMLMetaElement>('meta[name="pact:api"]');
  return meta?.content.trim() || '/v1';
}

/** An absolute base URL (so that equal APIs written differently share one client). */
export function normalizeApi(api: string): string {
  try {
    return new URL(api, globalThis.location?.href).href.replace(/\/+$/, '');
  } catch {
    return api.replace(/\/+$/, '');
  }
}

/**
 * One client per API base URL for the whole page, so that every element (and every
 * provider) talking to the same API shares one request cache and one set of in-flight
 * requests.
 */
export function clientFor(api: string): PactReader {
  // The API as written, where the page is: its client without parsing the URL again.
  const written = `${api} ${globalThis.location?.href}`;
  const known = byWritten.get(written);
  if (known) return known;
  const key = normalizeApi(api);
  let client = clients.get(key);
  if (!client) {
    client = createReader({ ...READER, baseUrl: key, fetch: pageFetch });
    clients.set(key, client);
  }
  // Bound: a page whose URL changes (sync-url) adds one entry per URL it goes through.
  if (byWritten.size >= 64) byWritten.clear();
  byWritten.set(written, client);
  return client;
}
