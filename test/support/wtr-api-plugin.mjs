// A web-test-runner plugin that gives browser tests a real API over HTTP:
// - the reference API (seed data) on a free port, which tests can stop and start again
//   (`executeServerCommand('pact-api', { action: 'stop' | 'start' })`) to see error states and Retry;
// - the misbehaving fault server (test/support/fault-server.mjs) in front of it;
// - a virtual module `/__pact/env.js` exporting their URLs: `API_URL` (…/v1), `FAULT_URL`.
import { existsSync } from 'node:fs';

export function apiPlugin() {
  let api;
  let port = 0;
  let fault;
  let dataset;
  let startServer;
  const start = async () => {
    api = await startServer({ dataset, port, log: false });
    port = api.port;
  };
  return {
    name: 'pact-api',
    async serverStart() {
      const node = await import('@pact/api/node');
      startServer = node.startServer;
      dataset = await node.loadDataset();
      await start();
      const faultModule = new URL('./fault-server.mjs', import.meta.url);
      if (existsSync(faultModule)) {
        const { startFaultServer } = await import(faultModule.href);
        fault = await startFaultServer({ upstream: api.url });
      }
    },
    async serverStop() {
      await api?.close();
      await fault?.close();
    },
    serve(context) {
      if (context.path === '/__pact/env.js') {
        return {
          body: `export const API_URL = ${JSON.stringify(`http://127.0.0.1:${port}/v1`)};\nexport const FAULT_URL = ${JSON.stringify(fault ? fault.url : null)};\n`,
          type: 'js',
        };
      }
    },
    async executeCommand({ command, payload }) {
      if (command !== 'pact-api') return undefined;
      if (payload?.action === 'stop') {
        await api.close();
        return true;
      }
      if (payload?.action === 'start') {
        await start();
        return true;
      }
      return false;
    },
  };
}
