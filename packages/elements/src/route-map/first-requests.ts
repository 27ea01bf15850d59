import type { PactReader } from '@pact/sdk';

/**
 * `<pact-route-map>`'s requests to the API, in one place: route-map/load.ts makes them, and the
 * core (index.ts) sends the same ones while the map's module is still loading (core/autoload.ts),
 * so that each is asked for once. With `cocaine`, the flow sets too.
 */
export function mapRequests(client: PactReader, signal: AbortSignal, cocaine: boolean) {
  return [
    client.routes.list({ signal }),
    client.geo.countries({ signal }),
    client.partners.list({ limit: 200 }, { signal }),
    cocaine ? client.flows.list({ signal }) : undefined,
  ] as const;
}
