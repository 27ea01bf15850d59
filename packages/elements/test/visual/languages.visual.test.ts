// Visual regression and axe of every element in each of the eight languages (issue 17), in the light
// theme, and in Arabic (right to left) in each partnership's theme: a layout that breaks in one
// language (a clipped German label, an Arabic chevron pointing the wrong way, Chinese in boxes
// for want of a font) changes the screenshot. Baselines: packages/elements/test/visual/baselines;
// wtr-visual.config.mjs runs this file (one page at a time, in front, so that it paints).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { API_URL } from '/__pact/env.js';
import '@pact/elements/pillars/pact-pillars';
import '@pact/elements/partners/pact-partners';
import '@pact/elements/projects/pact-projects';
import '@pact/elements/partnership/pact-partnership';
import '@pact/elements/timeline/pact-timeline';
import '@pact/elements/route-map/pact-route-map';
import { diff, painted, skipIfHidden, withTheme, type TestContext } from './support.js';

const LANGUAGES = ['en', 'fr', 'ru', 'es', 'ar', 'zh', 'de', 'it'] as const;
const THEMES = ['paris-pact', 'pompidou-group', 'osce'] as const;

/** Each element with attributes that keep its screenshot short and the same on any day. */
const ELEMENTS: [string, Record<string, string>][] = [
  ['pact-pillars', {}],
  ['pact-partners', { limit: '4', member: 'paris-pact', kind: 'country', region: 'central-asia' }],
  ['pact-projects', { limit: '3', pillar: '2' }],
  ['pact-partnership', { partnership: 'paris-pact' }],
  ['pact-timeline', { partnership: 'paris-pact', from: '2022', to: '2023', today: '2026-06-01' }],
  ['pact-route-map', { highlight: 'priority', centres: '' }],
];

/** The element in a 720 px column of a page in `lang` (right to left in Arabic), loaded and painted. */
async function shown(ctx: TestContext, tag: string, attrs: Record<string, string>, lang: string): Promise<Element> {
  skipIfHidden(ctx);
  const column = await fixture<HTMLElement>(
    html`<div
      lang=${lang}
      dir=${lang === 'ar' ? 'rtl' : 'ltr'}
      style="inline-size: 720px; font-family: DejaVu Sans, sans-serif"
    ></div>`,
  );
  const el = document.createElement(tag);
  el.setAttribute('api', API_URL);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  column.append(el);
  await waitUntil(() => el.hasAttribute('data-loaded'), `<${tag}> did not load`, { timeout: 10000 });
  await painted(el);
  return el;
}

describe('every element in eight languages, and in Arabic in each theme', () => {
  before(async () => {
    await setViewport({ width: 800, height: 1200 });
  });

  for (const [tag, attrs] of ELEMENTS) {
    for (const lang of LANGUAGES) {
      it(`${tag}-${lang}`, async function (this: TestContext) {
        const el = await shown(this, tag, attrs, lang);
        // Arabic lays out right to left, every other language left to right.
        expect(getComputedStyle(el).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        // axe in every language: names, roles, contrast, lang attributes on fallback text.
        await expect(el).to.be.accessible();
        await diff(this, el, `lang-${tag}-${lang}`);
      });
    }
    for (const theme of THEMES) {
      it(`${tag}-ar-${theme}`, async function (this: TestContext) {
        await withTheme(theme, async () => {
          const el = await shown(this, tag, attrs, 'ar');
          expect(
            getComputedStyle(el).getPropertyValue('--pact-color-primary').trim(),
            'the theme applies',
          ).to.not.equal('');
          await expect(el).to.be.accessible();
          await diff(this, el, `lang-${tag}-ar-${theme}`);
        });
      });
    }
  }
});
