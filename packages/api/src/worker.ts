/**
 * The API as a Cloudflare Worker (or any runtime with a `fetch(request, env)` entry): the read API
 * from a dataset snapshot bundled with the worker, with no file system and no database. Writes are
 * refused with a 405 problem document that sends the client to the origin API. scripts/build-worker.mjs
 * bundles it with the seed (or another) dataset for `workerd`; docs/deploy.md shows the deployment.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { createApp, type PactApp } from './app.js';
import { DATASET_FILES, validateDataset } from './dataset.js';
import { problem } from './problem.js';
import { ROUTES } from './routes.js';

/** The snapshot as its JSON files hold it (checked once, on the first request). */
export type Snapshot = Record<keyof typeof DATASET_FILES, unknown> & { geo: unknown; flows: unknown };

/** The worker's settings (`[vars]` in wrangler.toml). */
export interface EdgeEnv {
  /** The origin API that takes writes (named in the answer to a write), e.g. https://api.example.org. */
  PACT_ORIGIN?: string;
  /** Seconds a CDN keeps a public read (s-maxage; default 300). */
  PACT_S_MAXAGE?: string;
}

export interface Worker {
  fetch(request: Request, env?: EdgeEnv): Promise<Response>;
}

/** Each write route's method and path as a pattern (`{id}` matches one segment). */
const WRITES = ROUTES.filter((r) => r.kind === 'write').map((r) => ({
  method: r.method,
  pattern: new RegExp(`^${r.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** The worker over a snapshot: `export default createWorker(snapshot)` in the bundled entry. */
export function createWorker(snapshot: Snapshot): Worker {
  let edge: Hono | undefined;
  const build = (env: EdgeEnv) => {
    const dataset = validateDataset(snapshot);
    const maxAge = Number(env.PACT_S_MAXAGE);
    const app: PactApp = createApp(dataset, Number.isInteger(maxAge) && maxAge > 0 ? { sharedMaxAge: maxAge } : {});
    const origin = env.PACT_ORIGIN ? ` at ${env.PACT_ORIGIN}` : '';
    const readOnly = (c: Context) => {
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Allow', 'GET, HEAD, OPTIONS');
      return problem(
        c,
        405,
        'Method Not Allowed',
        `This edge worker serves a read-only dataset snapshot (${dataset.meta.updated}); ` +
          `send writes to the origin API${origin}.`,
      );
    };
    const hono = new Hono();
    hono.all('*', (c) => {
      const { method, path } = c.req;
      if (WRITES.some((w) => w.method === method && w.pattern.test(path))) return readOnly(c);
      return app.fetch(c.req.raw);
    });
    return hono;
  };
  return {
    fetch: async (request, env = {}) => {
      edge ??= build(env);
      return edge.fetch(request);
    },
  };
}
