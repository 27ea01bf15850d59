// The partner theme style sheets, as a page links them: each gives the elements its own palette,
// headings font and corners, switches to its dark values under `color-scheme: dark`, and the
// rendered elements pass axe (colour contrast included) in every theme, light and dark.
import { expect, fixture } from '@open-wc/testing';
import { API_URL } from '/__pact/env.js';
import { html } from 'lit';
import '@pact/elements/provider/pact-provider';
import '@pact/elements/partners/pact-partners';
import '@pact/elements/pillars/pact-pillar-card';
import { loadedWhole } from './mount.js';

const THEMES = ['paris-pact', 'pompidou-group', 'osce'] as const;
type Theme = (typeof THEMES)[number];

before(async () => {
  // Every theme at once: each applies inside <pact-provider theme="NAME"> (and on :root, which the
  // providers' own declarations override).
  await Promise.all(
    THEMES.map(
      (theme) =>
        new Promise((ok, fail) => {
          // Appended in this order: the OSCE's :root rule comes last, and wins outside the providers.
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = `/packages/elements/themes/${theme}.css`;
          link.onload = ok;
          link.onerror = () => fail(new Error(`cannot load ${link.href}`));
          document.head.append(link);
        }),
    ),
  );
});

const loaded = (el: Element) => loadedWhole(el);

/** A pillar card and two partner cards under one theme (or none), in one colour scheme. */
async function themed(theme: Theme | null, scheme: 'light' | 'dark') {
  // The provider is a Lit element: fixture() waits for its update, not for an animation frame.
  const box = await fixture(
    html`<pact-provider api=${API_URL} theme=${theme ?? ''}>
      <div style="color-scheme: ${scheme}; background: var(--pact-color-surface, Canvas)">
        <pact-pillar-card pillar="2"></pact-pillar-card>
        <pact-partners priority="true" limit="2" no-controls></pact-partners>
      </div>
    </pact-provider>`,
  );
  const card = box.querySelector('pact-pillar-card')!;
  const partners = box.querySelector('pact-partners')!;
  await Promise.all([loaded(card), loaded(partners)]);
  const title = card.shadowRoot!.querySelector<HTMLElement>('[part~="select"]')!;
  const frame = card.shadowRoot!.querySelector<HTMLElement>('[part~="card"]')!;
  return { card, partners, title: getComputedStyle(title), frame: getComputedStyle(frame) };
}

describe('partner themes', () => {
  it('give each organization its own title colour, headings font and corners', async () => {
    const none = await themed(null, 'light');
    const unodc = await themed('paris-pact', 'light');
    const coe = await themed('pompidou-group', 'light');
    const osce = await themed('osce', 'light');
    // The primary colour of each theme on the pillar title (tokens.json's light values). Outside a
    // themed provider, the last theme linked applies (its :root rule): here the OSCE's.
    expect([none, unodc, coe, osce].map((t) => t.title.color)).to.deep.equal([
      'rgb(0, 75, 135)',
      'rgb(0, 106, 163)',
      'rgb(15, 46, 91)',
      'rgb(0, 75, 135)',
    ]);
    // Serif titles for the Council of Europe, Arial for the OSCE.
    expect(coe.title.fontFamily).to.match(/^Georgia, /);
    expect(osce.title.fontFamily).to.match(/^Arial, /);
    expect(unodc.title.fontFamily).to.match(/^system-ui, /);
    expect(none.title.fontFamily).to.equal(osce.title.fontFamily);
    expect([unodc, coe, osce].map((t) => t.frame.borderTopLeftRadius)).to.deep.equal(['4px', '0px', '12px']);
  });

  it('switch to their dark values under color-scheme: dark', async () => {
    const coe = await themed('pompidou-group', 'dark');
    expect(coe.title.color).to.equal('rgb(169, 194, 240)');
    expect(coe.frame.backgroundColor).to.equal('rgb(11, 23, 48)');
    const osce = await themed('osce', 'dark');
    expect(osce.title.color).to.equal('rgb(140, 194, 238)');
  });

  for (const theme of THEMES) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${theme} (${scheme}): the elements pass axe, colour contrast included`, async () => {
        const { card, partners } = await themed(theme, scheme);
        await expect(card).to.be.accessible();
        await expect(partners).to.be.accessible();
      });
    }
  }
});
