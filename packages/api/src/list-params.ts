/**
 * The query parameters of the list endpoints, as the route table declares them: their closed lists
 * are @pact/schema's PARTNER_FILTERS, PROJECT_FILTERS and EVENT_FILTERS, and their names are checked
 * (at compile time) to be exactly those of the SDK's query types, PartnerQuery, ProjectQuery and EventQuery.
 */
import {
  EVENT_FILTERS,
  PAGE_LIMIT,
  PARTNER_FILTERS,
  PROJECT_FILTERS,
  SEARCH_MAX_LENGTH,
  type EventQuery,
  type PartnerQuery,
  type ProjectQuery,
} from '@pact/schema';
import type { ParamSpec } from './params.js';

/** The parameters of a list, with exactly the keys of its SDK query type `Q`. */
const paramsOf =
  <Q>() =>
  <S extends Record<keyof Required<Q>, ParamSpec>>(specs: S & Record<Exclude<keyof S, keyof Q>, never>): S =>
    specs;
const oneOf = (values: readonly (string | number | boolean)[], description: string): ParamSpec => ({
  kind: 'enum',
  values,
  description,
});
const language = (values: readonly string[], description: string): ParamSpec => ({
  kind: 'lang',
  values,
  description: `${description} One of ${values.join(', ')}, or a BCP 47 tag that falls back to one by lookup (zh-Hant-TW, then zh-Hant, then zh); a tag with no match means en.`,
});
const search = (description: string): ParamSpec => ({ kind: 'text', maxLength: SEARCH_MAX_LENGTH, description });
const limit: ParamSpec = {
  kind: 'int',
  ...PAGE_LIMIT,
  description: `Records per page, ${PAGE_LIMIT.min} to ${PAGE_LIMIT.max}.`,
};
const cursor: ParamSpec = { kind: 'cursor', description: 'The `next` value of the previous page.' };
const partnerId = (description: string): ParamSpec => ({ kind: 'id', example: 'afg', description });

export const PARTNER_PARAMS = paramsOf<PartnerQuery>()({
  kind: oneOf(PARTNER_FILTERS.kind, 'Countries or organizations only.'),
  member: oneOf(
    PARTNER_FILTERS.member,
    'Members of a partnership (status "member", confirmed or not; possible members are left out).',
  ),
  route: oneOf(PARTNER_FILTERS.route, 'Partners that lie on a route.'),
  region: oneOf(PARTNER_FILTERS.region, 'Countries in a UN M49 sub-region.'),
  priority: oneOf(
    PARTNER_FILTERS.priority,
    'Paris Pact priority countries (derived flag); unknown ones match neither.',
  ),
  role: oneOf(
    PARTNER_FILTERS.role,
    'Partners that appear in this role on at least one project: donor, implementer (the implementing organization) or beneficiary (a beneficiary country).',
  ),
  plan: oneOf(
    PARTNER_FILTERS.plan,
    'Organizations by their part in the 2011 Paris Action Plan against transatlantic cocaine trafficking: information-centre (Accra, Dakar), operational-centre (maritime interdiction: MAOC-N, CeCLAD-M, JIATF-S) or network (the networks and regional organizations it calls on).',
  ),
  q: search('Words to find in the names, in any language; case and accents are ignored.'),
  sort: oneOf(PARTNER_FILTERS.sort, 'Order by name in `lang`.'),
  lang: language(PARTNER_FILTERS.lang, 'Language of the names used to sort (Intl.Collator); default en.'),
  limit,
  cursor,
});

export const PROJECT_PARAMS = paramsOf<ProjectQuery>()({
  pillar: oneOf(PROJECT_FILTERS.pillar, 'Vienna Declaration pillar, 1 to 4.'),
  status: oneOf(PROJECT_FILTERS.status, 'IATI activity status.'),
  illustrative: oneOf(
    PROJECT_FILTERS.illustrative,
    'true: only the fictitious example projects (flagged `illustrative`); false: only the others, as their partners registered them.',
  ),
  country: partnerId('Partner id of a beneficiary country.'),
  donor: partnerId('Partner id of a donor.'),
  q: search('Words to find in the titles, in any language; case and accents are ignored.'),
  sort: oneOf(
    PROJECT_FILTERS.sort,
    'Order by start date, title (in `lang`) or budget (by currency, then amount; no conversion). Default -start.',
  ),
  lang: language(PROJECT_FILTERS.lang, 'Language of the titles used to sort; default en.'),
  limit,
  cursor,
});

const date = (description: string): ParamSpec => ({ kind: 'date', description });

export const EVENT_PARAMS = paramsOf<EventQuery>()({
  partnership: oneOf(EVENT_FILTERS.partnership, 'Events of a partnership.'),
  kind: oneOf(EVENT_FILTERS.kind, 'Events of one kind.'),
  pillar: oneOf(EVENT_FILTERS.pillar, 'Events about a Vienna Declaration pillar, 1 to 4.'),
  from: date(
    'Events that end on or after the first day of this year, month or day (2006, 2006-06 or 2006-06-26); an event known to the month or the year counts with all its days.',
  ),
  to: date('Events that begin on or before the last day of this year, month or day.'),
  when: oneOf(
    EVENT_FILTERS.when,
    "By the server's clock (UTC): upcoming events end today or later, past ones ended before today. An event known only to the month or the year ends on the last day of it.",
  ),
  q: search('Words to find in the titles, in any language; case and accents are ignored.'),
  sort: oneOf(EVENT_FILTERS.sort, 'By date, oldest first (date, the default) or newest first (-date).'),
  limit,
  cursor,
});
