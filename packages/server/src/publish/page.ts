/**
 * The publish dialog's page: a plain form (it works without script: "Update the preview" reloads
 * it), the element itself as the preview (the kit's CDN bundle, live data), and the snippets in
 * read-only text areas with Copy buttons. /publish/publish.js makes it live.
 */
import { LOCALE_NAMES, LOCALES, RTL_LOCALES } from '@pact/schema';
import type { EmbedPageContext } from '../embed/page.js';
import { elementMarkup, escapeHtml } from '../embed/page.js';
import { embeddableElements, type AttributeKind } from '../embed/manifest.js';
import { THEMES } from '../embed/spec.js';
import { publishQuery, type PublishState, type Snippets } from './state.js';
import { STRINGS, UI_LANGS, type UiStrings } from './strings.js';

const attr = (name: string, value: string | number | undefined) =>
  value === undefined ? '' : ` ${name}="${escapeHtml(String(value))}"`;

function option(value: string, label: string, selected: boolean, lang?: string): string {
  return `<option${attr('value', value)}${selected ? ' selected' : ''}${attr('lang', lang)}>${escapeHtml(label)}</option>`;
}

/** The display flags (every element has them): offered with the language and theme, not with the filters. */
const DISPLAY_FLAGS = new Set(['plain', 'transparent', 'color-scheme']);

/** One form field for an element attribute, as its kind of value asks. */
function field(name: string, kind: AttributeKind, value: string | undefined, t: UiStrings): string {
  const id = `f-${name}`;
  const label = t.attributes[name];
  const labelled = `<label for="${id}">${label ? `${escapeHtml(label)} ` : ''}<code>${escapeHtml(name)}</code></label>`;
  switch (kind.kind) {
    case 'enum': {
      const labels = name === 'color-scheme' ? t.schemes : t.partnerships;
      return `<div class="field">${labelled}<select id="${id}" name="${escapeHtml(name)}">${option('', labels[''] ?? t.any, !value)}${kind.values
        .map((v) => option(v, labels[v] ?? v, v === value))
        .join('')}</select></div>`;
    }
    case 'boolean':
      return `<div class="field check"><input type="checkbox" id="${id}" name="${escapeHtml(name)}" value="true"${value !== undefined ? ' checked' : ''}>${labelled}</div>`;
    case 'number':
      return `<div class="field">${labelled}<input type="number" inputmode="numeric" step="1" id="${id}" name="${escapeHtml(name)}"${attr('value', value)}></div>`;
    case 'text':
      return `<div class="field">${labelled}<input type="text" id="${id}" name="${escapeHtml(name)}"${attr('value', value)}></div>`;
  }
}

function snippet(id: string, heading: string, help: string, text: string, rows: number, t: UiStrings): string {
  return (
    `<div class="snippet"><h3 id="${id}-h">${escapeHtml(heading)}</h3><p id="${id}-help" class="help">${escapeHtml(help)}</p>` +
    `<textarea id="${id}" readonly rows="${rows}" spellcheck="false" dir="ltr" aria-labelledby="${id}-h" aria-describedby="${id}-help">${escapeHtml(text)}</textarea>` +
    `<button type="button" data-copy="${id}">${escapeHtml(t.copy)} <span class="visually-hidden">${escapeHtml(heading)}</span></button></div>`
  );
}

/** The dialog's HTML for a state; `snips` is undefined when the choices cannot be shown. */
export function publishPage(state: PublishState, ctx: EmbedPageContext, snips: Snippets | undefined): string {
  const t = STRINGS[state.ui];
  const rtl = RTL_LOCALES.has(state.ui);
  // A tag name inside right-to-left text keeps its own direction (its angle brackets unmirrored).
  const tagName = (tag: string) => (rtl ? `\u2066<${tag}>\u2069` : `<${tag}>`);
  const elements = embeddableElements();
  const element = elements.get(state.tag);
  const v = (name: string) => state.values.get(name);
  const spec = state.read.ok ? state.read.spec : undefined;
  const langs = UI_LANGS.map((l) => {
    const href = `/publish/?${publishQuery({ ...state, ui: l })}`;
    return `<li><a${attr('href', href)} lang="${l}" hreflang="${l}"${l === state.ui ? ' aria-current="page"' : ''}>${LOCALE_NAMES[l]}</a></li>`;
  }).join('');
  const fields = (display: boolean) =>
    [...(element?.attributes ?? new Map<string, AttributeKind>())]
      .filter(([name]) => DISPLAY_FLAGS.has(name) === display)
      .map(([name, kind]) => field(name, kind, v(name), t))
      .join('');
  const filters = fields(false);
  const theme = spec?.theme ? `${ctx.cdn}themes/${spec.theme}.css` : undefined;
  const preview = spec ? elementMarkup({ ...spec, attributes: [...spec.attributes, ['lang', spec.lang]] }) : '';
  const errors = state.read.ok
    ? ''
    : // The mistakes quote the address: in English (readEmbedUrl), marked so in another language.
      `<p>${escapeHtml(t.errors)}</p><ul${state.ui === 'en' ? '' : ' lang="en" dir="ltr"'}>${state.read.errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>`;
  return (
    `<!doctype html><html lang="${state.ui}" dir="${rtl ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.title)}</title>` +
    `<link rel="icon" href="data:,"><meta name="pact:api"${attr('content', ctx.api)}>` +
    `<link rel="stylesheet" href="/publish/publish.css"><link rel="stylesheet" id="pact-theme"${attr('href', theme)}${theme ? '' : ' disabled'}>` +
    `<script type="module"${attr('src', `${ctx.cdn}pact-elements.js`)}></script><script type="module" src="/publish/publish.js"></script>` +
    `</head><body><header><nav aria-label="${escapeHtml(t.languages)}"><ul class="langs">${langs}</ul></nav>` +
    `<h1>${escapeHtml(t.title)}</h1><p class="intro">${escapeHtml(t.intro)}</p></header>` +
    `<main class="layout"><form id="publish" method="get" action="/publish/"><input type="hidden" name="ui" value="${state.ui}">` +
    `<fieldset><legend>${escapeHtml(t.choose)}</legend><div class="field"><label for="f-tag">${escapeHtml(t.element)}</label>` +
    `<select id="f-tag" name="tag" aria-describedby="f-tag-help">${[...elements.keys()]
      .map((tag) => option(tag, `${t.elements[tag] ?? tag} ${tagName(tag)}`, tag === state.tag))
      .join('')}</select><p id="f-tag-help" class="help">${escapeHtml(t.elementHelp)}</p></div></fieldset>` +
    `<fieldset><legend>${escapeHtml(t.filters)}</legend>${filters || `<p>${escapeHtml(t.noFilters)}</p>`}</fieldset>` +
    `<fieldset><legend>${escapeHtml(t.display)}</legend>` +
    `<div class="field"><label for="f-lang">${escapeHtml(t.lang)}</label><select id="f-lang" name="lang">${LOCALES.map(
      (l) => option(l, LOCALE_NAMES[l], l === (spec?.lang ?? v('lang') ?? 'en'), l),
    ).join('')}</select></div>` +
    `<div class="field"><label for="f-theme">${escapeHtml(t.theme)}</label><select id="f-theme" name="theme">${option('', t.noTheme, !v('theme'))}${THEMES.map(
      (th) => option(th, t.partnerships[th] ?? th, th === v('theme')),
    ).join('')}</select></div>` +
    fields(true) +
    `<div class="field"><label for="f-width">${escapeHtml(t.width)}</label><input type="number" min="200" max="4000" step="1" id="f-width" name="width" aria-describedby="f-width-help"${attr('value', state.width)}>` +
    `<p id="f-width-help" class="help">${escapeHtml(t.fullWidth)}</p></div>` +
    `<div class="field"><label for="f-height">${escapeHtml(t.height)}</label><input type="number" min="100" max="4000" step="1" id="f-height" name="height"${attr('value', state.height)}></div>` +
    `</fieldset><button type="submit">${escapeHtml(t.update)}</button></form>` +
    `<div class="results"><div id="errors" role="alert"${state.read.ok ? ' hidden' : ''}>${errors}</div>` +
    `<section><h2 id="preview-h">${escapeHtml(t.preview)}</h2><p class="help">${escapeHtml(t.previewHelp)}</p>` +
    `<div id="preview" class="preview" tabindex="0" role="region" aria-labelledby="preview-h">${preview}</div></section>` +
    `<section aria-labelledby="snippets-h"><h2 id="snippets-h">${escapeHtml(t.snippets)}</h2>` +
    snippet('s-script', t.scriptTag, t.scriptHelp, snips?.script ?? '', 6, t) +
    snippet('s-iframe', t.iframe, t.iframeHelp, snips?.iframe ?? '', 5, t) +
    snippet('s-url', t.oembed, t.oembedHelp, snips?.url ?? '', 2, t) +
    `<p><a id="embed-link" target="_blank" rel="noopener"${attr('href', snips?.url)}>${escapeHtml(t.link)}</a></p>` +
    `<p id="copy-status" role="status" data-copied="${escapeHtml(t.copied)}" data-failed="${escapeHtml(t.copyFailed)}"></p>` +
    `</section></div></main></body></html>`
  );
}
