/**
 * Names in every language of LOCALES. The dataset gives each partner's name in English and usually
 * French and Russian; for a country it lacks in a language, the API adds the Unicode CLDR name
 * (Intl.DisplayNames, the names operating systems and browsers use) and lists that language in
 * `cldrNames`, so that a client can tell a CLDR name from the dataset's own (not an official text).
 * Organizations keep only the names the dataset gives (official names per language, else a
 * client falls back to English: docs/languages.md).
 */
import { LOCALES, type LocaleCode, type Partner } from '@pact/schema';
import { withPlaceNames } from './place-names.js';

const displayNames = new Map<LocaleCode, Intl.DisplayNames>();
const regionNames = (lang: LocaleCode) => {
  let d = displayNames.get(lang);
  if (!d) displayNames.set(lang, (d = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })));
  return d;
};

/** The CLDR name of the region `iso2` in `lang`, or undefined when CLDR has none. */
export function cldrRegionName(iso2: string, lang: LocaleCode): string | undefined {
  try {
    return regionNames(lang).of(iso2) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The partner with a name in every language: a country's missing names from CLDR, marked in
 * `cldrNames` (the languages already marked stay marked); an organization's seat with its city
 * named in every language (place-names.ts).
 */
export function withCldrNames(p: Partner): Partner {
  if (p.kind !== 'country') return withPlaceNames(p);
  const added = LOCALES.flatMap((lang) => {
    if (p.name[lang]) return [];
    const name = cldrRegionName(p.iso2, lang);
    return name ? [[lang, name] as const] : [];
  });
  if (added.length === 0) return p;
  const cldrNames = LOCALES.filter((l) => p.cldrNames?.includes(l) || added.some(([a]) => a === l));
  return { ...p, name: { ...p.name, ...Object.fromEntries(added) }, cldrNames };
}

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
