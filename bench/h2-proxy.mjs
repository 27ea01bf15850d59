// HTTPS and HTTP/2 in front of a benchmark's server (bench/lighthouse.mjs --h2): what a partner's
// site and any CDN serve, where the local server speaks HTTP/1.1 in clear. Lighthouse's simulated
// phone replays the connections it observed: over HTTP/1.1 each concurrent request has a
// connection of its own, each with its own slow start; over HTTP/2 they share one.
// A throw-away certificate for localhost is made with openssl; Chromium trusts it by the hash of
// its public key (--ignore-certificate-errors-spki-list), so the page is a secure context.
import http from 'node:http';
import http2 from 'node:http2';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Connection-specific headers, which HTTP/2 forbids.
const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'host']);

/**
 * Proxies https://localhost:<port>/… to `upstream` (http://127.0.0.1:<port>), bodies as they are
 * (still compressed). Returns its origin, the Chromium flag that trusts its certificate, and close().
 */
export async function startH2Proxy(upstream) {
  const dir = mkdtempSync(join(tmpdir(), 'pact-h2-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
      ].concat(['-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost']),
      { stdio: 'ignore' },
    );
    const pub = execFileSync('openssl', ['x509', '-in', cert, '-pubkey', '-noout']);
    const der = execFileSync('openssl', ['pkey', '-pubin', '-outform', 'der'], { input: pub });
    const spki = execFileSync('openssl', ['dgst', '-sha256', '-binary'], { input: der }).toString('base64');
    const up = new URL(upstream);
    const server = http2.createSecureServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => !k.startsWith(':') && !HOP.has(k)),
      );
      headers.host = up.host;
      const out = http.request(
        { host: up.hostname, port: up.port, path: req.url, method: req.method, headers },
        (answer) => {
          res.writeHead(
            answer.statusCode,
            Object.fromEntries(Object.entries(answer.headers).filter(([k]) => !HOP.has(k))),
          );
          answer.pipe(res);
        },
      );
      out.on('error', () => res.writeHead(502).end());
      req.pipe(out);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      origin: `https://localhost:${server.address().port}`,
      chromeFlag: `--ignore-certificate-errors-spki-list=${spki}`,
      close: () => new Promise((resolve) => server.close(resolve)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
