// The shape of the reference facts gathered for the project (/work/shared/data/reference.json):
// only the fields the seed reads. The reference is checked field by field by the builders.
import type { RefMeeting } from './content-facts.js';
import type { Confidence, PillarNumber, RouteId } from '@pact/schema';

export interface RefCountry {
  iso2: string;
  iso3: string;
  iso_numeric: string;
  name_en: string;
  name_fr: string;
  name_en_paris_pact_listing: string | null;
  memberships: { paris_pact: boolean | null; pompidou: boolean | null; osce: boolean | null };
  paris_pact_new_in_phase_iv?: boolean;
  pompidou_status?: string;
  osce_partner_for_cooperation: string | null;
  priority: { value: boolean | null; confidence: Confidence; basis: string };
  routes: { route: string; role: string }[];
}

export interface RefOrganization {
  acronym: string;
  name_en: string;
  name_fr: string;
  name_fr_verified?: boolean;
  kind: string;
  seat: { city: string; country_iso2: string; lat: number; lon: number };
  paris_pact_partner?: boolean;
  paris_pact_new_in_phase_iv?: boolean;
  groups?: string[];
  note: string | null;
}

export interface RefCentre {
  id: string;
  acronym: string | null;
  name_en: string;
  name_fr: string | null;
  city: string;
  country_iso2: string;
  lat: number;
  lon: number;
  established?: string;
  members?: string;
  note?: string;
}

export interface RefPillar {
  number: PillarNumber;
  roman: 'I' | 'II' | 'III' | 'IV';
  short_title_en: string;
  title_en: string;
  title_fr_unofficial: string;
}

export interface RefRoute {
  id: RouteId;
  name_en: string;
  name_fr: string;
  summary_en: string;
  nodes: { name: string; country_iso2: string; lat: number; lon: number; role: string }[];
  paths: string[][];
  coordinates_note?: string;
}

export interface Reference {
  meta: {
    generated: string;
    caveats: string[];
    counts?: { paris_pact_countries?: number; osce_participating_states?: number };
  };
  countries: RefCountry[];
  organizations: RefOrganization[];
  centres: RefCentre[];
  pillars: RefPillar[];
  routes: RefRoute[];
  /** Conferences and meetings with their dates (the timeline must hold each). */
  meetings?: RefMeeting[];
  /** The G8+ ministerial meeting of 10 May 2011 that adopted the Paris Action Plan. */
  g8_paris_2011?: RefMeeting;
  sources: string[];
}
