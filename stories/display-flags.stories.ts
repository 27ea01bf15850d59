import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@pact/elements';
import '@pact/elements/pillars/pact-pillar-card';
import { describedAs } from './shared.js';

/** The public elements, each with the attributes it needs to show data. */
const ELEMENTS = {
  'pact-partnership': { partnership: 'paris-pact' },
  'pact-partners': { member: 'pompidou-group', limit: '3', 'no-controls': '' },
  'pact-pillars': {},
  'pact-pillar-card': { pillar: '2' },
  'pact-projects': { limit: '3', 'no-controls': '' },
  'pact-route-map': { routes: 'northern' },
  'pact-timeline': { partnership: 'paris-pact' },
} as const satisfies Record<string, Record<string, string>>;
type Tag = keyof typeof ELEMENTS;

interface FlagArgs {
  tag: Tag;
  plain: boolean;
  transparent: boolean;
  'color-scheme': '' | 'auto' | 'light' | 'dark';
  'color-scheme-source': string;
  /** The host page's background and text, around the element. */
  page: 'light' | 'dark';
}

const PAGES = {
  light: 'background: #fde7c8; color: #2b1d0e',
  dark: 'background: #1d2b3a; color: #f2f4f7',
};

/** The element with its flags (made as a page's script would: the tag is a control). */
function element(a: FlagArgs): HTMLElement {
  const el = document.createElement(a.tag);
  const flags: Record<string, string | false> = {
    plain: a.plain && '',
    transparent: a.transparent && '',
    'color-scheme': a['color-scheme'] || false,
    'color-scheme-source': a['color-scheme-source'] || false,
  };
  for (const [name, value] of Object.entries(ELEMENTS[a.tag])) el.setAttribute(name, value);
  for (const [name, value] of Object.entries(flags)) if (value !== false) el.setAttribute(name, value);
  return el;
}

/** The element on a coloured band of a partner's page (which declares its colour scheme), under the page's own heading. */
const band = (a: FlagArgs) =>
  html`<section style="${PAGES[a.page]}; padding: 1rem; color-scheme: ${a.page}">
    <h2 style="margin-block-start: 0">A partner’s page</h2>
    ${element(a)}
  </section>`;

const meta: Meta<FlagArgs> = {
  title: 'Display flags',
  render: (args) => band(args),
  args: {
    tag: 'pact-partnership',
    plain: false,
    transparent: false,
    'color-scheme': 'dark',
    'color-scheme-source': '',
    page: 'light',
  },
  argTypes: {
    tag: { control: 'select', options: Object.keys(ELEMENTS), description: 'Every element takes the same flags.' },
    plain: { control: 'boolean', description: 'No outer heading, border, shadow or padding box.' },
    transparent: { control: 'boolean', description: 'No background on what sits on the page; cards keep theirs.' },
    'color-scheme': {
      control: 'inline-radio',
      options: ['', 'auto', 'light', 'dark'],
      description: 'Light or dark colours on the element’s own background; auto follows the page, live.',
    },
    'color-scheme-source': {
      control: 'text',
      description: 'With auto: a CSS selector for the page’s dark-mode toggle, e.g. `[data-theme=dark]`.',
    },
    page: { control: 'inline-radio', options: ['light', 'dark'], description: 'The host page around the element.' },
  },
  parameters: describedAs(
    'The display flags every element shares (`plain`, `transparent`, `color-scheme`, `color-scheme-source`), on a coloured band of a host page.',
  ),
};
export default meta;

/** A dark element with its own background on a light page. */
export const DarkOnLightPage: StoryObj<FlagArgs> = { name: 'Dark, on a light page' };

/** Plain and transparent on a dark page: the page's own heading above, the element's dark colours without a box. */
export const PlainTransparent: StoryObj<FlagArgs> = {
  name: 'Plain and transparent, on a dark page',
  args: { tag: 'pact-partners', plain: true, transparent: true, page: 'dark' },
};

/**
 * `auto` with the page's toggle named: the button switches `data-theme` on the band (as a site's
 * dark-mode button does on `<html>`), and the element follows at once. The band declares no
 * `color-scheme` (one that did would come first).
 */
export const FollowsTheToggle: StoryObj<FlagArgs> = {
  name: 'Auto, following the page’s toggle',
  args: {
    tag: 'pact-pillar-card',
    'color-scheme': 'auto',
    'color-scheme-source': '[data-theme=dark]',
    transparent: true,
  },
  render: (args) => {
    const toggle = (e: Event) => {
      const box = (e.target as HTMLElement).closest<HTMLElement>('[data-theme]')!;
      const dark = box.dataset.theme !== 'dark';
      box.dataset.theme = dark ? 'dark' : 'light';
      box.setAttribute('style', `${PAGES[dark ? 'dark' : 'light']}; padding: 1rem`);
      (e.target as HTMLElement).setAttribute('aria-pressed', String(dark));
    };
    return html`<div data-theme="light" style="${PAGES.light}; padding: 1rem">
      <h2 style="margin-block-start: 0">A partner’s page</h2>
      <p><button type="button" aria-pressed="false" @click=${toggle}>Dark mode</button></p>
      ${element(args)}
    </div>`;
  },
};
