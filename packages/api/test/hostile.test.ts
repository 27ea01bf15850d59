import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import fc from 'fast-check';
import { readServer, type ReadServer } from './read-server.js';

let server: ReadServer;
before(async () => {
  server = await readServer();
});
after(() => server.close());

/** Sends a raw request target (no URL normalisation, so broken percent-encoding reaches the server). */
function raw(target: string): Promise<number> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: target, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => ok(res.statusCode ?? 0));
    });
    req.on('error', fail);
    req.end();
  });
}

const PARAMS = [
  'kind',
  'member',
  'route',
  'region',
  'priority',
  'q',
  'sort',
  'lang',
  'limit',
  'cursor',
  'pillar',
  'status',
  'country',
  'donor',
  'partnership',
  'from',
  'to',
  'when',
  'x',
  '',
  '__proto__',
  'constructor',
];
const NASTY = [
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80',
  '%00',
  '\u202e',
  'Türkiye',
  'таджик',
  '🏳️‍🌈',
  '${7*7}',
  '{{7*7}}',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e9',
  '0x10',
  '999999999999',
  'true',
  'name',
  '-name',
  'osce',
  '2',
  '2006-06',
  '2006-02-29',
  'upcoming',
];
const PATHS = [
  '/v1/partners',
  '/v1/projects',
  '/v1/pillars',
  '/v1/routes',
  '/v1/meta',
  '/v1/partners/tjk',
  '/v1/projects/prj-0001',
  '/v1/geo/countries',
  '/v1/pillars/2',
  '/v1/partners/%',
  '/v1/projects/%E0%A4%A',
  '/v1/partnerships',
  '/v1/partnerships/osce',
  '/v1/events',
  '/v1/events/2012-02-vienna-declaration',
  '/v1/events/2012-02-vienna-declaration.ics',
  '/v1/events/%.ics',
];

const encodeLoosely = (s: string) =>
  s.replace(/[ #&\n\r]/g, (c) => encodeURIComponent(c)).replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));

const value = fc.oneof(
  fc.constantFrom(...NASTY).map(encodeLoosely),
  fc.string({ maxLength: 40 }).map(encodeLoosely),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent),
  fc.integer({ min: -1000, max: 100000 }).map(String),
  fc.constantFrom('a', 'é', '%41').map((c) => c.repeat(3000)),
);
const pair = fc
  .tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 8 }).map(encodeLoosely)), value)
  .map(([k, v]) => `${k}=${v}`);
const query = fc.oneof(
  fc.array(pair, { maxLength: 6 }).map((ps) => ps.join('&')),
  fc.string({ maxLength: 200 }).map(encodeLoosely),
  fc.constantFrom('&&&', '=', '==&=', '?', 'q', 'limit', 'cursor=', 'q=%', 'q=%%%%', 'q=a&q=b&q=c'),
);
const target = fc.tuple(fc.constantFrom(...PATHS), query).map(([p, q]) => `${p}?${q}`);

test('2,000 random and hostile query strings get only 200, 304, 400, 404 or 414, and the server still answers', async () => {
  const seen = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(target, async (t) => {
      const status = await raw(t);
      seen.set(status, (seen.get(status) ?? 0) + 1);
      return [200, 304, 400, 404, 414].includes(status);
    }),
    { numRuns: 2000, seed: 20261125 },
  );
  assert.ok((seen.get(400) ?? 0) > 100, 'most hostile queries are rejected with a 400');
  assert.ok((seen.get(200) ?? 0) > 10, 'some are valid');
  assert.equal(await raw('/v1/partners?kind=country'), 200);
  const res = await fetch(`${server.url}/v1/meta`);
  assert.equal(res.status, 200);
});
