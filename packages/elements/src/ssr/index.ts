/**
 * `@pact/elements/ssr`: server rendering of the elements in Node, with @lit-labs/ssr. An element's
 * HTML comes with its shadow root as `<template shadowrootmode="open">` (Declarative Shadow DOM:
 * readable without JavaScript) and the API's answers it was rendered from inside it (but the
 * country outlines: FETCHED_BY_CLIENT), so that the client hydrates what is there without asking
 * the API again (see `data-pact-ssr` in core/pact-element.ts and `pageFetch` in core/client.ts).
 */
import { installRenderGlobals } from './globals.js';
import type { LitElement } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { PactHttpError, createReader } from '@pact/sdk';
import { PactElement } from '../core/pact-element.js';
import { dataControllers } from '../core/data-controller.js';
import { SERVER_ANSWERS, normalizeApi, type ServerAnswer, type ServerAnswers } from '../core/client.js';
import { catalogReady, uiLocaleOf, withLocale } from '../core/i18n.js';
import { resolveLang } from '../core/locale.js';
import { PactSelection, type PactContextValue } from '../core/context.js';
import '../pillars/pact-pillars.js';
import '../partners/pact-partners.js';
import '../projects/pact-projects.js';
import '../partnership/pact-partnership.js';
import '../timeline/pact-timeline.js';
import '../route-map/pact-route-map.js';
import { setRenderWidth } from '../route-map/server.js';
import { msg } from '../core/localize.js';
import { SsrInputError, checkAttributes } from './attributes.js';

/** The elements that can be rendered on the server. */
export const SSR_TAGS = [
  'pact-pillars',
  'pact-partners',
  'pact-projects',
  'pact-partnership',
  'pact-timeline',
  'pact-route-map',
] as const;
export type SsrTag = (typeof SSR_TAGS)[number];

export function isSsrTag(tag: string): tag is SsrTag {
  return (SSR_TAGS as readonly string[]).includes(tag);
}

export interface RenderOptions {
  /** The API's absolute base URL, e.g. https://api.example.org/v1 (also written as the element's `api`). */
  api: string;
  /** The fetch the data is loaded with (default: the global fetch). */
  fetch?: typeof fetch;
  /** Light-DOM content kept inside the element (its fallback, e.g. a link to the full page): trusted HTML. */
  fallbackHtml?: string;
  signal?: AbortSignal;
  /**
   * `<pact-projects>` with more than one page: the address of the rendering of the page at
   * `cursor` (e.g. `GET /v1/render/pact-projects?…&cursor=…`), written as a link a reader
   * without JavaScript or a crawler follows (the element's "Load more" replaces it once it runs).
   */
  nextPage?: (cursor: string) => string;
  /**
   * Several elements rendered for one page ({@link ssrPage}): an answer of the API that an element
   * rendered earlier with the same `page` carries is not carried again, only named (its URL, 0); the
   * elements hydrate from the one copy. Every element rendered with it must then be on the page
   * (an element whose copy is missing asks the API, as one without server rendering does).
   */
  page?: SsrPage;
}

/** What the elements rendered for one page carry between them: see {@link RenderOptions.page}. */
export interface SsrPage {
  /** The addresses of the answers carried so far. */
  readonly carried: Set<string>;
}

/** A new {@link SsrPage}: pass it to each {@link renderToString} of the elements of one page. */
export const ssrPage = (): SsrPage => ({ carried: new Set() });

export interface Rendered {
  /** The element's HTML: the tag, its declarative shadow root, its fallback and its data. */
  html: string;
  /** A strong validator of the HTML: from the tag, its attributes and the ETags of its data. */
  etag: string;
  /** The Cache-Control of the API's answers it was rendered from (the first one's). */
  cacheControl: string | null;
  /**
   * The CSP hash source (`'sha256-…'`) of each `<style>` in the HTML: a page under a strict
   * Content-Security-Policy adds them to its `style-src`, so that the element is styled before
   * its script runs (and with JavaScript off) without allowing any other inline style.
   */
  styleHashes: string[];
  /**
   * The API's answers it was rendered from: each URL with its ETag. While a conditional GET of
   * each (If-None-Match) answers 304, rendering again would give the same HTML (a cache keeps it).
   */
  sources: { url: string; etag: string | null }[];
}

/** Changes the ETags of every rendered element when the markup this module writes changes. */
const RENDERER = 'pact-ssr 3';

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The API's answers not carried in the HTML: the client asks for them itself. The country outlines
 * (219 kB of JSON, 65 kB gzip) are the same on every page, and the browser's cache keeps them
 * (Cache-Control: public); carried, each page view would bring them again beside the SVG drawn from
 * them. The map waits for them to hydrate, its server-drawn SVG shown meanwhile. The rendered HTML
 * still depends on them: they count in its ETag and its sources.
 */
const FETCHED_BY_CLIENT = /\/geo\/countries$/;

const escapeAttribute = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** JSON inside <script>: nothing in it can close the element or open a comment. */
const scriptJson = (v: unknown) =>
  JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

let prepared: LitElement | undefined;

/** The renderer @lit-labs/ssr creates for the element: it renders the instance that loaded the data. */
class PreparedRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return prepared !== undefined && prepared.constructor === ctor;
  }

  constructor(tagName: string) {
    super(tagName);
    if (prepared) this.element = prepared;
    prepared = undefined;
  }
}

const sha256 = async (text: string): Promise<Uint8Array> =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** The CSP hash sources of the `<style>` elements in `html` (each once). */
async function styleHashesOf(html: string): Promise<string[]> {
  const styles = new Set([...html.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => m[1]!));
  return Promise.all([...styles].map(async (css) => `'sha256-${base64(await sha256(css))}'`));
}

/**
 * Renders `<tag attributes>` with its data. Rejects with {@link SsrInputError} for a tag that
 * cannot be rendered on the server or an attribute name that is not one, and with the SDK's error
 * when the API refuses the query (e.g. a 400 for a wrong filter value) or cannot be reached.
 */
export async function renderToString(
  tag: string,
  attributes: Readonly<Record<string, string>>,
  options: RenderOptions,
): Promise<Rendered> {
  if (!isSsrTag(tag))
    throw new SsrInputError('tag', `<${tag}> cannot be rendered on the server; one of: ${SSR_TAGS.join(', ')}.`);
  const api = normalizeApi(options.api);
  const { width, cursor, ...checked } = checkAttributes(tag, attributes);
  const attrs: [string, string][] = Object.entries({ ...checked.attributes, api })
    .filter(([name]) => name !== 'data-pact-ssr')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name] of attrs) {
    if (!ATTRIBUTE_NAME.test(name) || name.startsWith('on'))
      throw new SsrInputError(name, `"${name}" is not an attribute of <${tag}>.`);
  }

  installRenderGlobals();
  // Every answer the HTML is made from; those carried in it (not FETCHED_BY_CLIENT) are `carried`.
  const answers: Record<string, ServerAnswer> = {};
  let cacheControl: string | null = null;
  const baseFetch = options.fetch ?? fetch;
  const recording: typeof fetch = async (url, init) => {
    // A further page of projects: the first page the element asks for is the one at `cursor`
    // (recorded under the address the element asked for: it hydrates what it was rendered with).
    const res = await baseFetch(cursor ? withCursor(String(url), cursor) : url, init);
    if (res.status === 200) {
      answers[String(url)] = { etag: res.headers.get('ETag'), body: await res.clone().text() };
      cacheControl ??= res.headers.get('Cache-Control');
    }
    return res;
  };

  // The instance that loads the data is the one rendered (PreparedRenderer): its attributes set
  // as the renderer sets them, its client one of its own that records what the API answered.
  const Ctor = customElements.get(tag) as unknown as new () => PactElement;
  const el = new Ctor();
  for (const [name, value] of attrs) {
    el.setAttribute(name, value);
    el.attributeChangedCallback(name, null, value);
  }
  const client = createReader({ baseUrl: api, fetch: recording, cache: false });
  const context: PactContextValue = { api, client, lang: '', theme: '', selection: new PactSelection() };
  (el as unknown as { pact: PactContextValue }).pact = context;
  el.api = '';
  if (width) setRenderWidth(el, width);
  const signal = options.signal ?? new AbortController().signal;
  try {
    for (const controller of dataControllers(el)) await controller.loadForServer(signal);
  } catch (e) {
    // A wrong attribute value: the API's 400, naming its parameter (the attribute of the same name).
    if (e instanceof PactHttpError && e.status === 400)
      throw new SsrInputError(e.problem?.errors?.[0]?.param ?? 'attributes', e.problem?.detail ?? e.message);
    // A record that is not there: the attribute that named it (the last segment of the API's path).
    if (e instanceof PactHttpError && e.status === 404) {
      const path = e.problem?.instance ?? '';
      const named = attrs.find(([, v]) => v && path.endsWith(`/${encodeURIComponent(v)}`));
      throw new SsrInputError(named?.[0] ?? 'attributes', e.problem?.detail ?? e.message, 404);
    }
    throw e;
  }

  const locale = uiLocaleOf(resolveLang(el));
  await catalogReady(locale);
  const open = attrs.map(([n, v]) => `${n}="${escapeAttribute(v)}"`).join(' ');
  const next = options.nextPage && nextCursor(el);
  const more = next
    ? `<a slot="next-page" rel="next" href="${escapeAttribute(options.nextPage!(next))}">${withLocale(locale, () => msg('Load more'))}</a>`
    : '';
  // With a `page`: what an element rendered before carries is only named here.
  const page = options.page?.carried;
  const shared = new Set(Object.keys(answers).filter((url) => page?.has(url)));
  const carried: ServerAnswers = Object.fromEntries(
    Object.entries(answers)
      .filter(([url]) => !FETCHED_BY_CLIENT.test(new URL(url).pathname))
      .map(([url, a]) => [url, shared.has(url) ? 0 : a]),
  );
  for (const url of Object.keys(carried)) page?.add(url);
  const light = `${options.fallbackHtml ?? ''}${more}<script type="application/json" data-pact-answers>${scriptJson(carried)}</script>`;
  prepared = el;
  let out: string;
  // lit/static-html: the tag and its attributes are part of the template, as a page would write them.
  const tagName = unsafeStatic(tag);
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- static values, not bindings
  const template = html`<${tagName} ${unsafeStatic(open)} data-pact-ssr>${unsafeStatic(light)}</${tagName}>`;
  try {
    // Synchronously, so that the UI strings are the element's language and no other render
    // takes the prepared instance.
    out = withLocale(locale, () =>
      collectResultSync(render(template, { elementRenderers: [PreparedRenderer, LitElementRenderer] })),
    );
  } finally {
    prepared = undefined;
  }
  // From what the HTML is made of (the HTML itself carries per-render ids): the element, its
  // attributes, its fallback and the ETag (else the body) of each answer of the API.
  // (An answer only named, carried by another element of the page, makes other HTML.)
  const sources = Object.entries(answers)
    .map(([url, a]) => `${url} ${a.etag ?? a.body}${shared.has(url) ? ' shared' : ''}`)
    .sort()
    .join('\n');
  const digest = await sha256(
    `${RENDERER}\n${tag}\n${open}\n${width ?? ''} ${cursor ?? ''}\n${options.fallbackHtml ?? ''}${more}\n${sources}`,
  );
  const etag = `"ssr-${base64(digest.slice(0, 18)).replace(/\+/g, '-').replace(/\//g, '_')}"`;
  const used = Object.entries(answers).map(([url, a]) => ({
    url: cursor ? withCursor(url, cursor) : url,
    etag: a.etag,
  }));
  return { html: out, etag, cacheControl, styleHashes: await styleHashesOf(out), sources: used };
}

/** `url` (an API request of the element) with `cursor`, when it is the list of projects. */
function withCursor(url: string, cursor: string): string {
  const u = new URL(url);
  if (!u.pathname.endsWith('/projects') || u.searchParams.has('cursor')) return url;
  u.searchParams.set('cursor', cursor);
  return u.href;
}

/** The cursor of the page after the first one the element loaded (a list's), if any. */
function nextCursor(el: PactElement): string | null {
  const value = dataControllers(el)[0]?.value as { next?: unknown } | undefined;
  return typeof value?.next === 'string' ? value.next : null;
}

export { SERVER_ANSWERS, SsrInputError };
