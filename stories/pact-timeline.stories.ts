import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@pact/elements';
import '@pact/elements/timeline/pact-timeline';
import { EVENT_KINDS, MEMBERSHIP_IDS } from '@pact/schema';

/** The element's attributes, by attribute name (as custom-elements.json lists them). */
interface TimelineArgs {
  partnership: '' | 'paris-pact' | 'pompidou-group' | 'osce';
  kind: string;
  from: string;
  to: string;
  when: '' | 'upcoming' | 'past';
  today: string;
  controls: boolean;
  'heading-level': number;
  /** The API base URL (inherited from PactElement); empty: the provider's, else same-origin /v1. */
  api: string;
  /** Content language; empty: the provider's (the toolbar's). */
  lang: '' | 'en' | 'fr' | 'ru';
}

/** The element with its attributes from the args (empty values leave the attribute out). */
function timeline(a: TimelineArgs): TemplateResult {
  return html`<pact-timeline
    api=${a.api || nothing}
    lang=${a.lang || nothing}
    partnership=${a.partnership || nothing}
    kind=${a.kind || nothing}
    from=${a.from || nothing}
    to=${a.to || nothing}
    when=${a.when || nothing}
    today=${a.today || nothing}
    ?controls=${a.controls}
    heading-level=${a['heading-level']}
    ><p><a href="https://www.paris-pact.net/">Events of the Paris Pact Initiative</a></p></pact-timeline
  >`;
}

const meta: Meta<TimelineArgs> = {
  title: 'Elements/pact-timeline',
  component: 'pact-timeline',
  tags: ['autodocs'],
  render: (args) => timeline(args),
  args: {
    partnership: '',
    kind: '',
    from: '',
    to: '',
    when: '',
    today: '',
    controls: false,
    'heading-level': 3,
    api: '',
    lang: '',
  },
  argTypes: {
    partnership: { control: 'select', options: ['', ...MEMBERSHIP_IDS] },
    kind: { control: 'select', options: ['', ...EVENT_KINDS] },
    when: { control: 'inline-radio', options: ['', 'upcoming', 'past'] },
    today: {
      control: 'text',
      description: 'The day that divides upcoming from past events (YYYY-MM-DD); empty: today.',
    },
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
          'The timeline of the partnerships. Every story talks to the real reference API (same-origin `/v1`); the error and loading stories go through the fault server (`/__fault/<mode>/v1`).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** Every event of the dataset, grouped by year (all of them are past today). */
export const Default: Story = {};

/** The Paris Pact's events only. */
export const ParisPact: Story = { name: 'Filtered: Paris Pact', args: { partnership: 'paris-pact' } };

/** Only the expert working groups. */
export const ExpertWorkingGroups: Story = {
  name: 'Filtered: expert working groups',
  args: { kind: 'expert-working-group' },
};

/** As the page would look on 1 January 2012: the later events are upcoming; those dated to the day have "Add to calendar". */
export const UpcomingAndPast: Story = {
  name: 'Upcoming and past (as on 1 January 2012)',
  args: { today: '2012-01-01' },
};

/** The filter form: the reader chooses the partnership and the kind. */
export const WithControls: Story = { name: 'With filters', args: { controls: true } };

export const French: Story = { args: { lang: 'fr', partnership: 'pompidou-group' } };

/** The OSCE's timeline in Russian: Decision No 758 with the sources' languages. */
export const Russian: Story = { args: { lang: 'ru', partnership: 'osce' } };

/** A themed provider around the element (packages/elements/themes/NAME.css). */
const themed = (theme: string, partnership: TimelineArgs['partnership']): Story => ({
  args: { partnership },
  render: (args) => html`<pact-provider theme=${theme}>${timeline(args)}</pact-provider>`,
});

export const ThemeParisPact: Story = { ...themed('paris-pact', 'paris-pact'), name: 'Theme: Paris Pact' };
export const ThemePompidouGroup: Story = {
  ...themed('pompidou-group', 'pompidou-group'),
  name: 'Theme: Pompidou Group',
};
export const ThemeOsce: Story = { ...themed('osce', 'osce'), name: 'Theme: OSCE' };

/** No event matches: none ends after 2090. */
export const EmptyState: Story = {
  name: 'Empty',
  args: { from: '2090' },
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
