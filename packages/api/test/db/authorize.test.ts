// The authorization rule (db/authorize.ts), a pure function: who may write what, and the reason a
// refusal gives. writes.test.ts and writes-http.test.ts check that the database and the HTTP API
// apply it (a refused write changes nothing).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Project } from '@pact/schema';
import { authorize, type Account, type WriteAction } from '../../src/db/index.js';

/** A project implemented by `implementer`, with these donors. */
const project = (id: string, implementer: string, donors: string[] = []): Project =>
  ({ id, implementer, donors }) as unknown as Project;
const as = (role: Account['role'], partnerId = 'osce') => ({ partnerId, role });

const own = project('p-own', 'osce', ['jpn']);
const donorOf = project('p-donor', 'unodc', ['jpn', 'osce']);
const other = project('p-other', 'wco', ['jpn']);

test('a coordinator may do everything, on anyone’s project', () => {
  const actions: WriteAction[] = [
    { write: 'partner.upsert' },
    { write: 'partner.withdraw' },
    { write: 'membership.set' },
    { write: 'membership.remove' },
    { write: 'project.create', after: other },
    { write: 'project.update', before: other, after: other },
    { write: 'project.restore', before: other, after: other },
    { write: 'project.withdraw', before: other },
  ];
  for (const a of actions) assert.deepEqual(authorize(as('coordinator'), a), { allowed: true }, a.write);
});

test('a reader may write nothing, not even on its own partner’s project', () => {
  for (const a of [{ write: 'project.create', after: own }, { write: 'partner.upsert' }] as WriteAction[])
    assert.deepEqual(authorize(as('reader'), a), { allowed: false, reason: 'a reader key may not write' });
});

test('a partner may not write partners or memberships', () => {
  assert.deepEqual(authorize(as('partner'), { write: 'partner.upsert' }), {
    allowed: false,
    reason: 'only a coordinator may partner upsert',
  });
  assert.deepEqual(authorize(as('partner'), { write: 'membership.remove' }), {
    allowed: false,
    reason: 'only a coordinator may membership remove',
  });
});

test('a partner may write the projects it implements or funds, before and after the change', () => {
  for (const p of [own, donorOf]) {
    const actions: WriteAction[] = [
      { write: 'project.create', after: p },
      { write: 'project.update', before: p, after: p },
      { write: 'project.restore', before: p, after: p },
      { write: 'project.withdraw', before: p },
    ];
    for (const a of actions) assert.deepEqual(authorize(as('partner'), a), { allowed: true }, `${a.write} ${p.id}`);
  }
});

test('a partner may not write a project it has no part in, nor create one for others', () => {
  const before = {
    allowed: false,
    reason: 'partner "osce" is neither the implementer nor a donor of project "p-other"',
  };
  assert.deepEqual(authorize(as('partner'), { write: 'project.withdraw', before: other }), before);
  assert.deepEqual(authorize(as('partner'), { write: 'project.update', before: other, after: own }), before);
  assert.deepEqual(authorize(as('partner'), { write: 'project.create', after: other }), {
    allowed: false,
    reason: 'partner "osce" must stay the implementer or a donor of project "p-other"',
  });
});

test('a partner may not hand its project over to others: it must stay in it after the change', () => {
  const handedOver = { ...other, id: own.id };
  assert.deepEqual(authorize(as('partner'), { write: 'project.update', before: own, after: handedOver }), {
    allowed: false,
    reason: 'partner "osce" must stay the implementer or a donor of project "p-own"',
  });
  assert.equal(authorize(as('partner'), { write: 'project.restore', before: own, after: handedOver }).allowed, false);
});

test('a partner’s id is matched whole: no prefix, no case folding', () => {
  for (const partnerId of ['osc', 'OSCE', 'osce ', 'os'])
    for (const before of [own, donorOf])
      assert.equal(
        authorize(as('partner', partnerId), { write: 'project.withdraw', before }).allowed,
        false,
        `${partnerId} on ${before.id}`,
      );
});
