// Storybook for designers: every Pact element, in every state, against the real API (dev) or a data
// snapshot of it (the static build).
//
// In `npm run storybook` (dev), the Vite dev server also answers the API, same-origin:
//   /v1/…                 the reference API (@pact/api, seed data), the elements' default
//   /__fault/<mode>/v1/…  the fault server (test/support/fault-server.mjs) in front of it,
//                         e.g. /__fault/500/v1/partners, /__fault/hang/v1/partners
// The static build (`npm run build-storybook`) needs no server: snapshot.ts answers /v1 in the browser
// with the API's own code over the seed dataset bundled into the build, and says so under each story.
// scripts/storybook-smoke.mjs serves it with the fault server behind /__fault/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { FOLDER, entryIntegrity } from '../scripts/cdn-release.mjs';
import { forward } from './forward.mjs';

/** The CDN folder's name and its entry's integrity, for the "Show code" snippets (snippet.ts). */
function cdn(): { folder: string; integrity: string | null } {
  try {
    return { folder: FOLDER, integrity: entryIntegrity() };
  } catch {
    return { folder: FOLDER, integrity: null }; // no `npm run build:cdn` yet: the snippet says so
  }
}

interface Upstream {
  url: string;
  close(): Promise<void>;
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
          return forward(req, res, new URL(url, api.url), 'Storybook');
        }
        if (url.startsWith('/__fault/')) {
          if (!fault) {
            res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
            return res.end('test/support/fault-server.mjs does not exist yet.');
          }
          return forward(req, res, new URL(url.slice('/__fault'.length), fault.url), 'Storybook');
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
  // The static build answers the API from a bundled data snapshot (snapshot.ts).
  previewAnnotations: (entries = [], options) =>
    options?.configType === 'PRODUCTION'
      ? [...entries, fileURLToPath(new URL('./snapshot.ts', import.meta.url))]
      : entries,
  async viteFinal(viteConfig, { configType }) {
    viteConfig.define = { ...viteConfig.define, PACT_CDN: JSON.stringify(cdn()) };
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
