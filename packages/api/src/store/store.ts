import type {
  CountryTopology,
  Meta,
  Partner,
  PartnerQuery,
  Pillar,
  PillarNumber,
  Project,
  ProjectQuery,
  Route,
} from '@pact/schema';

/** The filters and order of a list, without the paging (cursor and limit belong to HTTP). */
export type PartnerFilter = Omit<PartnerQuery, 'cursor' | 'limit'>;
export type ProjectFilter = Omit<ProjectQuery, 'cursor' | 'limit'>;

/** Which records of a filtered, sorted list to return. */
export interface PageRequest {
  offset: number;
  limit: number;
}

/** One page of a list: its records and how many match over all pages. */
export interface Page<T> {
  data: T[];
  total: number;
}

/**
 * Where the API's records come from. Two implementations are planned: the static dataset
 * (static.ts, read-only, in memory) and a SQL store (issue 12). Every method may be async;
 * nothing here assumes the records are held in memory.
 */
export interface Store {
  /** Changes whenever any record changes: caches of serialized bodies are keyed by it. */
  revision(): Promise<string>;
  listPartners(filter: PartnerFilter, page: PageRequest): Promise<Page<Partner>>;
  getPartner(id: string): Promise<Partner | undefined>;
  listProjects(filter: ProjectFilter, page: PageRequest): Promise<Page<Project>>;
  getProject(id: string): Promise<Project | undefined>;
  listPillars(): Promise<Pillar[]>;
  getPillar(n: PillarNumber): Promise<Pillar | undefined>;
  listRoutes(): Promise<Route[]>;
  getRoute(id: string): Promise<Route | undefined>;
  countryShapes(): Promise<CountryTopology>;
  meta(): Promise<Meta>;
}
