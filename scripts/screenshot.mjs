#!/usr/bin/env node
// Screenshots pages in Debian's Chromium, to look at what we built as a person would.
//   node scripts/screenshot.mjs URL OUT.png [--width 1280] [--height 900] [--full] [--dark] [--wait SELECTOR] [--scroll SELECTOR]
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { PUPPETEER_LAUNCH } from '../test/support/chromium.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '900' },
    full: { type: 'boolean', default: false },
    dark: { type: 'boolean', default: false },
    wait: { type: 'string' },
    scroll: { type: 'string' },
    delay: { type: 'string', default: '800' },
  },
});
const [url, out] = positionals;
const browser = await puppeteer.launch(PUPPETEER_LAUNCH);
try {
  const page = await browser.newPage();
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && console.log(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.setViewport({ width: Number(values.width), height: Number(values.height) });
  if (values.dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  if (values.wait) await page.waitForSelector(values.wait, { timeout: 10000 });
  if (values.scroll) await page.$eval(values.scroll, (el) => el.scrollIntoView());
  await new Promise((r) => setTimeout(r, Number(values.delay)));
  await page.screenshot({ path: out, fullPage: values.full });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
