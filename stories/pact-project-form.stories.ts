import { html, nothing } from 'lit';
import '@pact/elements/project-form/pact-project-form';

interface Args {
  api?: string;
  lang?: string;
}

export default {
  title: 'Elements/Project Form',
  component: 'pact-project-form',
  tags: ['autodocs'],
  argTypes: { lang: { control: 'select', options: ['en', 'fr', 'ru'] } },
  render: (args: Args) =>
    html`<pact-project-form api=${args.api ?? nothing} lang=${args.lang ?? nothing}
      ><a href="https://www.paris-pact.net/">The Paris Pact</a></pact-project-form
    >`,
};

export const Default = { args: {} };

export const French = { args: { lang: 'fr' } };
