// The pseudo-locale run (issue 17): each element in French, with the French catalog served
// accented, 40 % longer and in brackets (pseudo-catalog.mjs, wtr-pseudo.config.mjs), in a 360 px
// column. Two things a translator would otherwise find on a live page:
// - a string that bypasses the catalogs: any word shown or spoken outside the brackets must come
//   from the data the element received (every string of the API's answers, captured here) or
//   from Intl (month names, "et" between list items, language names);
// - a layout that breaks with longer text: nothing overflows the column.
import { expect, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { API_URL } from '/__pact/env.js';
import { mount } from '../mount.js';
import '@pact/elements/pillars/pact-pillars';
import '@pact/elements/partners/pact-partners';
import '@pact/elements/projects/pact-projects';
import '@pact/elements/partnership/pact-partnership';
import '@pact/elements/timeline/pact-timeline';
import '@pact/elements/route-map/pact-route-map';

const OPEN = '⟦';
const CLOSE = '⟧';
const LANG = 'fr';

/**
 * The strings of the API's answers to this page, in the page's language: what an element may show
 * as data. Of a text given per language (`{ en, fr, ru, … }`) only the French, else the English
 * (the documented fallback). /v1/meta's own notes on its sources are English prose no element
 * shows: of /v1/meta, only its texts given per language (the regions' names) count. (The directory
 * reads the regions from /v1/regions, and /v1/meta only for its `caveats`.)
 */
const data = new Set<string>();
const LOCALE_KEYS = new Set(['en', 'fr', 'ru', 'es', 'ar', 'zh', 'de', 'it']);
const collect = (v: unknown, keyedOnly = false): void => {
  if (typeof v === 'string') {
    // Identifiers and codes (`pillar-2`, `expert-working-group`, `kaz`) are not text a reader sees.
    if (!keyedOnly && (!/^[a-z0-9_.:/#-]*$/.test(v) || v.includes('://'))) data.add(v);
  } else if (Array.isArray(v)) v.forEach((x) => collect(x, keyedOnly));
  else if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    const texts = v as Record<string, unknown>;
    if (keys.length && keys.every((k) => LOCALE_KEYS.has(k))) collect(texts[LANG] ?? texts['en']);
    else Object.values(v).forEach((x) => collect(x, keyedOnly));
  }
};
const realFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const res = await realFetch(input, init);
  if (res.status !== 200 || !(res.headers.get('content-type') ?? '').includes('json')) return res;
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  // Read here, whole: the SDK aborts its request once it has the body, which would cut a clone short.
  const text = await res.text();
  collect(JSON.parse(text), url.pathname.endsWith('/meta'));
  return new Response(text, { status: res.status, statusText: res.statusText, headers: res.headers });
};

/** The words the page may show as data: the API's strings, and what Intl writes in French. */
function dataWords(): Set<string> {
  const words = new Set<string>();
  const add = (s: string) => s.match(/\p{L}+/gu)?.forEach((w) => words.add(w.toLowerCase()));
  data.forEach(add);
  for (let m = 0; m < 12; m++)
    for (const month of ['long', 'short'] as const)
      add(new Intl.DateTimeFormat(LANG, { month, timeZone: 'UTC' }).format(Date.UTC(2024, m, 1)));
  add(new Intl.ListFormat(LANG, { style: 'long', type: 'conjunction' }).format(['1', '2', '3']));
  const languages = new Intl.DisplayNames(LANG, { type: 'language' });
  for (const s of data) if (/^[a-z]{2,3}$/.test(s)) add(languages.of(s) ?? '');
  return words;
}

/** The text a reader sees or hears in `el`'s shadow tree: text nodes and spoken attributes. */
function shownAndSpoken(el: Element): string[] {
  const out: string[] = [];
  const walk = (root: Node): void => {
    for (const n of root.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) {
        const parent = n.parentElement;
        if (parent && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(parent.tagName)) continue;
        if (n.textContent!.trim()) out.push(n.textContent!);
      } else if (n instanceof Element) {
        for (const a of ['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'aria-valuetext'])
          if (n.getAttribute(a)?.trim()) out.push(n.getAttribute(a)!);
        if (n.shadowRoot) walk(n.shadowRoot);
        walk(n);
      }
    }
  };
  walk(el.shadowRoot!);
  return out;
}

/** The words of `text` outside the pseudo-locale's brackets. */
const outsideBrackets = (text: string) =>
  text
    .replace(new RegExp(`${OPEN}[^${CLOSE}]*${CLOSE}`, 'g'), ' ')
    .match(/\p{L}+/gu)
    ?.map((w) => w.toLowerCase()) ?? [];

const ELEMENTS: [string, (api: string) => TemplateResult][] = [
  ['pact-pillars', (api) => html`<pact-pillars api=${api}></pact-pillars>`],
  ['pact-partners', (api) => html`<pact-partners api=${api} limit="12"></pact-partners>`],
  ['pact-projects', (api) => html`<pact-projects api=${api} limit="5"></pact-projects>`],
  ['pact-partnership', (api) => html`<pact-partnership api=${api} partnership="paris-pact"></pact-partnership>`],
  ['pact-timeline', (api) => html`<pact-timeline api=${api} partnership="paris-pact"></pact-timeline>`],
  ['pact-route-map', (api) => html`<pact-route-map api=${api} centres></pact-route-map>`],
];

describe('the pseudo-locale (French catalog accented, 40 % longer, in brackets), 360 px', () => {
  for (const [tag, template] of ELEMENTS) {
    it(`<${tag}>: every word outside the catalogs is data, and nothing overflows`, async () => {
      const column = mount(html`<div lang=${LANG} style="inline-size: 360px">${template(API_URL)}</div>`);
      const el = column.querySelector(tag)!;
      await waitUntil(() => el.hasAttribute('data-loaded'), `<${tag}> did not load`, { timeout: 10000 });
      await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
      const texts = shownAndSpoken(el);
      // The run is real: the catalog's text is there, in its pseudo form.
      expect(
        texts.some((t) => t.includes(OPEN)),
        `<${tag}> shows no catalog text at all`,
      ).to.equal(true);
      const known = dataWords();
      const bypass = texts
        .map((t) => ({ t, unknown: outsideBrackets(t).filter((w) => !known.has(w)) }))
        .filter((b) => b.unknown.length)
        .map((b) => `${b.unknown.join(' ')}  (in "${b.t.trim().slice(0, 80)}")`);
      expect(bypass, `<${tag}> shows words from neither the catalogs nor the data`).to.deep.equal([]);
      // Longer text wraps inside the column: nothing sticks out of the element or the column.
      expect(el.scrollWidth, `<${tag}> is wider than its 360 px column`).to.be.at.most(column.clientWidth + 1);
      expect(column.scrollWidth, `<${tag}> overflows its column`).to.be.at.most(column.clientWidth + 1);
    });
  }

  it('the check finds a word that bypasses the catalogs', () => {
    const known = new Set(['kazakhstan']);
    expect(outsideBrackets('⟦Ƥàýś ẋẋẋẋ⟧ Kazakhstan').filter((w) => !known.has(w))).to.deep.equal([]);
    expect(outsideBrackets('⟦Ƥàýś ẋẋẋẋ⟧ Kazakhstan (priority)').filter((w) => !known.has(w))).to.deep.equal([
      'priority',
    ]);
  });
});
