// Right to left, measured by position (not by class names): an Arabic page (<html lang="ar"
// dir="rtl">) mirrors the toolbar, the legend and card grids but never the map itself; an English
// widget inside it stays left to right; Latin names inside Arabic text are isolated.
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { API_URL } from '/__pact/env.js';
import { mount, loadedWhole } from './mount.js';
import '@pact/elements/route-map/pact-route-map';
import '@pact/elements/pillars/pact-pillars';
import '@pact/elements/partners/pact-partners';
import type { PactRouteMap } from '@pact/elements/route-map/pact-route-map';

const root = document.documentElement;
const box = (el: Element | null | undefined) => {
  if (!el) throw new Error('no such element');
  return el.getBoundingClientRect();
};
const centreX = (el: Element | null | undefined) => {
  const r = box(el);
  return r.left + r.width / 2;
};
const loadedMap = (el: PactRouteMap) =>
  waitUntil(() => el.hasAttribute('data-loaded') && el.shadowRoot!.querySelector('[part~="country"]'), 'no map', {
    timeout: 10000,
  });
const loaded = (el: Element) => loadedWhole(el);

describe('right to left', () => {
  before(() => {
    root.setAttribute('lang', 'ar');
    root.setAttribute('dir', 'rtl');
  });
  after(() => {
    root.removeAttribute('dir');
    root.removeAttribute('lang');
  });

  it('mirrors the toolbar and the legend of the map, never the map', async () => {
    const el = mount(
      html`<div style="inline-size: 900px"><pact-route-map api=${API_URL}></pact-route-map></div>`,
    ).querySelector('pact-route-map')!;
    await loadedMap(el);
    const s = el.shadowRoot!;
    // Arabic interface texts
    const groups = [...s.querySelectorAll('.toolbar .group')];
    expect(groups.length).to.equal(2);
    expect(s.querySelector('[part~="view-button"]')!.textContent!.trim()).to.equal('الخريطة');
    // The view buttons (first in the source) stand at the right, the zoom buttons at the left.
    expect(box(groups[0]).left).to.be.greaterThan(box(groups[1]).right - 1);
    const zooms = [...s.querySelectorAll('[part~="zoom-button"]')];
    expect(centreX(zooms[0])).to.be.greaterThan(centreX(zooms[1]));
    // Legend: each swatch stands to the right of its words, the first entry rightmost.
    const items = [...s.querySelectorAll('.legend li')];
    expect(items.length).to.be.greaterThan(1);
    expect(centreX(items[0]!.querySelector('svg'))).to.be.greaterThan(centreX(items[0]));
    expect(box(items[0]).right).to.be.greaterThan(box(items[1]).right);
    // The routes are named by the Arabic catalog (the dataset names them in en, fr and ru only);
    // the dataset's English disclaimer is marked as English.
    expect(items.map((i) => i.textContent!.trim())).to.include.members(['الطريق الشمالي', 'طريق البلقان']);
    expect(s.querySelector('[part~="caption"] span[lang="en"]')!.textContent).to.match(/^The lines show/);
    // The map is not mirrored: Afghanistan lies east (right) of Türkiye, Kazakhstan north of Iran.
    const country = (iso3: string) => s.querySelector(`[data-key="country:${iso3}"]`);
    expect(centreX(country('AFG'))).to.be.greaterThan(centreX(country('TUR')));
    expect(box(country('KAZ')).top).to.be.lessThan(box(country('IRN')).top);
    // Its drawing keeps its direction (label anchors are not flipped); the keys still follow the page.
    expect(getComputedStyle(country('AFG')!.closest('svg')!).direction).to.equal('ltr');
    expect(getComputedStyle(s.querySelector('.viewport')!).direction).to.equal('rtl');
  });

  it('lays an English widget inside the Arabic page out left to right, and the Arabic one right to left', async () => {
    const wrapper = mount(
      html`<div style="inline-size: 1100px">
        <pact-pillars api=${API_URL}></pact-pillars>
        <pact-pillars api=${API_URL} lang="en" dir="ltr"></pact-pillars>
      </div>`,
    );
    const [ar, en] = [...wrapper.querySelectorAll('pact-pillars')];
    await Promise.all([loaded(ar!), loaded(en!)]);
    const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="select"]')];
    // Four cards in a row: the first at the right in Arabic, at the left in English.
    expect(centreX(cards(ar!)[0])).to.be.greaterThan(centreX(cards(ar!)[1]));
    expect(centreX(cards(en!)[0])).to.be.lessThan(centreX(cards(en!)[1]));
    expect(ar!.shadowRoot!.querySelector('[part~="eyebrow"]')!.textContent).to.match(/^\s*الركيزة I/);
    // The pillar's English summary (no Arabic in the dataset) is an English paragraph: marked so, and
    // laid out left to right, every line starting at its left edge (not ragged at the left).
    const summary = ar!.shadowRoot!.querySelector<HTMLElement>('[part~="summary"]')!;
    expect(summary.getAttribute('lang')).to.equal('en');
    expect(summary.textContent).to.match(/^Partners /);
    expect(getComputedStyle(summary).direction).to.equal('ltr');
    const range = document.createRange();
    range.selectNodeContents(summary);
    const lines = [...range.getClientRects()];
    const left = summary.getBoundingClientRect().left + parseFloat(getComputedStyle(summary).paddingLeft);
    expect(lines.length).to.be.above(1);
    expect(lines.map((r) => Math.round(r.left - left))).to.deep.equal(lines.map(() => 0));
    expect(en!.shadowRoot!.querySelector('[part~="summary"][lang], [part~="summary"] [lang]')).to.equal(null);
    expect(en!.shadowRoot!.querySelector('[part~="eyebrow"]')!.textContent).to.match(/^\s*Pillar I/);
  });

  it('isolates Latin names inside Arabic text', async () => {
    const el = mount(html`<pact-partners api=${API_URL} kind="organization"></pact-partners>`);
    await loaded(el);
    const latin = el.shadowRoot!.querySelector('[part~="name"] span[lang="en"]')!;
    expect(latin.textContent!.trim()).to.match(/^[A-Z]/);
    expect(getComputedStyle(latin).unicodeBidi).to.equal('isolate');
    // English runs left to right inside the Arabic element: its full stop stays at its end.
    expect(getComputedStyle(latin).direction).to.equal('ltr');
  });
});
