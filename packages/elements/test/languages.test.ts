// The kit speaks eight languages, each element its own (lang on the element, else the nearest
// ancestor's, else the document's); a language without a catalog falls back to English with one
// console warning per language per page, never an error.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { API_URL } from '/__pact/env.js';
import { mount, loadedWhole } from './mount.js';
import '@pact/elements/pillars/pact-pillars';
import '@pact/elements/partners/pact-partners';
import '@pact/elements/timeline/pact-timeline';
import '@pact/elements/projects/pact-projects';
import '@pact/elements/partnership/pact-partnership';
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

  it('marks a region CLDR names otherwise than the UN, shown in English, as English', async () => {
    const wrapper = mount(
      html`<div>
        <pact-partners api=${API_URL} lang="es" region="latin-america-caribbean" no-controls></pact-partners>
        <pact-partners api=${API_URL} lang="es" region="central-asia" no-controls></pact-partners>
      </div>`,
    );
    const [latin, central] = [...wrapper.children] as Element[];
    await Promise.all([loadedWhole(latin!), loadedWhole(central!)]);
    const total = async (region: string) =>
      ((await (await fetch(`${API_URL}/partners?region=${region}&limit=1`)).json()) as { total: number }).total;
    const metas = (el: Element) => [...el.shadowRoot!.querySelectorAll('.card .meta')];
    expect(metas(latin!).length)
      .to.equal(await total('latin-america-caribbean'))
      .and.to.be.above(0);
    for (const m of metas(latin!)) {
      expect(m.textContent!.replace(/\s+/g, ' ').trim()).to.equal('País · Latin America and the Caribbean');
      expect(m.querySelector('[lang="en"]')!.textContent).to.equal('Latin America and the Caribbean');
    }
    expect(metas(central!).length)
      .to.equal(await total('central-asia'))
      .and.to.be.above(0);
    for (const m of metas(central!)) {
      expect(m.textContent!.replace(/\s+/g, ' ').trim()).to.equal('País · Asia central');
      expect(m.querySelector('[lang]')).to.equal(null);
    }
  });

  it('marks the English the dataset gives a Spanish page as English: titles, summaries, notes, a mandate', async () => {
    // The dataset writes events, projects and partnerships in English, French and Russian: on a
    // Spanish page each of those texts is English, and a screen reader must read it as English
    // (WCAG 3.1.2); on a French page nothing is marked.
    const events = (await (await fetch(`${API_URL}/events?partnership=paris-pact&limit=200`)).json()) as {
      data: { title: Record<string, string>; note?: Record<string, string> }[];
    };
    expect(events.data.filter((e) => e.title['es']).length).to.equal(0);
    expect(events.data.every((e) => e.title['fr'])).to.equal(true);
    const notes = events.data.filter((e) => e.note).length;
    const wrapper = mount(
      html`<div>
        <pact-timeline api=${API_URL} partnership="paris-pact" lang="es"></pact-timeline>
        <pact-timeline api=${API_URL} partnership="paris-pact" lang="fr"></pact-timeline>
        <pact-projects api=${API_URL} limit="10" lang="es"></pact-projects>
        <pact-projects api=${API_URL} limit="10" lang="fr"></pact-projects>
        <pact-partnership api=${API_URL} partnership="pompidou-group" lang="es"></pact-partnership>
        <pact-partnership api=${API_URL} partnership="pompidou-group" lang="fr"></pact-partnership>
      </div>`,
    );
    const els = [...wrapper.children];
    await Promise.all(els.map((el) => loadedWhole(el)));
    const langs = (el: Element, selector: string) =>
      [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.getAttribute('lang'));
    const [esTimeline, frTimeline, esProjects, frProjects, esPartnership, frPartnership] = els as Element[];
    for (const part of ['title', 'summary'])
      expect(langs(esTimeline!, `[part~="${part}"]`), part).to.deep.equal(Array(events.data.length).fill('en'));
    expect(langs(esTimeline!, '[part~="note"]')).to.deep.equal(Array(notes).fill('en')).and.to.have.length.above(0);
    expect(langs(frTimeline!, '[part~="title"], [part~="summary"], [part~="note"]').every((l) => l === null)).to.equal(
      true,
    );
    expect(langs(esProjects!, '.title')).to.deep.equal(Array(10).fill('en'));
    expect(langs(esProjects!, '[part~="summary"] p')).to.deep.equal(Array(10).fill('en'));
    expect(langs(frProjects!, '.title, [part~="summary"] p')).to.deep.equal(Array(20).fill(null));
    // The pillar's short title in each project's tag: English in Spanish, marked; French unmarked.
    const shortTitles = [
      'Cross-border cooperation',
      'Illicit financial flows',
      'Precursors',
      'Drug prevention & health',
    ];
    const tags = (el: Element) => [...el.shadowRoot!.querySelectorAll('.tag.pillar')];
    for (const t of tags(esProjects!)) {
      expect(t.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Pilar (I|II|III|IV) · \S/);
      expect(shortTitles).to.include(t.querySelector('[lang="en"]')!.textContent);
    }
    expect(tags(esProjects!).length).to.equal(10);
    expect(tags(frProjects!).map((t) => t.querySelector('[lang]'))).to.deep.equal(Array(10).fill(null));
    expect(tags(frProjects!)[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Pilier (I|II|III|IV) · \S/);
    expect(langs(esPartnership!, '[part~="mandate"]')).to.deep.equal(['en']);
    expect(langs(esPartnership!, '[part~="name"] span')[0]).to.equal('en');
    expect(langs(esPartnership!, '[part~="section-title"]')).to.deep.equal(Array(4).fill('en'));
    expect(langs(frPartnership!, '[part~="mandate"], [part~="section-title"]')).to.deep.equal(Array(5).fill(null));
    // The sources' titles are English in the dataset, on every page but an English one.
    const sources = '[part~="source-link"], [part~="source-title"]';
    for (const el of [esTimeline!, frTimeline!, esPartnership!, frPartnership!]) {
      expect(langs(el, sources)).to.have.length.above(0);
      expect(langs(el, sources).every((l) => l === 'en')).to.equal(true);
    }
    const english = mount(html`<pact-timeline api=${API_URL} partnership="paris-pact" lang="en"></pact-timeline>`);
    await loadedWhole(english);
    expect(langs(english, `${sources}, [part~="title"], [part~="summary"]`).every((l) => l === null)).to.equal(true);
  });
});
