#!/usr/bin/env node
// bench/render-partners: <pact-partners> with every partner (126 in the seed), from data arrival
// to paint, against the same final markup inserted as static DOM by a plain script, both measured
// in the same run in Debian's Chromium (bench/render-ratio.mjs says how). Goal: at most 1.5 times
// the static markup. A fresh <pact-partners limit="200"> each run, with a limit of its own
// (200 - i, above the 126 partners) so that the SDK's cache does not answer.
//
//   node bench/render-partners.mjs [--runs 20] [--layout cards|table]
//
// Needs the built packages (npx tsc -b: @pact/api/node and packages/elements/dist).
import { parseArgs } from 'node:util';
import { loadDataset } from '@pact/api/node';
import { measureRatio, printRatio, withBenchPage } from './render-ratio.mjs';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, layout: { type: 'string', default: 'cards' } },
});
const partners = (await loadDataset()).partners.length;
await withBenchPage(
  // The directory loads lazily from the CDN core; the bench registers it at once.
  { imports: ['./packages/elements/dist/index.js', './packages/elements/dist/partners/pact-partners.js'] },
  async (tab) => {
    const result = await measureRatio(tab, {
      tag: 'pact-partners',
      attributes: (i) => ({ api: '/v1', limit: String(200 - i), layout: values.layout }),
      item: '[part~="name"]',
      expected: partners,
      runs: Number(values.runs),
    });
    printRatio(`<pact-partners layout="${values.layout}">`, result, partners);
  },
);
