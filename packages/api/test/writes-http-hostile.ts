// Generated hostile write bodies over real HTTP (fast-check): wrong types, huge strings, deep
// nesting, unknown fields, prototype keys, invalid UTF-8, arrays, nulls, broken JSON. Every body is
// invalid by construction, so every answer must be a 4xx problem document (never a 5xx, never a
// 2xx) and the stored dataset and the change feed must be exactly as before. Run by
// writes-http.test.ts on the server it already has for each backend.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { Project } from '@pact/schema';
import { created, etagOf, newProject, state, type WriteServer } from './writes-http-support.js';

/** Every field of a project, all required. */
const FIELDS = [
  'id',
  'title',
  'summary',
  'pillar',
  'status',
  'donors',
  'beneficiaries',
  'implementer',
  'routes',
  'budget',
  'start',
  'end',
] as const;
type Field = (typeof FIELDS)[number];

const huge = fc.integer({ min: 300, max: 70_000 }).map((n) => 'ж'.repeat(n));
const scalar = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.string({ maxLength: 20 }));
const json = fc.jsonValue({ maxDepth: 4 });
const nonObject = fc.oneof(scalar, fc.array(json, { maxLength: 5 }), huge);
const notString = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.array(json, { maxLength: 4 }), fc.object());
/** A value nested deeper than the API accepts (32 levels), as JSON text. */
const deep = fc
  .tuple(fc.integer({ min: 33, max: 3000 }), fc.boolean())
  .map(([n, arrays]) => (arrays ? `${'['.repeat(n)}1${']'.repeat(n)}` : `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`));

/** For each field, values that break it (a merge patch's `null` removes a required field). */
const WRONG: Record<Field, fc.Arbitrary<unknown>> = {
  id: notString,
  title: nonObject,
  summary: nonObject,
  pillar: fc.oneof(fc.string(), fc.boolean(), fc.array(json), fc.object(), fc.constantFrom(0, 5, 1.5, -1, 1e300)),
  status: fc.oneof(notString, huge, fc.constantFrom('IMPLEMENTATION', 'active', '')),
  donors: fc.oneof(scalar, fc.object(), fc.array(fc.oneof(fc.integer(), fc.object(), huge), { minLength: 1 })),
  beneficiaries: fc.oneof(scalar, fc.object(), fc.array(fc.oneof(fc.integer(), fc.array(json)), { minLength: 1 })),
  implementer: fc.oneof(notString, huge, fc.constantFrom('nobody', '__proto__', 'constructor')),
  routes: fc.oneof(
    scalar,
    fc.object(),
    fc.array(fc.oneof(fc.integer(), huge, fc.constant('nowhere')), { minLength: 1 }),
  ),
  budget: fc.oneof(nonObject, fc.record({ amount: fc.oneof(fc.string(), fc.constant(-5)), currency: fc.integer() })),
  start: fc.oneof(notString, fc.constantFrom('2024-13-01', 'yesterday', '2024-02-30T')),
  end: fc.oneof(notString, fc.constantFrom('2024-00-10', 'soon')),
};

/** A field that must not be there: an unknown name (prototype keys among them), or one the server sets. */
const unknownKey = fc
  .oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'updated', 'illustrative'),
    fc.string({ minLength: 1, maxLength: 30 }),
  )
  .filter((k) => !(FIELDS as readonly string[]).includes(k) && k !== 'iatiIdentifier');

type Entry = [string, unknown] | [string, { raw: string }];
/** One reason for refusal, as a field of the body. */
const poison: fc.Arbitrary<Entry> = fc.oneof(
  { arbitrary: fc.constantFrom(...FIELDS).chain((f) => WRONG[f].map((v): Entry => [f, v])), weight: 6 },
  {
    arbitrary: fc
      .tuple(
        unknownKey,
        json.filter((v) => v !== null),
      )
      .map(([k, v]): Entry => [k, v]),
    weight: 3,
  },
  { arbitrary: fc.tuple(fc.constantFrom(...FIELDS), deep).map(([k, raw]): Entry => [k, { raw }]), weight: 1 },
);

const isRaw = (v: unknown): v is { raw: string } =>
  typeof v === 'object' && v !== null && Object.keys(v).length === 1 && 'raw' in v;

/** An object's JSON text from entries (prototype keys stay plain keys; `{ raw }` values are spliced in). */
const objectText = (entries: Entry[]) =>
  `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${isRaw(v) ? v.raw : JSON.stringify(v)}`).join(',')}}`;

/** Bytes that are not UTF-8, spliced into the text. */
const BAD_BYTES = [[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]];

/**
 * A hostile body for a write whose valid form is `valid`: some of the valid fields, with at least
 * one poisoned, as JSON text; or something that is not a JSON object at all; or broken bytes.
 * `patch` leaves out removals of required fields only where they would be allowed (never).
 */
function hostile(valid: Record<string, unknown>, patch: boolean): fc.Arbitrary<Buffer> {
  const keep = fc.subarray(Object.entries(valid) as Entry[]);
  const object = fc
    .tuple(keep, fc.array(poison, { minLength: 1, maxLength: 4 }), fc.boolean())
    .map(([kept, bad, first]) => {
      const poisoned = new Set(bad.map(([k]) => k));
      const rest = kept.filter(([k]) => !poisoned.has(k));
      return objectText(first ? [...bad, ...rest] : [...rest, ...bad]);
    });
  const removal = fc
    .subarray([...FIELDS], { minLength: 1 })
    .map((fields) => objectText(fields.map((f): Entry => [f, null])));
  const notObject = fc.oneof(
    fc.constantFrom('null', '[]', '"project"', '42', 'true', '[{}]'),
    fc.array(json, { maxLength: 4 }).map((a) => JSON.stringify(a)),
    deep,
  );
  const broken = fc.oneof(
    object.map((t) => t.slice(0, Math.max(1, t.length - 2))),
    fc.constantFrom('{', '{"id":}', "{'id': 1}", '{"a":1,}', 'NaN', '\u0000'),
  );
  const text = fc.oneof(
    { arbitrary: object, weight: 6 },
    { arbitrary: patch ? removal : object, weight: 1 },
    { arbitrary: notObject, weight: 1 },
    { arbitrary: broken, weight: 1 },
  );
  const utf8 = text.map((t) => Buffer.from(t));
  const invalidUtf8 = fc.tuple(object, fc.constantFrom(...BAD_BYTES), fc.nat()).map(([t, bad, at]) => {
    const bytes = Buffer.from(t);
    const i = at % bytes.length;
    return Buffer.concat([bytes.subarray(0, i), Buffer.from(bad), bytes.subarray(i)]);
  });
  return fc.oneof({ arbitrary: utf8, weight: 9 }, { arbitrary: invalidUtf8, weight: 1 });
}

/**
 * `runs` hostile POST bodies and `runs` hostile PATCH bodies against the server `server()` gives
 * (called once the suite's `before` has run).
 */
export function hostileWrites(backend: string, server: () => WriteServer, runs: number) {
  describe(`${backend}: hostile write bodies`, () => {
    let ws: WriteServer;
    let target: Project;
    before(async () => {
      ws = server();
      target = await created(ws, true, 'hostile');
    });

    for (const method of ['POST', 'PATCH'] as const)
      test(`${backend}: ${runs} hostile ${method} bodies: 0 × 5xx, 0 × 2xx, nothing stored`, async (t) => {
        const before = await state(ws);
        const etag = await etagOf(ws, target.id);
        const path = method === 'POST' ? '/v1/projects' : `/v1/projects/${target.id}`;
        const { id: _id, ...fields } = target;
        const valid = method === 'POST' ? newProject(true, 'hostile') : fields;
        const statuses = new Map<number, number>();
        const t0 = Date.now();
        await fc.assert(
          fc.asyncProperty(hostile(valid as Record<string, unknown>, method === 'PATCH'), async (body) => {
            const r = await ws.call(method, path, {
              token: method === 'POST' ? ws.keys.coordinator : ws.keys.partner,
              body,
              headers: method === 'PATCH' ? { 'If-Match': etag } : {},
            });
            statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
            assert.ok(
              r.status >= 400 && r.status < 500,
              `${r.status} for ${body.toString('utf8').slice(0, 300)}: ${r.text}`,
            );
            assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
            assert.equal(r.json<{ status: number }>().status, r.status);
          }),
          { numRuns: runs },
        );
        const after = await state(ws);
        assert.equal(after.feed, before.feed, 'a refused write added to the change feed');
        assert.ok(after.dataset === before.dataset, 'a refused write changed the stored dataset');
        assert.equal((await ws.call('GET', `/v1/projects/${target.id}`)).headers['etag'], etag);
        t.diagnostic(
          `${runs} requests in ${Date.now() - t0} ms; statuses ${[...statuses].map(([s, n]) => `${s}×${n}`).join(' ')}`,
        );
      });
  });
}
