#!/usr/bin/env node
// What a page's first Intl calls cost, on a blank page under Chromium's own 4× CPU slowdown
// (Lighthouse's mobile CPU setting): each call timed alone, in a task of its own, in several
// orders. The first calls load ICU's data (the locales it has, likely subtags, collation): a cost
// paid once per page, by whichever call comes first. core/format.ts's warm-up (`warmIntl`) makes
// the first formatters one per task; this shows how far such a split can go, since no script can
// cut one native call in two. Medians of --runs fresh pages (default 5) per order and language:
//   node bench/intl.mjs [--runs 5] [--lang en,ru]
// Numbers are as run on this machine: compare the orders of one run, not figures of another day.
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { PUPPETEER_LAUNCH } from '../test/support/chromium.mjs';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, lang: { type: 'string', default: 'en,ru' } },
});
const runs = Math.max(1, Number(values.runs) || 5);

const COLLATOR = "new Intl.Collator(L, { sensitivity: 'base', numeric: true })";
const LIST_AND_PLURAL =
  "new Intl.ListFormat(L, { style: 'long', type: 'conjunction' }).format([]); new Intl.PluralRules(L).select(1)";
/** Each order: the calls, one per task (`L` is the language). */
const ORDERS = {
  'warmIntl (core/format.ts)': [
    'new Intl.Locale(L).maximize()',
    COLLATOR,
    'new Intl.NumberFormat(L).format(1)',
    'new Intl.DateTimeFormat(L).format()',
    LIST_AND_PLURAL,
  ],
  'without the first touch': [
    COLLATOR,
    'new Intl.NumberFormat(L).format(1)',
    'new Intl.DateTimeFormat(L).format()',
    LIST_AND_PLURAL,
  ],
  'number format first': [
    'new Intl.NumberFormat(L).format(1)',
    'new Intl.DateTimeFormat(L).format()',
    LIST_AND_PLURAL,
    COLLATOR,
  ],
  'smaller first steps': [
    'Intl.getCanonicalLocales(L)',
    'new Intl.Locale(L)',
    'new Intl.Locale(L).minimize()',
    'Intl.PluralRules.supportedLocalesOf(L)',
    'Intl.ListFormat.supportedLocalesOf(L)',
    'Intl.Collator.supportedLocalesOf(L)',
    COLLATOR,
    'new Intl.NumberFormat(L).format(1)',
    'new Intl.DateTimeFormat(L).format()',
  ],
  'supported values first': [
    "Intl.supportedValuesOf('calendar')",
    "Intl.supportedValuesOf('collation')",
    COLLATOR,
    'new Intl.NumberFormat(L).format(1)',
  ],
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await puppeteer.launch(PUPPETEER_LAUNCH);
try {
  for (const lang of values.lang.split(',')) {
    for (const [name, calls] of Object.entries(ORDERS)) {
      const times = calls.map(() => []);
      for (let r = 0; r < runs; r++) {
        const page = await browser.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto('about:blank');
        const run = await page.evaluate(
          async (calls, L) => {
            const out = [];
            for (const call of calls) {
              await new Promise((resolve) => setTimeout(resolve, 20));
              const f = new Function('L', call);
              const t0 = performance.now();
              f(L);
              out.push(performance.now() - t0);
            }
            return out;
          },
          calls,
          lang,
        );
        run.forEach((t, i) => times[i].push(t));
        await page.close();
      }
      const medians = times.map(median);
      const total = medians.reduce((a, b) => a + b, 0);
      console.log(
        `\n${lang}, ${name}: longest ${Math.max(...medians).toFixed(1)} ms, all ${total.toFixed(1)} ms (medians of ${runs}, 4× slowdown)`,
      );
      calls.forEach((call, i) => console.log(`  ${medians[i].toFixed(1).padStart(6)} ms  ${call}`));
    }
  }
} finally {
  await browser.close();
}
