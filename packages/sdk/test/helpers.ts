// Shared by the SDK's Node tests: the real API on a free port, and a fetch that records what it sends.
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
