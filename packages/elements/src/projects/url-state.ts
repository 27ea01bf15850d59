/**
 * The listing's filters in the page's query string, so that a filtered listing can be shared as
 * a link. Each listing writes only its own parameters, `PREFIX.NAME` (e.g. `?proj-a.pillar=2`),
 * with PREFIX the `sync-url` value, else the element's `id`, else `projects`; everything else in
 * the URL (other listings, the page's own parameters, the hash) is kept. history.replaceState:
 * filtering adds no history entries.
 */
export const URL_KEYS = ['q', 'pillar', 'status', 'country', 'donor', 'sort'] as const;
export type UrlKey = (typeof URL_KEYS)[number];
export type UrlState = Partial<Record<UrlKey, string>>;

export function readUrlState(prefix: string): UrlState {
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  const state: UrlState = {};
  for (const key of URL_KEYS) {
    const value = params.get(`${prefix}.${key}`);
    if (value) state[key] = value;
  }
  return state;
}

export function writeUrlState(prefix: string, state: UrlState): void {
  if (!globalThis.location || !globalThis.history) return;
  const url = new URL(location.href);
  if (URL_KEYS.every((key) => (url.searchParams.get(`${prefix}.${key}`) ?? '') === (state[key] ?? ''))) return;
  for (const key of URL_KEYS) {
    const value = state[key];
    if (value) url.searchParams.set(`${prefix}.${key}`, value);
    else url.searchParams.delete(`${prefix}.${key}`);
  }
  history.replaceState(history.state, '', url);
}
