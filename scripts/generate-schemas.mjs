#!/usr/bin/env node
// Generates the JSON Schemas of @pact/schema from src/model.ts (typescript-json-schema),
// then compiles them ahead of time into one self-contained ESM module of validators
// (Ajv standalone code + ajv-formats, bundled by esbuild) so that nothing calls
// `new Function` or `eval` at run time.
//
//   node scripts/generate-schemas.mjs          write schemas/*.json and generated/validators.js
//   node scripts/generate-schemas.mjs --check  exit 1 when the committed schemas are stale
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as TJS from 'typescript-json-schema';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(root, 'packages/schema');
const schemaDir = join(pkg, 'schemas');
const generatedDir = join(pkg, 'generated');
const SCHEMA_BASE = 'https://pact-embed.org/schemas/v1/';

/** The top-level types that get a schema file and a validator, by name. */
export const TYPES = [
  'LocalizedText',
  'Partner',
  'Pillar',
  'Route',
  'Project',
  'PartnerPage',
  'ProjectPage',
  'PillarList',
  'RouteList',
  'Region',
  'RegionList',
  'Problem',
  'Meta',
  'CountryTopology',
  'ChangePage',
  'Membership',
  'FlowSet',
  'FlowSetList',
  'Partnership',
  'PartnershipList',
  'TimelineEvent',
  'EventPage',
];

/**
 * The types that get a precompiled validator. Pages and lists are checked
 * record by record with these (so one bad record can be skipped, not the page),
 * which also keeps the generated module small.
 */
export const VALIDATED = [
  'Partner',
  'Pillar',
  'Route',
  'Region',
  'Project',
  'Problem',
  'Meta',
  'CountryTopology',
  'FlowSet',
];
/**
 * The partnerships and the timeline get their validators in a module of their own
 * (`@pact/schema/validate-content`), so that a page that validates only the other records does not
 * load them (they would add some 8 kB gzip to `@pact/schema/validate`).
 */
export const CONTENT = ['Partnership', 'TimelineEvent'];

function generate() {
  const program = TJS.getProgramFromFiles([join(pkg, 'src/model.ts')], {
    strict: true,
    strictNullChecks: true,
    target: 'es2022',
    types: [],
    skipLibCheck: true,
  });
  const settings = {
    required: true,
    noExtraProps: true,
    strictNullChecks: true,
    titles: false,
    ref: true,
    aliasRef: false,
    topRef: false,
    ignoreErrors: false,
  };
  const generator = TJS.buildGenerator(program, settings, [join(pkg, 'src/model.ts')]);
  if (!generator) throw new Error('typescript-json-schema could not read src/model.ts');
  const out = {};
  for (const name of TYPES) {
    const schema = generator.getSchemaForSymbol(name);
    out[name] = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `${SCHEMA_BASE}${name}.json`,
      ...schema,
    };
  }
  return out;
}

const text = (schema) => JSON.stringify(schema, null, 2) + '\n';

const schemas = generate();

if (process.argv.includes('--check')) {
  const stale = [];
  for (const [name, schema] of Object.entries(schemas)) {
    const file = join(schemaDir, `${name}.json`);
    if (!existsSync(file)) stale.push(`${name}.json is missing`);
    else if (readFileSync(file, 'utf8') !== text(schema)) stale.push(`${name}.json differs from src/model.ts`);
  }
  const extra = existsSync(schemaDir)
    ? readdirSync(schemaDir).filter((f) => f.endsWith('.json') && !(f.replace(/\.json$/, '') in schemas))
    : [];
  for (const f of extra) stale.push(`${f} has no type in src/model.ts`);
  if (stale.length) {
    console.error(`Committed JSON Schemas are stale (run npm run build:schema):\n- ${stale.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`${Object.keys(schemas).length} committed JSON Schemas match src/model.ts`);
  process.exit(0);
}

mkdirSync(schemaDir, { recursive: true });
for (const [name, schema] of Object.entries(schemas)) writeFileSync(join(schemaDir, `${name}.json`), text(schema));

/**
 * Compiles `names` into one self-contained ESM module of validators, `generated/FILE.js`, with its
 * declarations. `allErrors` reports every failing field (for write bodies, whose 422 names each one);
 * without it a validator stops at the first (for reads, where speed matters and one is enough).
 */
async function compile(file, names, allErrors, refOf = (name) => `${SCHEMA_BASE}${name}.json`) {
  const ajv = new Ajv({ code: { source: true, lines: false }, allErrors, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  for (const name of [...VALIDATED, ...CONTENT]) ajv.addSchema(schemas[name]);
  const refs = Object.fromEntries(names.map((name) => [`validate${name}`, refOf(name)]));
  const cjs = standaloneCode(ajv, refs);
  mkdirSync(generatedDir, { recursive: true });
  const result = await build({
    stdin: {
      contents: `import v from './validators.cjs';\n${names.map((n) => `export const validate${n} = v.validate${n};`).join('\n')}\n`,
      resolveDir: generatedDir,
      sourcefile: `${file}-entry.js`,
    },
    plugins: [
      {
        name: 'virtual-cjs',
        setup(b) {
          b.onResolve({ filter: /^\.\/validators\.cjs$/ }, () => ({ path: 'validators.cjs', namespace: 'v' }));
          b.onLoad({ filter: /.*/, namespace: 'v' }, () => ({ contents: cjs, loader: 'js', resolveDir: root }));
        },
      },
    ],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: false,
    legalComments: 'none',
    write: false,
  });
  const banner = '// Generated by scripts/generate-schemas.mjs from packages/schema/src/model.ts. Do not edit.\n';
  const js = banner + result.outputFiles[0].text;
  if (/new Function|\beval\(/.test(js)) throw new Error('generated validators evaluate code at run time');
  writeFileSync(join(generatedDir, `${file}.js`), js);
  const dts =
    banner +
    `export interface ValidationError { instancePath: string; schemaPath: string; keyword: string; params: Record<string, unknown>; message?: string }\n` +
    `export interface ValidateFunction { (data: unknown): boolean; errors?: ValidationError[] | null }\n` +
    names.map((n) => `export declare const validate${n}: ValidateFunction;`).join('\n') +
    '\n';
  writeFileSync(join(generatedDir, `${file}.d.ts`), dts);
}

/**
 * The types a write body is checked against, reporting every failing field. A partner is checked
 * against the branch its `kind` names (a union would report the other branch's errors too).
 */
export const WRITTEN = ['CountryPartner', 'OrganizationPartner', 'Project'];

await compile('validators', VALIDATED, false);
await compile('content-validators', CONTENT, false);
await compile('write-validators', WRITTEN, true, (name) =>
  name.endsWith('Partner') ? `${SCHEMA_BASE}Partner.json#/definitions/${name}` : `${SCHEMA_BASE}${name}.json`,
);
console.log(
  `wrote ${TYPES.length} schemas to packages/schema/schemas and ${VALIDATED.length} + ${CONTENT.length} + ${WRITTEN.length} validators to packages/schema/generated`,
);
