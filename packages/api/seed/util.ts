// Small pure helpers of the seed builders.

/** Fails the build with a message. */
export function fail(message: string): never {
  throw new Error(`build-seed: ${message}`);
}

/** Lowercase ASCII slug: diacritics dropped, runs of other characters become "-". */
export function slug(text: string): string {
  return text
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Code-point comparison (independent of the ICU locale data). */
export function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/** Ends a text with a full stop unless it already ends with punctuation. */
export function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * The nodes reached from `starts` along the directed `steps`, in order: each node after every
 * node with a step to it, and otherwise by the fewest steps from a start, then in the order the
 * steps are listed. Fails on a cycle (a route that turns back on itself has no such order).
 */
export function inOrderFrom(starts: readonly string[], steps: readonly (readonly [string, string])[]): string[] {
  const reached = [...new Set(starts)];
  for (let i = 0; i < reached.length; i++) {
    for (const [from, to] of steps) if (from === reached[i] && !reached.includes(to)) reached.push(to);
  }
  const inner = steps.filter(([from, to]) => from !== to && reached.includes(from));
  const order: string[] = [];
  while (order.length < reached.length) {
    const next = reached.find(
      (n) => !order.includes(n) && inner.every(([from, to]) => to !== n || order.includes(from)),
    );
    if (next === undefined) fail(`a cycle among ${reached.filter((n) => !order.includes(n)).join(', ')}`);
    order.push(next);
  }
  return order;
}

/** mulberry32: a small seeded PRNG, so the sample projects are reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fact the sources do not confirm, collected while building (meta.json `unverified`). */
export interface Todo {
  record: string;
  field: string;
  note: string | undefined;
}
