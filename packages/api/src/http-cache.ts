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

/** An ETag as a client sent it, without the `-gzip`/`-br` suffix of a compressed representation. */
export const bareTag = (tag: string): string => tag.trim().replace(/-(gzip|br)"$/, '"');

/**
 * Serialized bodies by request key, for one revision of the store: a new revision empties it.
 * Bounded in bytes; the oldest entries go first. The ETag is the body's hash alone (see
 * {@link entityTag}), so a list that a write did not change keeps its ETag and still answers 304.
 */
export class BodyCache {
  private readonly bodies = new Map<string, Body>();
  private bytes = 0;
  private revision: string | undefined;

  constructor(private readonly maxBytes = 32 * 1024 * 1024) {}

  /** The body under `key` at `revision` (at once when held), made and kept when missing. */
  get(revision: string, key: string, make: () => Promise<unknown>, text = json): Body | Promise<Body> {
    return (revision === this.revision && this.bodies.get(key)) || this.make(revision, key, make, text);
  }

  private async make(
    revision: string,
    key: string,
    make: () => Promise<unknown>,
    serialize: (v: unknown) => string,
  ): Promise<Body> {
    if (revision !== this.revision) {
      this.bodies.clear();
      this.bytes = 0;
      this.revision = revision;
    }
    let entry = this.bodies.get(key);
    if (!entry) {
      const text = serialize(await make());
      entry = { body: encoder.encode(text), etag: entityTag(text) };
      if (revision !== this.revision) return entry; // the store changed meanwhile: do not keep it
      this.bytes += entry.body.byteLength;
      for (const [k, old] of this.bodies) {
        if (this.bytes <= this.maxBytes) break;
        this.bodies.delete(k);
        this.bytes -= old.body.byteLength;
      }
      this.bodies.set(key, entry);
    }
    return entry;
  }
}

/**
 * RFC 9110 weak comparison of If-None-Match against an ETag. A compressed representation's ETag
 * carries a `-gzip` or `-br` suffix (see server.ts); it matches the same content. Returns the
 * client's matching tag, or null.
 */
export function matching(ifNoneMatch: string, etag: string): string | null {
  if (ifNoneMatch.trim() === '*') return etag;
  const bare = etag.replace(/^W\//, '');
  for (const raw of ifNoneMatch.split(',')) {
    const t = raw.trim().replace(/^W\//, '');
    if (t === bare || t.replace(/-(gzip|br)"$/, '"') === bare) return t;
  }
  return null;
}
