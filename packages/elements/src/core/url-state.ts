/**
 * A list's filters in the page's query string, so that a filtered list can be shared as a link.
 * Each list writes only its own parameters, `PREFIX.NAME` (e.g. `?proj-a.pillar=2`); everything
 * else in the URL (other lists, the page's own parameters, the hash) is kept. history.replaceState:
 * filtering adds no history entries.
 */
export type UrlState = Readonly<Record<string, string>>;

/** The non-empty values of `keys` under `prefix` in the page's URL. */
export function readUrlState(prefix: string, keys: readonly string[]): UrlState {
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  const state: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(`${prefix}.${key}`);
    if (value) state[key] = value;
  }
  return state;
}

/** Writes `keys` under `prefix` (an empty or missing value removes its parameter). */
export function writeUrlState(prefix: string, keys: readonly string[], state: UrlState): void {
  if (!globalThis.location || !globalThis.history) return;
  const url = new URL(location.href);
  if (keys.every((key) => (url.searchParams.get(`${prefix}.${key}`) ?? '') === (state[key] ?? ''))) return;
  for (const key of keys) {
    const value = state[key];
    if (value) url.searchParams.set(`${prefix}.${key}`, value);
    else url.searchParams.delete(`${prefix}.${key}`);
  }
  history.replaceState(history.state, '', url);
}
