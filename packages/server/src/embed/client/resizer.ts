/**
 * The host-side resizer (MIT, ours; no third-party library): load it once on a page that holds
 * Pact iframes, `<script type="module" src="https://PACT-SERVER/embed/resizer.js"></script>`, and each
 * iframe of that server takes the height its page reports. Without it the iframes keep their
 * fixed height and scroll.
 *
 * A message counts only when it comes from the window of an iframe on this page whose address is
 * on the server that served this script, and from that server's origin (or from an opaque origin
 * when the iframe is sandboxed without allow-same-origin, as WordPress sandboxes embeds).
 * Any number of iframes on one page: each message is matched to its own frame by its window.
 */
const FRAME_HEIGHT = 'pact-embed:height';
const HOST_READY = 'pact-embed:ready';
const MIN = 50;
const MAX = 20000;
/** The server that serves this script, and the frames it sizes. */
const server = new URL(import.meta.url).origin;

/** Whether `frame` shows a page of the server, and the origin its messages carry. */
function expectedOrigin(frame: HTMLIFrameElement): string | undefined {
  let src: URL;
  try {
    src = new URL(frame.src, location.href);
  } catch {
    return undefined;
  }
  if (src.origin !== server || !src.pathname.startsWith('/embed/')) return undefined;
  const sandbox = frame.getAttribute('sandbox');
  return sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox) ? 'null' : server;
}

addEventListener('message', (e: MessageEvent<unknown>) => {
  const data = e.data;
  if (!data || typeof data !== 'object' || (data as { type?: unknown }).type !== FRAME_HEIGHT) return;
  const height = (data as { height?: unknown }).height;
  if (typeof height !== 'number' || !Number.isFinite(height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== e.source) continue;
    if (expectedOrigin(frame) !== e.origin) return;
    frame.style.height = `${Math.min(MAX, Math.max(MIN, Math.ceil(height)))}px`;
    return;
  }
});

// Frames that loaded before this script have reported already: ask them again.
const ask = () => {
  for (const frame of document.querySelectorAll('iframe')) {
    const origin = expectedOrigin(frame);
    if (origin) frame.contentWindow?.postMessage({ type: HOST_READY }, origin === 'null' ? '*' : origin);
  }
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
else ask();

export {};
