import { msg, str } from './localize.js';
import type { MembershipId, MembershipStatus, PartnerKind, PlanRole, ProjectStatus, RouteId } from '@pact/sdk';

/** UI labels for the model's closed lists, in the language being rendered. */
export function kindLabel(kind: PartnerKind): string {
  return kind === 'country' ? msg('Country') : msg('Organization');
}

export function membershipLabel(id: MembershipId, status: MembershipStatus = 'member'): string {
  const name = id === 'paris-pact' ? msg('Paris Pact') : id === 'pompidou-group' ? msg('Pompidou Group') : msg('OSCE');
  switch (status) {
    case 'possible':
      return msg(str`${name}: possible member`);
    case 'former':
      return msg(str`${name}: former member`);
    case 'partner':
      return id === 'osce' ? msg('OSCE Partner for Co-operation') : msg(str`${name}: partner`);
    default:
      return name;
  }
}

export function routeLabel(id: RouteId): string {
  return id === 'northern' ? msg('Northern route') : id === 'balkan' ? msg('Balkan route') : msg('Southern route');
}

/** What each IATI activity status is called on the page. */
const STATUS_LABELS: Readonly<Record<ProjectStatus, () => string>> = {
  pipeline: () => msg('Planned'),
  implementation: () => msg('Under way'),
  finalisation: () => msg('Finishing'),
  closed: () => msg('Completed'),
  cancelled: () => msg('Cancelled'),
  suspended: () => msg('Suspended'),
};

export function projectStatusLabel(s: ProjectStatus): string {
  return STATUS_LABELS[s]();
}

/** A body's part in the 2011 Paris Action Plan against transatlantic cocaine trafficking. */
export function planRoleLabel(role: PlanRole): string {
  if (role === 'information-centre') return msg('Information-exchange centre');
  if (role === 'operational-centre') return msg('Maritime operational centre');
  return msg('Network or regional organization');
}
