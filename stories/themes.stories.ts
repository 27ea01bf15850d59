import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import '@pact/elements';
import '@pact/elements/pillars/pact-pillar-card';
import '@pact/elements/projects/pact-projects';
// The values shown come from the files that ship: the built-in fallbacks of the elements and the
// generated theme style sheets (both written from packages/elements/themes/tokens.json).
import builtInSource from '../packages/elements/src/core/styles.ts?raw';
import parisPact from '../packages/elements/themes/paris-pact.css?raw';
import pompidouGroup from '../packages/elements/themes/pompidou-group.css?raw';
import osce from '../packages/elements/themes/osce.css?raw';

type ThemeName = 'paris-pact' | 'pompidou-group' | 'osce';
const THEMES: { name: ThemeName | ''; title: string; source: string }[] = [
  { name: '', title: 'Built-in default', source: builtInSource },
  { name: 'paris-pact', title: 'Paris Pact (UNODC)', source: parisPact },
  { name: 'pompidou-group', title: 'Pompidou Group (Council of Europe)', source: pompidouGroup },
  { name: 'osce', title: 'OSCE', source: osce },
];

/** `--pact-x: value;` declarations of a theme file, or `var(--pact-x, value)` fallbacks of core/styles.ts. */
function declarations(source: string): Map<string, string> {
  const found = [
    ...source.matchAll(/^\s*(--pact-[\w-]+):\s*(.+);$/gm),
    ...source.matchAll(/var\((--pact-[\w-]+),\s*(.+)\);$/gm),
  ];
  return new Map(found.map((m) => [m[1]!, m[2]!]));
}
const values = new Map(THEMES.map((t) => [t.name, declarations(t.source)]));
/** Every global token, in the order core/styles.ts declares them. */
const TOKENS = [...values.get('')!.keys()];

/** The panel of one theme in one colour scheme: the same elements under each theme. */
function panel(
  theme: ThemeName | '',
  scheme: 'light' | 'dark',
  { style = {}, controls = false }: { style?: Record<string, string>; controls?: boolean } = {},
): TemplateResult {
  const builtIn = values.get('')!;
  // The panel's own background and text: the theme's surface and text (the built-in ones without a theme).
  const box = {
    'color-scheme': scheme,
    background: `var(--pact-color-surface-alt, ${builtIn.get('--pact-color-surface-alt')})`,
    color: `var(--pact-color-text, ${builtIn.get('--pact-color-text')})`,
    'font-family': `var(--pact-font-family, inherit)`,
    ...style,
  };
  return html`<pact-provider theme=${theme || nothing}>
    <section class="pact-theme-panel" style=${styleMap(box)}>
      <pact-pillar-card pillar="2" heading-level="3"></pact-pillar-card>
      <pact-partners priority="true" limit="2" no-controls heading-level="3"></pact-partners>
      <pact-projects status="implementation" limit="1" heading-level="3" ?no-controls=${!controls}></pact-projects>
    </section>
  </pact-provider>`;
}

const layout = html`<style>
  .pact-themes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
    gap: 1rem;
    align-items: start;
  }
  .pact-theme-panel {
    display: grid;
    gap: 1rem;
    padding: 1rem;
    border-radius: 0.5rem;
  }
  .pact-themes h2 {
    margin: 0 0 0.5rem;
    font-size: 1.1rem;
  }
</style>`;

const meta: Meta = {
  title: 'Themes',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The partner themes (`themes/paris-pact.css`, `themes/pompidou-group.css`, `themes/osce.css`), generated from `packages/elements/themes/tokens.json`. Their colours approximate each organization’s public palette; they are not official brand assets. Every text and background pair meets WCAG AA in light and dark (packages/elements/test/node/themes.test.ts).',
      },
    },
  },
};
export default meta;

/** Every theme side by side in one colour scheme: the same pillar card, partner cards and project row under each. */
const sideBySide = (scheme: 'light' | 'dark') =>
  html`${layout}
    <div class="pact-themes" style="padding: 1rem">
      ${THEMES.map(
        (t) =>
          html`<div>
            <h2>${t.title}</h2>
            ${panel(t.name, scheme)}
          </div>`,
      )}
    </div>`;

/** Every theme side by side, light (the page's `color-scheme: light`). */
export const SideBySide: StoryObj = {
  name: 'Side by side, light',
  render: () => sideBySide('light'),
};

/** The same, dark (`color-scheme: dark`: every theme's light-dark() values switch). */
export const SideBySideDark: StoryObj = {
  name: 'Side by side, dark',
  render: () => sideBySide('dark'),
};

/** The controls: a base theme, light or dark, and every global token (empty: the base theme's value). */
type PlaygroundArgs = { theme: ThemeName | ''; dark: boolean } & Record<string, string | boolean | undefined>;

/** One control per token: colour pickers for colours, text for the rest; the table shows each theme's value. */
const tokenArgTypes: Partial<ArgTypes<PlaygroundArgs>> = Object.fromEntries(
  TOKENS.map((property) => [
    property,
    {
      name: property,
      control: property.startsWith('--pact-color-') ? 'color' : 'text',
      description: `Sets ${property} on the provider. Empty: the base theme's value.`,
      table: {
        category: 'Tokens',
        defaultValue: {
          summary: `default: ${values.get('')!.get(property)}`,
          detail: THEMES.filter((t) => t.name)
            .map((t) => `${t.name}: ${values.get(t.name)!.get(property)}`)
            .join('\n'),
        },
      },
    },
  ]),
);

/** Try a token: pick a base theme, switch to dark, and set any global token live. */
export const Playground: StoryObj<PlaygroundArgs> = {
  args: { theme: 'osce', dark: false },
  argTypes: {
    theme: {
      control: 'select',
      options: ['', 'paris-pact', 'pompidou-group', 'osce'],
      description: 'The base theme (empty: the built-in default).',
    },
    dark: { control: 'boolean', description: 'Dark colour scheme (the light-dark() values on the right).' },
    ...tokenArgTypes,
  },
  render: (args) => {
    const set = Object.fromEntries(
      TOKENS.filter((p) => typeof args[p] === 'string' && args[p] !== '').map((p) => [p, String(args[p])]),
    );
    return html`${layout}
      <div style="padding: 1rem; max-inline-size: 60rem">
        ${panel(args.theme, args.dark ? 'dark' : 'light', {
          style: set,
          controls: true,
        })}
      </div>`;
  },
};
