import { html, nothing } from 'lit';
import '@pact/elements/timeline/pact-timeline';

interface Args {
  api?: string;
  lang?: string;
}

export default {
  title: 'Elements/Timeline',
  component: 'pact-timeline',
  tags: ['autodocs'],
  argTypes: { lang: { control: 'select', options: ['en', 'fr', 'ru'] } },
  render: (args: Args) =>
    html`<pact-timeline api=${args.api ?? nothing} lang=${args.lang ?? nothing}
      ><a href="https://www.paris-pact.net/">The Paris Pact</a></pact-timeline
    >`,
};

export const Default = { args: {} };

export const French = { args: { lang: 'fr' } };
