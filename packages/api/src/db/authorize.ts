import type { Project } from '@pact/schema';
import type { Role } from './tables.js';

/** Who is writing: an account speaks for one partner (organization or country) with one role. */
export interface Account {
  id: string;
  partnerId: string;
  role: Role;
}

export type WriteAction =
  | { write: 'project.create'; after: Project }
  | { write: 'project.update'; before: Project; after: Project }
  /** A create over a withdrawn id: allowed to whoever may write both the withdrawn and the new record. */
  | { write: 'project.restore'; before: Project; after: Project }
  | { write: 'project.withdraw'; before: Project }
  | { write: 'partner.upsert' | 'partner.withdraw' | 'membership.set' | 'membership.remove' };

export type Decision = { allowed: true } | { allowed: false; reason: string };

const allow: Decision = { allowed: true };
const involves = (p: Project, partner: string) => p.implementer === partner || p.donors.includes(partner);

/**
 * The authorization rule, as a pure function. A coordinator may do everything; a partner may
 * create, update and withdraw the projects in which its organization is the implementer or a
 * donor, both before and after the change; a reader may write nothing.
 */
export function authorize(account: Pick<Account, 'partnerId' | 'role'>, action: WriteAction): Decision {
  if (account.role === 'coordinator') return allow;
  if (account.role === 'reader') return { allowed: false, reason: 'a reader key may not write' };
  if (!action.write.startsWith('project.'))
    return { allowed: false, reason: `only a coordinator may ${action.write.replace('.', ' ')}` };
  const me = account.partnerId;
  if ('before' in action && !involves(action.before, me))
    return {
      allowed: false,
      reason: `partner "${me}" is neither the implementer nor a donor of project "${action.before.id}"`,
    };
  if ('after' in action && !involves(action.after, me))
    return {
      allowed: false,
      reason: `partner "${me}" must stay the implementer or a donor of project "${action.after.id}"`,
    };
  return allow;
}
