// Issue 15, "On a real site": pages with the rules a CMS theme ships (a content-box and line-height
// reset with !important, a 10 px root font size, buttons reverted) must not reach the elements'
// layout. Measured, not looked at: field boxes, button heights, horizontal overflow.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launch, startSite, waitForWidgets, watchedPage, type Site } from './harness.js';

const CMS_RESET = `* { box-sizing: content-box; line-height: 2 !important }
html { font-size: 10px }
button { all: revert }
`;
const SHOTS = process.env['PACT_SHOTS'];

let site: Site;
let browser: Browser;
before(async () => {
  site = await startSite();
  // A file, not an inline <style>: the pages are served under the strict CSP.
  writeFileSync(join(site.pages, 'cms-reset.css'), CMS_RESET);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function open(url: string, width: number): Promise<Page> {
  const w = await watchedPage(browser);
  await w.page.setViewport({ width, height: 900 });
  await w.page.goto(url, { waitUntil: 'load' });
  const widgets = await waitForWidgets(w.page);
  for (const wd of widgets) assert.ok(wd.loaded && !wd.error, `${wd.tag} loaded: ${wd.errorText ?? ''}`);
  return w.page;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The border boxes of the elements matching `selector` in the shadow root of `host`. */
function boxes(page: Page, host: string, selector: string): Promise<Box[]> {
  return page.$eval(
    host,
    (el, sel) =>
      [...(el.shadowRoot?.querySelectorAll(sel) ?? [])].map((n) => {
        const r = n.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    selector,
  );
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

for (const width of [360, 1280]) {
  test(`a CMS reset does not break the elements' layout at ${width} px`, async () => {
    const url = site.page(
      `cms-reset-${width}.html`,
      // In the body, after the harness's site.css, as a CMS theme's stylesheet comes last.
      `<link rel="stylesheet" href="/t/cms-reset.css"><pact-partners></pact-partners><pact-route-map></pact-route-map>`,
    );
    const page = await open(url, width);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/cms-reset-${width}.png`, fullPage: true });

    // The page rules did apply to the page (else the test proves nothing).
    const root = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    assert.equal(root, '10px');

    // Each filter's control stays inside its own field; fields do not overlap and stay in the element.
    const host = await page.$eval('pact-partners', (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const fields = await boxes(page, 'pact-partners', '.field');
    const controls = await boxes(page, 'pact-partners', '.field input, .field select');
    assert.ok(fields.length >= 3, `filter fields shown: ${fields.length}`);
    assert.equal(controls.length, fields.length);
    fields.forEach((f, i) => {
      assert.ok(
        inside(controls[i] as Box, f),
        `control ${i} ${JSON.stringify(controls[i])} inside field ${JSON.stringify(f)}`,
      );
      assert.ok(inside(f, host), `field ${i} ${JSON.stringify(f)} inside the element ${JSON.stringify(host)}`);
      for (const g of fields.slice(i + 1)) {
        const overlap =
          f.x < g.x + g.width - 0.5 &&
          g.x < f.x + f.width - 0.5 &&
          f.y < g.y + g.height - 0.5 &&
          g.y < f.y + f.height - 0.5;
        assert.ok(!overlap, `fields overlap: ${JSON.stringify(f)} and ${JSON.stringify(g)}`);
      }
    });
    for (const c of controls) assert.ok(c.height >= 44 && c.height <= 48, `field height ${c.height}`);

    // The map's buttons keep a 44-48 px tap target.
    const buttons = await boxes(page, 'pact-route-map', '.toolbar .button');
    assert.ok(buttons.length >= 3, `map buttons: ${buttons.length}`);
    for (const b of buttons) assert.ok(b.height >= 44 && b.height <= 48, `map button height ${b.height}`);

    // No horizontal overflow of the page.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page overflows by ${overflow} px`);
    await page.close();
  });
}

for (const width of [360, 1280]) {
  test(`scrolling through the directory does not move what is below it, at ${width} px`, async () => {
    const url = site.page(
      `scroll-${width}.html`,
      '<pact-partners limit="200"></pact-partners><p id="below">Below the directory</p>',
    );
    const page = await open(url, width);
    const cards = await page.$eval('pact-partners', (el) => el.shadowRoot!.querySelectorAll('.card').length);
    assert.ok(cards > 100, `cards shown: ${cards}`);
    const offsets: number[] = await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const below = document.getElementById('below')!;
      const offset = () => below.getBoundingClientRect().top + window.scrollY;
      const seen = [offset()];
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await frame();
        seen.push(offset());
      }
      return seen;
    });
    const first = offsets[0] as number;
    const moved = offsets.filter((o) => Math.abs(o - first) > 1);
    assert.deepEqual(moved, [], `the paragraph below was at ${first} px, then at ${[...new Set(moved)].join(', ')}`);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/directory-${width}.png`, fullPage: true });
    await page.close();
  });
}
