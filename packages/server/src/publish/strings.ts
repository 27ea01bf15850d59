/**
 * The publish dialog's own words in the kit's eight languages (the elements' LOCALES, in their
 * order). The page is rendered on the server, so its texts live here rather than in the elements'
 * XLIFF catalogue. The Spanish, Arabic, Chinese, German and Italian texts are machine-assisted, not
 * yet reviewed by a native speaker (docs/languages.md), with the glossary's terms
 * (packages/elements/xliff/glossary.md) and the embed pages' titles (embed/titles.ts).
 */
import { fr } from './lang/fr.js';
import { ru } from './lang/ru.js';
import { es } from './lang/es.js';
import { ar } from './lang/ar.js';
import { zh } from './lang/zh.js';
import { de } from './lang/de.js';
import { it } from './lang/it.js';

export const UI_LANGS = ['en', 'fr', 'ru', 'ar', 'zh', 'es', 'de', 'it'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export interface UiStrings {
  title: string;
  intro: string;
  languages: string;
  choose: string;
  element: string;
  elementHelp: string;
  filters: string;
  noFilters: string;
  any: string;
  display: string;
  lang: string;
  theme: string;
  noTheme: string;
  width: string;
  fullWidth: string;
  height: string;
  update: string;
  preview: string;
  previewHelp: string;
  snippets: string;
  scriptTag: string;
  scriptHelp: string;
  iframe: string;
  iframeHelp: string;
  oembed: string;
  oembedHelp: string;
  copy: string;
  copied: string;
  copyFailed: string;
  errors: string;
  link: string;
  elements: Record<string, string>;
  attributes: Record<string, string>;
  /** The colour scheme choices of the display flags ('' : none chosen). */
  schemes: Record<string, string>;
  partnerships: Record<string, string>;
}

const en: UiStrings = {
  title: 'Publish an element on your site',
  intro:
    'Choose what to show, check the preview, then copy the code for your site: a script tag, an iframe, or an address for WordPress or Drupal. The choices are kept in this page’s address, so you can share it.',
  languages: 'Language of this page',
  choose: 'What to show',
  element: 'Element',
  elementHelp: 'Changing the element reloads the page with its own options.',
  filters: 'Filters and options',
  noFilters: 'This element has no options.',
  any: '(any)',
  display: 'Display',
  lang: 'Language of the element',
  theme: 'Theme',
  noTheme: 'None (your site’s fonts and colours)',
  width: 'Width of the iframe (pixels)',
  fullWidth: 'Leave empty for the full width of the column.',
  height: 'Height of the iframe before it sizes itself (pixels)',
  update: 'Update the preview',
  preview: 'Preview',
  previewHelp: 'The element as the code below shows it, with live data from the API.',
  snippets: 'Code for your site',
  scriptTag: 'Script tag',
  scriptHelp: 'For sites that accept scripts: paste it where the element should appear.',
  iframe: 'Iframe',
  iframeHelp:
    'For sites that accept iframes but not scripts. The script line lets the iframe take the height of its content; without it the iframe keeps the height above and scrolls.',
  oembed: 'Address for WordPress or Drupal (oEmbed)',
  oembedHelp:
    'Paste it on a line of its own in WordPress (once a site administrator has registered the provider), or as a remote media URL in Drupal.',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyFailed: 'The browser did not allow copying: select the text and copy it.',
  errors: 'These choices cannot be shown:',
  link: 'Open the embed page',
  elements: {
    'pact-partners': 'Partner directory',
    'pact-pillars': 'The four pillars',
    'pact-pillar-card': 'One pillar',
    'pact-projects': 'Projects',
    'pact-route-map': 'Route map',
    'pact-partnership': 'About a partnership',
    'pact-timeline': 'Timeline',
  },
  attributes: {
    member: 'Partnership',
    partnership: 'Partnership',
    kind: 'Kind',
    route: 'Route',
    region: 'Region',
    layout: 'Layout',
    limit: 'Number shown',
    pillar: 'Pillar',
    status: 'Status',
    country: 'Beneficiary country',
    donor: 'Donor',
    q: 'Search text',
    flows: 'Flows',
    highlight: 'Highlight',
    view: 'View',
    when: 'Upcoming or past',
    plan: 'Part in the 2011 Paris Action Plan',
    'plan-filter': 'Offer a filter by that part',
    priority: 'Priority countries',
    'priority-badges': 'Priority badges',
    possible: 'Also list possible members',
    caveats: 'Show the notes on the list',
    'no-controls': 'No search or filters for readers',
    'no-export': 'No CSV export',
    'heading-level': 'Heading level',
    selected: 'Selected pillar',
    routes: 'Routes',
    centres: 'Show the centres',
    zoom: 'Zoom',
    decorative: 'Decorative (no controls)',
    from: 'From (date)',
    to: 'To (date)',
    today: 'Today (date)',
    controls: 'Filters for readers',
    'sync-url': 'Keep filters in the address',
    plain: 'Plain (no outer heading, border or shadow)',
    transparent: 'Transparent background',
    'color-scheme': 'Colour scheme',
  },
  schemes: {
    '': 'Not set (follows your site)',
    auto: 'Automatic (your site’s, else the reader’s)',
    light: 'Light',
    dark: 'Dark',
  },
  partnerships: { 'paris-pact': 'Paris Pact', 'pompidou-group': 'Pompidou Group', osce: 'OSCE' },
};

export const STRINGS: Record<UiLang, UiStrings> = { en, fr, ru, ar, zh, es, de, it };
