// What the seed knows of the geography of the three routes, to store them in order from
// Afghanistan and to check that order: the land borders between the countries on the routes, the
// sea legs the sources describe, the links that place the countries the reference puts on a route
// without a waypoint, and the few changes made to the reference's drawn paths.
import type { RouteId } from '@pact/schema';

/** Land borders between countries on the routes (partner ids; each pair once, either order). */
export const LAND_BORDERS: readonly (readonly [string, string])[] = [
  // Afghanistan and Central Asia (northern route)
  ['afg', 'tjk'],
  ['afg', 'uzb'],
  ['afg', 'tkm'],
  ['afg', 'pak'],
  ['afg', 'irn'],
  ['tjk', 'kgz'],
  ['tjk', 'uzb'],
  ['uzb', 'kgz'],
  ['uzb', 'kaz'],
  ['uzb', 'tkm'],
  ['kgz', 'kaz'],
  ['tkm', 'kaz'],
  ['tkm', 'irn'],
  ['kaz', 'rus'],
  // Iran, the South Caucasus and Türkiye (Balkan route)
  ['pak', 'irn'],
  ['irn', 'tur'],
  ['irn', 'arm'],
  ['irn', 'aze'],
  ['arm', 'geo'],
  ['arm', 'aze'],
  ['arm', 'tur'],
  ['aze', 'geo'],
  ['aze', 'tur'],
  ['aze', 'rus'],
  ['geo', 'tur'],
  ['geo', 'rus'],
  // South Eastern, Central and Western Europe (Balkan route)
  ['tur', 'grc'],
  ['tur', 'bgr'],
  ['grc', 'alb'],
  ['grc', 'mkd'],
  ['grc', 'bgr'],
  ['bgr', 'mkd'],
  ['bgr', 'srb'],
  ['bgr', 'rou'],
  ['mkd', 'srb'],
  ['mkd', 'alb'],
  ['alb', 'mne'],
  ['mne', 'srb'],
  ['mne', 'bih'],
  ['mne', 'hrv'],
  ['srb', 'bih'],
  ['srb', 'hrv'],
  ['srb', 'rou'],
  ['srb', 'hun'],
  ['bih', 'hrv'],
  ['hrv', 'svn'],
  ['hrv', 'hun'],
  ['svn', 'aut'],
  ['svn', 'ita'],
  ['svn', 'hun'],
  ['rou', 'hun'],
  ['rou', 'mda'],
  ['rou', 'ukr'],
  ['mda', 'ukr'],
  ['hun', 'aut'],
  ['hun', 'ukr'],
  ['aut', 'cze'],
  ['aut', 'deu'],
  ['aut', 'ita'],
  ['cze', 'deu'],
  ['cze', 'pol'],
  ['deu', 'pol'],
  ['deu', 'nld'],
  ['deu', 'bel'],
  ['deu', 'fra'],
  ['nld', 'bel'],
  ['bel', 'fra'],
  ['fra', 'ita'],
  ['pol', 'ukr'],
  ['ukr', 'rus'],
  // The Arabian Peninsula, East and Southern Africa, South Asia (southern route)
  ['pak', 'ind'],
  ['omn', 'are'],
  ['omn', 'sau'],
  ['are', 'sau'],
  ['sau', 'qat'],
  ['ken', 'tza'],
  ['tza', 'moz'],
  ['moz', 'zaf'],
];

/** Sea legs of the routes: the two countries, the sea's name and the source that describes the leg. */
export const SEA_LEGS: readonly (readonly [a: string, b: string, sea: string, source: string])[] = [
  [
    'alb',
    'ita',
    'Strait of Otranto (Adriatic Sea)',
    'EU Drug Markets Report 2019 (southern branch: Greece, Albania, Italy)',
  ],
  ['nld', 'gbr', 'North Sea', 'Balkan route destinations in Western Europe (reference route roles)'],
  ['geo', 'ukr', 'Black Sea', 'eu-act.info (South Caucasus and Black Sea offshoots, Odesa)'],
  ['pak', 'omn', 'Arabian Sea', 'EMCDDA on eu-act.info (Makran-coast shipments to the Arabian Peninsula)'],
  ['irn', 'are', 'Strait of Hormuz and Gulf of Oman', 'UNODC (southern route through Iran to the Gulf)'],
  ['pak', 'ken', 'Indian Ocean', 'EMCDDA on eu-act.info (Makran-coast shipments to East Africa)'],
  ['pak', 'tza', 'Indian Ocean', 'The Hindu (dhows from Gwadar to Tanzania and Mozambique)'],
  ['pak', 'lka', 'Arabian Sea and Indian Ocean', 'UNODC (southern route to South Asia)'],
  ['sau', 'egy', 'Red Sea', 'EMCDDA on eu-act.info (some shipments up the Red Sea to Egypt)'],
];

/**
 * How a country the reference places on a route, but that no waypoint lies in, is reached:
 * from which country on the same route (by a land border or a sea leg above).
 */
export const ROUTE_LINKS: Readonly<Record<RouteId, readonly (readonly [from: string, to: string])[]>> = {
  northern: [],
  balkan: [
    ['afg', 'pak'], // Pakistan feeds the Balkan route into Iran
    ['pak', 'irn'],
    ['irn', 'aze'], // South Caucasus and Black Sea offshoot
    ['irn', 'arm'],
    ['arm', 'geo'],
    ['geo', 'ukr'],
    ['ukr', 'mda'],
    ['srb', 'mne'], // central branch
    ['cze', 'pol'], // northern branch
    ['nld', 'bel'], // destinations in Western Europe
    ['bel', 'fra'],
    ['nld', 'gbr'],
  ],
  southern: [
    ['are', 'sau'], // the Gulf and the Arabian Peninsula
    ['sau', 'qat'],
    ['sau', 'egy'], // up the Red Sea
  ],
};

/** A waypoint the reference does not have, added to keep a drawn line from skipping a country. */
export interface AddedWaypoint {
  name: string;
  country_iso2: string;
  lat: number;
  lon: number;
  role: string;
}

/**
 * Changes to the reference's drawn paths (by waypoint name): each replaces one path, so that every
 * line starts in Afghanistan and joins neighbouring countries. The reference's coordinates are
 * approximate city positions already; the lines show directions, not actual routes.
 */
export const PATH_CHANGES: Readonly<
  Record<RouteId, readonly { from: readonly string[]; to: readonly string[]; add?: AddedWaypoint }[]>
> = {
  northern: [
    // Turkmenistan has no land border with Russia: the line goes on through Kazakhstan.
    {
      from: ['Mazar-i-Sharif', 'Turkmenabat', 'Orenburg'],
      to: ['Mazar-i-Sharif', 'Turkmenabat', 'Aktobe', 'Orenburg'],
      add: { name: 'Aktobe', country_iso2: 'KZ', lat: 50.283, lon: 57.167, role: 'transit (illustrative)' },
    },
    // The Pamir line starts in northern Afghanistan.
    { from: ['Khorog', 'Osh'], to: ['Kunduz', 'Khorog', 'Osh'] },
  ],
  balkan: [],
  southern: [
    // Bandar Abbas is reached from Afghanistan overland through Iran.
    { from: ['Bandar Abbas', 'Dubai'], to: ['Kandahar', 'Bandar Abbas', 'Dubai'] },
  ],
};

/** How two countries next to each other on a route are joined: "land", the sea's name, or null. */
export function joinOf(a: string, b: string): string | null {
  const pair = (x: readonly [string, string]) => (x[0] === a && x[1] === b) || (x[0] === b && x[1] === a);
  if (LAND_BORDERS.some(pair)) return 'land';
  return SEA_LEGS.find(([x, y]) => pair([x, y]))?.[2] ?? null;
}
