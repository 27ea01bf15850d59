/**
 * What `<pact-partners>` says about the certainty of its list, from the data: the noun of its
 * count (what the partnership calls those listed), how many memberships the sources confirm,
 * the possible members, whether a priority flag is confirmed or presumed, and the dataset's
 * caveats about the list. Pure functions of the records (tested in Chromium with the element).
 * Loaded on demand (a chunk of its own), by a directory that lists one partnership's members.
 */
import { msg, str } from '../core/localize.js';
import type { MembershipId, Partner } from '@pact/sdk';
import { PARTNERS, countText, type CountForms } from '../core/count.js';
import { formatNumber } from '../core/format.js';

/** OSCE participating States (what `member="osce"` lists: the OSCE's own word for its members). */
export const PARTICIPATING_STATES: CountForms = {
  zero: (shown) => msg(str`${shown} participating States`, { id: 'states.count.zero' }),
  one: (shown) => msg(str`${shown} participating State`, { id: 'states.count.one' }),
  two: (shown) => msg(str`${shown} participating States`, { id: 'states.count.two' }),
  few: (shown) => msg(str`${shown} participating States`, { id: 'states.count.few' }),
  many: (shown) => msg(str`${shown} participating States`, { id: 'states.count.many' }),
  other: (shown) => msg(str`${shown} participating States`, { id: 'states.count.other' }),
};

/** Members of the Pompidou Group. */
export const MEMBERS: CountForms = {
  zero: (shown) => msg(str`${shown} members`, { id: 'members.count.zero' }),
  one: (shown) => msg(str`${shown} member`, { id: 'members.count.one' }),
  two: (shown) => msg(str`${shown} members`, { id: 'members.count.two' }),
  few: (shown) => msg(str`${shown} members`, { id: 'members.count.few' }),
  many: (shown) => msg(str`${shown} members`, { id: 'members.count.many' }),
  other: (shown) => msg(str`${shown} members`, { id: 'members.count.other' }),
};

/** Possible members, not confirmed by the sources. */
export const POSSIBLE_MEMBERS: CountForms = {
  zero: (shown) => msg(str`${shown} possible members`, { id: 'possible.count.zero' }),
  one: (shown) => msg(str`${shown} possible member`, { id: 'possible.count.one' }),
  two: (shown) => msg(str`${shown} possible members`, { id: 'possible.count.two' }),
  few: (shown) => msg(str`${shown} possible members`, { id: 'possible.count.few' }),
  many: (shown) => msg(str`${shown} possible members`, { id: 'possible.count.many' }),
  other: (shown) => msg(str`${shown} possible members`, { id: 'possible.count.other' }),
};

/**
 * The count forms for a list of the members of `member`: the OSCE lists participating States
 * (its Partners for Co-operation are not members), the Pompidou Group members, the Paris Pact
 * partners (its own word); a list of no one partnership counts partners.
 */
export function countFormsFor(member: MembershipId | ''): CountForms {
  if (member === 'osce') return PARTICIPATING_STATES;
  if (member === 'pompidou-group') return MEMBERS;
  return PARTNERS;
}

/**
 * How certain the member list of one partnership is: counted over every partner record
 * ({@link membershipCertainty}), or read from the partnership's listed counts, which the API
 * counts over the same records (the directory's `certaintyOf`).
 */
export interface MembershipCertainty {
  /** Partners listed as members (status "member", confirmed or not). */
  listed: number;
  /** Those whose membership the sources confirm. */
  confirmed: number;
  /** Partners that may be members (status "possible"). */
  possible: number;
  /** Those partners themselves, sorted as given, when counted over the records. */
  possibleMembers?: Partner[];
}

export function membershipCertainty(partners: readonly Partner[], member: MembershipId): MembershipCertainty {
  let listed = 0;
  let confirmed = 0;
  const possibleMembers: Partner[] = [];
  for (const p of partners) {
    const m = p.memberships.find((x) => x.partnership === member);
    if (m?.status === 'member') {
      listed++;
      if (m.verified) confirmed++;
    } else if (m?.status === 'possible') possibleMembers.push(p);
  }
  return { listed, confirmed, possible: possibleMembers.length, possibleMembers };
}

/**
 * "34 members listed, 6 of them confirmed by the sources; the list is incomplete." and, when the
 * possible members are not shown, "Not shown: 14 possible members." Empty when every listed
 * membership is confirmed and none is only possible (called inside a render).
 */
export function certaintyText(
  locale: string,
  c: MembershipCertainty,
  forms: CountForms,
  possibleShown: boolean,
): string {
  if (c.confirmed === c.listed && !c.possible) return '';
  const listed = countText(locale, c.listed, forms);
  const confirmed = formatNumber(locale, c.confirmed);
  const parts = [msg(str`${listed} listed, ${confirmed} of them confirmed by the sources; the list is incomplete.`)];
  if (c.possible && !possibleShown) {
    const possible = countText(locale, c.possible, POSSIBLE_MEMBERS);
    parts.push(msg(str`Not shown: ${possible}.`));
  }
  return parts.join(' ');
}

/** Words that tie a dataset caveat to the list of a partnership (the caveats are English notes). */
const CAVEAT_WORDS: Readonly<Record<MembershipId, RegExp>> = {
  'paris-pact': /\bParis Pact\b|\bUNODC\b/i,
  'pompidou-group': /\bPompidou\b/i,
  osce: /\bOSCE\b/i,
};

/** The dataset's caveats (meta.caveats) that name the partnership listed. */
export function caveatsFor(caveats: readonly string[], member: MembershipId | ''): string[] {
  if (!member) return [];
  return caveats.filter((c) => CAVEAT_WORDS[member].test(c));
}
