/**
 * The shared content of the partnerships: the partnerships themselves (what they are, who founded
 * them, how many members they have by which source) and a timeline of their milestones, meetings
 * and documents. Re-exported by model.ts (the JSON Schemas are generated from both files).
 */
import type {
  Confidence,
  LocaleCode,
  LocalizedText,
  MembershipId,
  MembershipStatus,
  Page,
  PillarNumber,
} from './model.js';

/** How precise a date is: to the day, the month or the year. */
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * A date known to the day (`2006-06-26`), the month (`2003-05`) or the year (`2010`): the form of
 * `value` matches `precision`.
 */
export interface PartialDate {
  /** @pattern ^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$ */
  value: string;
  precision: DatePrecision;
}

/** A source of a fact: a document or a page, with its language when it is not English. */
export interface SourceLink {
  /** @minLength 1 */
  title: string;
  /** An `https:` or `http:` address (any case); absent when the document has no stable public address. @pattern ^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+ */
  url?: string;
  /** The language of the document (English when absent). */
  lang?: LocaleCode;
  /** true for the authentic text that the dataset's titles and summaries translate. */
  original?: boolean;
}

/**
 * Kinds of timeline event:
 * - `conference`: a ministerial or other conference;
 * - `decision`: a decision of a governing body (e.g. the OSCE Permanent Council);
 * - `declaration`: a declaration adopted by the partners;
 * - `action-plan`: an action plan adopted by ministers;
 * - `expert-working-group`: a Paris Pact Expert Working Group (EWG) meeting;
 * - `policy-consultative-group-meeting`: a Paris Pact Policy Consultative Group Meeting (PCGM);
 * - `workshop`: a workshop of experts;
 * - `working-group`: another technical or working-group meeting (not an EWG);
 * - `programme-phase`: a phase of a programme, with its start and end.
 */
export type EventKind =
  | 'conference'
  | 'decision'
  | 'declaration'
  | 'action-plan'
  | 'expert-working-group'
  | 'policy-consultative-group-meeting'
  | 'workshop'
  | 'working-group'
  | 'programme-phase';

/** How an event was attended. */
export type AttendanceMode = 'in-person' | 'hybrid' | 'virtual';

/** Where an event took place. */
export interface Place {
  /** The city, in the languages the dataset has (absent for a virtual event with no city). */
  city?: LocalizedText;
  /** Partner id of the host country (a lowercase ISO 3166-1 alpha-3 code). @pattern ^[a-z]{3}$ */
  country?: string;
  /** Absent when the sources do not say. */
  mode?: AttendanceMode;
}

/** Who organized or hosted an event. */
export interface Organizer {
  /** Partner id of the organizer, when it is a partner of the dataset. @pattern ^[a-z0-9][a-z0-9-]*$ */
  partner?: string;
  /** Its name, when it is not a partner or a part of one (e.g. "Turkish National Police"). */
  name?: LocalizedText;
}

/** A milestone, meeting or document in the history of a partnership. */
export interface TimelineEvent {
  /** @pattern ^[a-z0-9][a-z0-9-]*$ */
  id: string;
  kind: EventKind;
  /**
   * The partnerships the event belongs to; empty for an event of their wider context (e.g. the
   * 2011 G8+ Paris Action Plan on transatlantic cocaine), which only an unfiltered timeline shows.
   */
  partnerships: MembershipId[];
  title: LocalizedText;
  summary: LocalizedText;
  /** The first (or only) day, month or year. */
  date: PartialDate;
  /** The last day of an event over several days, or the last year of a phase (same precision as `date`). */
  end?: PartialDate;
  place?: Place;
  /** @minItems 1 */
  organizers?: Organizer[];
  /**
   * The Vienna Declaration pillars the event is about, when there are.
   * @minItems 1
   */
  pillars?: PillarNumber[];
  /**
   * Where the facts of the event come from.
   * @minItems 1
   */
  sources: SourceLink[];
  /**
   * Languages in which the title and summary are machine-assisted translations made for this
   * dataset, not a source's wording; absent when every text given comes from a source.
   */
  unofficialTranslations?: LocaleCode[];
  /** Why a date or place is approximate, or what the sources leave open. */
  note?: LocalizedText;
}

/** When a partnership began, and the body behind it. */
export interface Founding {
  date: PartialDate;
  /**
   * The bodies that launched it (the Paris Pact: UNODC and France) or that it belongs to (the
   * Pompidou Group: the Council of Europe); `note` says which.
   * @minItems 1
   */
  by: Organizer[];
  note?: LocalizedText;
}

/** A titled list, e.g. the Pompidou Group's principles or the ways and means it offers. */
export interface ContentSection {
  /** @pattern ^[a-z0-9][a-z0-9-]*$ */
  id: string;
  title: LocalizedText;
  /** An opening sentence, when the source has one. */
  intro?: LocalizedText;
  items: LocalizedText[];
  /** @minItems 1 */
  sources: SourceLink[];
}

/** A part of a partnership's programme, e.g. the Paris Pact's consultative mechanism. */
export interface ProgrammeComponent {
  /** @pattern ^[a-z0-9][a-z0-9-]*$ */
  id: string;
  name: LocalizedText;
  summary: LocalizedText;
  /** Its own parts, e.g. the expert working groups and the PCGM. */
  parts?: { name: LocalizedText; summary: LocalizedText }[];
  /** false when the sources read do not confirm what is said about it. */
  verified: boolean;
  note?: LocalizedText;
  /** @minItems 1 */
  sources: SourceLink[];
}

/** What a member count counts. */
export type CountSubject =
  'countries' | 'organizations' | 'members' | 'participating-states' | 'partners-for-co-operation';

/**
 * A number of members, with where it comes from:
 * - `stated`: a number a source states (`source` names it);
 * - `listed`: the partner records of this dataset with that membership `status` (and, when given,
 *   `verified`), counted by the API when it answers, never stored.
 */
export interface MemberCount {
  subject: CountSubject;
  basis: 'stated' | 'listed';
  /** @minimum 0 */
  value: number;
  /** For a listed count: the membership status counted. */
  status?: MembershipStatus;
  /** For a listed count: only records whose status the sources confirm (true) or do not (false). */
  verified?: boolean;
  confidence: Confidence;
  /** For a stated count: the source that states it. */
  source?: SourceLink;
  /** The year the number refers to, when known. @pattern ^[0-9]{4}$ */
  asOf?: string;
  note?: LocalizedText;
}

/** One of the three partnerships, as an "about" block shows it. */
export interface Partnership {
  id: MembershipId;
  name: LocalizedText;
  /** E.g. "PPI". */
  acronym?: string;
  founded: Founding;
  /** What the partnership is for, in a few sentences. */
  mandate: LocalizedText;
  /** Principles, gains for members, ways and means, how to join (in the sources' words). */
  sections: ContentSection[];
  components: ProgrammeComponent[];
  /** Stated counts from the dataset and listed counts computed from the partner records. */
  counts: MemberCount[];
  /** An `https:` address (any case). @format uri @pattern ^[Hh][Tt][Tt][Pp][Ss]://[^\s/?#]+ */
  website?: string;
  /** @minItems 1 */
  sources: SourceLink[];
  /** Languages in which some text is a machine-assisted translation made for this dataset. */
  unofficialTranslations?: LocaleCode[];
}

/** `GET /v1/partnerships`: the three partnerships. */
export interface PartnershipList {
  data: Partnership[];
}

/** `GET /v1/events`: a page of the timeline, in date order. */
export type EventPage = Page<TimelineEvent>;
