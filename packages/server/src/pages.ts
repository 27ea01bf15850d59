import type { PageHandler } from '@pact/api/node';
import { deskHandler } from './desk/handler.js';

/**
 * The pages @pact/server serves beside the API and the static files, tried in this order (see
 * PageHandler in @pact/api/node), before the API's own routes. Each feature lives in its own
 * folder under src/ and adds its handler here: server rendering (/v1/render/), embed pages
 * (/embed/), oEmbed (/oembed), …
 */
export const PAGES: PageHandler[] = [deskHandler];
