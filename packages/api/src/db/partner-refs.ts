// Where the dataset names a partner, and what a partner named by a flow set must stay: the write
// path's side of the references validateDataset (dataset.ts) checks on every snapshot. A write that
// broke one would make every later snapshot fail (no process could read the database, none could
// start), so it is refused instead.
import type { FlowSet, Partner, Partnership, Project, Route, TimelineEvent } from '@pact/schema';
import { fitsFlowRole } from '../dataset.js';
import type { FieldError } from './errors.js';
import type { JsonValue } from './json.js';
import type { RecordKind } from './tables.js';

/** The kinds of record that can name a partner (flow sets are not records: see {@link flowSetsNaming}). */
export const NAMING_KINDS = ['project', 'route', 'event', 'partnership'] as const satisfies readonly RecordKind[];

/** The partner ids a project names: donors, beneficiaries, implementer, accountable and extending. */
export function projectPartners(p: Project): string[] {
  return [
    ...p.donors,
    ...p.beneficiaries,
    p.implementer,
    ...(p.accountable === undefined ? [] : [p.accountable]),
    ...(p.extending === undefined ? [] : [p.extending]),
  ];
}

/** Whether a live record of `kind` names `partner`. */
export function names(kind: (typeof NAMING_KINDS)[number], body: JsonValue, partner: string): boolean {
  switch (kind) {
    case 'project':
      return projectPartners(body as unknown as Project).includes(partner);
    case 'route': {
      const r = body as unknown as Route;
      return r.countries.includes(partner) || r.waypoints.some((w) => w.country === partner);
    }
    case 'event': {
      const e = body as unknown as TimelineEvent;
      return e.place?.country === partner || (e.organizers ?? []).some((o) => o.partner === partner);
    }
    case 'partnership':
      return (body as unknown as Partnership).founded.by.some((b) => b.partner === partner);
  }
}

/** The flow sets that name `partner`, and whether as a network (else as a centre). */
export function flowSetsNaming(sets: readonly FlowSet[], partner: string): { set: string; network: boolean }[] {
  return sets.flatMap((s) => [
    ...(s.centres.includes(partner) ? [{ set: s.id, network: false }] : []),
    ...(s.networks.includes(partner) ? [{ set: s.id, network: true }] : []),
  ]);
}

/**
 * A partner written over one that flow sets name must stay what they need (an organization with
 * the Action Plan part of a centre or of a network): the field to change back, else nothing.
 */
export function flowRoleErrors(sets: readonly FlowSet[], p: Partner): FieldError[] {
  return flowSetsNaming(sets, p.id)
    .filter(({ network }) => !fitsFlowRole(p, network))
    .map(({ set, network }) => ({
      pointer: p.kind !== 'organization' ? '/kind' : p.actionPlan ? '/actionPlan/role' : '/actionPlan',
      rule: 'reference',
      message: `flow set "${set}" names this partner among its ${network ? 'networks' : 'centres'}: it must stay an organization whose Action Plan role is ${network ? '"network"' : '"information-centre" or "operational-centre"'}`,
    }));
}
