// Visual regression of <pact-route-map>: screenshots compared with the baselines in
// packages/elements/test/visual/baselines (see wtr-visual.config.mjs for the plugin settings).
// Without the visual regression plugin in the runner's config, each test skips itself.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { API_URL } from '/__pact/env.js';
import '@pact/elements/route-map/pact-route-map';
import type { PactRouteMap } from '@pact/elements/route-map/pact-route-map';
import { diff, painted, skipIfHidden, withTheme, type TestContext } from './support.js';

/** One map, 720 px wide (fixed, so that screenshots compare), loaded and painted. */
async function map(ctx: TestContext, attrs: Record<string, string>): Promise<PactRouteMap> {
  skipIfHidden(ctx);
  const el = await fixture<PactRouteMap>(html`<pact-route-map api=${API_URL}></pact-route-map>`);
  el.parentElement!.style.setProperty('inline-size', '720px');
  el.parentElement!.style.setProperty('font-family', 'DejaVu Sans, sans-serif');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await waitUntil(
    () => el.hasAttribute('data-loaded') && el.shadowRoot!.querySelector('[part~="map"], [part~="table"]'),
    'no map',
    { timeout: 10000 },
  );
  await painted(el);
  return el;
}

describe('<pact-route-map> visual', () => {
  before(async () => {
    await setViewport({ width: 800, height: 1200 });
  });

  const cases: [string, Record<string, string>][] = [
    ['route-map-default', {}],
    ['route-map-highlight-centres', { highlight: 'priority', centres: '' }],
    ['route-map-balkan-fr', { routes: 'balkan', lang: 'fr' }],
    ['route-map-northern-ru-zoomed', { routes: 'northern', lang: 'ru', zoom: '1.5' }],
    ['route-map-table', { view: 'table' }],
    ['route-map-decorative', { decorative: '', routes: 'southern' }],
  ];
  for (const [name, attrs] of cases) {
    it(name, async function (this: TestContext) {
      const el = await map(this, attrs);
      expect(el.shadowRoot!.querySelector('[part~="caption"]')).to.exist;
      await diff(this, el, name);
    });
  }

  for (const theme of ['paris-pact', 'pompidou-group', 'osce']) {
    it(`route-map-theme-${theme}`, async function (this: TestContext) {
      await withTheme(theme, async () => {
        const el = await map(this, { highlight: 'priority', centres: '' });
        const primary = getComputedStyle(el).getPropertyValue('--pact-color-primary');
        expect(primary.trim(), 'the theme applies').to.not.equal('');
        await diff(this, el, `route-map-theme-${theme}`);
      });
    });
  }

  // Issue 15: at 360 px, a long Russian name wrapped to the line after its number, which stood alone.
  it('route-map-table-ru-360', async function (this: TestContext) {
    const el = await map(this, { view: 'table', lang: 'ru' });
    el.parentElement!.style.setProperty('inline-size', '360px');
    await painted(el);
    const items = [...el.shadowRoot!.querySelectorAll('td li')];
    expect(items.length).to.be.above(40);
    // Each name starts on the first line of its item, where the number is.
    const below = items.filter(
      (li) => li.querySelector('button')!.getBoundingClientRect().top - li.getBoundingClientRect().top > 2,
    );
    expect(below.map((li) => li.textContent!.trim())).to.deep.equal([]);
    await diff(this, el, 'route-map-table-ru-360');
  });

  it('route-map-dark', async function (this: TestContext) {
    const el = await map(this, { highlight: 'priority' });
    el.style.setProperty('color-scheme', 'dark');
    el.parentElement!.style.setProperty('background', '#101418');
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    await diff(this, el, 'route-map-dark');
  });
});
