import { html, nothing } from 'lit';
import '@pact/elements/partnership/pact-partnership';

interface Args {
  api?: string;
  lang?: string;
}

export default {
  title: 'Elements/Partnership',
  component: 'pact-partnership',
  tags: ['autodocs'],
  argTypes: { lang: { control: 'select', options: ['en', 'fr', 'ru'] } },
  render: (args: Args) =>
    html`<pact-partnership api=${args.api ?? nothing} lang=${args.lang ?? nothing}
      ><a href="https://www.paris-pact.net/">The Paris Pact</a></pact-partnership
    >`,
};

export const Default = { args: {} };

export const French = { args: { lang: 'fr' } };
