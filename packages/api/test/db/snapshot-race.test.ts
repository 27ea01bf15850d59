// A snapshot is one moment of the database (db/dataset-io.ts reads the revision and the records in
// one `repeatable read` transaction): on PostgreSQL, with another connection writing as fast as it
// can, every snapshot's records are those of its own revision, never a newer write's under an older
// revision number (which the read store would then serve as current until the next write). On
// PGlite, one connection runs one statement at a time, so no write can fall between the two.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openDatabase, type PactDatabase } from '../../src/db/index.js';
import { accounts, freshPostgres, notePartner } from './support.js';

const fresh = await freshPostgres();
const skip = !fresh && 'PostgreSQL is not installed';

test(
  'postgres: every snapshot taken while another connection writes holds its own revision’s records',
  { skip, timeout: 60_000 },
  async () => {
    if (!fresh) return;
    after(() => fresh.drop());
    const writer: PactDatabase = await openDatabase({ url: fresh.url });
    const reader: PactDatabase = await openDatabase({ url: fresh.url });
    try {
      const { coordinator } = await accounts(writer, 'unodc');
      // The revision each note was written at.
      const revisionOf = new Map<string, number>();
      let writing = true;
      const writes = (async () => {
        for (let i = 0; writing; i++) revisionOf.set(`n${i}`, await notePartner(writer, coordinator, `n${i}`));
      })();
      let snapshots = 0;
      let checked = 0;
      const started = Date.now();
      try {
        while (Date.now() - started < 3000 || checked < 50) {
          // Every other snapshot from a new connection, which has no snapshot to build on: the whole
          // dataset read (the others read only what the change log names since their last).
          const whole = snapshots % 2 === 1 ? await openDatabase({ url: fresh.url }) : undefined;
          const { revision, dataset } = await (whole ?? reader).snapshot().finally(() => whole?.close());
          snapshots++;
          const note = dataset.partners.find((p) => p.id === 'kaz')?.note;
          if (typeof note !== 'string' || !note.startsWith('n')) continue;
          // A note whose write has not yet returned is checked once it has.
          const at = revisionOf.get(note) ?? (await new Promise((r) => setTimeout(r, 20)), revisionOf.get(note));
          if (at === undefined) continue;
          checked++;
          assert.ok(at <= revision, `snapshot of revision ${revision} holds note ${note}, written at revision ${at}`);
          if (Date.now() - started > 20_000) break;
        }
      } finally {
        writing = false;
        await writes;
      }
      assert.ok(checked >= 50, `${checked} of ${snapshots} snapshots checked`);
    } finally {
      await writer.close();
      await reader.close();
    }
  },
);
