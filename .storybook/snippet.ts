// "Show code": the snippet a webmaster pastes into a page to get what the story shows, not the
// story's source. The head lines of docs/webmaster-guide.md (the theme style sheet, the script with
// the integrity of this build, the API's address), then the story's markup without Storybook's own
// wrapper (the toolbar's provider: `excludeDecorators`), lit's comment markers and event bindings.
// preview.ts sets it for every story (parameters.docs.source); scripts/storybook-smoke.mjs pastes
// each story's snippet into a blank page served with the CDN folder and the API, and checks that it
// shows what the story shows.
import { render } from 'lit';
import type { StoryContext } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json';

/** The CDN folder's name and its entry's integrity, from the build (main.ts; null before `npm run build:cdn`). */
declare const PACT_CDN: { folder: string; integrity: string | null };

export const CDN_URL = `https://YOUR-CDN/${PACT_CDN.folder}/`;
export const API_URL = 'https://api.example.org/v1';
/** The line between the part for the page's head and the part for where the content goes. */
export const BODY_MARK = '<!-- In the <body>, where the content goes: -->';

/** Each element's attribute defaults, from custom-elements.json (`'cards'`, `200`…), unquoted. */
const DEFAULTS = new Map(
  manifest.modules.flatMap((m) =>
    (m.declarations ?? []).flatMap((d) =>
      'tagName' in d && d.tagName
        ? [
            [
              d.tagName,
              new Map(
                ('attributes' in d ? d.attributes : []).flatMap((a) =>
                  'default' in a && typeof a.default === 'string'
                    ? [[a.name, a.default.replace(/^'(.*)'$/, '$1')]]
                    : [],
                ),
              ),
            ] as const,
          ]
        : [],
    ),
  ),
);
/** Whether an attribute only repeats the element's default (then the snippet leaves it out). */
const isDefault = (tag: string, name: string, value: string) => DEFAULTS.get(tag)?.get(name) === value;

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A node as indented HTML lines: an element with only short text inside stays on one line. */
function lines(node: Node, depth: number): string[] {
  const pad = '  '.repeat(depth);
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text ? [pad + escapeText(text)] : [];
  }
  if (!(node instanceof Element)) return [];
  const attrs = [...node.attributes]
    .filter((a) => !isDefault(node.localName, a.name, a.value))
    .map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${escapeAttribute(a.value)}"`))
    .join('');
  const open = `<${node.localName}${attrs}>`;
  const close = `</${node.localName}>`;
  const children = node.localName === 'template' ? (node as HTMLTemplateElement).content : node;
  const inner = [...children.childNodes].flatMap((c) => lines(c, depth + 1));
  if (!inner.length) return [pad + open + close];
  if (inner.length === 1 && !(children.firstElementChild ?? null) && inner[0]!.length < 100)
    return [pad + open + inner[0]!.trim() + close];
  return [pad + open, ...inner, pad + close];
}

/** The theme style sheets the snippet links: the toolbar's theme and any `theme="…"` of the markup. */
function themesOf(markup: DocumentFragment, context: Pick<StoryContext, 'globals'>): string[] {
  const toolbar = String(context.globals['theme'] ?? 'default');
  const named = [...markup.querySelectorAll('[theme]')].map((e) => e.getAttribute('theme') ?? '');
  return [...new Set([toolbar, ...named])].filter((t) => t && t !== 'default');
}

/**
 * The snippet for `code`, the story's markup as Storybook renders it for the Code panel (without
 * decorators). The toolbar's language becomes the `lang` of the elements that have none.
 */
export function snippet(code: string, context: Pick<StoryContext, 'globals'>): string {
  // The Docs page may hand over code this function already made (Storybook applies the transform
  // when the story renders and again in the Source block).
  if (code.includes(BODY_MARK)) return code;
  const template = document.createElement('template');
  template.innerHTML = code;
  const markup = template.content;
  const locale = String(context.globals['locale'] ?? 'en');
  if (locale !== 'en') for (const el of markup.children) if (!el.hasAttribute('lang')) el.setAttribute('lang', locale);
  const { integrity } = PACT_CDN;
  const head = [
    '<!-- In the <head> of the page: the folder uploaded to your server (docs/webmaster-guide.md) -->',
    ...themesOf(markup, context).map((t) => `<link rel="stylesheet" href="${CDN_URL}themes/${t}.css">`),
    integrity
      ? `<script type="module" src="${CDN_URL}pact-elements.js"\n        integrity="${integrity}" crossorigin="anonymous"></script>`
      : `<!-- integrity: run \`npm run build:cdn\`, then see SRI.txt -->\n<script type="module" src="${CDN_URL}pact-elements.js" crossorigin="anonymous"></script>`,
    `<meta name="pact:api" content="${API_URL}">`,
  ];
  const body = [...markup.childNodes].flatMap((n) => lines(n, 0));
  return [...head, '', BODY_MARK, ...body].join('\n');
}

/** The story's markup as the Code panel gets it: rendered without decorators, lit's markers removed. */
export function storyMarkup(context: StoryContext): string {
  const container = document.createElement('div');
  render(context.originalStoryFn(context.args, context), container);
  return container.innerHTML.replace(/<!--\?lit\$[0-9]+\$-->|<!--\??-->/g, '');
}
