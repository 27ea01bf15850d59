/** Bundles packages/api/src/worker.ts with a dataset directory (default: the seed) for workerd. */
export declare function buildWorker(options?: {
  data?: string;
  exported?: string;
  out?: string;
}): Promise<{ out: string; bytes: number }>;
