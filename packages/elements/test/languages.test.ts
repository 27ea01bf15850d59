// The kit speaks eight languages, each element its own (lang on the element, else the nearest
// ancestor's, else the document's); a language without a catalog falls back to English with one
// console warning per language per page, never an error.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { API_URL } from '/__pact/env.js';
import { mount, loadedWhole } from './mount.js';
import '@pact/elements/pillars/pact-pillars';
import '@pact/elements/partners/pact-partners';
import type { PactPillars } from '@pact/elements/pillars/pact-pillars';

const loaded = (el: Element) => loadedWhole(el, 'the pillars');
const texts = (el: Element, part: string) =>
  [...el.shadowRoot!.querySelectorAll(`[part~="${part}"]`)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('eight languages', () => {
  it('shows each element in its own language: the closest lang wins', async () => {
    const wrapper = mount(
      html`<div lang="de">
        <pact-pillars api=${API_URL} lang="es"></pact-pillars>
        <section lang="ar"><pact-pillars api=${API_URL}></pact-pillars></section>
        <pact-pillars api=${API_URL}></pact-pillars>
        <pact-pillars api=${API_URL} lang="zh-Hans-CN"></pact-pillars>
        <pact-pillars api=${API_URL} lang="it-CH"></pact-pillars>
      </div>`,
    );
    const els = [...wrapper.querySelectorAll<PactPillars>('pact-pillars')];
    await Promise.all(els.map(loaded));
    const eyebrows = els.map((el) => texts(el, 'eyebrow')[0]!.split(' · ')[0]);
    expect(eyebrows).to.deep.equal(['Pilar I', 'الركيزة I', 'Säule I', '支柱 I', 'Pilastro I']);
  });

  it('falls back to English for a language it has no texts for, with one warning per language', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      const wrapper = mount(
        html`<div>
          <pact-pillars api=${API_URL} lang="ja"></pact-pillars>
          <pact-pillars api=${API_URL} lang="ja-JP"></pact-pillars>
          <pact-pillars api=${API_URL} lang="sw"></pact-pillars>
        </div>`,
      );
      const els = [...wrapper.querySelectorAll<PactPillars>('pact-pillars')];
      await Promise.all(els.map(loaded));
      expect(els.map((el) => texts(el, 'eyebrow')[0]!.split(' · ')[0])).to.deep.equal([
        'Pillar I',
        'Pillar I',
        'Pillar I',
      ]);
      // A later change of language back to one without texts warns no more.
      els[0]!.setAttribute('lang', 'fr');
      await els[0]!.updateComplete;
      els[0]!.setAttribute('lang', 'ja');
      await els[0]!.updateComplete;
      expect(texts(els[0]!, 'eyebrow')[0]).to.match(/^Pillar I · /);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
    expect(warnings).to.deep.equal([
      'Pact Embed has no "ja" interface texts (it speaks en, ar, de, es, fr, it, ru, zh); showing English.',
      'Pact Embed has no "sw" interface texts (it speaks en, ar, de, es, fr, it, ru, zh); showing English.',
    ]);
    expect(errors).to.deep.equal([]);
  });

  it('names countries in the reader’s language and marks an English fallback name with lang="en"', async () => {
    const el = mount(html`<pact-partners api=${API_URL} lang="es"></pact-partners>`);
    await loadedWhole(el, 'the directory');
    const organizations = (
      (await (await fetch(`${API_URL}/partners?kind=organization&limit=1`)).json()) as {
        total: number;
      }
    ).total;
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="name"]')];
    expect(buttons.length).to.equal(126);
    const marked = buttons.filter((b) => b.querySelector('span[lang="en"]'));
    // Every organization: the dataset has no Spanish names for them; no country: CLDR names them.
    expect(marked.length).to.equal(organizations).and.to.equal(44);
    const names = buttons.map((b) => b.textContent!.trim());
    expect(names).to.include('Alemania').and.to.include('Emiratos Árabes Unidos');
    expect(marked.map((b) => b.textContent!.trim())).to.include('United Nations Office on Drugs and Crime');
    // Sorted with the Spanish collation: Egipto, Emiratos Árabes Unidos, Eslovaquia, … España
    const countries = buttons.filter((b) => !marked.includes(b)).map((b) => b.textContent!.trim());
    const e = countries.filter((n) => n.startsWith('E'));
    expect(e.slice(0, 5)).to.deep.equal(['Egipto', 'Emiratos Árabes Unidos', 'Eslovaquia', 'Eslovenia', 'España']);
  });

  it('names the seats of organizations in the reader’s language: WHO · Женева', async () => {
    const el = mount(html`<pact-partners api=${API_URL} lang="ru" kind="organization"></pact-partners>`);
    await loadedWhole(el, 'the directory');
    const metas = [...el.shadowRoot!.querySelectorAll('.card .meta')].map((m) => m.textContent!.trim());
    expect(metas.length).to.equal(44);
    expect(metas).to.include('WHO · Женева').and.to.include('CARICC · Алматы');
    // The acronym stays marked English; the city, in Russian, is not.
    const who = [...el.shadowRoot!.querySelectorAll('.card .meta')].find((m) => m.textContent!.includes('WHO'))!;
    expect([...who.querySelectorAll('span')].map((s) => s.getAttribute('lang'))).to.deep.equal(['en', null]);
  });
});
