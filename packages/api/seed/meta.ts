// meta.json: counts, illustrative collections, unverified facts, caveats, regions, sources.
import type { CountryPartner, Meta } from '@pact/schema';
import type { Reference } from './reference.js';
import { REGIONS } from './tables/geography.js';
import { CAVEATS, REPLACED_CAVEATS, SOURCE_TITLES } from './tables/sources.js';
import type { Todo } from './util.js';

function mapSource(text: string): { title: string; url?: string } {
  const url = /https?:\/\/[^\s;)]+/.exec(text)?.[0];
  const bracket = /\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/.exec(text)?.[1];
  const known = url ? Object.entries(SOURCE_TITLES).find(([prefix]) => url.startsWith(prefix)) : undefined;
  if (/^local:/.test(text)) {
    return { title: `Local iso-codes data: ${bracket ?? 'ISO 3166-1 codes and French names'}` };
  }
  const title = known ? known[1] : (bracket ?? url ?? text);
  // A URL cut short with "..." is not a usable link.
  const fullUrl =
    url && !/\.\.\.|…/.test(text.slice(text.indexOf(url), text.indexOf(url) + url.length + 3)) ? url : undefined;
  return fullUrl ? { title, url: fullUrl } : { title };
}

export function buildMeta(
  ref: Reference,
  countries: readonly CountryPartner[],
  counts: Meta['counts'],
  todo: readonly Todo[],
): Meta {
  const usedRegions = new Set(countries.map((c) => c.region));
  return {
    version: '2026.11.1',
    updated: ref.meta.generated,
    locales: ['en', 'fr', 'ru'],
    counts,
    illustrative: [
      {
        collection: 'projects',
        note: 'Sample records modelled on the IATI activity standard; not ADAM data and not real projects.',
      },
      {
        collection: 'routes',
        note: 'Waypoint coordinates are approximate city positions; lines are not actual trafficking routes.',
      },
    ],
    unverified: todo.map(({ record, field, note }) => ({ record, field, note: note ?? 'Unverified' })),
    caveats: [...ref.meta.caveats.filter((c) => !REPLACED_CAVEATS.some((r) => r.test(c))), ...CAVEATS],
    regions: REGIONS.filter(([id]) => usedRegions.has(id)).map(([id, m49, en, fr, ru]) => ({
      id,
      m49,
      name: { en, fr, ru },
    })),
    sources: ref.sources.map(mapSource),
  };
}
