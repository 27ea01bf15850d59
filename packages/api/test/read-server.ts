// The server the read tests ask: the Node server on the seed dataset, or, when edge.test.ts runs
// them, the same API bundled as a Cloudflare Worker in workerd (PACT_TEST_EDGE_URL).
import { loadDataset, startServer, type RunningServer, type ServerOptions } from '@pact/api/node';

export type ReadServer = Pick<RunningServer, 'url' | 'port' | 'close'>;

/** The worker's URL when the read tests run against the edge, else undefined. */
export const edgeUrl = (): string | undefined => process.env['PACT_TEST_EDGE_URL'] || undefined;

/** `{ skip }` for a test that cannot run against the worker, saying why (nothing off the edge). */
export const notOnEdge = (why: string): { skip: string | false } => ({
  skip: edgeUrl() ? `not on the edge: ${why}` : false,
});

/** The worker when the tests run on the edge; else a Node server on the seed dataset (with `options`). */
export async function readServer(options: Partial<ServerOptions> = {}): Promise<ReadServer> {
  const edge = edgeUrl();
  if (edge) return { url: edge, port: Number(new URL(edge).port), close: async () => {} };
  return startServer({ dataset: await loadDataset(), port: 0, log: false, ...options });
}

/**
 * A Node server on the seed dataset whose `GET /slow` answers `done` only once `release()` is
 * called: a request held in flight, for the shutdown tests (server.test.ts, ops.test.ts).
 */
export async function slowServer(
  options: Partial<ServerOptions> = {},
): Promise<{ server: RunningServer; release: () => void }> {
  let release!: () => void;
  const slow = new Promise<void>((ok) => (release = ok));
  const server = await startServer({
    dataset: await loadDataset(),
    log: false,
    handlers: [async (_req, url) => (url.pathname === '/slow' ? (await slow, new Response('done')) : undefined)],
    ...options,
  });
  return { server, release };
}
