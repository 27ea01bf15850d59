import type {
  LocaleCode,
  LocalizedText,
  Partner,
  Partnership,
  Pillar,
  PillarNumber,
  Project,
  TimelineEvent,
} from '@pact/schema';
import type { Dataset } from '../dataset.js';
import { withListedCounts, withProjectCounts } from '../content/counts.js';
import { firstDay, lastDay, spanOf } from '../content/dates.js';
import { fold, searchText } from '../fold.js';
import { withCldrNames, withMetaRegionNames } from '../localize.js';
import type { EventFilter, PageRequest, PartnerFilter, ProjectFilter, Page, Store } from './store.js';

const slice = <T>(list: T[], { offset, limit }: PageRequest): Page<T> => ({
  data: list.slice(offset, offset + limit),
  total: list.length,
});

/** By `text` in `lang` (English when missing) with a collator of that language, then by id. */
function byText<T extends { id: string }>(list: readonly T[], lang: LocaleCode, text: (r: T) => LocalizedText): T[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return [...list].sort(
    (a, b) => collator.compare(text(a)[lang] ?? text(a).en, text(b)[lang] ?? text(b).en) || (a.id < b.id ? -1 : 1),
  );
}

/** A sort by `text` in each language, computed once per language. */
function ordersByText<T extends { id: string }>(list: readonly T[], text: (r: T) => LocalizedText) {
  const orders = new Map<LocaleCode, T[]>();
  return (lang: LocaleCode): T[] => {
    let sorted = orders.get(lang);
    if (!sorted) orders.set(lang, (sorted = byText(list, lang, text)));
    return sorted;
  };
}

const byStart = (a: Project, b: Project) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1);
const byBudget = (a: Project, b: Project) =>
  (a.budget.currency < b.budget.currency ? -1 : a.budget.currency > b.budget.currency ? 1 : 0) ||
  a.budget.amount - b.budget.amount ||
  (a.id < b.id ? -1 : 1);

/**
 * `f` computed once per record object. A snapshot of the database after a write keeps the records
 * that did not change as the same objects (db/dataset-io.ts), so what is derived from each of them
 * (names in every language, search text) is not derived again.
 */
function perRecord<K extends object, V>(f: (record: K) => V): (record: K) => V {
  const derived = new WeakMap<K, V>();
  return (record) => {
    if (derived.has(record)) return derived.get(record) as V;
    const value = f(record);
    derived.set(record, value);
    return value;
  };
}
const namedPartner = perRecord(withCldrNames);
const partnerSearchText = perRecord((p: Partner) =>
  searchText([p.name], [...(p.kind === 'country' ? [p.iso2, p.iso3] : [p.acronym]), p.id]),
);
const projectSearchText = perRecord((p: Project) => searchText([p.title], [p.id]));
const eventSpan = perRecord((e: TimelineEvent) => ({ e, ...spanOf(e), search: searchText([e.title], [e.id]) }));

/** The read-only store of a validated dataset, with indexes built once so that queries only filter and slice. */
export class StaticStore implements Store {
  private readonly partnerById: Map<string, Partner>;
  private readonly projectById: Map<string, Project>;
  private readonly partnerSearch: Map<Partner, string>;
  private readonly projectSearch: Map<Project, string>;
  private readonly partnersByName: (lang: LocaleCode) => Partner[];
  private readonly projectsByTitle: (lang: LocaleCode) => Project[];
  private readonly rev: string;
  private readonly partnerships: Partnership[];
  /** The pillars, each with its count of projects. */
  private readonly pillars: Pillar[];
  /** The timeline by first day, then last day, then id, with each event's span and search text. */
  private readonly events: { e: TimelineEvent; first: string; last: string; search: string }[];
  /** The ids of the partners that appear in each role on at least one project. */
  private readonly inRole: Record<NonNullable<PartnerFilter['role']>, Set<string>>;

  /** The dataset, with every country and region named in every language (CLDR names marked: localize.ts). */
  readonly dataset: Dataset;

  constructor(source: Dataset) {
    const dataset = (this.dataset = {
      ...source,
      partners: source.partners.map(namedPartner),
      meta: withMetaRegionNames(source.meta),
    });
    this.partnerById = new Map(dataset.partners.map((p) => [p.id, p]));
    this.projectById = new Map(dataset.projects.map((p) => [p.id, p]));
    this.partnerSearch = new Map(dataset.partners.map((p) => [p, partnerSearchText(p)]));
    this.projectSearch = new Map(dataset.projects.map((p) => [p, projectSearchText(p)]));
    this.partnersByName = ordersByText(dataset.partners, (p) => p.name);
    this.projectsByTitle = ordersByText(dataset.projects, (p) => p.title);
    this.inRole = {
      donor: new Set(dataset.projects.flatMap((p) => p.donors)),
      implementer: new Set(dataset.projects.map((p) => p.implementer)),
      beneficiary: new Set(dataset.projects.flatMap((p) => p.beneficiaries)),
    };
    this.partnerships = dataset.partnerships.map((p) => withListedCounts(p, dataset.partners));
    this.pillars = dataset.pillars.map((p) => withProjectCounts(p, dataset.projects));
    this.events = dataset.events
      .map(eventSpan)
      .sort((a, b) => a.first.localeCompare(b.first) || a.last.localeCompare(b.last) || (a.e.id < b.e.id ? -1 : 1));
    const { meta, partners, projects } = dataset;
    this.rev = `${meta.version}|${meta.updated}|${partners.length}|${projects.length}`;
  }

  async revision() {
    return this.rev;
  }

  async listPartners(f: PartnerFilter, page: PageRequest) {
    let list = this.partnersByName(f.lang ?? 'en');
    if (f.sort === '-name') list = [...list].reverse();
    const q = f.q ? fold(f.q) : '';
    const found = list.filter((p) => {
      if (f.kind && p.kind !== f.kind) return false;
      if (f.member && !p.memberships.some((m) => m.partnership === f.member && m.status === 'member')) return false;
      if (f.route && !p.routes.some((r) => r.route === f.route)) return false;
      if (f.region && !(p.kind === 'country' && p.region === f.region)) return false;
      if (f.priority !== undefined && !(p.kind === 'country' && p.priority.value === f.priority)) return false;
      if (f.role && !this.inRole[f.role].has(p.id)) return false;
      if (f.plan && !(p.kind === 'organization' && p.actionPlan?.role === f.plan)) return false;
      if (q && !(this.partnerSearch.get(p) ?? '').includes(q)) return false;
      return true;
    });
    return slice(found, page);
  }

  async getPartner(id: string) {
    return this.partnerById.get(id);
  }

  async listProjects(f: ProjectFilter, page: PageRequest) {
    const sort = f.sort ?? '-start';
    let list: Project[];
    if (sort === 'title' || sort === '-title') list = this.projectsByTitle(f.lang ?? 'en');
    else list = [...this.dataset.projects].sort(sort.endsWith('start') ? byStart : byBudget);
    if (sort.startsWith('-')) list = [...list].reverse();
    const q = f.q ? fold(f.q) : '';
    const found = list.filter((p) => {
      if (f.pillar !== undefined && p.pillar !== f.pillar) return false;
      if (f.status && p.status !== f.status) return false;
      if (f.illustrative !== undefined && (p.illustrative === true) !== f.illustrative) return false;
      if (f.country && !p.beneficiaries.includes(f.country)) return false;
      if (f.donor && !p.donors.includes(f.donor)) return false;
      if (q && !(this.projectSearch.get(p) ?? '').includes(q)) return false;
      return true;
    });
    return slice(found, page);
  }

  async getProject(id: string) {
    return this.projectById.get(id);
  }

  async listPillars() {
    return this.pillars;
  }

  async getPillar(n: PillarNumber) {
    return this.pillars.find((p) => p.number === n);
  }

  async listRoutes() {
    return this.dataset.routes;
  }

  async getRoute(id: string) {
    return this.dataset.routes.find((r) => r.id === id);
  }

  async listFlows() {
    return this.dataset.flows;
  }

  async listPartnerships() {
    return this.partnerships;
  }

  async getPartnership(id: string) {
    return this.partnerships.find((p) => p.id === id);
  }

  async listEvents(f: EventFilter, page: PageRequest) {
    const list = f.sort === '-date' ? [...this.events].reverse() : this.events;
    const [from, to, q] = [f.from && firstDay(f.from), f.to && lastDay(f.to), f.q ? fold(f.q) : ''];
    const found = list.filter(({ e, first, last, search }) => {
      if (f.partnership && !e.partnerships.includes(f.partnership)) return false;
      if (f.kind && e.kind !== f.kind) return false;
      if (f.pillar !== undefined && !e.pillars?.includes(f.pillar)) return false;
      if (from && last < from) return false;
      if (to && first > to) return false;
      if (f.when && f.today && (f.when === 'upcoming') !== last >= f.today) return false;
      if (q && !search.includes(q)) return false;
      return true;
    });
    return slice(
      found.map((r) => r.e),
      page,
    );
  }

  async getEvent(id: string) {
    return this.events.find((r) => r.e.id === id)?.e;
  }

  async countryShapes() {
    return this.dataset.geo;
  }

  async meta() {
    return this.dataset.meta;
  }
}
