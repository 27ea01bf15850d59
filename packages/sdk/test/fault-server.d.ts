// Types of test/support/fault-server.mjs (plain Node ESM, shared with the browser and end-to-end tests).
declare module '*/fault-server.mjs' {
  export interface FaultServer {
    /** http://127.0.0.1:PORT, without a trailing slash. */
    url: string;
    port: number;
    /** GET/HEAD requests received whose path (or full URL) starts with `prefix`. */
    requests(prefix?: string): number;
    /** Forgets the counts and the once-per-URL state. */
    reset(): void;
    close(): Promise<void>;
  }
  export function startFaultServer(options: { upstream: string; port?: number; host?: string }): Promise<FaultServer>;
}
