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

/**
 * web-test-runner's `createPage`: each test page behaves as the focused window (CDP
 * `Emulation.setFocusEmulationEnabled`, as Playwright does for every page). Without it, a page
 * opened after another has closed can lack window focus: `element.focus()` then moves focus
 * without firing `focus`/`focusin`, and a focus test fails or passes by the order of the files.
 */
export async function focusedPage({ context }) {
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  return page;
}
