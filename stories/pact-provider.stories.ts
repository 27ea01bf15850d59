import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@pact/elements';

interface ProviderArgs {
  /** Base URL of the API for every element inside. */
  api: string;
  lang: '' | 'en' | 'fr' | 'ru';
  theme: '' | 'paris-pact' | 'pompidou-group' | 'osce';
}

const meta: Meta<ProviderArgs> = {
  title: 'Elements/pact-provider',
  component: 'pact-provider',
  tags: ['autodocs'],
  args: { api: '/v1', lang: '', theme: '' },
  argTypes: {
    api: { control: 'text' },
    lang: { control: 'inline-radio', options: ['', 'en', 'fr', 'ru'] },
    theme: { control: 'select', options: ['', 'paris-pact', 'pompidou-group', 'osce'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One provider gives the elements inside it one API client (one cache, shared requests), a language, a theme and linked selections.',
      },
    },
  },
  // Two elements, one API: both lists come through the provider's client.
  render: ({ api, lang, theme }) =>
    html`<pact-provider api=${api || nothing} lang=${lang || nothing} theme=${theme || nothing}>
      <h2>Paris Pact partner organizations</h2>
      <pact-partners kind="organization" member="paris-pact" no-controls limit="6"></pact-partners>
      <h2>Priority countries</h2>
      <pact-partners layout="table" kind="country" priority="true" no-controls limit="8"></pact-partners>
    </pact-provider>`,
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** Two elements sharing the provider's API client. */
export const TwoElementsOneApi: Story = {
  name: 'Two elements, one API',
};

/** The same page in Russian with the OSCE theme, set once on the provider. */
export const LanguageAndTheme: Story = {
  name: 'Language and theme',
  args: { lang: 'ru', theme: 'osce' },
};
