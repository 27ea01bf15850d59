// The static Storybook's data: a snapshot of the seed dataset (packages/api/data and the map's
// shapes, bundled into the build) answered in the browser by the API's own code (@pact/api's
// createApp, the same Hono handler `npm start` serves), so that storybook-static/ works on any static
// file server, with no API behind it. Only same-origin /v1 is answered here; the fault stories'
// /__fault/… requests still go to the network (scripts/storybook-smoke.mjs serves the fault server).
// main.ts adds this file to the production build only; `npm run storybook` talks to the real API.
import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import meta from '../packages/api/data/meta.json';

/** The API over the bundled dataset (snapshot-api.ts), loaded on the first request. */
let api: Promise<typeof import('./snapshot-api')> | undefined;
const network = globalThis.fetch.bind(globalThis);

globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  const ours = url.origin === location.origin && (url.pathname === '/v1' || url.pathname.startsWith('/v1/'));
  if (!ours) return network(request);
  api ??= import('./snapshot-api');
  return api.then((m) => m.api.fetch(request));
};

/** Under every story: where its data comes from. */
const note: Decorator = (story) =>
  html`${story()}
    <p
      class="pact-snapshot-note"
      style="margin-block-start: 2rem; font: 0.8125rem/1.4 system-ui, sans-serif; color: #4a4a4a"
    >
      Static Storybook: data snapshot of ${meta.updated} (dataset ${meta.version}), answered in the browser by the API's
      own code; no server involved. <code>npm run storybook</code> uses the live API.
    </p>`;

export const decorators = [note];
