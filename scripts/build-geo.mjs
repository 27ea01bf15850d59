#!/usr/bin/env node
// Builds packages/api/geo/countries.json: Natural Earth country shapes (world-atlas, 1:50m),
// simplified and re-quantized, with geometry ids rekeyed from ISO 3166-1 numeric to alpha-3.
// The output is committed; run this again when world-atlas changes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { quantize } from 'topojson-client';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

// Natural Earth areas without an ISO 3166-1 code: Kosovo gets XKX (the code in common use,
// as for UNMIK); Northern Cyprus and Somaliland are drawn within the UN-recognized states;
// the rest stay land without an id.
const NO_ISO = { Kosovo: 'XKX', 'N. Cyprus': 'CYP', Somaliland: 'SOM' };
for (const g of source.objects.countries.geometries) {
  const alpha3 = g.id ? countries.numericToAlpha3(g.id) : NO_ISO[g.properties?.name];
  if (g.id && !alpha3) throw new Error(`no alpha-3 code for ${g.id} ${g.properties?.name}`);
  if (alpha3) g.id = alpha3;
  else delete g.id;
  delete g.properties;
}
delete source.objects.land;

const pre = presimplify(source);
const simplified = simplify(pre, quantile(pre, 0.25));
const out = quantize(simplified, 1e4);
const json = JSON.stringify(out);
mkdirSync(join(root, 'packages/api/geo'), { recursive: true });
writeFileSync(join(root, 'packages/api/geo/countries.json'), json + '\n');
console.log(
  `countries.json: ${out.objects.countries.geometries.length} countries, ${json.length} bytes, ${gzipSync(json).length} bytes gzip`,
);
