// What the element stories share: the controls of the attributes every element has, the args
// the pillar and project stories have in common, and where the stories' data comes from.

/** Controls of `api` and `lang`, which every element inherits from PactElement. */
export const API_AND_LANG_ARG_TYPES = {
  api: { control: 'text', description: 'Base URL of the API (default: the provider’s, else /v1).' },
  lang: {
    control: 'inline-radio',
    options: ['', 'en', 'fr', 'ru'],
    description: 'Content language (default: the provider’s, from the toolbar).',
  },
} as const;

/** The args of the pillar and project stories that both elements have. */
export interface CommonArgs {
  api?: string;
  lang?: string;
  headingLevel?: number;
}

/** The Docs page's description of an element's stories: `what`, then where the data comes from. */
export const describedAs = (what: string) => ({
  docs: {
    description: {
      component: `${what} Every story asks the reference API at same-origin \`/v1\`: the live API under \`npm run storybook\`, a data snapshot answered in the browser in the static build (\`npm run build-storybook\`, see the note under each story). The error and loading stories go through the fault server (\`/__fault/<mode>/v1\`), which only \`npm run storybook\` and the smoke test serve.`,
    },
  },
});
