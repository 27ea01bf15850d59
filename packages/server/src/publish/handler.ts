/**
 * `/publish/`: the publish dialog (page.ts), its live state as JSON (`/publish/state?…`, what
 * client/publish.ts reads), its script and style sheet. Under the embed pages' strict CSP, framed
 * by no one but this server.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { PageHandler } from '@pact/api/node';
import { context, embedCsp, type EmbedOptions } from '../embed/handler.js';
import { publishPage } from './page.js';
import { publishQuery, readPublish, snippetsFor } from './state.js';
import { STRINGS } from './strings.js';
import { PUBLISH_CSS } from './style.js';

export const PUBLISH_PREFIX = '/publish/';

export interface PublishOptions extends Pick<EmbedOptions, 'origin' | 'cdn'> {
  /** The `integrity` of the CDN's pact-elements.js for the script snippet (none when undefined). */
  integrity?: () => string | undefined;
}

/** The sha384 integrity of a file, recomputed when its modification time changes; undefined if absent. */
export function fileIntegrity(path: string): () => string | undefined {
  let seen: { mtime: number; value: string } | undefined;
  return () => {
    try {
      const mtime = statSync(path).mtimeMs;
      if (seen?.mtime !== mtime)
        seen = { mtime, value: `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}` };
      return seen.value;
    } catch {
      return undefined;
    }
  };
}

const headers = (type: string, extra: Record<string, string> = {}) => ({
  'Content-Type': type,
  'X-Content-Type-Options': 'nosniff',
  ...extra,
});

/** The /publish/ handler. */
export function publishHandler(options: PublishOptions = {}): PageHandler {
  let script: string | undefined;
  return (req, url) => {
    if (url.pathname === '/publish') return Response.redirect(`${url.origin}${PUBLISH_PREFIX}${url.search}`, 301);
    if (!url.pathname.startsWith(PUBLISH_PREFIX)) return undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return new Response('Method Not Allowed', { status: 405, headers: { Allow: 'GET, HEAD' } });
    const rest = url.pathname.slice(PUBLISH_PREFIX.length);
    if (rest === 'publish.js') {
      script ??= readFileSync(new URL('./client/publish.js', import.meta.url), 'utf8');
      return new Response(script, {
        headers: headers('text/javascript; charset=utf-8', { 'Cache-Control': 'no-cache' }),
      });
    }
    if (rest === 'publish.css')
      return new Response(PUBLISH_CSS, {
        headers: headers('text/css; charset=utf-8', { 'Cache-Control': 'no-cache' }),
      });
    if (rest !== '' && rest !== 'state') return undefined;
    const ctx = context(url, options);
    const state = readPublish(url, req.headers.get('Accept-Language'));
    const size = { width: state.width, height: state.height };
    const snips = state.read.ok ? snippetsFor(state.read.spec, ctx, size, options.integrity?.()) : undefined;
    if (rest === 'state') {
      const spec = state.read.ok ? state.read.spec : undefined;
      const body = {
        query: publishQuery(state),
        ok: state.read.ok,
        errors: state.read.ok ? [] : state.read.errors,
        errorsTitle: STRINGS[state.ui].errors,
        tag: state.tag,
        attributes: spec ? [...spec.attributes, ['lang', spec.lang]] : [],
        theme: spec?.theme ? `${ctx.cdn}themes/${spec.theme}.css` : null,
        snippets: snips ?? null,
      };
      return new Response(JSON.stringify(body), {
        headers: headers('application/json; charset=utf-8', { 'Cache-Control': 'no-store' }),
      });
    }
    return new Response(publishPage(state, ctx, snips), {
      status: state.read.ok ? 200 : 400,
      headers: headers('text/html; charset=utf-8', {
        'Content-Security-Policy': embedCsp(ctx.origin, "'self'", "'self'"),
        'Cache-Control': 'no-cache',
        'Content-Language': state.ui,
        Vary: 'Accept-Language',
      }),
    });
  };
}
