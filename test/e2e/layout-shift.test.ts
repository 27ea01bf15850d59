// No layout shift on the example partner pages while the widgets load (issue 18: CLS 0): each page at
// a phone's, a larger phone's and a desktop's width, JavaScript on, the CDN bundle under the strict
// CSP. Every `layout-shift` entry without recent input counts (the browser's own Layout Instability
// API, what Lighthouse's CLS sums), until every widget has its data and the page is quiet.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { launch, startSite, waitForWidgets, type Site } from './harness.js';

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

const PAGES = ['paris-pact.html', 'pompidou-group.html', 'osce.html'];
// 412 × 823 and 1350 × 940 are the screens of Lighthouse's mobile and desktop runs (bench/lighthouse.mjs).
const SCREENS = [
  { width: 360, height: 800, isMobile: true, hasTouch: true },
  { width: 412, height: 823, isMobile: true, hasTouch: true },
  { width: 1350, height: 940, isMobile: false, hasTouch: false },
];

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Shift {
  /** Milliseconds since the epoch, then since the navigation. */
  time: number;
  value: number;
  hadRecentInput: boolean;
  sources: { node: string; previousRect: Rect; currentRect: Rect }[];
}

/** A node's path from <main> (or the document), through the shadow roots it is in. */
function describeNode(node: Node | null): string {
  const parts: string[] = [];
  let n: Node | null = node;
  while (n) {
    if (n instanceof ShadowRoot) {
      parts.push('#shadow-root');
      n = n.host;
      continue;
    }
    if (n instanceof Element) {
      const label = n.getAttribute('aria-labelledby');
      const name = typeof n.className === 'string' ? n.className.trim() : '';
      const cls = name ? `.${name.split(/\s+/).join('.')}` : '';
      parts.push(`${n.localName}${n.id ? `#${n.id}` : ''}${label ? `[aria-labelledby=${label}]` : ''}${cls}`);
      if (n.localName === 'main') break;
    } else if (n.nodeType === Node.TEXT_NODE) parts.push(`"${(n.textContent ?? '').trim().slice(0, 30)}"`);
    n = n.parentNode;
  }
  return parts.reverse().join(' > ');
}

/**
 * Records the page's layout shifts from the start (the browser's Layout Instability entries,
 * through the DevTools protocol, which names nodes inside shadow roots too), each moved node
 * described as it was when it moved.
 */
async function recordShifts(page: Page): Promise<() => Promise<Shift[]>> {
  const cdp = await page.createCDPSession();
  const shifts: Promise<Shift>[] = [];
  const describe = async (backendNodeId: number | undefined): Promise<string> => {
    if (backendNodeId === undefined) return '(no node named)';
    try {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function () { return (${describeNode.toString()})(this); }`,
        returnByValue: true,
      });
      return String(result.value) || '(a node removed from the page)';
    } catch {
      return '(a node removed from the page)';
    }
  };
  const rect = (r: Rect): Rect => ({ x: r.x, y: r.y, width: r.width, height: r.height });
  cdp.on('PerformanceTimeline.timelineEventAdded', ({ event }) => {
    const details = event.layoutShiftDetails;
    if (!details) return;
    shifts.push(
      Promise.all(
        details.sources.map(async (src) => ({
          node: await describe(src.nodeId),
          previousRect: rect(src.previousRect),
          currentRect: rect(src.currentRect),
        })),
      ).then((sources) => ({
        time: event.time * 1000,
        value: details.value,
        hadRecentInput: details.hadRecentInput,
        sources,
      })),
    );
  });
  await cdp.send('DOM.enable');
  await cdp.send('PerformanceTimeline.enable', { eventTypes: ['layout-shift'] });
  return () => Promise.all(shifts);
}

/** After two frames, so that the last shift has been reported. */
function twoFrames(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Run in the page before its own scripts: the page's widest width in each frame while it loads
 * (the first 10 s), with the element that stuck out furthest then.
 */
const WIDEST = `(() => {
  window.__widest = { width: 0, what: '' };
  const until = performance.now() + 10000;
  const frame = () => {
    const root = document.documentElement;
    if (root && root.scrollWidth > window.__widest.width) {
      let what = '';
      let right = 0;
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect().right;
        if (r > right) [right, what] = [r, el.localName + (el.className ? '.' + el.className : '')];
      }
      window.__widest = { width: root.scrollWidth, what: what + ' reaches ' + Math.round(right) + ' px' };
    }
    if (performance.now() < until) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

const px = (n: number) => Math.round(n);
/** One line per moved node: where it was and where it went, in CSS pixels of the viewport. */
function describeShift(s: Shift): string {
  const moves = s.sources.map(
    (src) =>
      `${src.node}: y ${px(src.previousRect.y)} → ${px(src.currentRect.y)} px, x ${px(src.previousRect.x)} → ${px(src.currentRect.x)} px, height ${px(src.previousRect.height)} → ${px(src.currentRect.height)} px`,
  );
  return `  ${s.value.toFixed(4)} at ${s.time} ms:\n${moves.map((m) => `    ${m}`).join('\n') || '    (no source named)'}`;
}

describe('no layout shift while the example pages load (CLS 0)', () => {
  for (const screen of SCREENS) {
    for (const file of PAGES) {
      test(`${file} at ${screen.width} × ${screen.height}`, async () => {
        const page = await browser.newPage();
        try {
          await page.setViewport({ ...screen, deviceScaleFactor: 1 });
          const recorded = await recordShifts(page);
          await page.evaluateOnNewDocument(WIDEST);
          await page.goto(`${site.url}/${file}`, { waitUntil: 'load' });
          const widgets = await waitForWidgets(page);
          const failed = widgets.filter((w) => !w.loaded || w.error);
          assert.deepEqual(failed, [], 'every widget has its data');
          // Anything the data's arrival still sets off (a chunk, a second render, the map's layers).
          await page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 });
          await new Promise((r) => setTimeout(r, 300));
          await twoFrames(page);
          const origin = await page.evaluate(() => performance.timeOrigin);
          const shifts = (await recorded())
            .filter((s) => !s.hadRecentInput)
            .map((s) => ({ ...s, time: Math.round(s.time - origin) }));
          // A page wider than a phone's screen opens zoomed out (and every lazy widget is then "near").
          const widest = (await page.evaluate('window.__widest')) as { width: number; what: string };
          assert.ok(
            widest.width <= screen.width,
            `${file} at ${screen.width} px was ${widest.width} px wide while loading: ${widest.what}`,
          );
          const total = shifts.reduce((sum, s) => sum + s.value, 0);
          assert.equal(
            total,
            0,
            `${file} at ${screen.width} px: layout shift ${total.toFixed(4)} (each node's box inside the viewport, 0 when outside it), from\n${shifts.map(describeShift).join('\n')}`,
          );
        } finally {
          await page.close();
        }
      });
    }
  }
});
