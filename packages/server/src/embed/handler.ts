/**
 * `GET /embed/{tag}?{attributes}`: a page with that one element, made to be framed by partner sites;
 * and the files it and its hosts load: /embed/frame.js (in the frame), /embed/resizer.js (on the
 * host page), /embed/embed.css.
 */
import { readFileSync } from 'node:fs';
import type { PageHandler } from '@pact/api/node';
import { cdnEmbedPage, embedErrorPage, type EmbedPageBuilder, type EmbedPageContext } from './page.js';
import { EMBED_PREFIX, readEmbedUrl } from './spec.js';

export interface EmbedOptions {
  /**
   * The CSP `frame-ancestors` of the embed pages: who may frame them (default `*`, any site;
   * `npm start` reads PACT_EMBED_FRAME_ANCESTORS, e.g. `https://www.unodc.org https://*.osce.org`).
   */
  frameAncestors?: string;
  /** The public origin when the server sits behind a proxy (default: the request's own). */
  origin?: string;
  /** The CDN folder's URL ending in `/` (default: this server's `/cdn/`). */
  cdn?: string;
  /** The page builder (default: the CDN bundle; server rendering may pass its own). */
  page?: EmbedPageBuilder;
}

/** Where this server is, for the absolute URLs of its pages and of oEmbed answers. */
export function context(url: URL, options: Pick<EmbedOptions, 'origin' | 'cdn'>): EmbedPageContext {
  const origin = (options.origin ?? url.origin).replace(/\/$/, '');
  return { origin, cdn: options.cdn ?? `${origin}/cdn/`, api: `${origin}/v1` };
}

/** Source expressions of a CSP directive list: 'self', `*`, hosts, schemes; nothing that ends a directive. */
const SOURCES = /^(\*|'self'|'none'|[a-z][a-z0-9+.-]*:|([a-z][a-z0-9+.-]*:\/\/)?(\*\.)?[a-z0-9.-]+(:(\d+|\*))?)$/i;

/** Checks a frame-ancestors value, so that a typo fails at start, not in every partner's page. */
export function checkFrameAncestors(value: string): string {
  const sources = value.trim().split(/\s+/);
  const bad = sources.find((s) => !SOURCES.test(s));
  if (!value.trim() || bad !== undefined)
    throw new Error(
      `frame-ancestors: "${bad ?? value}" is not a CSP source expression (e.g. * or https://*.example.org)`,
    );
  return sources.join(' ');
}

/**
 * The strict policy of an embed page: as the example pages' (STRICT_CSP), framed by `frameAncestors`
 * (the publish dialog's form submits to itself: `formAction` 'self').
 */
export function embedCsp(origin: string, frameAncestors: string, formAction = "'none'"): string {
  // The origin is named beside 'self': a page sandboxed without allow-same-origin has an opaque origin.
  const self = `'self' ${origin}`;
  return [
    `default-src ${self}`,
    `script-src ${self}`,
    `style-src ${self}`,
    `img-src ${self} data:`,
    `connect-src ${self}`,
    "object-src 'none'",
    "base-uri 'none'",
    `form-action ${formAction}`,
    `frame-ancestors ${frameAncestors}`,
    "require-trusted-types-for 'script'",
    "trusted-types lit-html 'allow-duplicates'",
  ].join('; ');
}

/**
 * The page's own style sheet: no margin for the frame to measure (a little padding, so that borders
 * and focus rings are not cut at the frame's edge), an opaque page in the element's colour scheme
 * unless the embed is `transparent` (page.ts's rootFlags), and an error page that reads well.
 */
const EMBED_CSS = `html,body{margin:0;padding:0}
html{background:Canvas;color:CanvasText}
html[data-color-scheme=light]{color-scheme:light}
html[data-color-scheme=dark]{color-scheme:dark}
html[data-color-scheme=auto]{color-scheme:light dark}
html.pact-transparent,html.pact-transparent body{background:transparent}
body{display:flow-root;padding:4px;font-family:system-ui,sans-serif}
.pact-embed-error{padding:1rem;border:2px solid #b00020;color:#1a1a1a;background:#fff;line-height:1.5}
.pact-embed-error h1{font-size:1.25rem;margin:0 0 .5rem}
`;

const asset = (name: string) => readFileSync(new URL(`./client/${name}`, import.meta.url), 'utf8');

/** The files served beside the pages, read once. */
function assets(): Record<string, { body: string; type: string }> {
  return {
    'frame.js': { body: asset('frame.js'), type: 'text/javascript; charset=utf-8' },
    'resizer.js': { body: asset('resizer.js'), type: 'text/javascript; charset=utf-8' },
    'embed.css': { body: EMBED_CSS, type: 'text/css; charset=utf-8' },
  };
}

const HTML = 'text/html; charset=utf-8';

/** The /embed/ page handler. */
export function embedHandler(options: EmbedOptions = {}): PageHandler {
  const frameAncestors = checkFrameAncestors(options.frameAncestors ?? '*');
  const build = options.page ?? cdnEmbedPage;
  let files: ReturnType<typeof assets> | undefined;
  return (req, url) => {
    if (!url.pathname.startsWith(EMBED_PREFIX)) return undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return new Response('Method Not Allowed: embed pages are read with GET.', {
        status: 405,
        headers: { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' },
      });
    files ??= assets();
    const file = files[url.pathname.slice(EMBED_PREFIX.length)];
    if (file)
      return new Response(file.body, {
        headers: {
          'Content-Type': file.type,
          'Cache-Control': 'public, max-age=300',
          'Access-Control-Allow-Origin': '*',
          'X-Content-Type-Options': 'nosniff',
        },
      });
    const ctx = context(url, options);
    const read = readEmbedUrl(url);
    const headers = {
      'Content-Type': HTML,
      'Content-Security-Policy': embedCsp(ctx.origin, frameAncestors),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    };
    if (!read?.ok)
      return new Response(embedErrorPage(read?.errors ?? [], ctx.origin, read?.lang), {
        status: 400,
        headers: { ...headers, 'Cache-Control': 'no-store' },
      });
    return new Response(build(read.spec, ctx), {
      headers: { ...headers, 'Cache-Control': 'public, max-age=300' },
    });
  };
}
