// The virtual module served by test/support/wtr-api-plugin.mjs to browser tests.
declare module '*/__pact/env.js' {
  /** The real API, e.g. http://127.0.0.1:PORT/v1. */
  export const API_URL: string;
  /** The fault server (test/support/fault-server.mjs) in front of it, without /v1; null when absent. */
  export const FAULT_URL: string | null;
}
