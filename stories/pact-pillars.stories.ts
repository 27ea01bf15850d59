import { html, nothing } from 'lit';
import '@pact/elements';
import { PILLAR_NUMBERS } from '@pact/schema';
import type { CommonArgs } from './shared';
// Until src/index.ts re-exports them, the pillar elements register through their own modules.
import '@pact/elements/pillars/pact-pillars';
import '@pact/elements/pillars/pact-pillar-card';
import '@pact/elements/projects/pact-projects';

/** The attributes the stories set (Storybook's controls). */
interface PillarsArgs extends CommonArgs {
  selected?: number;
  width?: string;
}

const pillars = (args: PillarsArgs) =>
  html`<pact-pillars
    api=${args.api ?? nothing}
    lang=${args.lang ?? nothing}
    heading-level=${args.headingLevel ?? nothing}
    selected=${args.selected ?? nothing}
    ><a href="https://www.paris-pact.net/">The four pillars of the Vienna Declaration</a></pact-pillars
  >`;

export default {
  title: 'Elements/Pillars',
  component: 'pact-pillars',
  tags: ['autodocs'],
  argTypes: {
    lang: { control: 'select', options: ['en', 'fr', 'ru'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    selected: { control: 'select', options: [0, ...PILLAR_NUMBERS] },
  },
  render: (args: PillarsArgs) => pillars(args),
};

/** The counts are of illustrative projects (the dataset's meta says so): each says "fictitious examples". */
export const Default = { args: {} };

export const Selected = { args: { selected: 2 } };

export const HeadingLevel2 = { name: 'Heading level 2', args: { headingLevel: 2 } };

export const French = { args: { lang: 'fr' } };

export const Russian = { args: { lang: 'ru' } };

/** At 320 px (Storybook's small-mobile viewport): one card per row. */
export const Narrow = {
  args: {},
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** One card alone, with `pillar`. */
export const SingleCard = {
  name: 'Single card',
  render: (args: PillarsArgs) =>
    html`<pact-pillar-card pillar="2" lang=${args.lang ?? nothing} heading-level=${args.headingLevel ?? nothing}
      ><a href="https://www.paris-pact.net/">Pillar II: illicit financial flows</a></pact-pillar-card
    >`,
};

export const SingleCardFrench = {
  name: 'Single card (French)',
  render: () => html`<pact-pillar-card pillar="3" lang="fr"></pact-pillar-card>`,
};

/** A pillar number that does not exist: the card says so (its empty state). */
export const Empty = {
  name: 'Empty (unknown pillar)',
  render: () => html`<pact-pillar-card pillar="7"></pact-pillar-card>`,
};

/** The API answers 500: the fallback link stays, with the error and Retry. */
export const ErrorState = { name: 'Error', args: { api: '/__fault/500/v1' } };

/** The API never answers: the fallback, then the loading state after 300 ms. */
export const Loading = { args: { api: '/__fault/hang/v1' } };

/** Inside a provider: choosing a card filters the project listing beside it. */
export const Linked = {
  render: (args: PillarsArgs) =>
    html`<pact-provider lang=${args.lang ?? nothing}>
      <pact-pillars heading-level="2"></pact-pillars>
      <pact-projects limit="10"></pact-projects>
    </pact-provider>`,
};
