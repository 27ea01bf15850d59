/**
 * Runs inside an /embed/ page (MIT, ours): tells the page that frames it how tall the content is,
 * whenever that changes, in two dialects:
 * - ours, `{ type: 'pact-embed:height', height }`, read by /embed/resizer.js on the host page;
 * - WordPress's, `{ secret, message: 'height', value }`, when the frame's URL carries the
 *   `#?secret=…` that WordPress adds to oEmbed iframes (its wp-embed script resizes them).
 * Works in a sandbox without allow-same-origin (opaque origin): it uses neither storage nor the
 * parent's DOM, only postMessage. The height is no secret, so it is posted to any origin; the
 * host side checks where a message comes from.
 */
/** The message types shared with /embed/resizer.js (client/resizer.ts). */
const FRAME_HEIGHT = 'pact-embed:height';
const HOST_READY = 'pact-embed:ready';

const secret = /[#&?]secret=([\w-]{1,64})/.exec(location.hash)?.[1];
let last = -1;

function post(force = false): void {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last && !force) return;
  last = height;
  parent.postMessage({ type: FRAME_HEIGHT, height }, '*');
  if (secret) parent.postMessage({ secret, message: 'height', value: height }, '*');
}

if (parent !== window) {
  new ResizeObserver(() => post()).observe(document.body);
  addEventListener('message', (e: MessageEvent<unknown>) => {
    if (e.source !== parent || !e.data || typeof e.data !== 'object') return;
    const data = e.data as { type?: unknown; message?: unknown };
    // The host's resizer started after this page had reported (ours), or WordPress's wp-embed is ready.
    if (data.type === HOST_READY || data.message === 'ready') post(true);
  });
}

export {};
