// The route table is the whole API: every endpoint in it is served over HTTP with the schema it
// declares, and nothing is served that is not in it (probed over HTTP, and read from the router).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { createApp, ROUTES, type RouteSpec } from '@pact/api';
import { loadDataset } from '@pact/api/node';
import { notOnEdge, readServer, type ReadServer } from './read-server.js';

const dataset = await loadDataset();
let server: ReadServer;
before(async () => {
  server = await readServer();
});
after(() => server.close());

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ strict: false, allowUnionTypes: true }));
const schema = (name: string) =>
  JSON.parse(readFileSync(require.resolve(`@pact/schema/schemas/${name}.json`), 'utf8')) as object;

/** The route's path with its example value in place of the path parameter. */
const example = (r: RouteSpec) => {
  const params =
    r.kind === 'record' || r.kind === 'calendar' ? [r.param] : r.kind === 'write' ? (r.pathParams ?? []) : [];
  return params.reduce((path, p) => path.replace(`{${p.name}}`, p.example), r.path);
};
/** `METHOD path` of every route of the table, in Hono's form (`:id`; `{id}.ics` as `:id{[^/]+\.ics}`). */
const tableEntries = () =>
  ROUTES.map(
    (r) =>
      `${r.method} ${r.path.replace(/\{([^}]+)\}(\.[a-z]+)?/g, (_, name: string, ext?: string) => (ext ? `:${name}{[^/]+\\${ext}}` : `:${name}`))}`,
  ).sort();
/** `METHOD path` of every route the app's router serves (the `*` middleware left out). */
const served = (app: ReturnType<typeof createApp>) =>
  [...new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))].sort();

describe('the route table is what the API serves', () => {
  for (const route of ROUTES.filter((r) => r.kind === 'write')) {
    test(`${route.method} ${example(route)} on a read-only dataset is a 405 that says why`, async () => {
      const res = await fetch(server.url + example(route), {
        method: route.method,
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer x', 'If-Match': '"x"' },
        body: route.body ? '{}' : undefined,
      });
      assert.equal(res.status, 405);
      assert.match(((await res.json()) as { detail: string }).detail, /read-only dataset/);
    });
  }
  for (const route of ROUTES.filter((r) => r.kind === 'export')) {
    test(`${route.method} ${route.path} answers 200 with ${route.contentType}`, async () => {
      const res = await fetch(server.url + route.path);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), route.contentType);
      assert.match(
        await res.text(),
        /^<\?xml version="1\.0" encoding="UTF-8"\?>[\s\S]*<iati-activities version="2\.03"/,
      );
    });
  }
  for (const route of ROUTES.filter((r) => r.kind === 'calendar')) {
    test(`${route.method} ${example(route)} answers 200 with ${route.contentType}`, async () => {
      const res = await fetch(server.url + example(route));
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), route.contentType);
      assert.match(await res.text(), /^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT\r\n[\s\S]*END:VCALENDAR\r\n$/);
    });
  }
  for (const route of ROUTES.filter((r) => r.kind !== 'write' && r.kind !== 'export' && r.kind !== 'calendar')) {
    test(`${route.method} ${example(route)} answers 200 with ${route.response ?? 'a JSON object'}`, async () => {
      const res = await fetch(server.url + example(route), { method: route.method });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      const body = (await res.json()) as unknown;
      if (route.response) {
        const validate = ajv.compile(schema(route.response));
        assert.ok(validate(body), `${route.response}: ${ajv.errorsText(validate.errors)}`);
      } else assert.equal(typeof body, 'object');
    });
  }

  test('the router serves exactly the routes of the table', notOnEdge('in-process, asks no server'), () => {
    assert.deepEqual(served(createApp(dataset)), tableEntries());
    // The comparison notices a route added outside the table.
    const app = createApp(dataset);
    app.get('/v1/extra', (c) => c.json({}));
    assert.notDeepEqual(served(app), tableEntries());
  });

  test('the OpenAPI document served over HTTP documents exactly the routes of the table', async () => {
    const doc = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths)
      .flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    assert.deepEqual(documented, ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  test('a method the API does not answer is a 405 naming the methods of that path', async () => {
    for (const [path, allow] of [
      ['/v1/projects', 'GET, POST, HEAD, OPTIONS'],
      ['/v1/partners/tjk', 'GET, PUT, DELETE, HEAD, OPTIONS'],
      // A path with writes only: no GET, so no HEAD either.
      ['/v1/partners/tjk/memberships/osce', 'PUT, DELETE, OPTIONS'],
      // Dots in a path are dots: the export is its own path, not a project id.
      ['/v1/projects.iati.xml', 'GET, HEAD, OPTIONS'],
    ]) {
      const res = await fetch(server.url + path, { method: 'PROPFIND' });
      assert.equal(res.status, 405, path);
      assert.equal(res.headers.get('allow'), allow, path);
      const body = (await res.json()) as { title: string; detail: string };
      assert.deepEqual(
        [body.title, body.detail],
        ['Method Not Allowed', `PROPFIND is not allowed here: use ${allow}.`],
      );
    }
    // A method the API knows, on a path that does not take it: the same answer.
    const get = await fetch(`${server.url}/v1/partners/tjk/memberships/osce`);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'PUT, DELETE, OPTIONS');
    const problem = (await get.json()) as { title: string; detail: string };
    assert.deepEqual(
      [problem.title, problem.detail],
      ['Method Not Allowed', 'GET is not allowed here: use PUT, DELETE, OPTIONS.'],
    );
    // A method no HTTP parser of Node's knows reaches the app on the edge (workerd): clipped to 20 characters.
    const res = await createApp(dataset).fetch(
      new Request('http://localhost/v1/nothing-here', { method: `${'X'.repeat(20)}TOOLONG` }),
    );
    assert.equal(res.status, 405);
    const all = res.headers.get('allow') ?? '';
    // A path the API does not serve: every method the API answers somewhere.
    assert.equal(all, 'GET, POST, PATCH, DELETE, PUT, HEAD, OPTIONS');
    assert.equal(
      ((await res.json()) as { detail: string }).detail,
      `${'X'.repeat(20)} is not allowed here: use ${all}.`,
    );
  });

  test('over HTTP, every path below /v1 that is not in the table is a 404', async () => {
    // Each prefix of each table path, its siblings with an unknown last segment, and one level deeper.
    const candidates = new Set<string>(['/', '/v1', '/v1/', '/v2/partners']);
    for (const route of ROUTES) {
      const segments = example(route).split('/');
      for (let i = 2; i <= segments.length; i++) {
        const path = segments.slice(0, i).join('/');
        candidates.add(path);
        candidates.add(`${path}/`);
        candidates.add(`${path}/zz-unknown`);
      }
    }
    const inTable = new Set(ROUTES.filter((r) => r.method === 'GET').map(example));
    // Paths the table serves only with other methods (writes): a GET there is a 405 with Allow.
    const getPaths = new Set(ROUTES.filter((r) => r.method === 'GET').map((r) => r.path));
    const writeOnly = ROUTES.filter((r) => !getPaths.has(r.path)).map(
      (r) => new RegExp(`^${r.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    );
    const statuses = new Map<string, number>();
    for (const path of candidates) {
      const res = await fetch(server.url + path);
      await res.body?.cancel();
      statuses.set(path, res.status);
    }
    for (const [path, status] of statuses) {
      if (inTable.has(path)) assert.equal(status, 200, path);
      else if (writeOnly.some((re) => re.test(path))) assert.equal(status, 405, path);
      else assert.equal(status, 404, `${path} is served (${status}) but is not in the route table`);
    }
    assert.ok(
      [...statuses.values()].filter((s) => s === 404).length > ROUTES.length,
      'the probe reached unknown paths',
    );
  });
});
