// Browser tests in Debian's Chromium (no downloaded browser), against the real API.
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { apiPlugin } from './test/support/wtr-api-plugin.mjs';
import { axTreePlugin } from './test/support/wtr-ax-plugin.mjs';
import { CHROME_ARGS, CHROME_PATH, focusedPage } from './test/support/chromium.mjs';

const executablePath = CHROME_PATH;

/**
 * A port the system has just handed out. web-test-runner's own default (8000, or the next free one)
 * races when the browser, visual and pseudo runs start side by side (scripts/test-all.mjs): two of
 * them find 8000 free at the same moment and one fails with EADDRINUSE.
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default {
  files: [
    'packages/*/test/browser/**/*.test.ts',
    'packages/elements/test/**/*.test.ts',
    'test/browser/**/*.test.ts',
    // Visual regression needs the page in front: packages/elements/test/visual/wtr-visual.config.mjs runs it.
    '!packages/elements/test/visual/**',
    // The pseudo-locale run serves another catalog: packages/elements/test/pseudo/wtr-pseudo.config.mjs runs it.
    '!packages/elements/test/pseudo/**',
    // Node tests (node:test): scripts/test-all.mjs runs them.
    '!packages/elements/test/node/**',
  ],
  port: await freePort(),
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time: a second page is a background tab (no frames, throttled timers, no focus),
  // where focus and keyboard tests hang or fail by chance.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 15000 } },
  // Every test page loads test/support/dom-assertions.ts first, so that a failing assertion about
  // a DOM node is reported at once instead of stalling the runner.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/support/dom-assertions.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.base.json', target: 'es2022' }),
    apiPlugin(),
    axTreePlugin(),
  ],
  browsers: [
    chromeLauncher({
      createPage: focusedPage,
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
};
