// pact-cloak.css on a page that sets no reservation of its own (issue 18: CLS 0): each element keeps
// the same box before its script has defined it as while it waits for its data, so that what follows
// it does not move when the script arrives. The API never answers here (the fault server's `hang`),
// so each element stays in its loading state; the script is added once the cloaked boxes are measured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { faultySite } from './harness.js';

const env = faultySite({ csp: false });

// The elements whose loading box has a height of its own (the map's follows its width).
const TAGS = [
  'pact-pillars',
  'pact-pillar-card',
  'pact-partners',
  'pact-projects',
  'pact-partnership',
  'pact-timeline',
];

test('with the cloak and no reservation of the page, each element keeps its box when its script arrives', async () => {
  const body = TAGS.map(
    (tag) =>
      `<${tag} id="${tag}"${tag === 'pact-pillar-card' ? ' pillar="2"' : ''}${tag === 'pact-partnership' ? ' partnership="osce"' : ''}><a href="/x">${tag} on the site</a></${tag}><p id="after-${tag}">after</p>`,
  ).join('');
  writeFileSync(
    join(env.site.pages, 'cloak.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cloak</title><link rel="icon" href="data:,"><meta name="pact:api" content="${env.fault.url}/hang/v1"><link rel="stylesheet" href="/cdn/pact-cloak.css"></head><body>${body}</body></html>`,
  );
  const page = await env.browser.newPage();
  try {
    await page.setViewport({ width: 1024, height: 800 });
    await page.goto(`${env.site.url}/t/cloak.html`, { waitUntil: 'load' });
    const boxes = () =>
      page.evaluate(
        (tags: string[]) =>
          Object.fromEntries(
            tags.map((t) => [
              t,
              {
                defined: customElements.get(t) !== undefined,
                height: Math.round(document.getElementById(t)!.getBoundingClientRect().height * 10) / 10,
              },
            ]),
          ),
        TAGS,
      );
    const cloaked = await boxes();
    for (const tag of TAGS) {
      assert.equal(cloaked[tag]!.defined, false, tag);
      assert.ok(cloaked[tag]!.height >= 100, `${tag} keeps a box before its script: ${cloaked[tag]!.height} px`);
    }
    await page.addScriptTag({ type: 'module', url: `${env.site.url}/cdn/pact-elements.js` });
    // Defined, and past the moment the loading message shows (300 ms): the data never comes.
    await page.waitForFunction((tags: string[]) => tags.every((t) => customElements.get(t)), { timeout: 10000 }, TAGS);
    await new Promise((r) => setTimeout(r, 800));
    const loading = await boxes();
    assert.deepEqual(
      Object.fromEntries(TAGS.map((t) => [t, loading[t]!.height])),
      Object.fromEntries(TAGS.map((t) => [t, cloaked[t]!.height])),
      'heights (px) while loading, against the cloak before the script',
    );
  } finally {
    await page.close();
  }
});
