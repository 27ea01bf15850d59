/**
 * An /embed/ URL read into what the page shows: `/embed/{tag}?{attributes}&lang=…&theme=…`, each
 * attribute checked against the elements' manifest; or every reason it cannot be shown.
 */
import { LOCALES, type LocaleCode } from '@pact/schema';
import { embeddableElements, type AttributeKind, type EmbeddableElement } from './manifest.js';

/** The ready themes (packages/elements/themes, served under /cdn/themes/). */
export const THEMES = ['paris-pact', 'pompidou-group', 'osce'] as const;
export type Theme = (typeof THEMES)[number];

/** The parameters of the page itself, beside the element's attributes. */
export const PAGE_PARAMS = ['lang', 'theme'] as const;

export interface EmbedSpec {
  tag: string;
  lang: LocaleCode;
  theme: Theme | undefined;
  /** The element's attributes in the order given; a flag has the value ''. */
  attributes: readonly (readonly [string, string])[];
}

/** A refused request keeps the language it asked for, when that one is valid (the error page speaks it). */
export type EmbedRequest =
  { ok: true; spec: EmbedSpec } | { ok: false; errors: string[]; tag?: string; lang?: LocaleCode };

export const EMBED_PREFIX = '/embed/';
/** Characters an element attribute's value may hold at most (a search text, a list of routes). */
const MAX_VALUE = 200;

const includes = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

function checkValue(name: string, value: string, kind: AttributeKind): string | undefined {
  if (value.length > MAX_VALUE) return `"${name}" is longer than ${MAX_VALUE} characters.`;
  switch (kind.kind) {
    case 'boolean':
      return value === '' || value === name || value === 'true'
        ? undefined
        : `"${name}" is a flag: give it without a value ("${name}" or "${name}="), or leave it out.`;
    case 'number':
      return /^-?\d{1,9}$/.test(value) ? undefined : `"${name}" takes a whole number, not "${value}".`;
    case 'enum':
      return kind.values.includes(value)
        ? undefined
        : `"${name}" takes one of ${kind.values.map((v) => `"${v}"`).join(', ')}, not "${value}".`;
    case 'text':
      return undefined;
  }
}

/** Reads an /embed/ path and query; `undefined` when the path is not under /embed/. */
export function readEmbedUrl(
  url: URL,
  elements: ReadonlyMap<string, EmbeddableElement> = embeddableElements(),
): EmbedRequest | undefined {
  if (!url.pathname.startsWith(EMBED_PREFIX)) return undefined;
  const tag = decodeURIComponent(url.pathname.slice(EMBED_PREFIX.length));
  const element = elements.get(tag);
  if (!element)
    return {
      ok: false,
      errors: [
        `There is no element "${tag.slice(0, 60)}" to embed. The elements are: ${[...elements.keys()].join(', ')}.`,
      ],
    };
  const errors: string[] = [];
  const attributes: [string, string][] = [];
  let lang: LocaleCode = 'en';
  let theme: Theme | undefined;
  const seen = new Set<string>();
  for (const [name, value] of url.searchParams) {
    if (seen.has(name)) {
      errors.push(`"${name}" is given twice.`);
      continue;
    }
    seen.add(name);
    if (name === 'lang') {
      if (includes(LOCALES, value)) lang = value;
      else errors.push(`"lang" takes one of ${LOCALES.join(', ')}, not "${value.slice(0, 40)}".`);
      continue;
    }
    if (name === 'theme') {
      if (includes(THEMES, value)) theme = value;
      else errors.push(`"theme" takes one of ${THEMES.join(', ')}, not "${value.slice(0, 40)}".`);
      continue;
    }
    const kind = element.attributes.get(name);
    if (!kind) {
      errors.push(
        `<${tag}> has no attribute "${name.slice(0, 40)}". It takes: ${[...element.attributes.keys(), ...PAGE_PARAMS].join(', ')}.`,
      );
      continue;
    }
    const problem = checkValue(name, value, kind);
    if (problem) errors.push(problem);
    else attributes.push([name, kind.kind === 'boolean' ? '' : value]);
  }
  return errors.length ? { ok: false, errors, tag, lang } : { ok: true, spec: { tag, lang, theme, attributes } };
}

/** The canonical query of a spec (attributes in the order given, then lang and theme). */
export function embedPath(spec: EmbedSpec): string {
  const q = new URLSearchParams();
  for (const [name, value] of spec.attributes) q.append(name, value);
  if (spec.lang !== 'en') q.set('lang', spec.lang);
  if (spec.theme) q.set('theme', spec.theme);
  const query = q.toString();
  return `${EMBED_PREFIX}${spec.tag}${query ? `?${query}` : ''}`;
}
