declare module '/__pact/env.js' {
  /** The real API started by the web-test-runner plugin, e.g. http://127.0.0.1:PORT/v1. */
  export const API_URL: string;
  /** The misbehaving fault server in front of it, or null. */
  export const FAULT_URL: string | null;
}
