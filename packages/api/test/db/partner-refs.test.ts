// Which records name a partner (db/partner-refs.ts), each kind and each field on its own, so that
// a withdrawal is refused for exactly the records that would be left naming nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FlowSet } from '@pact/schema';
import type { JsonValue } from '../../src/db/json.js';
import { flowSetsNaming, names, projectPartners } from '../../src/db/partner-refs.js';
import { loadDataset } from '../../src/load.js';

const json = (v: unknown) => v as JsonValue;

test('a route names the countries it crosses and those of its waypoints', () => {
  const route = json({ countries: ['afg', 'tjk'], waypoints: [{ country: 'uzb' }, { country: 'kaz' }] });
  for (const id of ['afg', 'tjk', 'uzb', 'kaz']) assert.equal(names('route', route, id), true, id);
  assert.equal(names('route', route, 'rus'), false);
  // A waypoint alone, not the first.
  assert.equal(
    names('route', json({ countries: [], waypoints: [{ country: 'irn' }, { country: 'tur' }] }), 'tur'),
    true,
  );
});

test('an event names its host country and each organizer that is a partner', () => {
  const event = json({ place: { country: 'aut' }, organizers: [{ name: { en: 'A body' } }, { partner: 'osce' }] });
  assert.equal(names('event', event, 'aut'), true);
  assert.equal(names('event', event, 'osce'), true);
  assert.equal(names('event', event, 'unodc'), false);
  assert.equal(names('event', json({ organizers: [{ partner: 'coe' }] }), 'coe'), true);
  assert.equal(names('event', json({ place: { mode: 'virtual' } }), 'coe'), false);
});

test('a partnership names each body that founded it, not only the first', () => {
  const founded = json({ founded: { by: [{ partner: 'unodc' }, { partner: 'fra' }] } });
  assert.equal(names('partnership', founded, 'unodc'), true);
  assert.equal(names('partnership', founded, 'fra'), true);
  assert.equal(names('partnership', founded, 'deu'), false);
});

test('a project names its donors, beneficiaries, implementer, and accountable and extending when given', async () => {
  const seed = await loadDataset();
  const p = { ...seed.projects[0]!, donors: ['deu', 'jpn'], beneficiaries: ['tjk'], implementer: 'unodc' };
  assert.deepEqual(projectPartners(p), ['deu', 'jpn', 'tjk', 'unodc']);
  assert.deepEqual(projectPartners({ ...p, accountable: 'undp', extending: 'wco' }), [
    'deu',
    'jpn',
    'tjk',
    'unodc',
    'undp',
    'wco',
  ]);
  assert.equal(names('project', json({ ...p, extending: 'wco' }), 'wco'), true);
  assert.equal(names('project', json(p), 'wco'), false);
});

test('flow sets name their centres and networks', () => {
  const sets = [
    { id: 'a', centres: ['x'], networks: ['y', 'x'] },
    { id: 'b', centres: [], networks: ['y'] },
  ] as unknown as FlowSet[];
  assert.deepEqual(flowSetsNaming(sets, 'x'), [
    { set: 'a', network: false },
    { set: 'a', network: true },
  ]);
  assert.deepEqual(flowSetsNaming(sets, 'y'), [
    { set: 'a', network: true },
    { set: 'b', network: true },
  ]);
  assert.deepEqual(flowSetsNaming(sets, 'z'), []);
});
