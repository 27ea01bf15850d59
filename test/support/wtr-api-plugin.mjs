// A web-test-runner plugin that gives browser tests a real API over HTTP:
// - the reference API (seed data) on a free port: `API_URL`; it is never stopped, so test
//   files running at the same time can rely on it;
// - a second instance that tests may stop and start again (`STOPPABLE_API_URL`, with
//   `executeServerCommand('pact-api', { action: 'stop' | 'start' })`) to see error states and Retry;
// - the misbehaving fault server (test/support/fault-server.mjs) in front of the first: `FAULT_URL`.
// A virtual module `/__pact/env.js` exports the three URLs.
import { startFaultServer } from './fault-server.mjs';

export function apiPlugin() {
  let api;
  let stoppable;
  let stoppablePort = 0;
  let fault;
  let dataset;
  let startServer;
  const startStoppable = async () => {
    stoppable = await startServer({ dataset, port: stoppablePort, log: false });
    stoppablePort = stoppable.port;
  };
  return {
    name: 'pact-api',
    async serverStart() {
      const node = await import('@pact/api/node');
      startServer = node.startServer;
      dataset = await node.loadDataset();
      api = await startServer({ dataset, port: 0, log: false });
      await startStoppable();
      fault = await startFaultServer({ upstream: api.url });
    },
    async serverStop() {
      await Promise.all([api?.close(), stoppable?.close(), fault?.close()]);
    },
    serve(context) {
      if (context.path === '/__pact/env.js') {
        return {
          body: [
            `export const API_URL = ${JSON.stringify(`${api.url}/v1`)};`,
            `export const STOPPABLE_API_URL = ${JSON.stringify(`http://127.0.0.1:${stoppablePort}/v1`)};`,
            `export const FAULT_URL = ${JSON.stringify(fault.url)};`,
          ].join('\n'),
          type: 'js',
        };
      }
    },
    async executeCommand({ command, payload }) {
      if (command !== 'pact-api') return undefined;
      if (payload?.action === 'stop') {
        await stoppable.close();
        return true;
      }
      if (payload?.action === 'start') {
        await startStoppable();
        return true;
      }
      return false;
    },
  };
}
