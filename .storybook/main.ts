// Storybook for designers: every Pact element, in every state, against the real API.
//
// In `npm run storybook` (dev), the Vite dev server also answers the API, same-origin:
//   /v1/…                 the reference API (@pact/api, seed data), the elements' default
//   /__fault/<mode>/v1/…  the fault server (test/support/fault-server.mjs) in front of it,
//                         e.g. /__fault/500/v1/partners, /__fault/hang/v1/partners
// The static build (`npm run build-storybook`) holds only the stories: scripts/storybook-smoke.mjs
// serves it behind the same two paths.
import { existsSync } from 'node:fs';
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

interface Upstream {
  url: string;
  close(): Promise<void>;
}

/** Pipes one request to `target` (an absolute URL), streaming both ways; a client that leaves cancels it. */
function forward(req: IncomingMessage, res: ServerResponse, target: URL): void {
  const headers = { ...req.headers, host: target.host };
  delete headers.connection;
  const upstream = request(target, { method: req.method, headers }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.on('error', (e) => {
    if (res.headersSent) return void res.destroy();
    res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`Storybook could not reach ${target.origin}: ${e.message}`);
  });
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
}

/** Mounts the real API on /v1 and the fault server on /__fault/ in the Vite dev server. */
function pactApi(): Plugin {
  const running: Upstream[] = [];
  return {
    name: 'pact-api',
    apply: 'serve',
    async configureServer(server) {
      // The API's Node entry is compiled JavaScript: `npx tsc -b` (or `npm run build`) first.
      const { loadDataset, startServer } = await import('@pact/api/node');
      const api = await startServer({ dataset: await loadDataset(), port: 0, log: false });
      running.push(api);
      let fault: Upstream | undefined;
      const faultModule = new URL('../test/support/fault-server.mjs', import.meta.url);
      if (existsSync(faultModule)) {
        const { startFaultServer } = (await import(faultModule.href)) as {
          startFaultServer(options: { upstream: string }): Promise<Upstream>;
        };
        fault = await startFaultServer({ upstream: api.url });
        running.push(fault);
      }
      server.config.logger.info(
        `  Pact API: /v1 → ${api.url}/v1` + (fault ? `, /__fault/ → ${fault.url}/` : ' (no fault server yet)'),
      );

      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '/';
        if (url === '/v1' || url.startsWith('/v1/') || url.startsWith('/v1?')) {
          return forward(req, res, new URL(url, api.url));
        }
        if (url.startsWith('/__fault/')) {
          if (!fault) {
            res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
            return res.end('test/support/fault-server.mjs does not exist yet.');
          }
          return forward(req, res, new URL(url.slice('/__fault'.length), fault.url));
        }
        next();
      });

      const close = server.close.bind(server);
      server.close = async () => {
        await Promise.all(running.splice(0).map((s) => s.close()));
        return close();
      };
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig, { configType }) {
    // Dev only: the static build is served behind the same paths by scripts/storybook-smoke.mjs.
    if (configType === 'DEVELOPMENT') {
      viteConfig.plugins = [...(viteConfig.plugins ?? []), pactApi()];
      // Storybook's web-components renderer imports lit/directive-helpers.js, which the dependency
      // optimizer does not discover: served unbundled, it would load a second copy of lit-html.
      viteConfig.optimizeDeps = {
        ...viteConfig.optimizeDeps,
        include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      };
    } else {
      // Storybook's own manager and docs chunks are large; ours are small. Keep the build log quiet.
      viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 1500 };
    }
    return viteConfig;
  },
};

export default config;
