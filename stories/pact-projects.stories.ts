import { html, nothing } from 'lit';
import '@pact/elements';
import { PILLAR_NUMBERS, PROJECT_STATUSES } from '@pact/schema';
import type { CommonArgs } from './shared';
// Until src/index.ts re-exports them, the elements register through their own modules.
import '@pact/elements/projects/pact-projects';
import '@pact/elements/pillars/pact-pillar-card';
import '@pact/elements/pillars/pact-pillars';

/** The attributes the stories set (Storybook's controls). */
interface ProjectsArgs extends CommonArgs {
  pillar?: number;
  status?: string;
  country?: string;
  donor?: string;
  q?: string;
  limit?: number;
  noControls?: boolean;
  noExport?: boolean;
  syncUrl?: string;
}

const projects = (args: ProjectsArgs) =>
  html`<pact-projects
    api=${args.api ?? nothing}
    lang=${args.lang ?? nothing}
    pillar=${args.pillar ?? nothing}
    status=${args.status ?? nothing}
    country=${args.country ?? nothing}
    donor=${args.donor ?? nothing}
    q=${args.q ?? nothing}
    limit=${args.limit ?? nothing}
    heading-level=${args.headingLevel ?? nothing}
    sync-url=${args.syncUrl ?? nothing}
    ?no-controls=${args.noControls ?? false}
    ?no-export=${args.noExport ?? false}
    ><a href="https://www.paris-pact.net/">All technical-assistance projects</a></pact-projects
  >`;

export default {
  title: 'Elements/Projects',
  component: 'pact-projects',
  tags: ['autodocs'],
  argTypes: {
    lang: { control: 'select', options: ['en', 'fr', 'ru'] },
    pillar: { control: 'select', options: [...PILLAR_NUMBERS] },
    status: {
      control: 'select',
      options: [...PROJECT_STATUSES],
    },
    limit: { control: { type: 'number', min: 1, max: 200 } },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args: ProjectsArgs) => projects(args),
};

/**
 * Every seed project is illustrative: the listing says so before the list and marks each row
 * "Fictitious example" (from each project's `illustrative` flag, not from a setting).
 */
export const Default = { args: {} };

export const FilteredByPillar = { name: 'Filtered: pillar', args: { pillar: 2 } };

export const FilteredByStatus = { name: 'Filtered: status', args: { status: 'implementation' } };

export const FilteredByCountry = { name: 'Filtered: beneficiary country', args: { country: 'tjk' } };

export const FilteredByDonor = { name: 'Filtered: donor', args: { donor: 'eu' } };

export const Search = { name: 'Filtered: search text', args: { q: 'precursor' } };

export const NoControls = { name: 'No controls', args: { pillar: 4, limit: 5, noControls: true } };

/** Small pages: "Load more" and the "x of y shown" count. */
export const SmallPages = { name: 'Small pages (Load more)', args: { limit: 5 } };

/** 200 rows at once: the list is virtualized (only the rows in view are in the DOM). */
export const Virtualized = {
  args: { limit: 200 },
  // Which rows are in the DOM depends on where the list sits in the page: the pasted snippet's page
  // has other ones than the story (the smoke test compares the state, not the text).
  parameters: { smoke: { sameText: false } },
};

export const French = { args: { lang: 'fr' } };

export const Russian = { args: { lang: 'ru' } };

/** The filters are kept in the page's URL as `stories.NAME`. */
export const SyncUrl = { name: 'Synced with the URL', args: { syncUrl: 'stories' } };

/** The first row opened, as after a click on its title. */
export const RowExpanded = {
  name: 'Row expanded',
  args: { q: 'prj-0001', noControls: true },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('pact-projects');
    for (let i = 0; i < 100 && !el?.hasAttribute('data-loaded'); i++) await new Promise((ok) => setTimeout(ok, 50));
    el?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="toggle"]')?.click();
  },
};

export const Empty = { args: { q: 'zzz-nothing-matches' } };

/** The API answers 500: the fallback link stays, with the error and Retry. */
export const ErrorState = { name: 'Error', args: { api: '/__fault/500/v1' } };

/** The API never answers: the fallback, then the loading state after 300 ms. */
export const Loading = { args: { api: '/__fault/hang/v1' } };

/** A pillar card and a listing in one provider: choosing the card filters the listing. */
export const Linked = {
  render: (args: ProjectsArgs) =>
    html`<pact-provider lang=${args.lang ?? nothing}>
      <pact-pillar-card pillar="1"></pact-pillar-card>
      <pact-pillar-card pillar="3"></pact-pillar-card>
      <pact-projects limit="10"></pact-projects>
    </pact-provider>`,
};
