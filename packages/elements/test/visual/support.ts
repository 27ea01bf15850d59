// What the visual regression tests share: the page-visibility guard, the wait for a painted
// element, the screenshot comparison, and a theme style sheet linked for the length of a test.
import { visualDiff } from '@web/test-runner-visual-regression';

/** What a Mocha test's `this` offers that these tests use. */
export interface TestContext {
  skip(): void;
}

/**
 * A page in a background tab (the runner runs two test files at once) neither paints nor runs
 * animation frames: there the test skips itself (wtr-visual.config.mjs runs one file at a time).
 */
export function skipIfHidden(ctx: TestContext): void {
  if (document.visibilityState === 'hidden') ctx.skip();
}

/** Waits until `el` has finished its update, its fonts have loaded and a frame has been painted. */
export async function painted(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
}

/** visualDiff, or a skip when the runner has no visual regression plugin. */
export async function diff(ctx: TestContext, el: Element, name: string): Promise<void> {
  try {
    await visualDiff(el, name);
  } catch (e) {
    if (/Unknown command visual-diff/.test(String(e))) ctx.skip();
    throw e;
  }
}

/** Runs `body` with a partnership's theme file linked on the whole page, as a site would; removed afterwards. */
export async function withTheme(theme: string, body: () => Promise<void>): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/packages/elements/themes/${theme}.css`;
  const loaded = new Promise((r) => link.addEventListener('load', r, { once: true }));
  document.head.append(link);
  try {
    await loaded;
    await body();
  } finally {
    link.remove();
  }
}
