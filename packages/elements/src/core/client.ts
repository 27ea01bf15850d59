import { createReader, type PactReader } from '@pact/sdk';

const clients = new Map<string, PactReader>();
/** The same clients by the API as an element wrote it and the page's URL (see clientFor). */
const byWritten = new Map<string, PactReader>();

/** The API's answers a server-rendered element carries (ssr/): its URLs with ETag and body. */
export type ServerAnswers = Record<string, { etag: string | null; body: string }>;

/** The selector of the script, inside a server-rendered element, that carries its {@link ServerAnswers}. */
export const SERVER_ANSWERS = 'script[type="application/json"][data-pact-answers]';

const answered = new Set<string>();

/**
 * fetch, but a GET a server-rendered element on the page already carries is answered from there
 * (once: then the ETag cache revalidates it as usual), so hydration does not ask the API again.
 */
function pageFetch(url: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const key = String(url);
  if (!answered.has(key)) {
    for (const script of globalThis.document?.querySelectorAll(SERVER_ANSWERS) ?? []) {
      let hit: ServerAnswers[string] | undefined;
      try {
        hit = (JSON.parse(script.textContent ?? '{}') as ServerAnswers)[key];
      } catch {
        continue;
      }
      if (!hit) continue;
      answered.add(key);
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (hit.etag) headers.ETag = hit.etag;
      return Promise.resolve(new Response(hit.body, { status: 200, headers }));
    }
  }
  return fetch(url, init);
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
    client = createReader({ baseUrl: key, staleIfError: true, fetch: pageFetch });
    clients.set(key, client);
  }
  // Bound: a page whose URL changes (sync-url) adds one entry per URL it goes through.
  if (byWritten.size >= 64) byWritten.clear();
  byWritten.set(written, client);
  return client;
}
