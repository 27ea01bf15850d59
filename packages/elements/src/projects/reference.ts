import { isPartner } from '@pact/schema';
import type { PactReader, Partner, Pillar, PillarNumber } from '@pact/sdk';
import { keepValid } from '../core/data-controller.js';
import { isPillar } from '../pillars/pillar-card.js';

/** What the listing needs besides the projects: names of partners and pillars, and the filter options. */
export interface Reference {
  partners: ReadonlyMap<string, Partner>;
  pillars: ReadonlyMap<PillarNumber, Pillar>;
  /** Ids of the partners that fund at least one project (`GET /v1/partners?role=donor`); empty when that failed. */
  donors: ReadonlySet<string>;
  /** False when a request failed: what it would have filled is empty, and the next load asks again. */
  complete: boolean;
}

const cache = new WeakMap<PactReader, Promise<Reference>>();

async function load(tag: string, client: PactReader): Promise<Reference> {
  const collect = async (): Promise<Partner[]> => {
    const out: unknown[] = [];
    for await (const p of client.partners.all({ limit: 200 })) out.push(p);
    return keepValid(tag, out, isPartner);
  };
  const donorIds = async (): Promise<string[]> => {
    const out: unknown[] = [];
    for await (const p of client.partners.all({ role: 'donor', limit: 200 })) out.push(p);
    return keepValid(tag, out, isPartner).map((p) => p.id);
  };
  const [partners, pillars, donors] = await Promise.allSettled([collect(), client.pillars.list(), donorIds()]);
  const ref: Reference = {
    partners: new Map(partners.status === 'fulfilled' ? partners.value.map((p) => [p.id, p]) : []),
    pillars: new Map(
      pillars.status === 'fulfilled'
        ? keepValid(tag, pillars.value.data, isPillar, pillars.value.invalid).map((p) => [p.number, p])
        : [],
    ),
    // Without the donor list, the Donor filter offers no partner rather than every partner.
    donors: new Set(donors.status === 'fulfilled' ? donors.value : []),
    complete: true,
  };
  const failed = [partners, pillars, donors].find((r) => r.status === 'rejected');
  if (failed) {
    // Names fall back to ids this time; the next load asks again.
    cache.delete(client);
    console.warn(`<${tag}> could not load partner or pillar names`, failed.reason);
    return { ...ref, complete: false };
  }
  return ref;
}

/** The shared load for `client`: the one under way or done, else a new one. */
function shared(tag: string, client: PactReader): Promise<Reference> {
  let p = cache.get(client);
  if (!p) {
    p = load(tag, client);
    cache.set(client, p);
  }
  return p;
}

/**
 * Every partner (one request of up to 200: countries and organizations, since donors include
 * the EU and implementers are organizations), the ids of the donors (the Donor filter's options)
 * and the pillars, loaded once per API client and shared by every listing on that API. Never
 * rejects: what failed is left empty. A caller that joined a load already under way (a Retry
 * pressed while the first attempt was still failing) is not answered by its failure: the names
 * are asked again, once.
 */
export async function referenceFor(tag: string, client: PactReader): Promise<Reference> {
  const joined = cache.get(client);
  if (!joined) return shared(tag, client);
  const ref = await joined;
  return ref.complete ? ref : shared(tag, client);
}
