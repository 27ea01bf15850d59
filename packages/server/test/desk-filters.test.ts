// The desk's filters of the list of projects (packages/server/src/desk/app/filters.ts, `matching`):
// four projects made from a seed project, where each filter keeps a different, exact set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Project } from '@pact/sdk';
import { NO_FILTER, matching } from '../src/desk/app/filters.js';

const seed = (
  JSON.parse(readFileSync(new URL('../../api/data/projects.json', import.meta.url), 'utf8')) as Project[]
)[0]!;
const make = (id: string, pillar: number, status: Project['status'], en: string, fr: string): Project =>
  ({ ...seed, id, pillar, status, title: { en, fr } }) as Project;
const PROJECTS = [
  make('osce-border-2031', 1, 'implementation', 'Border management staff college', 'Collège des cadres des frontières'),
  make('unodc-precursors-2029', 2, 'implementation', 'Precursor control in Central Asia', 'Contrôle des précurseurs'),
  make('pg-treatment-2030', 2, 'closed', 'Treatment in prisons', 'Traitement en prison'),
  make('unodc-cbt-2028', 4, 'pipeline', 'Container control', 'Contrôle des conteneurs'),
];
const ids = (f: Partial<typeof NO_FILTER>) => matching(PROJECTS, { ...NO_FILTER, ...f }).map((p) => p.id);

test('no filter keeps every project, in its order', () => {
  assert.deepEqual(
    ids({}),
    PROJECTS.map((p) => p.id),
  );
});

test('the pillar and the status each keep theirs, and together only what both keep', () => {
  assert.deepEqual(ids({ pillar: '2' }), ['unodc-precursors-2029', 'pg-treatment-2030']);
  assert.deepEqual(ids({ status: 'implementation' }), ['osce-border-2031', 'unodc-precursors-2029']);
  assert.deepEqual(ids({ pillar: '2', status: 'implementation' }), ['unodc-precursors-2029']);
  assert.deepEqual(ids({ pillar: '3' }), []);
});

test('words match the id or a title in any language, whatever their case, without the spaces around them', () => {
  assert.deepEqual(ids({ q: 'unodc' }), ['unodc-precursors-2029', 'unodc-cbt-2028']);
  assert.deepEqual(ids({ q: '  PRISON ' }), ['pg-treatment-2030']);
  assert.deepEqual(ids({ q: 'conteneurs' }), ['unodc-cbt-2028']);
  assert.deepEqual(ids({ q: 'contrôle', pillar: '4' }), ['unodc-cbt-2028']);
  assert.deepEqual(ids({ q: 'nothing like it' }), []);
});
