// A hostile dataset (served with --data semantics): script and markup payloads in every text
// field, very long names, right-to-left text, empty optional fields. Every widget must render
// them as text: no injected element, no script run, no broken layout.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { SEED_DATA_DIR } from '@pact/api/node';
import { launch, startSite, waitForWidgets, watchedPage, deepText, type Site } from './harness.js';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=2</script>',
  '<svg onload="window.__pwned=3"></svg>',
  'javascript:window.__pwned=4//',
  '{{constructor.constructor("window.__pwned=5")()}}',
];
const LONG = 'Supercalifragilisticexpialidocious'.repeat(12);
const RTL = 'جمهورية أفغانستان الإسلامية';

function hostileDataset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pact-hostile-'));
  cpSync(SEED_DATA_DIR, dir, { recursive: true });
  let n = 0;
  const poison = (t: Record<string, string>) => {
    const p = PAYLOADS[n++ % PAYLOADS.length] as string;
    t['en'] = n % 7 === 0 ? LONG : n % 5 === 0 ? `${RTL} ${p}` : `${t['en']} ${p}`;
    if (n % 3 === 0) delete t['fr'];
    else if (t['fr']) t['fr'] = `${t['fr']} ${p}`;
    if (n % 4 === 0) delete t['ru'];
    t['ar'] = RTL;
  };
  const edit = (file: string, fn: (records: Record<string, unknown>[]) => void) => {
    const path = join(dir, file);
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
    fn(data);
    writeFileSync(path, JSON.stringify(data));
  };
  edit('partners.json', (ps) =>
    ps.forEach((p) => {
      poison(p['name'] as Record<string, string>);
      delete p['website'];
      delete p['note'];
      if (p['kind'] === 'organization') (p['seat'] as Record<string, string>)['city'] = PAYLOADS[0] as string;
    }),
  );
  edit('pillars.json', (ps) =>
    ps.forEach((p) => ['title', 'shortTitle', 'summary'].forEach((k) => poison(p[k] as Record<string, string>))),
  );
  edit('projects.json', (ps) =>
    ps.forEach((p) => ['title', 'summary'].forEach((k) => poison(p[k] as Record<string, string>))),
  );
  edit('routes.json', (rs) =>
    rs.forEach((r) => {
      ['name', 'summary', 'disclaimer'].forEach((k) => poison(r[k] as Record<string, string>));
      (r['waypoints'] as Record<string, string>[]).forEach(
        (w, i) => (w['name'] = i % 2 ? `${w['name']} ${PAYLOADS[1]}` : LONG),
      );
    }),
  );
  edit('partnerships.json', (ps) =>
    ps.forEach((p) => {
      ['name', 'mandate'].forEach((k) => poison(p[k] as Record<string, string>));
      for (const section of p['sections'] as Record<string, unknown>[]) {
        poison(section['title'] as Record<string, string>);
        (section['items'] as Record<string, string>[]).forEach(poison);
      }
      for (const c of p['counts'] as Record<string, unknown>[])
        if (c['source']) (c['source'] as Record<string, string>)['title'] = PAYLOADS[2] as string;
    }),
  );
  edit('events.json', (es) =>
    es.forEach((e, i) => {
      ['title', 'summary'].forEach((k) => poison(e[k] as Record<string, string>));
      const place = e['place'] as { city?: Record<string, string> } | undefined;
      if (place?.city) place.city['en'] = PAYLOADS[i % PAYLOADS.length] as string;
      // A source title with markup in it: shown as text.
      (e['sources'] as Record<string, string>[])[0]!['title'] = PAYLOADS[1] as string;
    }),
  );
  return dir;
}

let site: Site;
let browser: Browser;
before(async () => {
  site = await startSite({ dataDir: hostileDataset() });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

for (const [file, width] of [
  ['paris-pact.html', 1280],
  ['pompidou-group.html', 1280],
  ['osce.html', 360],
] as const) {
  test(`${file} at ${width}px renders hostile data as text: no injected element, no script run, no overflow`, async () => {
    const w = await watchedPage(browser);
    await w.page.setViewport({ width, height: 900 });
    await w.page.goto(`${site.url}/${file}`, { waitUntil: 'load' });
    const widgets = await waitForWidgets(w.page);
    assert.ok(
      widgets.every((x) => x.loaded && !x.error),
      JSON.stringify(widgets),
    );
    const report = await w.page.evaluate(() => {
      const shadowRoots: ShadowRoot[] = [];
      const collect = (root: ParentNode) =>
        root.querySelectorAll('*').forEach((el) => {
          if (el.shadowRoot) {
            shadowRoots.push(el.shadowRoot);
            collect(el.shadowRoot);
          }
        });
      collect(document);
      const injected = shadowRoots.flatMap((r) =>
        [...r.querySelectorAll('img, script, iframe, object, embed, [onerror], [onload]')].map((e) =>
          e.outerHTML.slice(0, 80),
        ),
      );
      return {
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        injected,
        overflow: document.documentElement.scrollWidth - window.innerWidth,
      };
    });
    assert.equal(report.pwned, null, 'no payload ran');
    assert.deepEqual(report.injected, [], 'no element was injected');
    assert.ok(report.overflow <= 0, `the page overflows sideways by ${report.overflow}px`);
    const text = await deepText(w.page, 'main');
    assert.ok(
      text.includes('<img src=x onerror="window.__pwned=1">') || text.includes('"><script>window.__pwned=2</script>'),
      'payloads are shown as text',
    );
    const timeline = await deepText(w.page, 'pact-timeline');
    assert.ok(
      PAYLOADS.some((p) => timeline.includes(p)),
      'the timeline shows its payloads as text',
    );
    if (file === 'pompidou-group.html') {
      const about = await deepText(w.page, 'pact-partnership');
      assert.ok(about.includes(PAYLOADS[2] as string), 'the partnership block shows its payloads as text');
    }
    assert.deepEqual(await w.violations(), []);
    await w.page.close();
  });
}
