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
body { word-break: break-word; hyphens: auto }
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
    // Narrow: the form is behind the Filters button; open it.
    const [toggle] = await boxes(page, 'pact-partners', '[part~="filters-toggle"]');
    assert.equal(toggle!.height > 0, width < 600, `Filters button ${JSON.stringify(toggle)}`);
    if (width < 600) {
      assert.ok(toggle!.height >= 44 && toggle!.height <= 48, `Filters button height ${toggle!.height}`);
      await page.$eval('pact-partners', (el) =>
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="filters-toggle"]')!.click(),
      );
      await page.waitForFunction(
        () =>
          document.querySelector('pact-partners')!.shadowRoot!.querySelector('form')!.getBoundingClientRect().height >
          0,
        { timeout: 3000 },
      );
    }
    const fields = await boxes(page, 'pact-partners', '.field');
    const controls = await boxes(page, 'pact-partners', '.field input, .field select');
    assert.ok(
      fields.length >= 3 && fields.every((f) => f.width > 100),
      `filter fields shown: ${JSON.stringify(fields)}`,
    );
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

for (const [width, height] of [
  [360, 740],
  [1280, 800],
] as const) {
  test(`the route map is wider than tall, at most 80% of the window, its labels inside it, at ${width} px`, async () => {
    const url = site.page(
      `map-${width}.html`,
      '<pact-route-map centres highlight="priority"></pact-route-map>' +
        '<pact-route-map routes="northern balkan" id="wide"></pact-route-map>' +
        '<pact-route-map id="square" class="square"></pact-route-map>',
      // The documented property: a page may still ask for another shape.
      '<link rel="stylesheet" href="/t/map-shape.css">',
    );
    writeFileSync(join(site.pages, 'map-shape.css'), '.square { --pact-route-map-aspect-ratio: 1 }');
    const w = await watchedPage(browser);
    await w.page.setViewport({ width, height });
    await w.page.goto(url, { waitUntil: 'load' });
    await waitForWidgets(w.page);
    const page = w.page;
    // The labels are drawn once the map is laid out in its measured box.
    await page.waitForFunction(() => document.querySelector('pact-route-map')?.shadowRoot?.querySelector('svg text'), {
      timeout: 8000,
    });
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/route-map-${width}.png`, fullPage: true });
    const maps = await page.$$eval('pact-route-map', (els) =>
      els.map((el) => {
        const f = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
        const labels = [...el.shadowRoot!.querySelectorAll('svg text')].map((t) => {
          const r = t.getBoundingClientRect();
          return {
            text: t.textContent,
            left: r.left - f.left,
            right: f.right - r.right,
            top: r.top - f.top,
            bottom: f.bottom - r.bottom,
          };
        });
        return { width: f.width, height: f.height, labels };
      }),
    );
    const [southern, wide, square] = maps as [(typeof maps)[0], (typeof maps)[0], (typeof maps)[0]];
    const limit = height * 0.8 + 0.5;
    for (const m of maps) assert.ok(m.height <= limit, `map ${m.width} x ${m.height} is taller than 80% of ${height}`);
    assert.ok(
      Math.abs(southern.width / southern.height - 4 / 3) < 0.02 || southern.height >= limit - 1,
      JSON.stringify(southern),
    );
    assert.ok(southern.width > southern.height, `with the southern route: ${southern.width} x ${southern.height}`);
    assert.ok(wide.width / wide.height > 1.7, `without it: ${wide.width} x ${wide.height}`);
    assert.ok(
      Math.abs(square.height - Math.min(square.width, height * 0.8)) < 1,
      `--pact-route-map-aspect-ratio: 1 gives ${square.width} x ${square.height}`,
    );
    assert.ok(
      southern.labels.some((l) => l.text === 'Afghanistan'),
      JSON.stringify(southern.labels),
    );
    for (const l of southern.labels)
      assert.ok(
        l.left >= 0 && l.right >= 0 && l.top >= 0 && l.bottom >= 0,
        `label "${l.text}" leaves the frame: ${JSON.stringify(l)}`,
      );
    // Thinned by priority (origin, then the regional centres), never drawn over each other: as rendered.
    const rect = (l: (typeof southern.labels)[0]) => ({
      x0: l.left,
      y0: l.top,
      x1: southern.width - l.right,
      y1: southern.height - l.bottom,
    });
    southern.labels.forEach((a, i) =>
      southern.labels.slice(i + 1).forEach((b) => {
        const [p, q] = [rect(a), rect(b)];
        const apart = p.x1 <= q.x0 + 0.5 || q.x1 <= p.x0 + 0.5 || p.y1 <= q.y0 + 0.5 || q.y1 <= p.y0 + 0.5;
        assert.ok(apart, `labels "${a.text}" and "${b.text}" overlap: ${JSON.stringify([p, q])}`);
      }),
    );
    assert.equal(southern.labels[0]?.text, 'Afghanistan', 'the origin is labelled first');
    await page.close();
  });
}

test('at 360 px the routes table breaks no name mid-word; in Russian, place names are localized or marked English', async () => {
  const url = site.page(
    'map-table-ru.html',
    // A theme's word-break: break-word (common in WordPress themes) is what broke "Azerbaij/an".
    '<link rel="stylesheet" href="/t/cms-reset.css"><pact-route-map view="table" centres lang="ru"></pact-route-map><pact-partners lang="ru" kind="organization"></pact-partners>',
  );
  const page = await open(url, 360);
  if (SHOTS) await (await page.$('pact-route-map'))!.screenshot({ path: `${SHOTS}/routes-table-ru-360.png` });
  const result = await page.$eval('pact-route-map', (el) => {
    const root = el.shadowRoot!;
    // A one-word name drawn on more than one line was broken inside the word.
    const broken = [...root.querySelectorAll('[data-country], [data-route]')].filter((b) => {
      const words = (b.textContent ?? '').trim().split(/\s+/);
      const range = document.createRange();
      range.selectNodeContents(b);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return lines.size > words.length;
    });
    const centres = [...root.querySelectorAll('table')].find((t) => t.textContent!.includes('CARICC'));
    const rows = [...(centres?.querySelectorAll('tbody tr') ?? [])].map((tr) => ({
      name: tr.querySelector('th')!.textContent!.trim(),
      acronymLang: tr.querySelector('th span')?.getAttribute('lang'),
      city: tr.querySelector('td')!.textContent!.trim(),
      cityLang: tr.querySelector('td')!.getAttribute('lang'),
    }));
    return {
      countries: root.querySelectorAll('[data-country]').length,
      broken: broken.map((b) => b.textContent),
      rows,
    };
  });
  assert.ok(result.countries > 10, `countries in the table: ${result.countries}`);
  assert.deepEqual(result.broken, []);
  assert.ok(result.rows.length >= 3, JSON.stringify(result.rows));
  for (const r of result.rows) {
    // "CARICC: Центральноазиатский ...": the full name in Russian, the acronym marked English, and
    // the city named in Russian (issue 15: places are localized data like names).
    assert.match(r.name, /: [А-Яа-яЁё]/, r.name);
    assert.equal(r.acronymLang, 'en');
    assert.match(r.city, /^[А-Яа-яЁё][А-Яа-яЁё -]+$/, JSON.stringify(r));
    assert.notEqual(r.cityLang, 'en', JSON.stringify(r));
  }
  const meta = await page.$eval('pact-partners', (el) =>
    [...el.shadowRoot!.querySelectorAll('.meta')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim()),
  );
  assert.ok(
    meta.some((m) => m.includes('CARICC · Алматы')),
    JSON.stringify(meta.slice(0, 5)),
  );
  await page.close();
});
