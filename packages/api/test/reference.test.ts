// docs/reference/api.md is what webmasters and developers read about the API: it must say what the
// API serves. Rendered here from the OpenAPI document of the API under test (its route table:
// summaries, parameters and their values, answers, which writes need a key) and compared with the
// committed file, line by line. Regenerate it with `node scripts/generate-docs.mjs` after a change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createApp } from '@pact/api';
import { loadDataset } from '@pact/api/node';
import { apiReference } from '../../../scripts/api-doc.mjs';

test('docs/reference/api.md is the reference of the OpenAPI document the API serves', async () => {
  const app = createApp(await loadDataset());
  const res = await app.fetch(new Request('http://localhost/v1/openapi.json'));
  assert.equal(res.status, 200);
  const served = apiReference(await res.json()).split('\n');
  const committed = readFileSync(new URL('../../../docs/reference/api.md', import.meta.url), 'utf8')
    .replace(/\n$/, '')
    .split('\n');
  // The first line that differs, named (a whole-file diff of 300 lines says little).
  const at = served.findIndex((line, i) => line !== committed[i]);
  if (at >= 0) assert.equal(served[at], committed[at], `line ${at + 1} is not what the API serves`);
  assert.equal(served.length, committed.length, 'the committed file has lines the API does not serve');
});
