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
import { byText, byValues, pageOf, sorted, type Order } from './order.js';
import type { EventFilter, PageRequest, PartnerFilter, ProjectFilter, Store } from './store.js';

/** A sort by `text` in each language, made once per language: its order and the list in it. */
function ordersByText<T extends { id: string }>(list: readonly T[], text: (r: T) => LocalizedText) {
  const orders = new Map<LocaleCode, { order: Order<T>; list: T[] }>();
  return (lang: LocaleCode) => {
    let made = orders.get(lang);
    if (!made) {
      const order = byText(lang, text);
      orders.set(lang, (made = { order, list: sorted(list, order) }));
    }
    return made;
  };
}

const byStart = byValues((p: Project) => [p.start, p.id]);
const byBudget = byValues((p: Project) => [p.budget.currency, p.budget.amount, p.id]);
type Span = { e: TimelineEvent; first: string; last: string; search: string };
const byDay = byValues((r: Span) => [r.first, r.last, r.e.id]);

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
  private readonly partnersByName: (lang: LocaleCode) => { order: Order<Partner>; list: Partner[] };
  private readonly projectsByTitle: (lang: LocaleCode) => { order: Order<Project>; list: Project[] };
  private readonly projectsBy = new Map<Order<Project>, Project[]>();
  private readonly rev: string;
  private readonly partnerships: Partnership[];
  /** The pillars, each with its count of projects. */
  private readonly pillars: Pillar[];
  /** The timeline by first day, then last day, then id, with each event's span and search text. */
  private readonly events: Span[];
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
    this.events = sorted(dataset.events.map(eventSpan), byDay);
    const { meta, partners, projects } = dataset;
    this.rev = `${meta.version}|${meta.updated}|${partners.length}|${projects.length}`;
  }

  async revision() {
    return this.rev;
  }

  async listPartners(f: PartnerFilter, page: PageRequest) {
    const { order, list: byName } = this.partnersByName(f.lang ?? 'en');
    const list = f.sort === '-name' ? [...byName].reverse() : byName;
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
    return pageOf(found, order, f.sort === '-name', page);
  }

  async getPartner(id: string) {
    return this.partnerById.get(id);
  }

  async listProjects(f: ProjectFilter, page: PageRequest) {
    const sort = f.sort ?? '-start';
    let order: Order<Project>;
    let list: Project[];
    if (sort === 'title' || sort === '-title') ({ order, list } = this.projectsByTitle(f.lang ?? 'en'));
    else list = this.projectsIn((order = sort.endsWith('start') ? byStart : byBudget));
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
    return pageOf(found, order, sort.startsWith('-'), page);
  }

  /** The projects by start or by budget, sorted once per snapshot. */
  private projectsIn(order: Order<Project>): Project[] {
    let list = this.projectsBy.get(order);
    if (!list) this.projectsBy.set(order, (list = sorted(this.dataset.projects, order)));
    return list;
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
    const { data, ...rest } = pageOf(found, byDay, f.sort === '-date', page);
    return { data: data.map((r) => r.e), ...rest };
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
