import type * as model from '@pact/schema';
import type { SortKey } from '../cursor.js';

/** The filters and order of a list, without the paging (cursor and limit belong to HTTP). */
export type PartnerFilter = Omit<model.PartnerQuery, 'cursor' | 'limit'>;
export type ProjectFilter = Omit<model.ProjectQuery, 'cursor' | 'limit'>;
/** The timeline's filters; `today` (YYYY-MM-DD, UTC, from the server's clock) is what `when` is read against. */
export type EventFilter = Omit<model.EventQuery, 'cursor' | 'limit'> & { today?: string };

/** Which records of a filtered, sorted list to return: at most `limit`, after the key `after` (store/order.ts). */
export interface PageRequest {
  after?: SortKey;
  limit: number;
}

/**
 * One page of a list: its records, how many match over all pages, and the sort key of its last
 * record when more follow (null on the last page).
 */
export interface Page<T> {
  data: T[];
  total: number;
  next: SortKey | null;
}

/**
 * Where the API's records come from. Two implementations are planned: the static dataset
 * (static.ts, read-only, in memory) and a SQL store (issue 12). Every method may be async;
 * nothing here assumes the records are held in memory.
 */
export interface Store {
  /** Changes whenever any record changes: caches of serialized bodies are keyed by it. */
  revision(): Promise<string>;
  listPartners(filter: PartnerFilter, page: PageRequest): Promise<Page<model.Partner>>;
  getPartner(id: string): Promise<model.Partner | undefined>;
  listProjects(filter: ProjectFilter, page: PageRequest): Promise<Page<model.Project>>;
  getProject(id: string): Promise<model.Project | undefined>;
  listPillars(): Promise<model.Pillar[]>;
  getPillar(n: model.PillarNumber): Promise<model.Pillar | undefined>;
  listRoutes(): Promise<model.Route[]>;
  getRoute(id: string): Promise<model.Route | undefined>;
  /** The flow sets besides the opiate routes (the 2011 cocaine Action Plan's). */
  listFlows(): Promise<model.FlowSet[]>;
  /** The partnerships, each with its stated counts and the listed ones counted from the partner records. */
  listPartnerships(): Promise<model.Partnership[]>;
  getPartnership(id: string): Promise<model.Partnership | undefined>;
  /** The timeline in date order (oldest first unless `sort` is `-date`). */
  listEvents(filter: EventFilter, page: PageRequest): Promise<Page<model.TimelineEvent>>;
  getEvent(id: string): Promise<model.TimelineEvent | undefined>;
  countryShapes(): Promise<model.CountryTopology>;
  meta(): Promise<model.Meta>;
}
