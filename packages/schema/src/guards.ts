/**
 * Run-time checks of records from the API, for code that renders them without the full schema
 * validator: each guard checks what a record must have to be shown (its id, its name in
 * English, the fields its kind adds), so that one broken record is skipped, never rendered half.
 */
import { DATE_PRECISIONS, EVENT_KINDS, MEMBERSHIP_IDS, PILLAR_NUMBERS, ROUTE_IDS } from './index.js';
import type {
  CountryPartner,
  DatePrecision,
  FlowSet,
  LocalizedText,
  OrganizationPartner,
  PartialDate,
  Partner,
  Partnership,
  Pillar,
  PillarProjects,
  Project,
  Route,
  TimelineEvent,
} from './model.js';

/** A check of one value. */
export type Check = (v: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
/** An array, each item passing `item` (any item when not given). */
const list =
  (item?: Check): Check =>
  (v) =>
    Array.isArray(v) && (!item || v.every(item));
const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);
// The closed lists are read when a check runs, not when this module loads: index.ts, which
// defines them, re-exports this module (a circular import).
const isPillarNumber: Check = (v) => (PILLAR_NUMBERS as readonly unknown[]).includes(v);
const isRouteId: Check = (v) => (ROUTE_IDS as readonly unknown[]).includes(v);
const isMembershipId: Check = (v) => (MEMBERSHIP_IDS as readonly unknown[]).includes(v);
const isEventKind: Check = (v) => (EVENT_KINDS as readonly unknown[]).includes(v);
const isPrecision: Check = (v) => (DATE_PRECISIONS as readonly unknown[]).includes(v);
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);

/** An object whose listed fields pass their checks (other fields are not looked at). */
function shape<T>(fields: { [K in keyof T]?: Check }): (v: unknown) => v is T {
  const entries = Object.entries(fields) as [string, Check][];
  return (v): v is T =>
    !!v && typeof v === 'object' && entries.every(([k, check]) => check((v as Record<string, unknown>)[k]));
}

/** A localized text with its required English. */
export function isLocalizedText(t: unknown): t is LocalizedText {
  return !!t && typeof t === 'object' && typeof (t as { en?: unknown }).en === 'string';
}

const partnerBase = { id: isString, name: isLocalizedText, memberships: list(), routes: list() };

/** A partner country: with its ISO 3166 alpha-3 code and its priority. */
export const isCountry = /* @__PURE__ */ shape<CountryPartner>({
  ...partnerBase,
  kind: oneOf(['country']),
  iso3: isString,
  priority: (v) => !!v,
});

/** A partner organization: with its acronym and its seat (city and coordinates). */
export const isOrganization = /* @__PURE__ */ shape<OrganizationPartner>({
  ...partnerBase,
  kind: oneOf(['organization']),
  acronym: isString,
  seat: shape({ city: isString, lat: isNumber, lon: isNumber }),
});

/** A partner country or organization. */
export function isPartner(r: unknown): r is Partner {
  return isCountry(r) || isOrganization(r);
}

/** A project a listing can show: titles, summary, pillar, status, partners, budget and dates. */
export const isProject = /* @__PURE__ */ shape<Project>({
  id: isString,
  title: isLocalizedText,
  summary: isLocalizedText,
  pillar: isNumber,
  status: isString,
  donors: list(),
  beneficiaries: list(),
  implementer: isString,
  budget: shape({ amount: isNumber, currency: isString }),
  start: isString,
  end: isString,
});

/** A pillar a card can show: its number (1 to 4), numeral, title and summary. */
export const isPillar = /* @__PURE__ */ shape<Pillar>({
  number: isPillarNumber,
  roman: isString,
  title: isLocalizedText,
  summary: isLocalizedText,
  shortTitle: optional(isLocalizedText),
});

/** A count of projects: a whole number, 0 or more. */
const isCount: Check = (v) => Number.isInteger(v) && (v as number) >= 0;

const countsShape = /* @__PURE__ */ shape<PillarProjects>({ total: isCount, illustrative: isCount });
/**
 * A pillar's count of projects a card can show: whole numbers, with no more illustrative projects
 * than projects. Checked apart from {@link isPillar}: a pillar with a broken count is still shown,
 * without its count.
 */
export function isPillarProjects(v: unknown): v is PillarProjects {
  return countsShape(v) && v.illustrative <= v.total;
}

/** A route a map can draw: a known id, a name, waypoints with coordinates, paths, countries. */
export const isRoute = /* @__PURE__ */ shape<Route>({
  id: isRouteId,
  name: isLocalizedText,
  waypoints: list(shape({ id: isString, lat: isNumber, lon: isNumber })),
  paths: list(list()),
  countries: list(isString),
});

/** A flow set a map can draw: a name, lines of two or more points with coordinates, centre and network ids. */
export const isFlowSet = /* @__PURE__ */ shape<FlowSet>({
  id: isString,
  name: isLocalizedText,
  lines: list(
    shape({
      id: isString,
      name: isLocalizedText,
      summary: isLocalizedText,
      points: (v) =>
        list(shape({ name: isLocalizedText, lat: isNumber, lon: isNumber }))(v) && (v as unknown[]).length > 1,
      source: shape({ section: isString, quote: isString }),
      basis: isString,
    }),
  ),
  centres: list(isString),
  networks: list(isString),
  disclaimer: isLocalizedText,
});

/** The length of a date's value at each precision: `2006`, `2006-06`, `2006-06-26`. */
const DATE_LENGTHS: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 };

/**
 * A date whose value has the form its precision says: `2006-06-26` (day), `2006-06` (month), `2006`
 * (year), and is a day, month or year of the calendar: `2006-13` or `2006-02-30` is refused (as
 * UTC, `2006-02-30` would roll over into 2 March; an impossible one is an invalid Date, whose
 * `toJSON` is null).
 */
export function isPartialDate(d: unknown): d is PartialDate {
  if (!d || typeof d !== 'object') return false;
  const { value, precision } = d as { value?: unknown; precision?: unknown };
  return (
    isPrecision(precision) &&
    typeof value === 'string' &&
    value.length === DATE_LENGTHS[precision as DatePrecision] &&
    /^\d{4}(-\d\d){0,2}$/.test(value) &&
    !!new Date(value).toJSON()?.startsWith(value)
  );
}
/** A source a block can link: its title (the address may be absent). */
const isSource = shape<{ title: string; url?: string }>({ title: isString, url: optional(isString) });

/** A timeline event a list can show: a known kind, its partnerships, title, summary, date and sources. */
export const isTimelineEvent = /* @__PURE__ */ shape<TimelineEvent>({
  id: isString,
  kind: isEventKind,
  partnerships: list(isMembershipId),
  title: isLocalizedText,
  summary: isLocalizedText,
  date: isPartialDate,
  end: optional(isPartialDate),
  pillars: optional(list(isPillarNumber)),
  sources: list(isSource),
});

/** A partnership an "about" block can show: its id, name, founding, mandate, counts and sources. */
export const isPartnership = /* @__PURE__ */ shape<Partnership>({
  id: isMembershipId,
  name: isLocalizedText,
  founded: shape({ date: isPartialDate, by: list() }),
  mandate: isLocalizedText,
  sections: list(),
  components: list(),
  counts: list(shape({ subject: isString, basis: isString, value: isNumber })),
  sources: list(isSource),
});
