/**
 * Content negotiation of `Accept-Encoding` (RFC 9110 §12.5.3) for the codings the server makes,
 * brotli and gzip: q-values are honoured (`br;q=0` refuses brotli), `*` stands for every coding
 * not named, unknown codings (`x-br`) are ignored, and the identity (no coding) stays acceptable
 * unless `identity;q=0` says otherwise.
 */
export type Coding = 'br' | 'gzip';

export interface Negotiated {
  /** The coding to use when the body is worth compressing; null for none. */
  coding: Coding | null;
  /** Whether an uncompressed body is acceptable (false only after an explicit `identity;q=0`). */
  identity: boolean;
}

/** The server's codings, in its order of preference when the client's q-values tie. */
export const CODINGS: readonly Coding[] = ['br', 'gzip'];
/** A qvalue: 0 to 1 with at most three decimals (RFC 9110 §12.4.2). */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** The q-value of each coding named in the header (lowercased); a malformed element is ignored. */
function weights(header: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const element of header.split(',').slice(0, 64)) {
    const [name = '', ...params] = element.split(';').map((p) => p.trim());
    if (!/^[!#$%&'*+.^_`|~0-9a-z-]+$/i.test(name)) continue;
    let q = 1;
    for (const p of params) {
      const m = /^q\s*=\s*(.*)$/i.exec(p);
      if (m) q = QVALUE.test(m[1] ?? '') ? Number(m[1]) : NaN;
    }
    if (!Number.isNaN(q)) out.set(name.toLowerCase(), q);
  }
  return out;
}

/**
 * What `Accept-Encoding` allows among the `available` codings (all of the server's by default;
 * a static file offers those it has ready); no header (or an empty one) means identity only.
 */
export function negotiate(header: string | null | undefined, available: readonly Coding[] = CODINGS): Negotiated {
  if (!header || !header.trim()) return { coding: null, identity: true };
  const w = weights(header);
  const star = w.get('*');
  const q = (c: string) => w.get(c) ?? star ?? 0;
  let coding: Coding | null = null;
  for (const c of available) if (q(c) > 0 && (coding === null || q(c) > q(coding))) coding = c;
  return { coding, identity: w.get('identity') !== 0 };
}
