import { LRUCache } from 'lru-cache';
import { bareEntityTag } from '@pact/schema';
import { hash } from './hash.js';

/** A serialized 200 body and its strong ETag. */
export interface Body {
  body: Uint8Array;
  etag: string;
}

const encoder = new TextEncoder();
const json = (v: unknown) => JSON.stringify(v);

/** The strong ETag of a JSON body: the same text always gets the same tag, whatever the revision. */
export const entityTag = (text: string): string => `"${hash(text)}"`;

/** The most bytes of serialized bodies the API keeps (per app). */
export const BODY_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * Serialized bodies by request key, for one revision of the store: a new revision empties it.
 * Bounded in bytes with least-recently-used eviction (lru-cache), so that a flood of distinct
 * queries costs at most `maxBytes`. The ETag is the body's hash alone (see {@link entityTag}), so a
 * list that a write did not change keeps its ETag and still answers 304.
 */
export class BodyCache {
  private readonly bodies: LRUCache<string, Body>;
  private revision: string | undefined;

  constructor(maxBytes = BODY_CACHE_BYTES) {
    this.bodies = new LRUCache<string, Body>({
      maxSize: maxBytes,
      // The key is kept too; a body larger than the whole cache is served but not kept.
      sizeCalculation: (entry, key) => entry.body.byteLength + key.length * 2 + 64,
      maxEntrySize: maxBytes,
    });
  }

  /** Bytes held now (bodies and keys), for tests and the bench. */
  get size(): number {
    return this.bodies.calculatedSize;
  }

  /** Lookups answered from the cache, and not (for /metrics). */
  hits = 0;
  misses = 0;

  /** The body under `key` at `revision` (at once when held), made and kept when missing. */
  get(revision: string, key: string, make: () => Promise<unknown>, text = json): Body | Promise<Body> {
    const held = revision === this.revision && this.bodies.get(key);
    if (held) {
      this.hits++;
      return held;
    }
    this.misses++;
    return this.make(revision, key, make, text);
  }

  private async make(
    revision: string,
    key: string,
    make: () => Promise<unknown>,
    serialize: (v: unknown) => string,
  ): Promise<Body> {
    if (revision !== this.revision) {
      this.bodies.clear();
      this.revision = revision;
    }
    // (get() found no entry: none can have appeared since, this runs at once.)
    const text = serialize(await make());
    const entry = { body: encoder.encode(text), etag: entityTag(text) };
    if (revision !== this.revision) return entry; // the store changed meanwhile: do not keep it
    this.bodies.set(key, entry);
    return entry;
  }
}

/**
 * RFC 9110 weak comparison of If-None-Match against an ETag. A compressed representation's ETag
 * carries a `-gzip`, `-br` or `-br11` suffix (see server.ts); it matches the same content. Returns the
 * client's matching tag, or null.
 */
export function matching(ifNoneMatch: string, etag: string): string | null {
  if (ifNoneMatch.trim() === '*') return etag;
  const bare = etag.replace(/^W\//, '');
  for (const raw of ifNoneMatch.split(',')) {
    const t = raw.trim().replace(/^W\//, '');
    if (t === bare || bareEntityTag(t) === bare) return t;
  }
  return null;
}
