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
