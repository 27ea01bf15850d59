// Checks of facts that a schema cannot express, run before anything is written (issue 13): the
// routes are stored in order from Afghanistan, each step a land border or a named sea leg; the
// texts name countries instead of coding them; the meetings held before the Vienna Declaration
// (2012) are not called pillar working groups; the cocaine centres have no place on the opiate routes.
import type { FlowSet, Partner, Route } from '@pact/schema';
import { SeedError, type Dataset } from './check.js';
import { joinOf } from './tables/route-geography.js';

/** The countries of a drawn line, one entry per country crossed (repeated points of a country merged). */
export function lineCountries(route: Route, path: readonly string[]): string[] {
  const countryOf = new Map(route.waypoints.map((w) => [w.id, w.country]));
  const out: string[] = [];
  for (const id of path) {
    const c = countryOf.get(id) ?? id;
    if (out[out.length - 1] !== c) out.push(c);
  }
  return out;
}

/** Why a route is out of order, or null: each line and the list of countries, walked from Afghanistan. */
export function routeOrderProblem(route: Route): { path: string; reason: string } | null {
  for (const [i, path] of route.paths.entries()) {
    const line = lineCountries(route, path);
    const start = path[0] ?? '';
    if (line[0] !== 'afg' && !route.paths.slice(0, i).some((p) => p.includes(start))) {
      return {
        path: `/paths/${i}`,
        reason: `the line starts at ${start}, outside Afghanistan and on no line before it`,
      };
    }
    for (let k = 1; k < line.length; k++) {
      const [a, b] = [line[k - 1] ?? '', line[k] ?? ''];
      if (!joinOf(a, b))
        return { path: `/paths/${i}`, reason: `${a} and ${b} share no land border and no named sea leg` };
    }
  }
  const [first, ...rest] = route.countries;
  if (first !== 'afg') return { path: '/countries/0', reason: `the first country is ${first}, not afg` };
  for (const [k, c] of rest.entries()) {
    const before = route.countries.slice(0, k + 1);
    if (!before.some((b) => joinOf(b, c))) {
      return {
        path: `/countries/${k + 1}`,
        reason: `${c} borders none of the countries before it (${before.join(', ')})`,
      };
    }
  }
  const seen = new Set<string>();
  for (const [k, w] of route.waypoints.entries()) {
    const before = route.paths.flatMap((p) => p.flatMap((id, j) => (p[j + 1] === w.id ? [id] : [])));
    const late = before.find((id) => !seen.has(id));
    if (late) return { path: `/waypoints/${k}`, reason: `${w.id} comes before ${late}, which leads to it` };
    seen.add(w.id);
  }
  return null;
}

/** Two capital letters standing alone: an ISO 3166-1 alpha-2 code when a country partner has it. */
const CODE = /(?<![\p{L}\p{N}])[A-Z]{2}(?![\p{L}\p{N}])/gu;
/** The word for a pillar in each language of the dataset. */
const PILLAR_WORD = /pillar|pilier|направлени/i;

function codedCountries(text: string, codes: ReadonlySet<string>): string[] {
  return [...text.matchAll(CODE)].map((m) => m[0]).filter((c) => codes.has(c));
}

/** Throws a SeedError naming the first record whose facts are wrong; returns when all hold. */
export function checkFacts(data: Dataset): void {
  const partners = data.partners as readonly Partner[];
  const codes = new Set(partners.flatMap((p) => (p.kind === 'country' ? [p.iso2] : [])));
  for (const route of data.routes) {
    const problem = routeOrderProblem(route);
    if (problem) throw new SeedError('routes.json', route.id, problem.path, problem.reason);
    for (const [lang, text] of Object.entries(route.summary)) {
      const coded = codedCountries(text ?? '', codes);
      if (coded.length)
        throw new SeedError(
          'routes.json',
          route.id,
          `/summary/${lang}`,
          `country codes ${coded.join(', ')}: name the countries`,
        );
    }
  }
  for (const pillar of data.pillars) {
    for (const [lang, text] of Object.entries(pillar.summary)) {
      const coded = codedCountries(text ?? '', codes);
      if (coded.length)
        throw new SeedError(
          'pillars.json',
          String(pillar.number),
          `/summary/${lang}`,
          `country codes ${coded.join(', ')}`,
        );
      // A sentence about a meeting before the Vienna Declaration (2012) must not call it a pillar's.
      for (const sentence of (text ?? '').split(/(?<=[.;])\s+/)) {
        const years = [...sentence.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
        if (years.some((y) => y < 2012) && PILLAR_WORD.test(sentence)) {
          throw new SeedError(
            'pillars.json',
            String(pillar.number),
            `/summary/${lang}`,
            `a meeting before 2012 called a pillar's: "${sentence}"`,
          );
        }
      }
    }
  }
  for (const p of partners) {
    if (p.kind !== 'organization') continue;
    const cocaine = p.flows?.includes('transatlantic-cocaine') && !p.flows.includes('afghan-opiates');
    if (cocaine && p.routes.length) {
      throw new SeedError(
        'partners.json',
        p.id,
        '/routes',
        'a transatlantic-cocaine centre has a role on an opiate route',
      );
    }
    if (p.routes.some((r) => r.role === 'coordination') && !p.flows?.includes('afghan-opiates')) {
      throw new SeedError(
        'partners.json',
        p.id,
        '/flows',
        'coordinates work on an opiate route without the flow "afghan-opiates"',
      );
    }
  }
}

/** Whitespace folded to one space (the plan's text has line and page breaks inside sentences). */
const words = (t: string) => t.replace(/\s+/g, ' ').trim();

/**
 * Every quote of the 2011 Paris Action Plan in the dataset (partners' `actionPlan.quote`, the flow
 * lines' `source.quote`) must be in the plan's English text (seed document 002), word for word,
 * and each flow set's centres and networks must be the bodies whose part it is.
 */
export function checkPlanQuotes(data: { partners: readonly Partner[]; flows: readonly FlowSet[] }, planText: string) {
  const plan = words(planText);
  for (const p of data.partners) {
    if (p.kind !== 'organization' || !p.actionPlan) continue;
    if (!plan.includes(words(p.actionPlan.quote)))
      throw new SeedError('partners.json', p.id, '/actionPlan/quote', 'not in the text of the 2011 Action Plan');
    const acronym = p.acronym.replace(/\s*\(N\)$/, '-N').replace(/-South$/, '-S');
    const named = p.actionPlan.role === 'information-centre' ? p.seat.city : acronym;
    if (!words(p.actionPlan.quote).toLowerCase().includes(named.toLowerCase()))
      throw new SeedError('partners.json', p.id, '/actionPlan/quote', `the quote does not name ${named}`);
  }
  for (const set of data.flows) {
    for (const [i, line] of set.lines.entries()) {
      if (!plan.includes(words(line.source.quote)))
        throw new SeedError(
          'flows.json',
          set.id,
          `/lines/${i}/source/quote`,
          'not in the text of the 2011 Action Plan',
        );
      if (line.confidence === 'high')
        throw new SeedError(
          'flows.json',
          set.id,
          `/lines/${i}/confidence`,
          'the plan names no region of a line: not "high"',
        );
    }
  }
}
