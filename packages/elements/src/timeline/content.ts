/**
 * What <pact-timeline> and <pact-partnership> show alike: source links (with the language of a
 * document that is not in the reader's, and which text is the original), the names of organizers
 * and founding bodies (a partner id resolved through the API when the record gives no name), and
 * the "unofficial translation" mark. Everything from the API is rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../core/localize.js';
import type { LocaleCode, LocalizedText, Organizer, SourceLink } from '@pact/schema';
import type { PactReader } from '@pact/sdk';
import { formatList } from '../core/format.js';

/** A web address the page may link: http or https only (anything else is shown as text). */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s/?#]+/i.test(url) ? url : undefined;
}

/** The name of a language in the reader's language ("French", "французский"), else its code. */
export function languageName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? tag;

/** One source: its title, linked when it has an address, then "(original, in French)" and the like. */
export function sourceItem(locale: string, s: SourceLink): TemplateResult {
  const url = safeUrl(s.url);
  const lang: LocaleCode | undefined = s.lang && base(s.lang) !== base(locale) ? s.lang : undefined;
  const language = lang ? languageName(locale, lang) : '';
  const tail =
    s.original && language
      ? msg(str`original, in ${language}`)
      : s.original
        ? msg('original')
        : language
          ? msg(str`in ${language}`)
          : '';
  return html`${
    url
      ? html`<a part="source-link" href=${url} hreflang=${s.lang ?? nothing} lang=${titleLang(locale)} rel="noopener"
          >${s.title}</a
        >`
      : html`<span part="source-title" lang=${titleLang(locale)}>${s.title}</span>`
  }${tail ? html`${' '}<span class="muted">(${tail})</span>` : nothing}`;
}

/** "Sources:" and the list of sources (nothing when there is none). */
export function sourceList(locale: string, sources: readonly SourceLink[] | undefined, label?: string): unknown {
  if (!sources?.length) return nothing;
  return html`<div class="sources" part="sources">
    <span class="sources-label">${label ?? (sources.length === 1 ? msg('Source:') : msg('Sources:'))}</span>
    <ul class="source-list">
      ${sources.map((s) => html`<li>${sourceItem(locale, s)}</li>`)}
    </ul>
  </div>`;
}

/** Partner ids to look up: organizers given by id alone. */
export function unnamedPartners(organizers: readonly (Organizer | undefined)[]): string[] {
  const ids = new Set<string>();
  for (const o of organizers) if (o?.partner && !o.name) ids.add(o.partner);
  return [...ids];
}

/** Partner names by id, through the API (a partner it cannot find is left out). */
export async function partnerNames(
  client: PactReader,
  ids: readonly string[],
  signal: AbortSignal,
): Promise<Map<string, LocalizedText>> {
  const found = await Promise.all(
    ids.map((id) =>
      client.partners.get(id, { signal }).then(
        (p) => [id, p.name] as const,
        (e: unknown) => {
          if (signal.aborted) throw e;
          return undefined;
        },
      ),
    ),
  );
  return new Map(found.filter((x) => x !== undefined));
}

/** The names of organizers in the reader's language, joined as a list ("UNODC and France"). */
export function organizerNames(
  client: PactReader,
  locale: string,
  organizers: readonly Organizer[] | undefined,
  names: ReadonlyMap<string, LocalizedText>,
): string {
  const out: string[] = [];
  for (const o of organizers ?? []) {
    const name = client.text(o.name ?? (o.partner ? names.get(o.partner) : undefined), locale);
    if (name) out.push(name);
  }
  return out.length ? formatList(locale, out) : '';
}

/** `lang` of a source's title: the dataset writes them in English (none on an English page). */
const titleLang = (locale: string) => (base(locale) === 'en' ? nothing : 'en');

/** Whether the texts in `locale` are machine-assisted translations made for the dataset. */
export function isUnofficial(locale: string, unofficial: readonly string[] | undefined): boolean {
  return Array.isArray(unofficial) && unofficial.includes(base(locale));
}
