declare module '/__pact/env.js' {
  /** The real API started by the web-test-runner plugin, e.g. http://127.0.0.1:PORT/v1; never stopped. */
  export const API_URL: string;
  /** A second API instance that `executeServerCommand('pact-api', { action: 'stop' | 'start' })` stops and restarts. */
  export const STOPPABLE_API_URL: string;
  /** The misbehaving fault server in front of API_URL (see test/support/fault-server.mjs). */
  export const FAULT_URL: string;
}
