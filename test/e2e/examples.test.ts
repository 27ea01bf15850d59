import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { deepText, launch, startSite, waitForWidgets, watchedPage, TAGS, type Site } from './harness.js';
import { assertEvery } from '../support/assert-every.js';

let site: Site;
let browser: Browser;
before(async () => {
  site = await startSite();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

const PAGES = [
  {
    file: 'paris-pact.html',
    lang: 'en',
    // The timeline: Paris 2 – Moscow 1 with its days, the Vienna Declaration.
    expect: [/\d+ partners/, /Paris Pact/, /June 26\s?–\s?28, 2006 Conference/, /Vienna Declaration/],
  },
  {
    file: 'pompidou-group.html',
    lang: 'fr',
    expect: [
      /\d+ membres/,
      /Groupe Pompidou/,
      // The partnership block: the stated number against the list, never overstated; the timeline.
      /Membres : les sources en indiquent 41 ; la liste en compte 34 ici, dont 6 confirmés par les sources\./,
      /27 mars 1980 Décision/,
    ],
  },
  {
    file: 'osce.html',
    lang: 'ru',
    // Decision No 758 in Russian, with the French text it was read in named as a source.
    expect: [
      /\d+ государств-участников/,
      /ОБСЕ/,
      /5 декабря 2006 г\. Решение Решение № 758/,
      /\(\s?язык: французский\s?\)/,
    ],
  },
  {
    file: 'unodc-ar.html',
    lang: 'ar',
    // Arabic interface texts and CLDR country names, right to left.
    expect: [/الركيزة I/, /خريطة الطرق|الطريق الشمالي/, /أفغانستان/, /ألمانيا/],
  },
  {
    file: 'osce-es.html',
    lang: 'es',
    expect: [/\d+ Estados participantes/, /Ruta septentrional/, /Alemania/, /Ejemplo ficticio/],
  },
];

describe('example partner pages under the strict CSP', () => {
  for (const p of PAGES) {
    test(`${p.file}: every widget renders in ${p.lang}, with no console error and no CSP or Trusted Types violation`, async () => {
      const w = await watchedPage(browser);
      await w.page.goto(`${site.url}/${p.file}`, { waitUntil: 'load' });
      const widgets = await waitForWidgets(w.page);
      const defined = await w.page.evaluate(
        (tags: readonly string[]) => tags.filter((t) => customElements.get(t)),
        TAGS,
      );
      assert.ok(defined.includes('pact-partners'), 'the CDN bundle defines the elements');
      const used = await w.page.evaluate(
        (tags: readonly string[]) => tags.filter((t) => document.querySelector(t)),
        TAGS,
      );
      assert.deepEqual(
        defined.filter((t) => used.includes(t)).sort(),
        [...used].sort(),
        'every element on the page is defined',
      );
      assert.ok(widgets.length >= 3, `widgets on the page: ${JSON.stringify(widgets)}`);
      for (const wd of widgets.filter((x) => defined.includes(x.tag)))
        assert.ok(wd.loaded && !wd.error, `${wd.tag} loaded without error: ${wd.errorText ?? 'no data yet'}`);
      const text = await deepText(w.page, 'main');
      for (const re of p.expect) assert.match(text, re);
      assert.deepEqual(await w.violations(), []);
      assert.deepEqual(
        w.errors.filter((e) => !/favicon/.test(e)),
        [],
      );
      const csp = await w.page.evaluate(async () =>
        (await fetch(location.href)).headers.get('content-security-policy'),
      );
      assert.match(csp ?? '', /require-trusted-types-for 'script'/);
      await w.page.close();
    });
  }
});

test('two copies of the bundle on one page do not throw and still render, under the strict CSP', async () => {
  const url = site.page(
    'two-bundles.html',
    '<pact-partners limit="5" no-controls></pact-partners><script type="module" src="/cdn/pact-elements.js?copy=2"></script>',
    '<meta name="pact:api" content="/v1">',
  );
  const w = await watchedPage(browser);
  const warnings: string[] = [];
  w.page.on('console', (m) => m.type() === 'warn' && warnings.push(m.text()));
  await w.page.goto(url);
  const widgets = await waitForWidgets(w.page);
  assertEvery(widgets, (x) => x.loaded, 'widgets');
  await w.page.waitForFunction(() => true);
  assert.ok(
    warnings.some((m) => /already defined by another copy/.test(m)),
    warnings.join('\n'),
  );
  assert.deepEqual(w.errors, []);
  assert.deepEqual(await w.violations(), []);
  await w.page.close();
});
