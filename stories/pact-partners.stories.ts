import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import '@pact/elements';
import { MEMBERSHIP_IDS, PARTNER_KINDS, REGION_IDS, ROUTE_IDS } from '@pact/schema';
import { API_AND_LANG_ARG_TYPES, describedAs } from './shared';

/** The element's attributes, by attribute name (as custom-elements.json lists them). */
interface PartnersArgs {
  kind: '' | 'country' | 'organization';
  member: '' | 'paris-pact' | 'pompidou-group' | 'osce';
  route: '' | 'northern' | 'balkan' | 'southern';
  region: string;
  priority: '' | 'true' | 'false';
  'priority-badges': 'all' | 'confirmed';
  possible: boolean;
  caveats: boolean;
  layout: 'cards' | 'table';
  limit: number;
  'no-controls': boolean;
  'heading-level': number;
  /** The API base URL (inherited from PactElement); empty: the provider's, else same-origin /v1. */
  api: string;
  /** Content language; empty: the provider's (the toolbar's). */
  lang: '' | 'en' | 'fr' | 'ru';
}

const REGIONS = REGION_IDS;

const onSelect = action('pact-partner-select');

/** The element with its attributes from the args (empty values leave the attribute out). */
function partners(a: PartnersArgs, fallback: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<pact-partners
    api=${a.api || nothing}
    lang=${a.lang || nothing}
    kind=${a.kind || nothing}
    member=${a.member || nothing}
    route=${a.route || nothing}
    region=${a.region || nothing}
    priority=${a.priority || nothing}
    priority-badges=${a['priority-badges']}
    ?possible=${a.possible}
    ?caveats=${a.caveats}
    layout=${a.layout}
    limit=${a.limit}
    heading-level=${a['heading-level']}
    ?no-controls=${a['no-controls']}
    @pact-partner-select=${onSelect}
    >${fallback}</pact-partners
  >`;
}

const meta: Meta<PartnersArgs> = {
  title: 'Elements/pact-partners',
  component: 'pact-partners',
  tags: ['autodocs'],
  render: (args) => partners(args),
  args: {
    kind: '',
    member: '',
    route: '',
    region: '',
    priority: '',
    'priority-badges': 'all',
    possible: false,
    caveats: false,
    layout: 'cards',
    limit: 200,
    'no-controls': false,
    'heading-level': 3,
    api: '',
    lang: '',
  },
  argTypes: {
    kind: { control: 'inline-radio', options: ['', ...PARTNER_KINDS] },
    member: { control: 'select', options: ['', ...MEMBERSHIP_IDS] },
    route: { control: 'select', options: ['', ...ROUTE_IDS] },
    region: { control: 'select', options: ['', ...REGIONS] },
    // The element also has a CSS part named "priority": keep this one with the attributes.
    priority: { control: 'inline-radio', options: ['', 'true', 'false'], table: { category: 'attributes' } },
    'priority-badges': { control: 'inline-radio', options: ['all', 'confirmed'] },
    possible: { control: 'boolean', table: { category: 'attributes' } },
    caveats: { control: 'boolean', table: { category: 'attributes' } },
    layout: { control: 'inline-radio', options: ['cards', 'table'] },
    limit: { control: { type: 'number', min: 1, max: 200, step: 1 } },
    'no-controls': { control: 'boolean' },
    'heading-level': { control: { type: 'range', min: 1, max: 6, step: 1 } },
    ...API_AND_LANG_ARG_TYPES,
  },
  parameters: describedAs('The partner directory.'),
};
export default meta;

type Story = StoryObj<PartnersArgs>;

/** All 126 partners as cards, with search, filters and sort. */
export const Default: Story = {};

export const Table: Story = {
  args: { layout: 'table' },
};

/** Filtered by attributes: OSCE participating States on the Balkan route. */
export const OsceOnBalkanRoute: Story = {
  name: 'Filtered: OSCE members on the Balkan route',
  args: { member: 'osce', route: 'balkan' },
};

/** High-confidence flags as "Priority country", the others as "Presumed priority country", with a note on what they mean. */
export const PriorityCountries: Story = {
  name: 'Filtered: priority countries',
  args: { kind: 'country', priority: 'true' },
};

/** Only the flags the dataset holds with high confidence; the table shows the basis of each. */
export const ConfirmedPriorityOnly: Story = {
  name: 'Priority: confirmed flags only, with their basis',
  args: { kind: 'country', priority: 'true', 'priority-badges': 'confirmed', layout: 'table' },
};

/**
 * A partnership whose memberships are mostly unconfirmed: the count says how many the sources
 * confirm and that the list is incomplete, unconfirmed rows are marked, and `possible` lists the
 * possible members.
 */
export const UnconfirmedMembers: Story = {
  name: 'Members: confirmed, unconfirmed and possible (Pompidou Group)',
  args: { member: 'pompidou-group', layout: 'table', possible: true },
};

/** The dataset's caveats about the Paris Pact's list, shown by the count. */
export const Caveats: Story = {
  name: 'Caveats about the list (Paris Pact)',
  args: { member: 'paris-pact', caveats: true, 'no-controls': true },
};

/** A fixed list for a page that chooses the filters itself: no search, filter or sort form. */
export const NoControls: Story = {
  args: { 'no-controls': true, member: 'pompidou-group', kind: 'country', limit: 12 },
};

export const French: Story = {
  args: { lang: 'fr' },
};

export const Russian: Story = {
  args: { lang: 'ru' },
};

/** A themed provider around the element (packages/elements/themes/NAME.css). */
const themed = (theme: string): Story => ({
  args: { limit: 12 },
  render: (args) => html`<pact-provider theme=${theme}>${partners(args)}</pact-provider>`,
});

export const ThemeParisPact: Story = { ...themed('paris-pact'), name: 'Theme: Paris Pact' };
export const ThemePompidouGroup: Story = { ...themed('pompidou-group'), name: 'Theme: Pompidou Group' };
export const ThemeOsce: Story = { ...themed('osce'), name: 'Theme: OSCE' };

/** A filter combination with no results: organizations have no region. */
export const EmptyState: Story = {
  name: 'Empty',
  args: { kind: 'organization', region: 'central-asia' },
  parameters: { smoke: { expect: 'empty' } },
};

/** The API answers 500: the error state, with Retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: { api: '/__fault/500/v1' },
  parameters: { smoke: { expect: 'error' } },
};

/** A wrong attribute (`member="nato"`): only the message and Retry; the API's explanation is in the console, once. */
export const BadAttribute: Story = {
  name: 'Error: a wrong attribute',
  // The browser's line for the 400, and the element's one line with the API's explanation.
  parameters: { smoke: { expect: 'error', console: ['status of 400 (Bad Request)', 'member: "nato" is not one of'] } },
  render: () => html`<pact-partners member="nato"></pact-partners>`,
};

/** In a column narrower than 600 px (a phone): the filters wait behind a "Filters" button that counts the active ones. */
export const Narrow: Story = {
  name: 'Narrow: filters behind a button',
  args: { limit: 12 },
  render: (args) => html`<div style="max-inline-size: 360px">${partners(args)}</div>`,
};

/** The API never answers: the loading state shows after 300 ms (the SDK gives up after 10 s: then the error state). */
export const LoadingState: Story = {
  name: 'Loading',
  args: { api: '/__fault/hang/v1' },
  parameters: { smoke: { expect: 'loading' } },
};

/** The body arrives over 2 s: the loading state, then the cards. */
export const SlowNetwork: Story = {
  args: { api: '/__fault/slow-body-2000/v1', limit: 12 },
};

/** The webmaster's light-DOM content stays in place when loading fails (and shows until data arrives). */
export const FallbackContent: Story = {
  args: { api: '/__fault/500/v1' },
  parameters: { smoke: { expect: 'error' } },
  render: (args) =>
    partners(
      args,
      html`<p><a href="https://www.paris-pact.net/">See all partners of the Paris Pact Initiative</a></p>`,
    ),
};

/** Inside a provider that sets the API, the language and the theme for everything in it. */
export const InProvider: Story = {
  name: 'In a provider',
  args: { kind: 'organization' },
  render: (args) => html`<pact-provider api="/v1" lang="fr" theme="pompidou-group">${partners(args)}</pact-provider>`,
};

/** The bodies by their part in the 2011 Paris Action Plan: the select (`plan-filter`), here set to the operational centres. */
export const ActionPlanRoles: Story = {
  name: '2011 Action Plan: operational centres',
  render: (args) =>
    html`<pact-partners
      api=${args.api || nothing}
      lang=${args.lang || nothing}
      plan="operational-centre"
      layout="table"
    ></pact-partners>`,
};

/** The select of the parts in the plan, for readers. */
export const ActionPlanFilter: Story = {
  name: '2011 Action Plan: filter',
  render: (args) =>
    html`<pact-partners
      api=${args.api || nothing}
      lang=${args.lang || nothing}
      plan-filter
      limit="12"
    ></pact-partners>`,
};

/**
 * `loading="lazy"` (every element takes it): below the first screen, the directory asks the API for
 * nothing until it comes within a screen of the viewport; its fallback shows in its place until then.
 * Here it sits half a screen below the first, so it loads at once; further down, it waits for the scroll.
 */
export const Lazy: Story = {
  name: 'Lazy: loads as it comes near',
  render: () =>
    html`<p style="block-size: 150vh; margin: 0">
        Scroll down: the directory starts loading a screen before it comes into view.
      </p>
      <pact-partners member="osce" kind="country" limit="12" loading="lazy"
        ><a href="https://www.osce.org/participating-states">The participating States on osce.org</a></pact-partners
      >`,
};
