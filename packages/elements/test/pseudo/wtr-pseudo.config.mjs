// The browser suite's runner with the pseudo-locale (issue 17): the French catalog is served
// accented, 40 % longer and in brackets (pseudo-catalog.mjs), for pseudo.test.ts. Run (after
// npx tsc -b): npx web-test-runner --config packages/elements/test/pseudo/wtr-pseudo.config.mjs
import base from '../../../../web-test-runner.config.mjs';
import { pseudoLocalePlugin } from './pseudo-catalog.mjs';

export default {
  ...base,
  rootDir: new URL('../../../../', import.meta.url).pathname,
  files: ['packages/elements/test/pseudo/**/*.test.ts'],
  plugins: [...base.plugins, pseudoLocalePlugin()],
};
