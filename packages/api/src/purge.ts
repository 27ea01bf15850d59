import type { PurgeHook } from './surrogate.js';

export interface PurgeOptions {
  /** Sent as `Authorization: Bearer …` (PACT_PURGE_TOKEN). */
  token?: string | undefined;
  /** Purges waiting or in flight at most; more are dropped and counted (default 100). */
  maxPending?: number;
  /** Told about each purge that failed or was dropped (the Node entry logs it). */
  onError?: (message: string) => void;
  fetch?: typeof fetch;
}

/**
 * A purge hook that POSTs `{"keys": [...]}` (JSON) to a URL: a CDN's purge-by-tag endpoint, or a
 * small relay in front of it. One request per write, two tries, five seconds each; bounded, so a
 * purge endpoint that is down costs a bounded amount of memory (what is dropped is reported).
 */
export function purgeByUrl(url: string, options: PurgeOptions = {}): PurgeHook & { idle(): Promise<void> } {
  const send = options.fetch ?? fetch;
  const max = options.maxPending ?? 100;
  const pending = new Set<Promise<void>>();
  const post = async (keys: string[]) => {
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        const res = await send(url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
          },
          body: JSON.stringify({ keys }),
          signal: AbortSignal.timeout(5000),
        });
        await res.body?.cancel();
        if (res.ok) return;
        if (attempt === 2) options.onError?.(`purge of ${keys.join(' ')} answered ${res.status}`);
      } catch (e) {
        if (attempt === 2) options.onError?.(`purge of ${keys.join(' ')} failed: ${(e as Error).message}`);
      }
    }
  };
  const hook = (keys: string[]) => {
    if (pending.size >= max) {
      options.onError?.(`purge of ${keys.join(' ')} dropped: ${max} purges already pending`);
      return;
    }
    const p = post(keys).finally(() => pending.delete(p));
    pending.add(p);
  };
  /** Resolves when no purge is pending (tests, shutdown). */
  hook.idle = async () => {
    while (pending.size) await Promise.all([...pending]);
  };
  return hook;
}
