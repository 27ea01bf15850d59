// /metrics on each database backend (issue 21): on PostgreSQL the pool's connections (open, idle,
// waiting) are a gauge an operator alerts on; the embedded database has no pool and no such gauge.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SqlStore } from '../../src/store/sql.js';
import { startServer, type RunningServer } from '../../src/server.js';
import type { PactDatabase } from '../../src/db/index.js';
import { backends } from './support.js';

for (const backend of await backends()) {
  describe(`/metrics on ${backend.name}`, () => {
    let db: PactDatabase;
    let server: RunningServer;
    before(async () => {
      db = await backend.open();
      const store = new SqlStore(db);
      await store.refresh();
      server = await startServer({ dataset: store, log: false, metricsToken: 's3cret' });
    });
    after(async () => {
      await server?.close();
      await db?.close();
    });

    test(`${backend.name}: the pool's connections, or none without a pool`, async () => {
      // Two reads at once, and the readiness check (a query of its own).
      await Promise.all(
        ['/v1/partners/kaz', '/v1/projects', '/readyz'].map(async (p) => (await fetch(server.url + p)).text()),
      );
      const res = await fetch(`${server.url}/metrics`, { headers: { Authorization: 'Bearer s3cret' } });
      const text = await res.text();
      assert.equal(res.status, 200, text);
      const pool = Object.fromEntries(
        [...text.matchAll(/^pact_db_pool_connections\{state="(\w+)"\} (\d+)$/gm)].map((m) => [m[1]!, Number(m[2])]),
      );
      if (backend.name === 'pglite') {
        assert.deepEqual(pool, {});
        return;
      }
      const stats = db.poolStats();
      assert.ok(stats, 'PostgreSQL has a pool');
      assert.deepEqual(Object.keys(pool).sort(), ['idle', 'total', 'waiting']);
      assert.ok(pool['total']! >= 1, `${pool['total']} open`);
      assert.ok(pool['idle']! <= pool['total']!, 'idle among the open ones');
      assert.equal(pool['waiting'], 0, 'nothing waits once the reads are answered');
      // What the pool says now (the scrape itself returned its connection since).
      assert.equal(pool['total'], stats.total);
    });
  });
}
