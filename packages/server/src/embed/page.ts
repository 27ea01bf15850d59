/**
 * The markup of an /embed/ page: one element, the CDN bundle and the in-frame script that reports
 * the page's height. The builder is a plain function of the spec so that server rendering can
 * replace it (EmbedOptions.page) without touching the handler.
 */
import { RTL_LOCALES, type LocaleCode } from '@pact/schema';
import { embedPath, type EmbedSpec } from './spec.js';
import { embedTitle } from './titles.js';

export interface EmbedPageContext {
  /** This server's public origin (`https://pact.example.org`), for every absolute URL of the page. */
  origin: string;
  /** The CDN folder's URL, ending in `/`. */
  cdn: string;
  /** The API's base URL (`…/v1`). */
  api: string;
}

/** Builds the HTML of an embed page. */
export type EmbedPageBuilder = (spec: EmbedSpec, context: EmbedPageContext) => string;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for an HTML text node or a double-quoted attribute value. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** The oEmbed endpoint's URL for an embed page (the discovery link, and what the publish dialog copies). */
export const oembedUrl = (origin: string, pageUrl: string): string =>
  `${origin}/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' })}`;

/** The head lines every page of ours shares: charset, viewport, language-neutral icon. */
const HEAD = '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">';

/** The element as the CDN bundle upgrades it (attribute values escaped; flags without a value). */
export function elementMarkup(spec: EmbedSpec): string {
  const attrs = spec.attributes
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  return `<${spec.tag}${attrs}></${spec.tag}>`;
}

/**
 * The display flags' part of the page's root: a `transparent` embed leaves the page without a
 * background and the root's colour scheme as it is (a frame whose scheme differs from its host
 * page's gets an opaque backdrop); otherwise the page takes the element's colour scheme, so that
 * its own background matches the element's.
 */
export function rootFlags(spec: EmbedSpec): string {
  const flag = (name: string) => spec.attributes.find(([n]) => n === name);
  if (flag('transparent')) return ' class="pact-transparent"';
  const scheme = flag('color-scheme')?.[1];
  return scheme ? ` data-color-scheme="${escapeHtml(scheme)}"` : '';
}

/** The embed page with the CDN bundle (the default builder). */
export const cdnEmbedPage: EmbedPageBuilder = (spec, { origin, cdn, api }) => {
  const title = escapeHtml(embedTitle(spec.tag, spec.lang, spec.attributes));
  const self = `${origin}${embedPath(spec)}`;
  const theme = spec.theme ? `<link rel="stylesheet" href="${escapeHtml(`${cdn}themes/${spec.theme}.css`)}">` : '';
  return (
    `<!doctype html><html lang="${spec.lang}" dir="${RTL_LOCALES.has(spec.lang) ? 'rtl' : 'ltr'}"${rootFlags(spec)}><head>${HEAD}` +
    `<title>${title}</title><link rel="icon" href="data:,">` +
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembedUrl(origin, self))}" title="${title}">` +
    `<meta name="pact:api" content="${escapeHtml(api)}">${theme}` +
    `<link rel="stylesheet" href="${escapeHtml(`${origin}/embed/embed.css`)}">` +
    `<script type="module" src="${escapeHtml(`${cdn}pact-elements.js`)}"></script>` +
    `<script type="module" src="${escapeHtml(`${origin}/embed/frame.js`)}"></script>` +
    `</head><body>${elementMarkup(spec)}</body></html>`
  );
};

/**
 * The error page's own words in the kit's eight languages (es, ar, zh, de, it machine-assisted:
 * docs/languages.md). What is wrong stays in English: it quotes the address's names and values.
 */
const ERROR_TEXTS: Record<LocaleCode, { title: string; check: string }> = {
  en: {
    title: 'This embed cannot be shown',
    check: 'Check the address of the frame, or make a new one with the publish page:',
  },
  fr: {
    title: 'Cet élément intégré ne peut pas être affiché',
    check: 'Vérifiez l’adresse du cadre, ou créez-en une nouvelle avec la page de publication :',
  },
  ru: {
    title: 'Этот встроенный элемент не может быть показан',
    check: 'Проверьте адрес фрейма или создайте новый на странице публикации:',
  },
  ar: {
    title: 'لا يمكن عرض هذا العنصر المضمَّن',
    check: 'تحقّق من عنوان الإطار، أو أنشئ عنوانًا جديدًا من صفحة النشر:',
  },
  zh: {
    title: '无法显示此嵌入内容',
    check: '请检查框架的地址，或通过发布页面生成新的地址：',
  },
  es: {
    title: 'Este elemento insertado no se puede mostrar',
    check: 'Compruebe la dirección del marco o cree una nueva con la página de publicación:',
  },
  de: {
    title: 'Dieses eingebettete Element kann nicht angezeigt werden',
    check: 'Prüfen Sie die Adresse des Frames oder erstellen Sie mit der Veröffentlichungsseite eine neue:',
  },
  it: {
    title: 'Questo elemento incorporato non può essere mostrato',
    check: 'Controlli l’indirizzo del frame o ne crei uno nuovo con la pagina di pubblicazione:',
  },
};

/**
 * The page an embed URL that cannot be shown gets (status 400): what is wrong (in English), under
 * a heading in the language the address asks for when that one is valid, else in English.
 */
export function embedErrorPage(errors: readonly string[], origin: string, lang: LocaleCode = 'en'): string {
  const t = ERROR_TEXTS[lang];
  const publish = `${origin}/publish/`;
  return (
    `<!doctype html><html lang="${lang}" dir="${RTL_LOCALES.has(lang) ? 'rtl' : 'ltr'}"><head>${HEAD}<title>${escapeHtml(t.title)}</title>` +
    `<link rel="icon" href="data:,"><link rel="stylesheet" href="${escapeHtml(`${origin}/embed/embed.css`)}">` +
    `<script type="module" src="${escapeHtml(`${origin}/embed/frame.js`)}"></script></head>` +
    `<body><main class="pact-embed-error"><h1>${escapeHtml(t.title)}</h1>` +
    `<ul${lang === 'en' ? '' : ' lang="en" dir="ltr"'}>` +
    errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('') +
    `</ul><p>${escapeHtml(t.check)} ` +
    `<a href="${escapeHtml(publish)}" target="_blank" rel="noopener" dir="ltr">${escapeHtml(publish)}</a></p>` +
    `</main></body></html>`
  );
}
