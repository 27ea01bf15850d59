// A server started with `log: 'json'` in a process of its own (server.test.ts reads its stdout, where
// pino writes): started with the test's own Node flags, so that it runs the same code as the test.
import { loadDataset, startServer } from '@pact/api/node';

const server = await startServer({ dataset: await loadDataset(), log: 'json' });
process.stderr.write(`listening ${server.url}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
