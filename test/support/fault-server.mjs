// A real local HTTP server that misbehaves on purpose, in front of the real API, for the SDK's,
// the browser and the end-to-end tests.
//
//   const fault = await startFaultServer({ upstream: 'http://127.0.0.1:8080' });
//   fetch(`${fault.url}/fail-2-503/v1/partners`);   // 503, 503, then the API's answer
//   fault.requests('/fail-2-503/v1/partners');      // -> 3 (requests whose path starts so)
//   await fault.close();
//
// The first path segment chooses the behaviour; the rest is the API path (and query) to proxy:
//   ok                  proxy unchanged
//   hang                never answer (the socket stays open until the client gives up)
//   hang-NAME, 500-NAME never answer (or answer 500) the requests for /v1/NAME…; proxy the others
//                       (e.g. hang-geo: a map's routes and partners arrive, its outlines never do)
//   reset               destroy the socket without answering
//   500                 a 500 problem document (application/problem+json), every time
//   fail-N-STATUS       STATUS (a problem document) N times per distinct full URL, then proxy;
//                       e.g. fail-2-503, fail-1-502, fail-3-500, fail-1-429
//   retry-after-N       503 with `Retry-After: N` (seconds) once per URL, then proxy
//   retry-after-date-N  the same with an HTTP date N seconds ahead
//   delay-MS            wait MS milliseconds, then proxy
//   malformed           200 with the JSON body `{"data": [` (cut short)
//   schema-broken       proxy, but break the second record of a list (or the body of one record):
//                       a country's `iso2` becomes 'x'; other records lose the first of `name`,
//                       `title`, `id`, `version` or `type` that they have (all required)
//   counts-broken       proxy, but spoil the pillars' counts of projects (`projects`): the first
//                       record of a list loses it, the second has more examples than projects,
//                       the third a count of 2.5; the fourth keeps its own
//   slow-body-MS        send the headers at once, then the body in pieces over MS milliseconds
// A `~tag` suffix on the segment (e.g. `fail-1-503~cards`) changes nothing but the URL, so that
// separate tests get their own once-per-URL state.
//
// Every answer carries `Access-Control-Allow-Origin: *` and CORS preflights are answered at once
// (whatever the mode), so that browsers can use it. `requests()` counts the GET/HEAD requests
// received, not the preflights.
import { createServer, request as httpRequest } from 'node:http';

const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection'];

/**
 * @param {{ upstream: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, port: number, close(): Promise<void>, requests(prefix?: string): number, reset(): void }>}
 */
export async function startFaultServer({ upstream, port = 0, host = '127.0.0.1' }) {
  const base = new URL(upstream);
  const basePath = base.pathname.replace(/\/+$/, '');
  /** @type {string[]} */
  let seen = [];
  /** @type {Map<string, number>} answers given so far per full URL, for the once/N-times modes */
  let served = new Map();
  const sockets = new Set();

  /** How many times this full URL has been seen before this request (and count this one). */
  const turn = (url) => {
    const n = served.get(url) ?? 0;
    served.set(url, n + 1);
    return n;
  };

  // Lower-case names, as Node gives the API's: so that ours replace the API's instead of doubling them.
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'ETag, Retry-After, Content-Language',
  };

  const problem = (res, status, title, detail, headers = {}) => {
    const body = JSON.stringify({
      type: `https://pact-embed.org/problems/fault-${status}`,
      title,
      status,
      detail,
    });
    res.writeHead(status, {
      ...cors,
      ...headers,
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
    });
    res.end(body);
  };

  /** Sends the request to the API; `onResponse(upstreamRes)` takes over, or the answer is piped through. */
  const proxy = (req, res, path, { identity = false, onResponse } = {}) => {
    const headers = { ...req.headers, host: base.host };
    for (const h of HOP_BY_HOP) delete headers[h];
    if (identity) {
      headers['accept-encoding'] = 'identity';
      delete headers['if-none-match'];
    }
    const up = httpRequest(
      {
        protocol: base.protocol,
        hostname: base.hostname,
        port: base.port,
        method: req.method,
        path: basePath + path,
        headers,
      },
      (upRes) => {
        if (onResponse) return onResponse(upRes);
        const out = { ...upRes.headers, ...cors };
        for (const h of HOP_BY_HOP) delete out[h];
        res.writeHead(upRes.statusCode ?? 502, out);
        upRes.pipe(res);
      },
    );
    up.on('error', (e) => {
      if (!res.headersSent) problem(res, 502, 'Bad Gateway', `The fault server could not reach the API: ${e.message}`);
      else res.destroy();
    });
    res.on('close', () => up.destroy());
    up.end();
  };

  /** Reads the API's whole answer (uncompressed), for the modes that rewrite or pace it. */
  const fetchUpstream = (req, res, path, then) =>
    proxy(req, res, path, {
      identity: true,
      onResponse: (upRes) => {
        const chunks = [];
        upRes.on('data', (c) => chunks.push(c));
        upRes.on('end', () => then(upRes, Buffer.concat(chunks)));
        upRes.on('error', () => res.destroy());
      },
    });

  const copyHeaders = (upRes, extra = {}) => {
    const out = { ...upRes.headers };
    for (const h of [...HOP_BY_HOP, 'content-length', 'content-encoding']) delete out[h];
    return { ...out, ...cors, ...extra };
  };

  const breakBody = (body) => {
    const breakRecord = (r) => {
      if (!r || typeof r !== 'object') return;
      if (r.kind === 'country') r.iso2 = 'x';
      else {
        const key = ['name', 'title', 'id', 'version', 'type'].find((k) => k in r);
        if (key) delete r[key];
      }
    };
    if (Array.isArray(body?.data)) breakRecord(body.data[1]);
    else breakRecord(body);
    return body;
  };

  const handle = (req, res) => {
    const m = /^\/([^/?]+)(\/[^]*)?$/.exec(req.url ?? '/');
    const segment = m?.[1] ?? '';
    const mode = segment.replace(/~.*$/, '');
    const path = m?.[2] ?? '/';

    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
        'Access-Control-Max-Age': '600',
        'Content-Length': '0',
      });
      return res.end();
    }
    seen.push(req.url ?? '/');

    let n;
    if (mode === 'ok') return proxy(req, res, path);
    if (mode === 'hang') return; // never answer; close() destroys the socket
    if ((n = /^(hang|500)-([a-z]+)$/.exec(mode))) {
      const prefix = `/v1/${n[2]}`;
      const named = path.startsWith(prefix) && /^([/?]|$)/.test(path.slice(prefix.length));
      if (!named) return proxy(req, res, path);
      if (n[1] === 'hang') return;
      return problem(res, 500, 'Internal Server Error', `The fault server fails on purpose (mode ${mode}).`);
    }
    if (mode === 'reset') {
      const socket = req.socket;
      return typeof socket.resetAndDestroy === 'function' ? socket.resetAndDestroy() : socket.destroy();
    }
    if (mode === '500') {
      return problem(res, 500, 'Internal Server Error', 'The fault server fails on purpose (mode 500).');
    }
    if ((n = /^fail-(\d+)-(\d{3})$/.exec(mode))) {
      const status = Number(n[2]);
      if (turn(req.url) < Number(n[1])) {
        return problem(res, status, `Fault ${status}`, `The fault server fails on purpose (mode ${mode}).`);
      }
      return proxy(req, res, path);
    }
    if ((n = /^retry-after-(date-)?(\d+)$/.exec(mode))) {
      if (turn(req.url) === 0) {
        const seconds = Number(n[2]);
        const value = n[1] ? new Date(Date.now() + seconds * 1000).toUTCString() : String(seconds);
        return problem(res, 503, 'Service Unavailable', `Come back in ${seconds} s (mode ${mode}).`, {
          'Retry-After': value,
        });
      }
      return proxy(req, res, path);
    }
    if ((n = /^delay-(\d+)$/.exec(mode))) {
      const timer = setTimeout(() => proxy(req, res, path), Number(n[1]));
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (mode === 'malformed') {
      const body = '{"data": [';
      res.writeHead(200, {
        ...cors,
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
        'Cache-Control': 'no-store',
      });
      return res.end(body);
    }
    if (mode === 'schema-broken') {
      return fetchUpstream(req, res, path, (upRes, raw) => {
        let text = raw.toString('utf8');
        if (upRes.statusCode === 200) text = JSON.stringify(breakBody(JSON.parse(text)));
        const headers = copyHeaders(upRes, { 'content-length': Buffer.byteLength(text) });
        delete headers.etag; // the broken body is not the representation the ETag names
        res.writeHead(upRes.statusCode ?? 502, headers);
        res.end(text);
      });
    }
    if (mode === 'counts-broken') {
      return fetchUpstream(req, res, path, (upRes, raw) => {
        let text = raw.toString('utf8');
        if (upRes.statusCode === 200) {
          const body = JSON.parse(text);
          if (Array.isArray(body?.data) && body.data.length >= 3) {
            delete body.data[0].projects;
            body.data[1].projects = { total: 3, illustrative: 7 };
            body.data[2].projects = { total: 2.5, illustrative: 0 };
          }
          text = JSON.stringify(body);
        }
        const headers = copyHeaders(upRes, { 'content-length': Buffer.byteLength(text) });
        delete headers.etag;
        res.writeHead(upRes.statusCode ?? 502, headers);
        res.end(text);
      });
    }
    if ((n = /^slow-body-(\d+)$/.exec(mode))) {
      const ms = Number(n[1]);
      return fetchUpstream(req, res, path, (upRes, raw) => {
        res.writeHead(upRes.statusCode ?? 502, copyHeaders(upRes, { 'content-length': raw.length }));
        const pieces = 10;
        const size = Math.ceil(raw.length / pieces);
        let i = 0;
        const timer = setInterval(() => {
          res.write(raw.subarray(i * size, (i + 1) * size));
          if (++i >= pieces) {
            clearInterval(timer);
            res.end();
          }
        }, ms / pieces);
        res.on('close', () => clearInterval(timer));
      });
    }
    return problem(
      res,
      404,
      'Not Found',
      `Unknown fault mode "${segment.slice(0, 40)}". Use ok, hang, hang-NAME, 500-NAME, reset, 500, fail-N-STATUS, retry-after-N, retry-after-date-N, delay-MS, malformed, schema-broken or slow-body-MS, then the API path.`,
    );
  };

  const server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(undefined));
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;

  return {
    url,
    port: typeof address === 'object' && address ? address.port : port,
    /** Requests received (GET/HEAD, not preflights) whose path starts with `prefix` (a path or a full URL). */
    requests(prefix = '') {
      const p = prefix.startsWith(url) ? prefix.slice(url.length) : prefix;
      return seen.filter((u) => u.startsWith(p)).length;
    },
    /** Forgets the counts and the once-per-URL state. */
    reset() {
      seen = [];
      served = new Map();
    },
    close() {
      return new Promise((ok) => {
        server.close(() => ok(undefined));
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}
