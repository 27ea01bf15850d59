/**
 * A small keyed cache for what the map derives from its data: the last few results by key,
 * the least recently used dropped first. Objects take part in keys through `idOf` (by identity,
 * never by content).
 */
export class KeyedCache<V> {
  readonly #entries = new Map<string, V>();

  constructor(readonly size = 4) {}

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  /** The value for `key`, made by `make` when it is not (or no longer) cached. */
  get(key: string, make: () => V): V {
    const entries = this.#entries;
    const value = entries.has(key) ? (entries.get(key) as V) : make();
    // Most recently used last; the first beyond the size goes.
    entries.delete(key);
    entries.set(key, value);
    if (entries.size > this.size) entries.delete(entries.keys().next().value as string);
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
