import type { MembershipId } from '@pact/schema';
import type { PactReader } from '@pact/sdk';

/**
 * `<pact-partnership>`'s first request, in one place: its data controller makes it, and the core
 * (index.ts) sends the same one while the element's module is still loading (core/autoload.ts).
 */
export function partnershipRequest(client: PactReader, id: MembershipId, signal: AbortSignal) {
  return client.partnerships.get(id, { signal });
}
