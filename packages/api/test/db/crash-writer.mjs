// Child process of crash.test.ts: opens the PGlite directory, prints the crash-test projects it
// finds (`present [ids]`), then creates projects in a loop and prints `ack ID` after each
// acknowledged (committed) write, until it is killed. Plain JavaScript on the built package
// (`npm run build`), so that each of the test's rounds starts a process without compiling sources.
import { openDatabase } from '@pact/api/db';
import { loadDataset } from '@pact/api/node';

const [dir, token, round] = process.argv.slice(2);
const db = await openDatabase({ dir });
const account = await db.verifyKey(token);
if (!account) throw new Error('the key did not verify');
const { dataset } = await db.snapshot();
const present = dataset.projects.filter((p) => p.id.startsWith('crash-')).map((p) => p.id);
process.stdout.write(`present ${JSON.stringify(present)}\n`);
const template = (await loadDataset()).projects[0];
for (let i = 0; ; i++) {
  const id = `crash-${round}-${i}`;
  const r = await db.createProject(account, { ...template, id });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  process.stdout.write(`ack ${id}\n`);
}
