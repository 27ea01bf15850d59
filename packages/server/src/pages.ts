import type { PageHandler } from '@pact/api/node';

/**
 * The pages @pact/server serves beside the API and the static files, tried in this order (see
 * PageHandler in @pact/api/node). Each feature lives in its own folder under src/ and adds its
 * handler here: server rendering (/v1/render is the API's path space, so it is served as
 * /render/), embed pages (/embed/), oEmbed (/oembed), …
 */
export const PAGES: PageHandler[] = [];
