// Builds the seed dataset of the reference API (packages/api/data/*.json) from the reference
// facts gathered for the project (reference.json, with confidence levels) and the tables in
// ./tables, checks every record against the schema, and only then writes the files.
//
//   npm run build:seed [-- path/to/reference.json]
//
// The reference defaults to ../shared/data/reference.json relative to the repository root
// (then /work/shared/data/reference.json). This is a maintainer tool: CI uses the committed
// output and never runs it. The output is deterministic: the same reference gives
// byte-identical files (the illustrative projects come from a seeded PRNG; nothing reads the clock).
//
// Uncertain facts stay uncertain: memberships the sources do not confirm get
// `verified: false`, and every such fact is listed in meta.json `unverified`.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDataset, SeedError, type Dataset } from './check.js';
import { checkContentFacts, missingMeeting } from './content-facts.js';
import { checkFacts, checkPlanQuotes } from './facts.js';
import { buildMeta } from './meta.js';
import { buildPartners } from './partners.js';
import { buildPillars, buildRoutes } from './pillars-routes.js';
import { buildProjects } from './projects.js';
import { EVENTS } from './tables/events.js';
import { PARTNERSHIPS } from './tables/partnerships.js';
import type { Reference } from './reference.js';
import { fail, type Todo } from './util.js';
import { COCAINE_FLOWS } from './tables/action-plan.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DATA_DIR = join(root, 'packages/api/data');

/** The whole dataset, built in memory from the reference (nothing is written). */
export function buildDataset(ref: Reference): Dataset {
  const todo: Todo[] = []; // unverified facts, collected while building
  const { countries, organizations, partners } = buildPartners(ref, todo);
  const pillars = buildPillars(ref, todo);
  const routes = buildRoutes(ref, countries, todo);
  const projects = buildProjects(partners);
  const counts = {
    partners: partners.length,
    countries: countries.length,
    organizations: organizations.length,
    pillars: pillars.length,
    routes: routes.length,
    projects: projects.length,
  };
  const memberCount = (partnership: string) =>
    countries.filter((c) => c.memberships.some((m) => m.partnership === partnership && m.status === 'member')).length;
  const expected = ref.meta.counts;
  const pp = memberCount('paris-pact');
  if (expected?.paris_pact_countries && pp !== expected.paris_pact_countries) {
    fail(`${pp} Paris Pact countries, the reference says ${expected.paris_pact_countries}`);
  }
  const osce = memberCount('osce');
  if (expected?.osce_participating_states && osce !== expected.osce_participating_states) {
    fail(`${osce} OSCE participating States, the reference says ${expected.osce_participating_states}`);
  }
  const partnerships = structuredClone([...PARTNERSHIPS]);
  const events = structuredClone([...EVENTS]);
  const meetings = [...(ref.meetings ?? []), ...(ref.g8_paris_2011 ? [ref.g8_paris_2011] : [])];
  const missing = missingMeeting(events, meetings);
  if (missing)
    fail(
      `the reference's meeting "${missing.name ?? missing.number}" of ${missing.date ?? missing.date_start} is not on the timeline`,
    );
  return {
    partners,
    pillars,
    routes,
    projects,
    partnerships,
    events,
    meta: buildMeta(ref, countries, counts, todo),
    flows: [COCAINE_FLOWS],
  };
}

/**
 * Checks the dataset against the schemas and the facts of ./facts.ts (throws a SeedError naming the
 * first invalid record), then writes its seven files.
 */
export function writeDataset(data: Dataset, outDir: string = DATA_DIR): void {
  checkDataset(data);
  checkFacts(data);
  checkContentFacts(data);
  mkdirSync(outDir, { recursive: true });
  const files: [string, unknown][] = [
    ['partners.json', data.partners],
    ['pillars.json', data.pillars],
    ['routes.json', data.routes],
    ['projects.json', data.projects],
    ['partnerships.json', data.partnerships],
    ['events.json', data.events],
    ['meta.json', data.meta],
    ['flows.json', data.flows],
  ];
  for (const [name, value] of files) writeFileSync(join(outDir, name), `${JSON.stringify(value, null, 2)}\n`);
}

function referencePath(arg: string | undefined): string {
  if (arg) return resolve(arg);
  const candidates = [join(root, '../shared/data/reference.json'), '/work/shared/data/reference.json'];
  return candidates.find((p) => existsSync(p)) ?? fail(`no reference.json at ${candidates.join(' or ')}`);
}

/** The 2011 Paris Action Plan's English text: seed document 002, in ../seeds beside the reference's folder. */
export function actionPlanPath(reference: string): string {
  const dir = join(dirname(reference), '../seeds');
  const name = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith('002_')) : undefined;
  return name ? join(dir, name) : fail(`no seed document 002 (the 2011 Action Plan) in ${dir}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const path = referencePath(process.argv[2]);
  const data = buildDataset(JSON.parse(readFileSync(path, 'utf8')) as Reference);
  try {
    checkPlanQuotes(data, readFileSync(actionPlanPath(path), 'utf8'));
    writeDataset(data);
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    console.error(`build-seed: nothing written. ${error.message}`);
    process.exit(1);
  }
  const { counts } = data.meta;
  console.log(
    `build-seed: ${counts.partners} partners (${counts.countries} countries, ${counts.organizations} organizations), ` +
      `${counts.pillars} pillars, ${counts.routes} routes, ${counts.projects} projects, ` +
      `${data.meta.unverified.length} unverified facts -> ${DATA_DIR}`,
  );
}
