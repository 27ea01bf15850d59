/**
 * `GET /oembed?url=…&maxwidth=…&maxheight=…&format=json`: oEmbed 1.0 (https://oembed.com), type
 * `rich`, for every /embed/ URL of this server. Its `html` is only an `<iframe>` of the embed page,
 * since WordPress keeps nothing else from a provider it does not list (wp_filter_oembed_result).
 * Errors as the spec says: 404 for a URL that is not an embed of this server, 501 for a format
 * other than JSON; 400 (a problem document) for a missing url or a bad size.
 */
import type { PageHandler } from '@pact/api/node';
import { context, type EmbedOptions } from '../embed/handler.js';
import { escapeHtml } from '../embed/page.js';
import { embedPath, readEmbedUrl, type EmbedSpec } from '../embed/spec.js';
import { embedHeight, embedTitle } from '../embed/titles.js';

export const OEMBED_PATH = '/oembed';
/** The width of the iframe when the consumer gives no maxwidth. */
const DEFAULT_WIDTH = 800;

export interface OembedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  width: number;
  height: number;
  html: string;
}

/** The iframe of an embed page, as oEmbed answers and the publish dialog copies it. */
export function iframeHtml(src: string, title: string, width: number | '100%', height: number): string {
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${width}" height="${height}" ` +
    `loading="lazy" frameborder="0" class="pact-embed"></iframe>`
  );
}

/** The oEmbed answer for an embed spec served at `origin`, within the consumer's bounds. */
export function oembedFor(spec: EmbedSpec, origin: string, maxwidth?: number, maxheight?: number): OembedRich {
  const title = embedTitle(spec.tag, spec.lang, spec.attributes);
  const width = Math.min(maxwidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH);
  const height = Math.min(maxheight ?? Infinity, embedHeight(spec.tag));
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'Pact Embed',
    provider_url: `${origin}/`,
    cache_age: 86400,
    width,
    height,
    html: iframeHtml(`${origin}${embedPath(spec)}`, title, width, height),
  };
}

const problem = (status: number, title: string, detail: string, param?: string) =>
  new Response(
    JSON.stringify({
      type: 'about:blank',
      title,
      status,
      detail,
      ...(param ? { errors: [{ param, message: detail }] } : {}),
    }),
    {
      status,
      headers: {
        'Content-Type': 'application/problem+json; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'no-store',
      },
    },
  );

/** A positive whole number of pixels, or undefined when absent; null when malformed. */
function size(value: string | null): number | undefined | null {
  if (value === null) return undefined;
  return /^\d{1,5}$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

/** The /oembed handler. */
export function oembedHandler(options: Pick<EmbedOptions, 'origin' | 'cdn'> = {}): PageHandler {
  return (req, url) => {
    if (url.pathname !== OEMBED_PATH) return undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return problem(405, 'Method Not Allowed', 'oEmbed is read with GET.');
    const q = url.searchParams;
    const format = q.get('format') ?? 'json';
    if (format !== 'json')
      return problem(501, 'Not Implemented', `Only format=json is served, not "${format.slice(0, 20)}".`, 'format');
    const target = q.get('url');
    if (!target) return problem(400, 'Bad Request', 'Give the url of an embed page: url=…/embed/{tag}?…', 'url');
    const bounds = { maxwidth: size(q.get('maxwidth')), maxheight: size(q.get('maxheight')) };
    for (const [name, value] of Object.entries(bounds))
      if (value === null) return problem(400, 'Bad Request', `"${name}" takes a whole number of pixels.`, name);
    const { origin } = context(url, options);
    let page: URL;
    try {
      page = new URL(target);
    } catch {
      return problem(404, 'Not Found', 'The url is not an address.', 'url');
    }
    const read = page.origin === origin ? readEmbedUrl(page) : undefined;
    if (!read?.ok)
      return problem(
        404,
        'Not Found',
        read ? `Not an embed this server can show: ${read.errors.join(' ')}` : `Not an embed page of ${origin}.`,
        'url',
      );
    const body = oembedFor(read.spec, origin, bounds.maxwidth ?? undefined, bounds.maxheight ?? undefined);
    return new Response(JSON.stringify(body), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'public, max-age=300',
      },
    });
  };
}
