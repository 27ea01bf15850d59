import { createReader, type PactReader } from '@pact/sdk';

const clients = new Map<string, PactReader>();

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
  const key = normalizeApi(api);
  let client = clients.get(key);
  if (!client) {
    client = createReader({ baseUrl: key, staleIfError: true });
    clients.set(key, client);
  }
  return client;
}
