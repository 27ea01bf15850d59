import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@pact/elements';
import '@pact/elements/partnership/pact-partnership';
import { MEMBERSHIP_IDS } from '@pact/schema';

/** The element's attributes, by attribute name (as custom-elements.json lists them). */
interface PartnershipArgs {
  partnership: '' | 'paris-pact' | 'pompidou-group' | 'osce';
  'heading-level': number;
  /** The API base URL (inherited from PactElement); empty: the provider's, else same-origin /v1. */
  api: string;
  /** Content language; empty: the provider's (the toolbar's). */
  lang: '' | 'en' | 'fr' | 'ru';
}

function partnership(a: PartnershipArgs): TemplateResult {
  return html`<pact-partnership
    api=${a.api || nothing}
    lang=${a.lang || nothing}
    partnership=${a.partnership || nothing}
    heading-level=${a['heading-level']}
    ><p><a href="https://www.coe.int/en/web/pompidou">About the Pompidou Group</a></p></pact-partnership
  >`;
}

const meta: Meta<PartnershipArgs> = {
  title: 'Elements/pact-partnership',
  component: 'pact-partnership',
  tags: ['autodocs'],
  render: (args) => partnership(args),
  args: { partnership: 'pompidou-group', 'heading-level': 3, api: '', lang: '' },
  argTypes: {
    partnership: { control: 'inline-radio', options: ['', ...MEMBERSHIP_IDS] },
    'heading-level': { control: { type: 'range', min: 1, max: 6, step: 1 } },
    api: { control: 'text', description: 'Base URL of the API (default: the provider’s, else /v1).' },
    lang: {
      control: 'inline-radio',
      options: ['', 'en', 'fr', 'ru'],
      description: 'Content language (default: the provider’s, from the toolbar).',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The "about" block of one partnership. Every story talks to the real reference API (same-origin `/v1`); the error and loading stories go through the fault server (`/__fault/<mode>/v1`).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<PartnershipArgs>;

/** The Pompidou Group: 41 members stated, fewer listed here and most of them unconfirmed: the caveat says so. */
export const Default: Story = { name: 'Pompidou Group' };

/** The Paris Pact: its programme components (consultative mechanism, RLO network, ADAM, DMP). */
export const ParisPact: Story = { name: 'Paris Pact', args: { partnership: 'paris-pact' } };

export const Osce: Story = { name: 'OSCE', args: { partnership: 'osce' } };

export const French: Story = { args: { lang: 'fr' } };

export const Russian: Story = { args: { lang: 'ru', partnership: 'osce' } };

const themed = (theme: string, id: PartnershipArgs['partnership']): Story => ({
  args: { partnership: id },
  render: (args) => html`<pact-provider theme=${theme}>${partnership(args)}</pact-provider>`,
});

export const ThemeParisPact: Story = { ...themed('paris-pact', 'paris-pact'), name: 'Theme: Paris Pact' };
export const ThemePompidouGroup: Story = {
  ...themed('pompidou-group', 'pompidou-group'),
  name: 'Theme: Pompidou Group',
};
export const ThemeOsce: Story = { ...themed('osce', 'osce'), name: 'Theme: OSCE' };

/** No `partnership` attribute: the empty state says what to set. */
export const EmptyState: Story = {
  name: 'Empty',
  args: { partnership: '' },
  parameters: { smoke: { expect: 'empty' } },
};

/** The API answers 500: the fallback link stays, with the error and Retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: { api: '/__fault/500/v1' },
  parameters: { smoke: { expect: 'error' } },
};

/** The API never answers: the fallback, then the loading state after 300 ms. */
export const LoadingState: Story = {
  name: 'Loading',
  args: { api: '/__fault/hang/v1' },
  parameters: { smoke: { expect: 'loading' } },
};
