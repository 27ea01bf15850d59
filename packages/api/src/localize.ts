/**
 * Names in every language of LOCALES. The dataset gives each partner's name in English and usually
 * French and Russian; for a country it lacks in a language, the API adds the Unicode CLDR name
 * (Intl.DisplayNames, the names operating systems and browsers use) and lists that language in
 * `cldrNames`, so that a client can tell a CLDR name from the dataset's own (not an official text).
 * Organizations keep only the names the dataset gives (official names per language, else a
 * client falls back to English: docs/languages.md).
 */
import { LOCALES, type LocaleCode, type LocalizedText, type Meta, type Partner, type Region } from '@pact/schema';
import { withPlaceNames } from './place-names.js';

const displayNames = new Map<LocaleCode, Intl.DisplayNames>();
const regionNames = (lang: LocaleCode) => {
  let d = displayNames.get(lang);
  if (!d) displayNames.set(lang, (d = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })));
  return d;
};

/** The CLDR name of the region `code` (ISO 3166 alpha-2 or UN M49) in `lang`, or undefined when CLDR has none. */
export function cldrRegionName(code: string, lang: LocaleCode): string | undefined {
  try {
    return regionNames(lang).of(code) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * M49 regions that CLDR labels otherwise than the UN: 419 is "Latin America" in CLDR but "Latin
 * America and the Caribbean" in M49, 053 "Australasia" but "Australia and New Zealand". Their
 * CLDR names would name the region differently from the dataset's English: they keep the
 * dataset's names only (a client falls back to English).
 */
export const CLDR_LABELS_DIFFER: ReadonlySet<string> = new Set(['419', '053']);

/**
 * A record named (`name`) in every language CLDR has for the region `code`, the added languages
 * listed in `cldrNames` (the languages already marked stay marked); the record itself when CLDR
 * adds nothing.
 */
function namedFromCldr<T extends { name: LocalizedText; cldrNames?: LocaleCode[] }>(record: T, code: string): T {
  const added = LOCALES.flatMap((lang) => {
    if (record.name[lang]) return [];
    const name = cldrRegionName(code, lang);
    return name ? [[lang, name] as const] : [];
  });
  if (added.length === 0) return record;
  const cldrNames = LOCALES.filter((l) => record.cldrNames?.includes(l) || added.some(([a]) => a === l));
  return { ...record, name: { ...record.name, ...Object.fromEntries(added) }, cldrNames };
}

/** The UN M49 region with a name in every language CLDR has, those names marked in `cldrNames`. */
export const withRegionNames = (r: Region): Region => (CLDR_LABELS_DIFFER.has(r.m49) ? r : namedFromCldr(r, r.m49));

/** The dataset's meta with its regions named in every language (withRegionNames). */
export const withMetaRegionNames = (meta: Meta): Meta => ({ ...meta, regions: meta.regions.map(withRegionNames) });

/**
 * The partner with a name in every language: a country's missing names from CLDR, marked in
 * `cldrNames`; an organization's seat with its city named in every language (place-names.ts).
 */
export const withCldrNames = (p: Partner): Partner =>
  p.kind === 'country' ? namedFromCldr(p, p.iso2) : withPlaceNames(p);

/**
 * A partner as a client may send it back after reading it: the CLDR names the reads added (the
 * languages listed in `cldrNames`) and the marker itself are taken out, so that a write never stores
 * a CLDR name as the dataset's own. Anything else is left for the validator to judge.
 */
export function withoutCldrNames(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('cldrNames' in body)) return body;
  const { cldrNames, ...rest } = body as Record<string, unknown>;
  const name = rest['name'];
  if (!Array.isArray(cldrNames) || typeof name !== 'object' || name === null || Array.isArray(name)) return rest;
  const own = Object.fromEntries(Object.entries(name).filter(([lang]) => !cldrNames.includes(lang)));
  return { ...rest, name: own };
}
