// The client's reads against a real server scripted per request, for what the mutation runs found
// untested: a baseUrl with trailing slashes, bodies that are no object, empty query values, the
// result's keys, which validator checks which list or record (flows included), the records a list
// leaves out, and validators given in part (without the content ones, or with them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReader, PactSchemaError, type Check, type ClientOptions, type Validators } from '@pact/sdk';
import { validators } from '@pact/sdk/validate';
import { contentValidators } from '@pact/sdk/validate-content';
import { rejection, scriptedServer, type Answer } from './helpers.js';

const srv = scriptedServer();

/** Answers `body` as JSON (a string is sent as it is). */
const json =
  (body: unknown): Answer =>
  (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(typeof body == 'string' ? body : JSON.stringify(body));
  };
const reader = (o: ClientOptions = {}) => createReader({ baseUrl: srv.base, retries: 0, ...o });

/** A check that refuses anything but an object without `bad`, and marks what it accepts with its kind. */
const checkOf = <T>(kind: string): Check<T> => ({
  check: (x: unknown) =>
    x && typeof x == 'object' && !(x as { bad?: boolean }).bad
      ? { ok: true, value: { ...x, checkedAs: kind } as T }
      : { ok: false, violation: { path: '', rule: 'kind', message: `is no ${kind}` } },
});
const marking: Validators = {
  partner: checkOf('partner'),
  project: checkOf('project'),
  pillar: checkOf('pillar'),
  route: checkOf('route'),
  meta: checkOf('meta'),
  topology: checkOf('topology'),
  flowSet: checkOf('flowSet'),
  partnership: checkOf('partnership'),
  event: checkOf('event'),
};

test('a baseUrl with trailing slashes loses them all', async () => {
  srv.script = [json({ id: 'm' })];
  const pact = reader({ baseUrl: `${srv.base}//` });
  assert.equal(pact.baseUrl, srv.base);
  await pact.meta.get();
  assert.deepEqual(
    srv.received.map((r) => r.url),
    ['/v1/meta'],
  );
});

test('a record that is no object, and a list without data, are PactSchemaErrors about the body itself', async () => {
  for (const body of ['null', '"text"', '42']) {
    srv.script = [json(body)];
    const e = await rejection(reader().meta.get());
    assert.ok(e instanceof PactSchemaError, `${body}: ${String(e)}`);
    assert.deepEqual(
      [e.path, e.rule, e.message],
      [
        '',
        'envelope',
        `GET ${srv.base}/meta returned data that breaks the schema at (root): must be an object (rule: envelope). Check that baseUrl points at a Pact API of this version.`,
      ],
      body,
    );
  }
  srv.script = [json({ items: [] })];
  const e = await rejection(reader().pillars.list());
  assert.ok(e instanceof PactSchemaError);
  assert.deepEqual([e.path, e.rule], ['', 'envelope']);
  assert.equal(
    e.message,
    `GET ${srv.base}/pillars returned data that breaks the schema at (root): must be an object with a data array (rule: envelope). Check that baseUrl points at a Pact API of this version.`,
  );
});

test('empty query values are left out of the URL; a fresh list has no stale nor invalid key', async () => {
  srv.script = [json({ data: [], total: 0, next: null })];
  const r = await reader().projects.list({ cursor: '', limit: 5 });
  assert.deepEqual(
    srv.received.map((r) => r.url),
    ['/v1/projects?lang=en&limit=5'],
  );
  assert.deepEqual(Object.keys(r).sort(), ['data', 'next', 'total']);
  assert.equal('stale' in r, false);
});

test('each list and record is checked by its own validator, flows included', async () => {
  const pact = reader({ validate: marking });
  const lists = {
    pillars: () => pact.pillars.list(),
    routes: () => pact.routes.list(),
    partnerships: () => pact.partnerships.list(),
    events: () => pact.events.list(),
    flows: () => pact.flows.list(),
  };
  const kinds = { pillars: 'pillar', routes: 'route', partnerships: 'partnership', events: 'event', flows: 'flowSet' };
  for (const [name, list] of Object.entries(lists)) {
    const kind = kinds[name as keyof typeof kinds];
    srv.received = [];
    srv.script = [json({ data: [{ id: 'a', bad: true }, { id: 'b' }], next: null })];
    const r = await list();
    assert.equal(srv.received[0]?.url.split('?')[0], `/v1/${name}`);
    assert.deepEqual(r.data, [{ id: 'b', checkedAs: kind }], name);
    assert.deepEqual(r.invalid, [
      { index: 0, id: 'a', violation: { path: '', rule: 'kind', message: `is no ${kind}` } },
    ]);
  }
  const records = {
    pillars: () => pact.pillars.get(1),
    routes: () => pact.routes.get('balkan'),
    partnerships: () => pact.partnerships.get('osce'),
    events: () => pact.events.get('a'),
  };
  for (const [name, get] of Object.entries(records)) {
    const kind = kinds[name as keyof typeof kinds];
    srv.script = [json({ id: 'a', bad: true })];
    const e = await rejection(get());
    assert.ok(e instanceof PactSchemaError, `${name}: ${String(e)}`);
    assert.match(e.message, new RegExp(`at \\(root\\): is no ${kind} \\(rule: kind\\)`));
  }
});

test('a list names the records it leaves out by position, and by id only when the id is a string', async () => {
  srv.script = [
    json({ data: [null, { id: 'a', bad: true }, { id: 5, bad: true }, { id: 'ok' }], total: 4, next: null }),
  ];
  const r = await reader({ validate: marking }).projects.list();
  assert.deepEqual(r.data, [{ id: 'ok', checkedAs: 'project' }]);
  assert.deepEqual(
    r.invalid?.map((x) => [x.index, x.id]),
    [
      [0, undefined],
      [1, 'a'],
      [2, undefined],
    ],
  );
  // Every record valid: the checked records, and no invalid key.
  srv.script = [json({ data: [{ id: 'ok' }], total: 1, next: null })];
  const all = await reader({ validate: marking }).projects.list();
  assert.deepEqual(all.data, [{ id: 'ok', checkedAs: 'project' }]);
  assert.equal('invalid' in all, false);
});

test('validators without the content ones leave partnerships unchecked; with them a bad partnership is left out', async () => {
  srv.script = [json({ id: 'osce', anything: true })];
  assert.deepEqual(await reader({ validate: validators }).partnerships.get('osce'), { id: 'osce', anything: true });
  srv.script = [json({ data: [{ id: 5 }] })];
  const r = await reader({ validate: { ...validators, ...contentValidators } }).partnerships.list();
  assert.deepEqual(r.data, []);
  assert.equal(r.invalid?.length, 1);
  assert.equal(r.invalid?.[0]?.index, 0);
});
