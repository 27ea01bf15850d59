// Pipes one request to another server and the answer back, streaming both ways; a client that
// leaves cancels the upstream request. Used by the dev server (main.ts: /v1 and /__fault/) and by
// scripts/storybook-smoke.mjs (its front server).
import { request } from 'node:http';

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} target the absolute URL to ask
 * @param {string} who who could not reach it, for the 502's text
 */
export function forward(req, res, target, who) {
  const headers = { ...req.headers, host: target.host };
  delete headers.connection;
  const upstream = request(target, { method: req.method, headers }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.on('error', (e) => {
    if (res.headersSent) return void res.destroy();
    res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`${who} could not reach ${target.origin}: ${e.message}`);
  });
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
}
