import type {
  CountryTopology,
  FlowSet,
  Meta,
  Partner,
  Partnership,
  Pillar,
  Project,
  Route,
  TimelineEvent,
} from '@pact/schema';
import { eventValidator, partnershipValidator } from '@pact/schema/validate-content';
import {
  flowSetValidator,
  metaValidator,
  partnerValidator,
  pillarValidator,
  projectValidator,
  routeValidator,
  topologyValidator,
  type SchemaViolation,
  type Validator,
} from '@pact/schema/validate';
import { eventProblem, partnershipProblem } from './content/check.js';

/** Everything the API serves. The Node entry reads it from disk; tests and Storybook may build it in memory. */
export interface Dataset {
  partners: Partner[];
  pillars: Pillar[];
  routes: Route[];
  projects: Project[];
  /** The three partnerships as stored: their stated member counts only (the store adds the listed ones). */
  partnerships: Partnership[];
  /** The timeline, in the order of the file (the API sorts it by date). */
  events: TimelineEvent[];
  meta: Meta;
  geo: CountryTopology;
  /** Flow sets other than the opiate routes (the 2011 cocaine Action Plan): reference content read with the shapes, not edited. */
  flows: FlowSet[];
}

/** The files of a dataset directory, by collection. */
export const DATASET_FILES = {
  partners: 'partners.json',
  pillars: 'pillars.json',
  routes: 'routes.json',
  projects: 'projects.json',
  partnerships: 'partnerships.json',
  events: 'events.json',
  meta: 'meta.json',
} as const;

/** A dataset that breaks its schema or its own references: names the file, the JSON path and the reason. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(
    readonly file: string,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${file} at ${path || '(root)'}: ${reason}`);
  }
}

const reason = (v: SchemaViolation) => `${v.message} (rule: ${v.rule})`;

function checkList<T>(file: string, value: unknown, validator: Validator<T>): T[] {
  if (!Array.isArray(value)) throw new DatasetError(file, '', 'must be a JSON array');
  value.forEach((item: unknown, i) => {
    const r = validator.check(item);
    if (!r.ok) throw new DatasetError(file, `/${i}${r.violation.path}`, reason(r.violation));
  });
  return value as T[];
}

/**
 * Validates raw collections against the schemas and checks the references between them.
 * Throws a {@link DatasetError} on the first problem; returns the typed dataset otherwise.
 */
export function validateDataset(
  raw: Record<keyof typeof DATASET_FILES, unknown> & { geo: unknown; flows?: unknown },
  geoFile = 'geo/countries.json',
): Dataset {
  const partners = checkList(DATASET_FILES.partners, raw.partners, partnerValidator);
  const pillars = checkList(DATASET_FILES.pillars, raw.pillars, pillarValidator);
  const routes = checkList(DATASET_FILES.routes, raw.routes, routeValidator);
  const projects = checkList(DATASET_FILES.projects, raw.projects, projectValidator);
  const partnerships = checkList(DATASET_FILES.partnerships, raw.partnerships, partnershipValidator);
  const events = checkList(DATASET_FILES.events, raw.events, eventValidator);
  const meta = metaValidator.check(raw.meta);
  if (!meta.ok) throw new DatasetError(DATASET_FILES.meta, meta.violation.path, reason(meta.violation));
  const geo = topologyValidator.check(raw.geo);
  if (!geo.ok) throw new DatasetError(geoFile, geo.violation.path, reason(geo.violation));

  const unique = (file: string, ids: (string | number)[]) => {
    const seen = new Set<string | number>();
    ids.forEach((id, i) => {
      if (seen.has(id)) throw new DatasetError(file, `/${i}/id`, `duplicate id "${id}"`);
      seen.add(id);
    });
  };
  for (const [file, ids] of [
    [DATASET_FILES.partners, partners.map((p) => p.id)],
    [DATASET_FILES.pillars, pillars.map((p) => p.number)],
    [DATASET_FILES.routes, routes.map((r) => r.id)],
    [DATASET_FILES.projects, projects.map((p) => p.id)],
  ] as const)
    unique(file, ids);

  const partnerIds = new Set(partners.map((p) => p.id));
  const pillarNumbers = new Set(pillars.map((p) => p.number));
  const routeIds = new Set<string>(routes.map((r) => r.id));
  const known = (file: string, path: string, id: string, what: string) => {
    if (!partnerIds.has(id))
      throw new DatasetError(file, path, `${what} "${id}" is not a partner id in ${DATASET_FILES.partners}`);
  };
  partners.forEach((p, i) =>
    p.routes.forEach((r, j) => {
      if (!routeIds.has(r.route))
        throw new DatasetError(
          DATASET_FILES.partners,
          `/${i}/routes/${j}/route`,
          `route "${r.route}" is not in ${DATASET_FILES.routes}`,
        );
    }),
  );
  routes.forEach((route, i) => {
    const waypointIds = new Set(route.waypoints.map((w) => w.id));
    route.waypoints.forEach((w, j) =>
      known(DATASET_FILES.routes, `/${i}/waypoints/${j}/country`, w.country, 'country'),
    );
    route.countries.forEach((c, j) => known(DATASET_FILES.routes, `/${i}/countries/${j}`, c, 'country'));
    route.paths.forEach((path, j) =>
      path.forEach((w, k) => {
        if (!waypointIds.has(w))
          throw new DatasetError(
            DATASET_FILES.routes,
            `/${i}/paths/${j}/${k}`,
            `waypoint "${w}" is not in this route's waypoints`,
          );
      }),
    );
  });
  projects.forEach((p, i) => {
    if (!pillarNumbers.has(p.pillar))
      throw new DatasetError(
        DATASET_FILES.projects,
        `/${i}/pillar`,
        `pillar ${p.pillar} is not in ${DATASET_FILES.pillars}`,
      );
    p.donors.forEach((d, j) => known(DATASET_FILES.projects, `/${i}/donors/${j}`, d, 'donor'));
    p.beneficiaries.forEach((b, j) => known(DATASET_FILES.projects, `/${i}/beneficiaries/${j}`, b, 'beneficiary'));
    known(DATASET_FILES.projects, `/${i}/implementer`, p.implementer, 'implementer');
    if (p.accountable !== undefined) known(DATASET_FILES.projects, `/${i}/accountable`, p.accountable, 'accountable');
    if (p.extending !== undefined) known(DATASET_FILES.projects, `/${i}/extending`, p.extending, 'extending');
    p.routes.forEach((r, j) => {
      if (!routeIds.has(r))
        throw new DatasetError(
          DATASET_FILES.projects,
          `/${i}/routes/${j}`,
          `route "${r}" is not in ${DATASET_FILES.routes}`,
        );
    });
    if (p.end < p.start)
      throw new DatasetError(DATASET_FILES.projects, `/${i}/end`, `ends (${p.end}) before it starts (${p.start})`);
  });
  const content = [
    [DATASET_FILES.partnerships, partnershipProblem(partnerships, partnerIds)],
    [DATASET_FILES.events, eventProblem(events, partnerIds, pillars)],
  ] as const;
  for (const [file, problem] of content) if (problem) throw new DatasetError(file, problem.path, problem.reason);
  const flows = checkFlows(raw.flows ?? [], partners);
  return { partners, pillars, routes, projects, partnerships, events, meta: meta.value, geo: geo.value, flows };
}

/** The file of the flow sets, beside the dataset's or in the package's data directory. */
export const FLOWS_FILE = 'flows.json';

/**
 * Whether a partner can stand where a flow set names it: an organization with a part in the 2011
 * Paris Action Plan, a network's (`network`) or a centre's. The write path keeps it so (db/partner-refs.ts).
 */
export function fitsFlowRole(p: Partner, network: boolean): boolean {
  const part = p.kind === 'organization' ? p.actionPlan : undefined;
  return !!part && (part.role === 'network') === network;
}

/** The flow sets against their schema; their centres and networks must be partners that the plan names in that part. */
function checkFlows(value: unknown, partners: readonly Partner[]): FlowSet[] {
  const flows = checkList(FLOWS_FILE, value, flowSetValidator);
  const byId = new Map(partners.map((p) => [p.id, p]));
  flows.forEach((set, i) => {
    const check = (list: string[], field: string, network: boolean) =>
      list.forEach((id, j) => {
        const p = byId.get(id);
        if (!p || !fitsFlowRole(p, network))
          throw new DatasetError(
            FLOWS_FILE,
            `/${i}/${field}/${j}`,
            `"${id}" is not an organization in ${DATASET_FILES.partners} whose actionPlan role is ${network ? 'network' : 'a centre'}`,
          );
      });
    check(set.centres, 'centres', false);
    check(set.networks, 'networks', true);
  });
  return flows;
}
