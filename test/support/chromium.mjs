// Debian's Chromium, launched the one way that works on these machines (see TOOLCHAIN.md):
// as root it needs --no-sandbox, and the background-networking flags keep it off the closed network.
// Shared by web-test-runner, the end-to-end tests, the benchmarks, the screenshot script and the
// Storybook smoke test.

/** Path of the Chromium binary: $CHROME_PATH, else Debian's. */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Command-line flags for headless runs. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** puppeteer-core's launch options for it. */
export const PUPPETEER_LAUNCH = { executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS };
