// What the embed and publish end-to-end tests share: the server as `npm start` composes it (API,
// CDN build, /embed/, /oembed, /publish/) with the tests' own pages first, and Chromium.
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { cdnDir, loadDataset, startServer, type PageHandler, type RunningServer } from '@pact/api/node';
import { embedHandler, fileIntegrity, oembedHandler, publishHandler } from '@pact/server';
import { CDN, launch } from './harness.js';

export interface EmbedSite {
  server: RunningServer;
  browser: Browser;
  /** The same server under another origin (localhost against 127.0.0.1): a partner's site. */
  other: string;
  close(): Promise<void>;
}

export async function startEmbedSite(testPages: PageHandler): Promise<EmbedSite> {
  const server = await startServer({
    dataset: await loadDataset(),
    statics: { '/cdn/': cdnDir(CDN) },
    handlers: [
      testPages,
      embedHandler(),
      oembedHandler(),
      publishHandler({ integrity: fileIntegrity(join(CDN, 'pact-elements.js')) }),
    ],
    log: false,
  });
  const browser = await launch();
  return {
    server,
    browser,
    other: server.url.replace('127.0.0.1', 'localhost'),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
