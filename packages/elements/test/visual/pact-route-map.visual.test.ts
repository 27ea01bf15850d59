// Visual regression of <pact-route-map>: screenshots compared with the baselines in
// packages/elements/test/visual/baselines (see wtr-visual.config.mjs for the plugin settings).
// Without the visual regression plugin in the runner's config, each test skips itself.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { API_URL } from '/__pact/env.js';
import '@pact/elements/route-map/pact-route-map';
import type { PactRouteMap } from '@pact/elements/route-map/pact-route-map';

/** What a Mocha test's `this` offers that these tests use. */
interface TestContext {
  skip(): void;
}

/**
 * One map, 720 px wide (fixed, so that screenshots compare), loaded and painted. A page in a
 * background tab (the runner runs two test files at once) neither paints nor runs animation
 * frames: there the test skips itself (wtr-visual.config.mjs runs one file at a time).
 */
async function map(ctx: TestContext, attrs: Record<string, string>): Promise<PactRouteMap> {
  if (document.visibilityState === 'hidden') ctx.skip();
  const el = await fixture<PactRouteMap>(html`<pact-route-map api=${API_URL}></pact-route-map>`);
  el.parentElement!.style.setProperty('inline-size', '720px');
  el.parentElement!.style.setProperty('font-family', 'DejaVu Sans, sans-serif');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await waitUntil(
    () => el.hasAttribute('data-loaded') && el.shadowRoot!.querySelector('[part~="map"], [part~="table"]'),
    'no map',
    { timeout: 10000 },
  );
  await el.updateComplete;
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
  return el;
}

/** visualDiff, or a skip when the runner has no visual regression plugin. */
async function diff(ctx: TestContext, el: Element, name: string): Promise<void> {
  try {
    await visualDiff(el, name);
  } catch (e) {
    if (/Unknown command visual-diff/.test(String(e))) ctx.skip();
    throw e;
  }
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
      // The theme file a site links, as it would: on the whole page, removed afterwards.
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = `/packages/elements/themes/${theme}.css`;
      const loaded = new Promise((r) => link.addEventListener('load', r, { once: true }));
      document.head.append(link);
      try {
        await loaded;
        const el = await map(this, { highlight: 'priority', centres: '' });
        const primary = getComputedStyle(el).getPropertyValue('--pact-color-primary');
        expect(primary.trim(), 'the theme applies').to.not.equal('');
        await diff(this, el, `route-map-theme-${theme}`);
      } finally {
        link.remove();
      }
    });
  }

  it('route-map-dark', async function (this: TestContext) {
    const el = await map(this, { highlight: 'priority' });
    el.style.setProperty('color-scheme', 'dark');
    el.parentElement!.style.setProperty('background', '#101418');
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    await diff(this, el, 'route-map-dark');
  });
});
