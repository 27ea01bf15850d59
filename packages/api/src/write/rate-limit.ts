/**
 * A per-key rate limit on writes: a token bucket for each API key, in a bounded LRU cache (a flood
 * of distinct keys evicts the least recently used buckets; it cannot grow memory). A key that has
 * spent its burst waits `1 / perSecond` seconds per write; the refusal says how long.
 */
import { LRUCache } from 'lru-cache';

export interface RateLimitOptions {
  /** Writes a key may make at once after a quiet period. Default 30. */
  burst?: number;
  /** Sustained writes per second per key. Default 2 (120 a minute). */
  perSecond?: number;
  /** Most keys tracked at once. Default 10,000. */
  maxKeys?: number;
  /** Clock in milliseconds (tests pass their own). */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  readonly #burst: number;
  readonly #perMs: number;
  readonly #now: () => number;
  readonly #buckets: LRUCache<string, Bucket>;

  constructor(options: RateLimitOptions = {}) {
    this.#burst = options.burst ?? 30;
    this.#perMs = (options.perSecond ?? 2) / 1000;
    this.#now = options.now ?? Date.now;
    this.#buckets = new LRUCache({ max: options.maxKeys ?? 10_000 });
  }

  /** Takes one token for `key`: 0 when the write may go ahead, else the seconds to wait (at least 1). */
  take(key: string): number {
    const now = this.#now();
    const b = this.#buckets.get(key) ?? { tokens: this.#burst, at: now };
    b.tokens = Math.min(this.#burst, b.tokens + (now - b.at) * this.#perMs);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      this.#buckets.set(key, b);
      return 0;
    }
    this.#buckets.set(key, b);
    // Fewer than 1 token left: a wait of more than 0 s, so at least 1 once rounded up.
    return Math.ceil((1 - b.tokens) / this.#perMs / 1000);
  }
}
