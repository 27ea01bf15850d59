// Shared by the SDK's Node tests: the real API on a free port, a server scripted per request, and a
// fetch that records what it sends.
import { after, before, beforeEach } from 'node:test';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadDataset, startServer, type RunningServer } from '@pact/api/node';
import type { Dataset } from '@pact/api';
import type { ProjectInput } from '@pact/sdk';

export interface Sent {
  url: string;
  status: number;
  ifNoneMatch: string | null;
  init: RequestInit | undefined;
}

/** A fetch that records every request it makes and the status it got (no status: a network error). */
export function recorder(inner: typeof fetch = fetch) {
  const sent: Sent[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const entry: Sent = {
      url: String(input),
      status: 0,
      ifNoneMatch: new Headers(init?.headers).get('if-none-match'),
      init,
    };
    sent.push(entry);
    const res = await inner(input, init);
    entry.status = res.status;
    return res;
  };
  return { sent, fetch: wrapped };
}

/** One answer of a scripted server: what it does with a request (`body` is the request's body). */
export type Answer = (req: IncomingMessage, res: ServerResponse, body: string) => void;

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** When it arrived (performance.now(), milliseconds). */
  at: number;
}

/**
 * A real HTTP server on a free port that answers each request, once its body has arrived, with the
 * next answer of `script` (the last one repeats; none: the request hangs) and records what it
 * received. Registers its own hooks in the calling test file: started before the first test,
 * `script` and `received` emptied before each, stopped after the last (open connections cut).
 */
export function scriptedServer() {
  const state = { base: '', script: [] as Answer[], received: [] as Received[] };
  let server: Server;
  before(async () => {
    server = createServer((req, res) => {
      const at = performance.now();
      let body = '';
      req.on('data', (c: Buffer) => (body += c));
      req.on('end', () => {
        state.received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, at });
        (state.script[state.received.length - 1] ?? state.script.at(-1))?.(req, res, body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    state.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  beforeEach(() => {
    state.script = [];
    state.received = [];
  });
  return state;
}

let dataset: Dataset | undefined;

/** The reference API with the seed dataset, on a free port. */
export async function startApi(port = 0): Promise<RunningServer & { dataset: Dataset }> {
  dataset ??= await loadDataset();
  const api = await startServer({ dataset, port, log: false });
  return { ...api, dataset };
}

/**
 * An upper bound on a duration, in milliseconds: `ms`, times PACT_TEST_TIME_SLACK when set. Only
 * the mutation bench sets it (bench/mutation.mjs), whose test processes share a machine loaded many
 * times over; lower bounds (that a wait happened) never take it, nor bounds that order two events.
 */
export const slack = (ms: number) => ms * Number(process.env['PACT_TEST_TIME_SLACK'] ?? 1);

/** Milliseconds since `t0`. */
export const since = (t0: number) => performance.now() - t0;

/** Resolves with the error a promise rejects with; fails when it resolves. */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** A valid project to create, for tests whose server answers without looking at it. */
export const projectInput: ProjectInput = {
  id: 'p',
  title: { en: 'T' },
  summary: { en: 'S' },
  pillar: 1,
  status: 'pipeline',
  donors: [],
  beneficiaries: [],
  implementer: 'unodc',
  routes: [],
  budget: { amount: 1000, currency: 'EUR' },
  start: '2026-01-01',
  end: '2027-12-31',
};
