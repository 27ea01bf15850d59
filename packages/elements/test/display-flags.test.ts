// The display flags every element shares (plain, transparent, color-scheme, color-scheme-source),
// as a reader sees them: backgrounds, borders, headings and text colours, light and dark, and a
// dark scheme that follows the host page's own toggle live.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { API_URL } from '/__pact/env.js';
import { html, type TemplateResult } from 'lit';
import { mount, loadedWhole } from './mount.js';
import '@pact/elements/partners/pact-partners';
import '@pact/elements/pillars/pact-pillars';
import '@pact/elements/pillars/pact-pillar-card';
import '@pact/elements/projects/pact-projects';
import '@pact/elements/route-map/pact-route-map';
import '@pact/elements/partnership/pact-partnership';
import '@pact/elements/timeline/pact-timeline';
import type { PactElement } from '@pact/elements';

// The built-in tokens (styles.ts): light and dark surface and text.
const LIGHT_SURFACE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(21, 24, 28)';
const LIGHT_TEXT = 'rgb(31, 35, 40)';
const DARK_TEXT = 'rgb(230, 232, 235)';
const NONE = 'rgba(0, 0, 0, 0)';

/** Each public element, as a page writes it (with what it needs to show data). */
const ELEMENTS: Record<string, () => TemplateResult> = {
  'pact-partners': () => html`<pact-partners api=${API_URL} limit="2" no-controls></pact-partners>`,
  'pact-pillars': () => html`<pact-pillars api=${API_URL}></pact-pillars>`,
  'pact-pillar-card': () => html`<pact-pillar-card api=${API_URL} pillar="2"></pact-pillar-card>`,
  'pact-projects': () => html`<pact-projects api=${API_URL} limit="2"></pact-projects>`,
  'pact-route-map': () => html`<pact-route-map api=${API_URL} routes="northern"></pact-route-map>`,
  'pact-partnership': () => html`<pact-partnership api=${API_URL} partnership="paris-pact"></pact-partnership>`,
  'pact-timeline': () => html`<pact-timeline api=${API_URL}></pact-timeline>`,
};

const loaded = (el: Element) => loadedWhole(el);
const style = (el: Element) => getComputedStyle(el);
const inner = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
/** A MutationObserver's callback and a re-render: two turns of the event loop. */
const settle = () => new Promise((r) => setTimeout(r, 30));

async function show<T extends PactElement>(tag: string, flags: Partial<Record<string, string>> = {}): Promise<T> {
  const el = mount(ELEMENTS[tag]!()) as T;
  for (const [name, value] of Object.entries(flags)) el.setAttribute(name, value ?? '');
  await loaded(el);
  await el.updateComplete;
  return el;
}

describe('display flags', () => {
  it('every public element takes color-scheme="dark": dark text on its own dark surface, in a padding box, axe-clean', async () => {
    for (const tag of Object.keys(ELEMENTS)) {
      const el = await show(tag, { 'color-scheme': 'dark' });
      expect([tag, style(el).backgroundColor, style(el).color]).to.deep.equal([tag, DARK_SURFACE, DARK_TEXT]);
      expect(style(el).paddingTop, tag).to.equal('16px');
      await expect(el).to.be.accessible();
      // And the property reflects: a script sets what an attribute would.
      el.colorScheme = 'light';
      await el.updateComplete;
      expect([tag, style(el).backgroundColor, style(el).color]).to.deep.equal([tag, LIGHT_SURFACE, LIGHT_TEXT]);
      el.plain = true;
      el.transparent = true;
      await el.updateComplete;
      expect([el.hasAttribute('plain'), el.hasAttribute('transparent'), style(el).backgroundColor]).to.deep.equal([
        true,
        true,
        NONE,
      ]);
    }
  });

  it('without a flag the element has no box of its own and follows the page (as before)', async () => {
    const el = await show('pact-pillar-card');
    expect([style(el).backgroundColor, style(el).paddingTop, style(el).color]).to.deep.equal([NONE, '0px', LIGHT_TEXT]);
  });

  it('plain drops the outer heading, the outer border, the shadows and the padding box', async () => {
    const block = await show('pact-partnership', { 'color-scheme': 'light' });
    expect(inner(block, '[part~="name"]').getClientRects().length).to.equal(1);
    block.plain = true;
    await block.updateComplete;
    expect(inner(block, '[part~="name"]').getClientRects().length).to.equal(0);
    expect(style(block).paddingTop).to.equal('0px');
    // Its facts are still there.
    expect(inner(block, '[part~="facts"]').getClientRects().length).to.be.greaterThan(0);

    const map = await show('pact-route-map');
    expect(style(inner(map, '[part~="frame"]')).borderTopWidth).to.equal('1px');
    map.plain = true;
    await map.updateComplete;
    expect(style(inner(map, '[part~="frame"]')).borderTopWidth).to.equal('0px');

    const card = await show('pact-pillar-card');
    expect(style(inner(card, '[part~="card"]')).boxShadow).to.not.equal('none');
    card.plain = true;
    await card.updateComplete;
    expect(style(inner(card, '[part~="card"]')).boxShadow).to.equal('none');
  });

  it('transparent lets the page show through the rows and the box, while cards keep their background', async () => {
    const list = await show('pact-projects', { 'color-scheme': 'dark' });
    const row = () => style(inner(list, '.row'));
    expect([style(list).backgroundColor, row().backgroundColor]).to.deep.equal([DARK_SURFACE, DARK_SURFACE]);
    list.transparent = true;
    await list.updateComplete;
    expect([style(list).backgroundColor, row().backgroundColor, style(list).color]).to.deep.equal([
      NONE,
      NONE,
      DARK_TEXT,
    ]);
    const card = await show('pact-pillar-card', { 'color-scheme': 'dark', transparent: '' });
    expect(style(inner(card, '[part~="card"]')).backgroundColor).to.equal(DARK_SURFACE);
  });

  describe('color-scheme="auto"', () => {
    const root = document.documentElement;
    afterEach(async () => {
      root.style.removeProperty('color-scheme');
      root.classList.remove('dark');
      document.querySelector('meta[name="color-scheme"]')?.remove();
      await emulateMedia({ colorScheme: 'light' });
    });

    it("follows the page's own color-scheme, live: CSS on the root, then the meta tag", async () => {
      const el = await show('pact-pillar-card', { 'color-scheme': 'auto' });
      expect(style(el).color).to.equal(LIGHT_TEXT);
      root.style.colorScheme = 'dark';
      await settle();
      expect([style(el).color, style(el).backgroundColor]).to.deep.equal([DARK_TEXT, DARK_SURFACE]);
      root.style.colorScheme = 'light';
      await settle();
      expect(style(el).color).to.equal(LIGHT_TEXT);
      root.style.removeProperty('color-scheme');
      document.head.append(Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'dark' }));
      await settle();
      expect(style(el).color).to.equal(DARK_TEXT);
    });

    it('follows the toggle the page names in color-scheme-source, live', async () => {
      const el = await show('pact-partners', { 'color-scheme': 'auto', 'color-scheme-source': 'html.dark' });
      expect(style(el).color).to.equal(LIGHT_TEXT);
      root.classList.add('dark');
      await settle();
      expect([style(el).color, style(el).backgroundColor]).to.deep.equal([DARK_TEXT, DARK_SURFACE]);
      await expect(el).to.be.accessible();
      root.classList.remove('dark');
      await settle();
      expect(style(el).color).to.equal(LIGHT_TEXT);
    });

    it("else follows the reader's system setting, live", async () => {
      const el = await show('pact-pillar-card', { 'color-scheme': 'auto' });
      await emulateMedia({ colorScheme: 'dark' });
      await waitUntil(() => style(el).color === DARK_TEXT, 'did not turn dark', { timeout: 2000 });
      await emulateMedia({ colorScheme: 'light' });
      await waitUntil(() => style(el).color === LIGHT_TEXT, 'did not turn light', { timeout: 2000 });
    });
  });

  it('an invalid value warns once, naming the element and the value, and counts as absent', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => void warnings.push(a.map(String).join(' '));
    try {
      const el = await show('pact-timeline', { 'color-scheme': 'purple' });
      el.requestUpdate();
      await el.updateComplete;
      expect(el.hasAttribute('data-pact-scheme')).to.equal(false);
      expect(style(el).backgroundColor).to.equal(NONE);
      el.setAttribute('color-scheme', 'auto');
      el.setAttribute('color-scheme-source', '[[nonsense');
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      // The bad selector is ignored: the page and the system are light.
      expect(style(el).color).to.equal(LIGHT_TEXT);
      expect(warnings).to.deep.equal([
        '<pact-timeline>: color-scheme="purple" is not one of auto, light, dark; the element follows the page\'s colour scheme.',
        '<pact-timeline>: color-scheme-source="[[nonsense" is not a CSS selector; it is ignored.',
      ]);
    } finally {
      console.warn = warn;
    }
  });
});
