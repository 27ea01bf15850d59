/**
 * A small keyed cache for what the map derives from its data: the last few results by key,
 * the least recently used dropped first. Objects take part in keys through `idOf` (by identity,
 * never by content).
 */
export class KeyedCache<V> {
  readonly #entries = new Map<string, V>();

  constructor(readonly size = 4) {}

  /** The value for `key`, made by `make` when it is not (or no longer) cached. */
  get(key: string, make: () => V): V {
    if (this.#entries.has(key)) {
      const hit = this.#entries.get(key) as V;
      // Most recently used last.
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const value = make();
    this.#entries.set(key, value);
    for (const old of this.#entries.keys()) {
      if (this.#entries.size <= this.size) break;
      this.#entries.delete(old);
    }
    return value;
  }
}

const ids = new WeakMap<object, number>();
let last = 0;

/** A number for an object, the same for as long as the object lives: for cache keys. */
export function idOf(o: object): number {
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = ++last));
  return id;
}
