/**
 * The publish dialog's state, read from its own address (`/publish/?tag=…&member=…&lang=…`), and
 * the three snippets it gives for that state. The element's options go through the same check as
 * an /embed/ URL (readEmbedUrl), so the dialog never offers a snippet the embed page would refuse.
 */
import type { EmbedPageContext } from '../embed/page.js';
import { elementMarkup, escapeHtml } from '../embed/page.js';
import { embeddableElements } from '../embed/manifest.js';
import { EMBED_PREFIX, embedPath, readEmbedUrl, type EmbedRequest, type EmbedSpec } from '../embed/spec.js';
import { embedHeight, embedTitle } from '../embed/titles.js';
import { iframeHtml } from '../oembed/oembed.js';
import { UI_LANGS, type UiLang } from './strings.js';

/** The dialog's own parameters, beside the element's options and the embed page's lang and theme. */
const OWN = new Set(['tag', 'ui', 'width', 'height']);
const DEFAULT_TAG = 'pact-partners';
const MAX_SIZE = 4000;

export interface PublishState {
  ui: UiLang;
  tag: string;
  /** The choices as given (empty ones left out), for the form's fields. */
  values: ReadonlyMap<string, string>;
  /** Width of the iframe in pixels; undefined: the column's full width. */
  width: number | undefined;
  height: number;
  read: EmbedRequest;
}

export interface Snippets {
  /** The element with the CDN script, for sites that take scripts. */
  script: string;
  /** The iframe of the embed page, with the resizer. */
  iframe: string;
  /** The embed page's address: what WordPress and Drupal take for oEmbed. */
  url: string;
  /** The oEmbed endpoint's answer for that address. */
  oembed: string;
}

/** The UI language: `ui`, else the first of Accept-Language we speak, else English. */
function uiLang(url: URL, acceptLanguage: string | null): UiLang {
  const asked = url.searchParams.get('ui');
  if (asked && (UI_LANGS as readonly string[]).includes(asked)) return asked as UiLang;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if ((UI_LANGS as readonly string[]).includes(code)) return code as UiLang;
  }
  return 'en';
}

const pixels = (v: string | null): number | undefined =>
  v && /^\d{1,4}$/.test(v) && Number(v) > 0 ? Math.min(Number(v), MAX_SIZE) : undefined;

/** Reads the dialog's address. */
export function readPublish(url: URL, acceptLanguage: string | null = null): PublishState {
  const ui = uiLang(url, acceptLanguage);
  const asked = url.searchParams.get('tag') ?? DEFAULT_TAG;
  const tag = embeddableElements().has(asked) ? asked : DEFAULT_TAG;
  const values = new Map<string, string>();
  const embed = new URL(`${EMBED_PREFIX}${encodeURIComponent(asked)}`, url);
  for (const [name, value] of url.searchParams) {
    if (value === '' || OWN.has(name)) continue;
    values.set(name, value);
    embed.searchParams.append(name, value);
  }
  if (!url.searchParams.has('lang') && ui !== 'en') {
    values.set('lang', ui);
    embed.searchParams.set('lang', ui);
  }
  const read = readEmbedUrl(embed) ?? { ok: false, errors: [] };
  return {
    ui,
    tag,
    values,
    width: pixels(url.searchParams.get('width')),
    height: pixels(url.searchParams.get('height')) ?? embedHeight(tag),
    read,
  };
}

/** The dialog's address for a state (what the page's URL becomes as choices change). */
export function publishQuery(state: Pick<PublishState, 'ui' | 'tag' | 'values' | 'width' | 'height'>): string {
  const q = new URLSearchParams({ tag: state.tag });
  for (const [name, value] of state.values) q.append(name, value);
  if (state.width) q.set('width', String(state.width));
  if (state.height !== embedHeight(state.tag)) q.set('height', String(state.height));
  if (state.ui !== 'en') q.set('ui', state.ui);
  return q.toString();
}

/** The three forms of the snippet for a spec (integrity: of the CDN's pact-elements.js, when known). */
export function snippetsFor(
  spec: EmbedSpec,
  ctx: EmbedPageContext,
  size: { width: number | undefined; height: number },
  integrity?: string,
): Snippets {
  const sri = integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';
  const theme = spec.theme
    ? `\n<link rel="stylesheet" href="${escapeHtml(`${ctx.cdn}themes/${spec.theme}.css`)}">`
    : '';
  const element = elementMarkup({ ...spec, attributes: [...spec.attributes, ['lang', spec.lang], ['api', ctx.api]] });
  const url = `${ctx.origin}${embedPath(spec)}`;
  const title = embedTitle(spec.tag, spec.lang, spec.attributes);
  return {
    script: `<script type="module" src="${escapeHtml(`${ctx.cdn}pact-elements.js`)}"${sri}></script>${theme}\n${element}`,
    iframe: `${iframeHtml(url, title, size.width ?? '100%', size.height)}\n<script type="module" src="${escapeHtml(`${ctx.origin}/embed/resizer.js`)}"></script>`,
    url,
    oembed: `${ctx.origin}/oembed?${new URLSearchParams({ url, format: 'json' })}`,
  };
}
