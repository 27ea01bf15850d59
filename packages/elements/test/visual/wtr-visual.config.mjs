// The runner's config with the visual regression plugin: what web-test-runner.config.mjs needs
// for packages/elements/test/visual/*.visual.test.ts. Run (after npx tsc -b):
//
//   npx web-test-runner --config packages/elements/test/visual/wtr-visual.config.mjs
//   npx web-test-runner --config packages/elements/test/visual/wtr-visual.config.mjs --update-visual-baseline
//
// Baselines: packages/elements/test/visual/baselines/chrome/baseline/NAME.png; failed runs write
// NAME.png and NAME-diff.png under .../chrome/failed/ (git-ignore that folder).
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import base from '../../../../web-test-runner.config.mjs';

export default {
  ...base,
  rootDir: new URL('../../../../', import.meta.url).pathname,
  files: ['packages/elements/test/visual/**/*.visual.test.ts'],
  // One page at a time: a page in a background tab does not paint, so it cannot be screenshot.
  concurrency: 1,
  plugins: [
    ...base.plugins,
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'packages/elements/test/visual/baselines',
      // Anti-aliasing and font hinting differ a little between machines: fail above 0.5% of pixels.
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
};
