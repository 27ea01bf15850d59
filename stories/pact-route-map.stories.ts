import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { ROUTE_IDS } from '@pact/schema';
import { API_AND_LANG_ARG_TYPES, describedAs } from './shared';
import '@pact/elements';
// Registers <pact-route-map> until src/index.ts re-exports it.
import '@pact/elements/route-map/pact-route-map';

/** The element's attributes, by attribute name (as custom-elements.json lists them). */
interface RouteMapArgs {
  /** Space-separated route ids; null leaves the attribute out (all routes). */
  routes: string | null;
  highlight: '' | 'priority';
  centres: boolean;
  view: 'map' | 'table';
  zoom: number;
  decorative: boolean;
  /** The API base URL (inherited from PactElement); empty: the provider's, else same-origin /v1. */
  api: string;
  /** Content language; empty: the provider's (the toolbar's). */
  lang: '' | 'en' | 'fr' | 'ru';
}

const onRoute = action('pact-route-select');
const onCountry = action('pact-country-select');

/** The element with its attributes from the args (empty values leave the attribute out). */
function routeMap(a: RouteMapArgs, fallback: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<pact-route-map
    api=${a.api || nothing}
    lang=${a.lang || nothing}
    routes=${a.routes ?? nothing}
    highlight=${a.highlight || nothing}
    view=${a.view}
    zoom=${a.zoom}
    ?centres=${a.centres}
    ?decorative=${a.decorative}
    @pact-route-select=${onRoute}
    @pact-country-select=${onCountry}
    >${fallback}</pact-route-map
  >`;
}

const meta: Meta<RouteMapArgs> = {
  title: 'Elements/Route map',
  component: 'pact-route-map',
  tags: ['autodocs'],
  render: (args) => routeMap(args),
  args: {
    routes: null,
    highlight: '',
    centres: false,
    view: 'map',
    zoom: 1,
    decorative: false,
    api: '',
    lang: '',
  },
  argTypes: {
    routes: {
      control: 'select',
      // Each route alone, two pairs, all (null) and none ('').
      options: [null, ...ROUTE_IDS, ROUTE_IDS.slice(0, 2).join(' '), ROUTE_IDS.slice(1).join(' '), ''],
      description: 'Routes to draw, separated by spaces (default: all; empty: none).',
    },
    highlight: { control: 'inline-radio', options: ['', 'priority'] },
    centres: { control: 'boolean' },
    view: { control: 'inline-radio', options: ['map', 'table'] },
    zoom: { control: { type: 'range', min: 1, max: 8, step: 0.25 } },
    decorative: { control: 'boolean' },
    ...API_AND_LANG_ARG_TYPES,
  },
  parameters: describedAs(
    'The map of the flows from Afghanistan along the northern, Balkan and southern routes: approximate directions as the sources describe them, not actual trafficking routes. Keyboard: Tab to the map (+, −, 0, arrows), to each route (arrows go through its countries in order) and to the countries; Enter selects.',
  ),
};
export default meta;

type Story = StoryObj<RouteMapArgs>;

/** The three routes, the Paris Pact partners shaded and Afghanistan marked as the origin. */
export const Default: Story = {};

export const NorthernRoute: Story = {
  name: 'Route: northern',
  args: { routes: 'northern' },
};

export const BalkanRoute: Story = {
  name: 'Route: Balkan',
  args: { routes: 'balkan' },
};

export const SouthernRoute: Story = {
  name: 'Route: southern',
  args: { routes: 'southern' },
};

/**
 * highlight="priority": the priority countries the dataset flags with high confidence stand out
 * (no official list exists); presumed flags are not highlighted, and the table view lists them.
 */
export const PriorityCountries: Story = {
  name: 'Highlight: priority countries',
  args: { highlight: 'priority' },
};

/** The regional centres (CARICC, SELEC, GCC-CICCD…) at their seat; those outside the map are named in the text summary. */
export const RegionalCentres: Story = {
  name: 'Regional centres',
  args: { centres: true },
};

/** Starts zoomed in on the middle of the map; the reader can zoom and pan from there. */
export const Zoomed: Story = {
  args: { zoom: 2.25, highlight: 'priority', centres: true },
};

/** The data-table alternative: each route's countries in order from Afghanistan. */
export const TableView: Story = {
  name: 'Table view',
  args: { view: 'table', centres: true },
};

/** The table view with highlight="priority": every priority flag, highlighted or presumed, with its basis. */
export const PriorityTable: Story = {
  name: 'Table view: priority flags and their basis',
  args: { view: 'table', highlight: 'priority' },
};

export const English: Story = {
  args: { lang: 'en', highlight: 'priority' },
};

export const French: Story = {
  args: { lang: 'fr', highlight: 'priority' },
};

export const Russian: Story = {
  args: { lang: 'ru', highlight: 'priority' },
};

/** An illustration: no buttons, nothing focusable, hidden from assistive technologies except its caption. */
export const Decorative: Story = {
  args: { decorative: true },
};

/** routes="": no route asked for. */
export const NoRoutes: Story = {
  name: 'Empty',
  args: { routes: '' },
  parameters: { smoke: { expect: 'empty' } },
};

/** The API answers 500: the error state, with Retry, and the webmaster's fallback content kept. */
export const ErrorState: Story = {
  name: 'Error',
  args: { api: '/__fault/500/v1' },
  parameters: { smoke: { expect: 'error' } },
  render: (args) =>
    routeMap(
      args,
      html`<p><a href="https://www.unodc.org/unodc/en/drug-trafficking/">Drug trafficking routes (UNODC)</a></p>`,
    ),
};

/** The API never answers: the map's box keeps its size, the loading state shows after 300 ms. */
export const LoadingState: Story = {
  name: 'Loading',
  args: { api: '/__fault/hang/v1' },
  parameters: { smoke: { expect: 'loading' } },
};

/**
 * The routes have arrived but the country outlines (`/v1/geo/countries`, 65 kB) have not: the
 * legend and the caption, with its disclaimer, show at once; the map's frame shows the loading state.
 */
export const OutlinesLoading: Story = {
  name: 'Loading the outlines',
  args: { api: '/__fault/hang-geo/v1' },
  parameters: { smoke: { expect: 'loading' } },
};

/** A themed provider around the element (packages/elements/themes/NAME.css). */
const themed = (theme: string): Story => ({
  args: { highlight: 'priority', centres: true },
  render: (args) => html`<pact-provider theme=${theme}>${routeMap(args)}</pact-provider>`,
});

export const ThemeParisPact: Story = { ...themed('paris-pact'), name: 'Theme: Paris Pact' };
export const ThemePompidouGroup: Story = { ...themed('pompidou-group'), name: 'Theme: Pompidou Group' };
export const ThemeOsce: Story = { ...themed('osce'), name: 'Theme: OSCE' };

// ---- flows="cocaine": the 2011 Paris Action Plan's transatlantic cocaine flows (issue 16) ----

/** The map of the 2011 Paris Action Plan's flow set, with the args' view, zoom and language. */
const cocaineMap = (a: RouteMapArgs) =>
  html`<pact-route-map
    flows="cocaine"
    api=${a.api || nothing}
    lang=${a.lang || nothing}
    view=${a.view}
    zoom=${a.zoom}
    ?decorative=${a.decorative}
    @pact-route-select=${onRoute}
  ></pact-route-map>`;

/**
 * `flows="cocaine"`: three approximate directions drawn from the words of the 2011 Paris Action
 * Plan (which names no country of origin or destination), its two information-exchange centres
 * (Accra, Dakar, hollow) and three maritime operational centres (MAOC-N, CeCLAD-M, JIATF-South).
 */
export const Cocaine: Story = {
  name: 'Cocaine (2011 Action Plan)',
  render: (args) => cocaineMap(args),
};

/** The table view: each direction with the plan's words and what the map adds, the centres, the networks. */
export const CocaineTable: Story = {
  name: 'Cocaine: table',
  args: { view: 'table' },
  render: (args) => cocaineMap(args),
};

export const CocaineFrench: Story = {
  name: 'Cocaine: French',
  args: { lang: 'fr' },
  render: (args) => cocaineMap(args),
};

export const CocaineRussian: Story = {
  name: 'Cocaine: Russian',
  args: { lang: 'ru' },
  render: (args) => cocaineMap(args),
};

/** In a dark page (`color-scheme: dark`: the map's light-dark() colours switch). */
export const CocaineDark: Story = {
  name: 'Cocaine: dark',
  render: (args) =>
    html`<div style="color-scheme: dark; background: #121417; color: #e8eaed; padding: 1rem">${cocaineMap(args)}</div>`,
};
