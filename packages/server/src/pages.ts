import { fileURLToPath } from 'node:url';
import type { PageHandler } from '@pact/api/node';
import { embedHandler } from './embed/handler.js';
import { oembedHandler } from './oembed/oembed.js';
import { fileIntegrity, publishHandler } from './publish/handler.js';

/**
 * Options of the pages from the environment `npm start` runs in (docs/embed.md), read once here:
 * the public origin serves the render, embed, oEmbed and publish pages alike.
 */
const embedOptions = {
  ...(process.env['PACT_EMBED_FRAME_ANCESTORS'] ? { frameAncestors: process.env['PACT_EMBED_FRAME_ANCESTORS'] } : {}),
  ...(process.env['PACT_PUBLIC_ORIGIN'] ? { origin: process.env['PACT_PUBLIC_ORIGIN'] } : {}),
};
import { renderHandler } from './render/index.js';
import { deskHandler } from './desk/handler.js';

/**
 * The pages @pact/server serves beside the API and the static files, tried in this order (see
 * PageHandler in @pact/api/node), before the API's own routes. Each feature lives in its own
 * folder under src/ and adds its handler here: server rendering (/v1/render/), embed pages
 * (/embed/), oEmbed (/oembed), …
 */
export const PAGES: PageHandler[] = [
  renderHandler(embedOptions),
  deskHandler,
  embedHandler(embedOptions),
  oembedHandler(embedOptions),
  publishHandler({
    ...embedOptions,
    // The CDN build `npm start` serves under /cdn/ (packages/api's runServe): its integrity for the script snippet.
    integrity: fileIntegrity(fileURLToPath(new URL('../../../dist/cdn/pact-elements.js', import.meta.url))),
  }),
];
