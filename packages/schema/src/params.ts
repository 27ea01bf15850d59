/**
 * The query parameters the list endpoints share with their clients: the value lists that have no
 * other home (sort orders, yes/no flags, page bounds) and the query types of the SDK, derived from
 * the closed-list filters `PARTNER_FILTERS`, `PROJECT_FILTERS` and `EVENT_FILTERS` (index.ts), which the API's route
 * table reads too.
 */
import type { EVENT_FILTERS, PARTNER_FILTERS, PROJECT_FILTERS } from './index.js';

/** Orders of the partner list: by name in `lang`, ascending or descending. */
export const PARTNER_SORTS = ['name', '-name'] as const;
/** Orders of the project list: start date, title in `lang`, budget (by currency, then amount). */
export const PROJECT_SORTS = ['start', '-start', 'title', '-title', 'budget', '-budget'] as const;
/** Orders of the timeline: by date, oldest first (`date`) or newest first (`-date`). */
export const EVENT_SORTS = ['date', '-date'] as const;
/**
 * Parts of the timeline by the server's clock: `upcoming` events have a last day (the end of their
 * day, month or year) on or after today (UTC); `past` events ended before today.
 */
export const EVENT_WHEN = ['past', 'upcoming'] as const;
/** Values of a yes/no filter (on the wire: "true", "false"). */
export const FLAGS = [true, false] as const;
/** Records per page of a list. */
export const PAGE_LIMIT = { min: 1, max: 200, default: 50 } as const;
/** Longest search text (`q`), in characters. */
export const SEARCH_MAX_LENGTH = 200;

/** Closed-list filters by name: the values each one takes (on the wire, as strings). */
export type FilterLists = { readonly [name: string]: readonly (string | number | boolean)[] };
/** The optional filters of a list, each typed as one value of its list. */
export type FiltersOf<F extends FilterLists> = { -readonly [K in keyof F]?: F[K][number] };

/** What every list takes besides its closed-list filters. */
export interface ListQuery {
  /** Words to find in the names or titles, in any language; case and accents are ignored. */
  q?: string;
  /** Records per page, 1 to 200 (API default 50). */
  limit?: number;
  /** The `next` of a previous page. */
  cursor?: string;
}

/**
 * Filters of `GET /v1/partners` (`partners.list` and `partners.all` in the SDK). `lang` is the
 * language of the names used to sort; the SDK defaults it to the client's locale when the API has it.
 */
export interface PartnerQuery extends FiltersOf<typeof PARTNER_FILTERS>, ListQuery {}

/** Filters of `GET /v1/projects` (`projects.list` and `projects.all` in the SDK). */
export interface ProjectQuery extends FiltersOf<typeof PROJECT_FILTERS>, ListQuery {
  /** Partner id of a beneficiary country. */
  country?: string;
  /** Partner id of a donor. */
  donor?: string;
}

/**
 * Filters of `GET /v1/events` (`events.list` and `events.all` in the SDK). `from` and `to` take a
 * year, a month or a day (`2006`, `2006-06`, `2006-06-26`) and keep the events whose span meets the
 * span from the first day of `from` to the last day of `to`. `q` finds words in the titles.
 */
export interface EventQuery extends FiltersOf<typeof EVENT_FILTERS>, ListQuery {
  /** @pattern ^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$ */
  from?: string;
  /** @pattern ^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$ */
  to?: string;
}
