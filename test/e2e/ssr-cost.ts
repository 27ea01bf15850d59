// What <pact-route-map> costs on the server (docs/ssr.md): the time of one render (renderToString:
// the API's answers over HTTP, the layout, the HTML), the time of GET /v1/render/pact-route-map
// when its cache still holds the HTML (three conditional GETs answered 304), and the size of the
// HTML, raw and gzip, with and without the API's answers inside. Not a test: a measurement.
//   node --import tsx test/e2e/ssr-cost.ts [runs]
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { loadDataset, startServer } from '@pact/api/node';
import { renderToString } from '@pact/elements/ssr';
import { PAGES } from '../../packages/server/src/pages.js';

const runs = Number(process.argv[2] ?? 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const server = await startServer({ dataset: await loadDataset(), log: false, handlers: [...PAGES] });
const load = loadavg()[0]!.toFixed(1);
try {
  for (const [label, attributes] of [
    ['all routes', {}],
    ['routes="northern balkan"', { routes: 'northern balkan' }],
  ] as const) {
    const render = () => renderToString('pact-route-map', attributes, { api: `${server.url}/v1` });
    const first = await render();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await render();
      times.push(performance.now() - t);
    }
    const path = `/v1/render/pact-route-map${attributes.routes ? `?routes=${encodeURIComponent(attributes.routes)}` : ''}`;
    await (await fetch(server.url + path)).text();
    const cached: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await (await fetch(server.url + path)).text();
      cached.push(performance.now() - t);
    }
    const markup = first.html.replace(/<script type="application\/json" data-pact-answers>[^]*?<\/script>/, '');
    const kb = (s: string) => `${(s.length / 1000).toFixed(0)} kB (${(gzipSync(s).length / 1000).toFixed(0)} kB gzip)`;
    console.log(
      `${label}: render ${median(times).toFixed(0)} ms, from the cache ${median(cached).toFixed(0)} ms (medians of ${runs});` +
        ` HTML ${kb(first.html)}, of which the markup ${kb(markup)}`,
    );
  }
  console.log(`load average ${load} at the start, ${loadavg()[0]!.toFixed(1)} at the end`);
} finally {
  await server.close();
}
