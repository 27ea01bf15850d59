import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_DATA_DIR, loadDataset, startServer, type PageHandler } from '@pact/api/node';

const SERVE = fileURLToPath(new URL('../dist/serve.js', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'pact-server-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('page handlers answer first, in order, and pass what they do not claim to the static files and the API', async () => {
  writeFileSync(join(tmp, 'hello.html'), '<!doctype html><title>static</title>');
  writeFileSync(join(tmp, 'other.html'), '<!doctype html><title>other static</title>');
  const seen: string[] = [];
  const first: PageHandler = (req, url) => {
    seen.push(`${req.method} ${url.pathname}`);
    return url.pathname === '/hello.html' ? new Response('from a handler', { status: 201 }) : undefined;
  };
  const second: PageHandler = async (_req, url) =>
    url.pathname === '/hello.html' ? new Response('second handler', { status: 500 }) : undefined;
  const running = await startServer({
    dataset: await loadDataset(),
    statics: { '/': tmp },
    handlers: [first, second],
    log: false,
  });
  try {
    const page = await fetch(`${running.url}/hello.html`);
    assert.deepEqual([page.status, await page.text()], [201, 'from a handler']);
    const post = await fetch(`${running.url}/hello.html`, { method: 'POST' });
    assert.equal(post.status, 201, 'handlers see every method');
    const other = await fetch(`${running.url}/other.html`);
    assert.deepEqual([other.status, await other.text()], [200, '<!doctype html><title>other static</title>']);
    const api = await fetch(`${running.url}/v1/pillars`);
    assert.equal(api.status, 200);
    assert.equal(((await api.json()) as { data: unknown[] }).data.length, 4);
    assert.deepEqual(seen, ['GET /hello.html', 'POST /hello.html', 'GET /other.html', 'GET /v1/pillars']);
  } finally {
    await running.close();
  }
});

test('pact-server serves the API and the example pages, as npm start runs it', async () => {
  const child = spawn(process.execPath, [SERVE, '--data', SEED_DATA_DIR, '--port', '0', '--quiet'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  after(() => child.kill('SIGKILL'));
  let out = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`not started within 20 s: ${out}`)), 20000);
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      const m = /API at (http:\/\/[^\s]+)\/v1/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.once('exit', (code) => fail(new Error(`exited with ${code}: ${out}`)));
  });
  const meta = await fetch(`${url}/v1/meta`);
  assert.equal(meta.status, 200);
  const page = await fetch(`${url}/paris-pact.html`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<pact-partners/);
  child.kill('SIGTERM');
});
