// Static-file abuse case of bench/abuse.mjs (the runner): what ten clients pulling the CDN build
// with brotli cost the reference deployment (`npm start`), and what brotli costs per request.
// Issue 14, item 5: compressing on every request served the source map at 84 req/s with brotli
// against 1,174 without, and pushed /v1/meta to 141 ms p99.
//
//   export const name = 'static';
//   export async function run({ url, metaP99 }) -> rows { case, metric, value, goal, unit, ok }
//
// `url`: base URL of a server started like `npm start` (with /cdn/); `metaP99(attack?)`: p99 ms of
// GET /v1/meta while `attack` runs in a loop.
import { Agent, request } from 'node:http';

export const name = 'static';

const CLIENTS = 10;
const FILES = ['/cdn/pact-elements.js.map', '/cdn/pact-elements.js'];
/** Seconds of each throughput run. */
const SECONDS = 3;

/** One GET, body read to the end: status, headers and the bytes received. */
function get(agent, href, headers = {}) {
  return new Promise((ok, fail) => {
    const req = request(href, { agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (d) => (bytes += d.length));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, bytes }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/** Requests per second that CLIENTS connections get for `path` with these headers. */
async function throughput(url, path, headers) {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const end = performance.now() + SECONDS * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < end) {
        const r = await get(agent, url + path, headers);
        if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
        n++;
      }
    }),
  );
  agent.destroy();
  return n / SECONDS;
}

export async function run({ url, metaP99 }) {
  const rows = [];
  // What the server sends: each file compressed with brotli, with a validator that revalidates.
  const probe = new Agent({ keepAlive: true });
  for (const path of FILES) {
    const r = await get(probe, url + path, { 'Accept-Encoding': 'br' });
    const again = await get(probe, url + path, { 'Accept-Encoding': 'br', 'If-None-Match': String(r.headers.etag) });
    rows.push({
      case: `${path} revalidated`,
      metric: `status of a GET with its ETag (first: ${r.status}, ${r.headers['content-encoding'] ?? 'identity'}, ${r.bytes} B)`,
      value: again.status,
      goal: 304,
      unit: 'status',
      ok: r.status === 200 && again.status === 304,
    });
  }
  probe.destroy();

  // Ten clients pulling the map and the entry with brotli, against /v1/meta at rest.
  const rest = await metaP99();
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const attack = () =>
    Promise.all(
      Array.from({ length: CLIENTS }, (_, i) => get(agent, url + FILES[i % FILES.length], { 'Accept-Encoding': 'br' })),
    );
  const busy = await metaP99(attack);
  agent.destroy();
  const ratio = busy / rest;
  rows.push({
    case: `${CLIENTS} clients pull the .map and .js with br`,
    metric: `/v1/meta p99 under attack ÷ at rest (${busy.toFixed(1)} ms / ${rest.toFixed(1)} ms)`,
    value: Number(ratio.toFixed(2)),
    goal: 3,
    unit: '×',
    ok: ratio <= 3,
  });

  // Brotli must not cost more than half the throughput of the plain file.
  for (const path of FILES) {
    const plain = await throughput(url, path, {});
    const br = await throughput(url, path, { 'Accept-Encoding': 'br' });
    const slower = plain / br;
    rows.push({
      case: `${path} req/s, br vs none`,
      metric: `req/s without ÷ with br (${plain.toFixed(0)} / ${br.toFixed(0)})`,
      value: Number(slower.toFixed(2)),
      goal: 2,
      unit: '×',
      ok: slower <= 2,
    });
  }
  return rows;
}
