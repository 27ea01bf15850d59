import type { PageHandler } from '@pact/api/node';
import { bareEntityTag, type Problem } from '@pact/schema';
import { SSR_TAGS, SsrInputError, isSsrTag, renderToString } from '@pact/elements/ssr';
import { RenderCache } from './cache.js';

const PREFIX = '/v1/render/';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function problem(status: number, title: string, detail: string, instance: string, param?: string): Response {
  const body: Problem = {
    type: `https://pact-embed.org/problems/${title.toLowerCase().replace(/[^a-z]+/g, '-')}`,
    title,
    status,
    detail,
    instance: instance.slice(0, 200),
  };
  if (param) body.errors = [{ param: param.slice(0, 100), message: detail.slice(0, 300) }];
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
    },
  });
}

/**
 * Where the rendered element and this server fetch the data from: the public origin (the address
 * readers reach this server at, e.g. https://pact.example.org, PACT_PUBLIC_ORIGIN for `npm start`),
 * else the request's own origin, but only on the loopback interface (a Host header names any
 * server: the render would fetch from it).
 */
function apiBase(url: URL, origin: string | undefined): string | null {
  const pub = origin?.replace(/\/+$/, '');
  if (pub) return `${pub}/v1`;
  return LOOPBACK.has(url.hostname) ? `${url.origin}/v1` : null;
}

/**
 * A rendered element as a page of its own (the projects' further pages, followed by a reader
 * without JavaScript or a crawler), titled with its count (e.g. "87 projects").
 */
function standalone(html: string, lang = 'en'): string {
  const count = /part="count"[^>]*>([^]*?)<\/p>/.exec(html)?.[1] ?? '';
  const title = count
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .trim();
  const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="${escape(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body>${html}</body></html>`;
}

/** Options of the render pages: the public origin of this server (see apiBase). */
export interface RenderOptions {
  origin?: string;
  /** The renderings kept while their data is unchanged (default: one of its own, see RenderCache); false: none. */
  cache?: RenderCache | false;
}

/**
 * `GET /v1/render/{tag}?{attributes}`: the element's HTML rendered on the server (see
 * `renderToString` in @pact/elements/ssr), with its shadow root as `<template
 * shadowrootmode="open">` and its data inside, for a page to include as it is. The same cache rules
 * as the data it was rendered from (its Cache-Control; a strong ETag, If-None-Match → 304), and
 * in `Pact-Style-Hashes` the CSP hash sources of its `<style>` elements.
 */
export const renderHandler = (options: RenderOptions = {}): PageHandler => {
  const cache = options.cache === false ? undefined : (options.cache ?? new RenderCache());
  return async (req, url) => {
    if (!url.pathname.startsWith(PREFIX)) return undefined;
    const path = url.pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return problem(405, 'Method Not Allowed', 'Server rendering answers GET and HEAD only.', path);
    const tag = decodeURIComponent(path.slice(PREFIX.length));
    if (!isSsrTag(tag))
      return problem(
        404,
        'Not Found',
        `<${tag}> cannot be rendered on the server; one of: ${SSR_TAGS.join(', ')}.`,
        path,
        'tag',
      );
    const api = apiBase(url, options.origin);
    if (!api)
      return problem(
        503,
        'Service Unavailable',
        'Server rendering needs PACT_PUBLIC_ORIGIN (the address of this server) when it is reached by a name other than the loopback.',
        path,
      );
    const attributes: Record<string, string> = {};
    for (const [name, value] of url.searchParams) {
      if (name in attributes)
        return problem(400, 'Bad Request', `The attribute "${name}" is given more than once.`, path, name);
      attributes[name] = value;
    }
    // The projects' further pages: links to this route with the API's cursor (a page of its own).
    const nextPage = (cursor: string) => {
      const next = new URL(`${api}/render/${tag}${url.search}`);
      next.searchParams.set('cursor', cursor);
      return next.href;
    };
    const key = `${api} ${tag}${url.search}`;
    let rendered;
    try {
      rendered = await cache?.get(key, req.signal);
      if (!rendered) {
        rendered = await renderToString(tag, attributes, { api, signal: req.signal, nextPage });
        cache?.set(key, rendered);
      }
    } catch (e) {
      if (e instanceof SsrInputError)
        return problem(e.status, e.status === 404 ? 'Not Found' : 'Bad Request', e.message, path, e.field);
      return problem(502, 'Bad Gateway', 'The data of the element could not be loaded.', path);
    }
    const headers: Record<string, string> = {
      'Content-Type': 'text/html; charset=utf-8',
      ETag: rendered.etag,
      'Cache-Control': rendered.cacheControl ?? 'no-cache',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'ETag, Pact-Style-Hashes',
      // What a page under a strict CSP adds to its style-src for the element's <style>.
      'Pact-Style-Hashes': rendered.styleHashes.join(' '),
      Vary: 'Accept-Encoding',
    };
    const match = req.headers.get('If-None-Match');
    if (match?.split(',').some((t) => bareEntityTag(t) === rendered.etag))
      return new Response(null, { status: 304, headers });
    // A further page (a link's destination, not a fragment to include): a document of its own.
    const body =
      tag === 'pact-projects' && 'cursor' in attributes ? standalone(rendered.html, attributes.lang) : rendered.html;
    return new Response(body, { status: 200, headers });
  };
};
