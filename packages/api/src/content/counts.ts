/**
 * Counts derived from the records, counted when the store is built (and again whenever a write
 * changes the records), never stored: the listed member counts of a partnership (the partner
 * records that hold a membership of it, by kind, status and whether the sources confirm it), and
 * each pillar's count of projects.
 */
import {
  MEMBERSHIP_STATUSES,
  PARTNER_KINDS,
  type Confidence,
  type MemberCount,
  type Partner,
  type Partnership,
  type Pillar,
  type Project,
} from '@pact/schema';

/** Confirmed records are sure; a possible member is not; an unconfirmed member lies between. */
const confidenceOf = (status: MemberCount['status'], verified: boolean): Confidence =>
  verified ? 'high' : status === 'possible' ? 'low' : 'medium';

/** The partnership with its listed counts after its stated ones (only the groups that have records). */
export function withListedCounts(p: Partnership, partners: readonly Partner[]): Partnership {
  const listed: MemberCount[] = [];
  for (const status of MEMBERSHIP_STATUSES)
    for (const kind of PARTNER_KINDS)
      for (const verified of [true, false]) {
        const value = partners.filter(
          (r) =>
            r.kind === kind &&
            r.memberships.some((m) => m.partnership === p.id && m.status === status && m.verified === verified),
        ).length;
        if (value > 0)
          listed.push({
            subject: kind === 'country' ? 'countries' : 'organizations',
            basis: 'listed',
            value,
            status,
            verified,
            confidence: confidenceOf(status, verified),
          });
      }
  return { ...p, counts: [...p.counts, ...listed] };
}

/**
 * The pillar with its count of projects and of illustrative ones among them: what
 * `/v1/projects?pillar=N` and `?pillar=N&illustrative=true` give as their `total`, counted when
 * the store is built (again after every write), never stored. One request for a card's counts
 * instead of two per pillar.
 */
export function withProjectCounts(p: Pillar, projects: readonly Project[]): Pillar {
  const under = projects.filter((r) => r.pillar === p.number);
  return { ...p, projects: { total: under.length, illustrative: under.filter((r) => r.illustrative === true).length } };
}
