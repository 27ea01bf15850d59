import { html, nothing } from 'lit';
import '@pact/elements/project-form/pact-project-form';
import type { Project } from '@pact/sdk';

interface Args {
  api?: string;
  lang?: string;
  project?: Project;
}

/** A record to edit (a fictitious one, like the seed's illustrative projects). */
const example = {
  id: 'example-bmsc-2027',
  title: { en: 'Border management staff college: drug interdiction course (example)' },
  summary: { en: 'Example record for the story; not a real project.' },
  pillar: 2,
  status: 'pipeline',
  donors: ['deu'],
  beneficiaries: ['tjk'],
  implementer: 'osce',
  routes: ['northern'],
  budget: { amount: 180000, currency: 'EUR' },
  start: '2027-03-01',
  end: '2028-02-29',
  updated: '2026-12-01T10:16:40.425Z',
  illustrative: true,
} as Project;

export default {
  title: 'Elements/Project Form',
  component: 'pact-project-form',
  tags: ['autodocs'],
  argTypes: { lang: { control: 'select', options: ['en', 'fr', 'ru'] } },
  render: (args: Args) =>
    html`<pact-project-form
      api=${args.api ?? nothing}
      lang=${args.lang ?? nothing}
      .project=${args.project}
    ></pact-project-form>`,
};

/** A new project: Save shows the errors under their fields. */
export const Default = { args: {} };

/**
 * The project to edit is a property (`form.project = record`), which an HTML snippet cannot carry:
 * the pasted snippet shows the empty form (the smoke test compares the state, not the text).
 */
const propertyOnly = { smoke: { sameText: false } };

/** Editing a record: the id is fixed. */
export const Edit = { args: { project: example }, parameters: propertyOnly };

export const French = { args: { lang: 'fr' } };

export const Russian = { args: { lang: 'ru', project: example }, parameters: propertyOnly };
