// Checks the assembled dataset before anything is written: every record against its JSON
// Schema (the generated validators of @pact/schema), then the references between records.
import type { Meta, Partner, Pillar, Project, Route } from '@pact/schema';
import {
  metaValidator,
  partnerValidator,
  pillarValidator,
  projectValidator,
  routeValidator,
  type SchemaViolation,
  type Validator,
} from '@pact/schema/validate';

const reason = (v: SchemaViolation) => `${v.message} (rule: ${v.rule})`;

export interface Dataset {
  partners: Partner[];
  pillars: Pillar[];
  routes: Route[];
  projects: Project[];
  meta: Meta;
}

/** Why the dataset is refused: the file, the record, the JSON path inside it and the reason. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly record: string,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${file}: record ${record} at ${path || '(root)'}: ${reason}`);
    this.name = 'SeedError';
  }
}

function checkAll<T>(file: string, records: readonly unknown[], validator: Validator<T>): void {
  records.forEach((record, index) => {
    const result = validator.check(record);
    if (result.ok) return;
    const raw = record as { id?: unknown; number?: unknown };
    const id = typeof raw.id === 'string' ? raw.id : typeof raw.number === 'number' ? String(raw.number) : `#${index}`;
    throw new SeedError(file, id, result.violation.path, reason(result.violation));
  });
}

/** Throws a SeedError naming the first invalid record; returns when the whole dataset is valid. */
export function checkDataset(data: Dataset): void {
  checkAll('partners.json', data.partners, partnerValidator);
  checkAll('pillars.json', data.pillars, pillarValidator);
  checkAll('routes.json', data.routes, routeValidator);
  checkAll('projects.json', data.projects, projectValidator);
  const meta = metaValidator.check(data.meta);
  if (!meta.ok) throw new SeedError('meta.json', 'meta', meta.violation.path, reason(meta.violation));

  const ids = new Set<string>();
  data.partners.forEach((p, i) => {
    if (ids.has(p.id)) throw new SeedError('partners.json', p.id, `/${i}/id`, 'duplicate partner id');
    ids.add(p.id);
  });
  for (const r of data.routes) {
    const refuse = (path: string, reason: string) => new SeedError('routes.json', r.id, path, reason);
    r.countries.forEach((c, i) => {
      if (!ids.has(c)) throw refuse(`/countries/${i}`, `unknown partner ${c}`);
    });
    const wp = new Set(r.waypoints.map((w) => w.id));
    if (wp.size !== r.waypoints.length) throw refuse('/waypoints', 'duplicate waypoint ids');
    r.waypoints.forEach((w, i) => {
      if (!ids.has(w.country)) throw refuse(`/waypoints/${i}/country`, `unknown partner ${w.country}`);
    });
    r.paths.forEach((path, i) =>
      path.forEach((w, j) => {
        if (!wp.has(w)) throw refuse(`/paths/${i}/${j}`, `unknown waypoint ${w}`);
      }),
    );
  }
  for (const p of data.projects) {
    const refuse = (path: string, id: string) => new SeedError('projects.json', p.id, path, `unknown partner ${id}`);
    p.donors.forEach((id, i) => {
      if (!ids.has(id)) throw refuse(`/donors/${i}`, id);
    });
    p.beneficiaries.forEach((id, i) => {
      if (!ids.has(id)) throw refuse(`/beneficiaries/${i}`, id);
    });
    if (!ids.has(p.implementer)) throw refuse('/implementer', p.implementer);
  }
}
