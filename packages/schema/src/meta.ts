/**
 * About the dataset: its metadata (`/v1/meta`: counts, caveats, unverified facts, sources) and the
 * country shapes (`/v1/geo/countries`). Re-exported by model.ts (the JSON Schemas are generated
 * from both files).
 */
import type { LocaleCode, Region } from './model.js';

/** A fact in the dataset that the sources read do not confirm. */
export interface UnverifiedFact {
  /** The record, for example "partners/mda". */
  record: string;
  /** The field, as a JSON pointer inside the record. */
  field: string;
  note: string;
}

export interface Counts {
  partners: number;
  countries: number;
  organizations: number;
  pillars: number;
  routes: number;
  projects: number;
}

/** About the dataset. */
export interface Meta {
  /** @minLength 1 */
  version: string;
  /** @format date */
  updated: string;
  locales: LocaleCode[];
  /**
   * The store's revision: it grows with every accepted write (absent on a read-only dataset).
   * @minimum 0
   */
  revision?: number;
  counts: Counts;
  /** Collections or records that are illustrative samples, not real data. */
  illustrative: { collection: string; note: string }[];
  unverified: UnverifiedFact[];
  caveats: string[];
  regions: Region[];
  sources: {
    title: string;
    /** An `http:` or `https:` address (any case). @pattern ^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+ */
    url?: string;
  }[];
}

/** TopoJSON topology of country shapes, geometry ids are ISO 3166-1 alpha-3 codes. */
export interface CountryTopology {
  type: 'Topology';
  objects: { [name: string]: unknown };
  arcs: number[][][];
  transform?: { scale: number[]; translate: number[] };
  bbox?: number[];
}
