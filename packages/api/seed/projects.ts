// Illustrative projects (seeded PRNG; modelled on IATI activities, not on ADAM). The draws
// happen in a fixed order, so the same tables give byte-identical records.
import {
  PILLAR_NUMBERS,
  PROJECT_STATUSES,
  ROUTE_IDS,
  type LocaleCode,
  type Partner,
  type Project,
  type ProjectStatus,
  type RouteId,
} from '@pact/schema';
import {
  ACTIVITIES,
  BENEFICIARY_GROUPS,
  DONORS,
  EURO_DONORS,
  IMPLEMENTERS,
  IMPLEMENTER_SCOPE,
  PILLAR_COUNTS,
  PROJECT_COUNT,
  SHORT,
  STATUS_COUNTS,
  TEMPLATES,
  type Trio,
  type Weighted,
} from './tables/projects.js';
import { fail, mulberry32 } from './util.js';

const DAY = 86400000;
const toDay = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
const isoDay = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
const TODAY = toDay('2026-06-01');
const FIRST = toDay('2012-01-01');
const LAST = toDay('2029-12-31');
const UPDATED_MAX = toDay('2026-11-20');
const TRIO_INDEX: Partial<Record<LocaleCode, 0 | 1 | 2>> = { en: 0, fr: 1, ru: 2 };

/** The seeded draws; one instance per build so that every build starts from the same seed. */
function draws(seed: number) {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] ?? fail('pick from an empty list');
  function weighted<T>(pairs: readonly Weighted<T>[]): T {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let x = rand() * total;
    for (const [v, w] of pairs) {
      x -= w;
      if (x < 0) return v;
    }
    return (pairs[pairs.length - 1] ?? fail('weighted draw from an empty list'))[0];
  }
  function shuffle<T>(list: readonly T[]): T[] {
    const a = [...list];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [a[i], a[j]] = [a[j] as T, a[i] as T];
    }
    return a;
  }
  const between = (a: number, b: number) => a + Math.floor(rand() * (b - a + 1));
  return {
    rand,
    pick,
    weighted,
    shuffle,
    sample: <T>(list: readonly T[], n: number) => shuffle(list).slice(0, n),
    between,
  };
}
type Draws = ReturnType<typeof draws>;

function datesFor(status: ProjectStatus, { between }: Draws): { start: number; end: number } {
  let start: number;
  let end: number;
  const len = () => between(365, 4 * 365);
  switch (status) {
    case 'closed':
      end = between(toDay('2013-06-01'), TODAY - 1);
      start = Math.max(FIRST, end - len());
      break;
    case 'pipeline':
      start = between(TODAY + 30, toDay('2027-12-31'));
      end = Math.min(LAST, start + len());
      break;
    case 'finalisation':
      end = between(toDay('2025-10-01'), toDay('2026-09-30'));
      start = Math.max(FIRST, end - len());
      break;
    case 'cancelled':
      start = between(toDay('2014-01-01'), toDay('2027-06-30'));
      end = Math.min(LAST, start + len());
      break;
    default: // implementation, suspended: running on 1 June 2026
      start = between(toDay('2021-01-01'), TODAY - 60);
      end = Math.min(LAST, Math.max(TODAY + 60, start + len()));
  }
  if (end <= start) fail(`bad dates for ${status}`);
  // Start on the first of a month, end on the last day of one (as programmes usually do).
  const s = new Date(start * DAY);
  const startDay = Date.UTC(s.getUTCFullYear(), s.getUTCMonth(), 1) / DAY;
  const e = new Date(end * DAY);
  const endDay = Date.UTC(e.getUTCFullYear(), e.getUTCMonth() + 1, 0) / DAY;
  return { start: startDay, end: Math.min(endDay, LAST) };
}

const listEn = (names: string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

function fill(template: Trio, names: Record<'en' | 'fr' | 'ru', string[]>) {
  return {
    en: template[0].replace('{c}', listEn(names.en)),
    fr: template[1].replace('{c}', names.fr.join(', ')),
    ru: template[2].replace('{c}', names.ru.join(', ')),
  };
}

export function buildProjects(partners: readonly Partner[]): Project[] {
  const d = draws(0x5eed2026);
  const { rand, pick, weighted, shuffle, sample, between } = d;
  const partnerById = new Map(partners.map((p) => [p.id, p]));
  const partner = (id: string) => partnerById.get(id) ?? fail(`unknown partner ${id}`);
  const nameOf = (id: string, locale: 'en' | 'fr' | 'ru') => {
    const short = SHORT[id];
    if (short && partnerById.get(id)?.kind === 'organization') return short[TRIO_INDEX[locale] ?? 0];
    const p = partner(id);
    const text = p.name[locale] ?? p.name.en;
    return locale === 'en' ? text.replace(/^Iran \(Islamic Republic of\)$/, 'Iran') : text;
  };
  const routesOf = (ids: string[]): RouteId[] => {
    const set = new Set<RouteId>();
    for (const id of ids) for (const r of partner(id).routes) set.add(r.route);
    return ROUTE_IDS.filter((r) => set.has(r));
  };
  const counts = <K extends string | number>(entries: [K, number][]) =>
    entries.flatMap(([k, n]) => Array<K>(n).fill(k));
  const pillarSeq = shuffle(
    counts(
      Object.entries(PILLAR_COUNTS).map(([p, n]) => [
        PILLAR_NUMBERS.find((x) => x === Number(p)) ?? fail(`unknown pillar ${p}`),
        n,
      ]),
    ),
  );
  const statusSeq = shuffle(
    counts(
      Object.entries(STATUS_COUNTS).map(([s, n]) => [
        PROJECT_STATUSES.find((x) => x === s) ?? fail(`unknown status ${s}`),
        n,
      ]),
    ),
  );
  if (pillarSeq.length !== PROJECT_COUNT || statusSeq.length !== PROJECT_COUNT) fail('project counts do not add up');

  const projects: Project[] = [];
  const titles = new Set<string>();
  for (let i = 0; i < PROJECT_COUNT; i++) {
    const pillar = pillarSeq[i] ?? fail('pillar sequence too short');
    const status = statusSeq[i] ?? fail('status sequence too short');
    const group = weighted(BENEFICIARY_GROUPS);
    const n = Math.min(
      group.length,
      weighted([
        [1, 5],
        [2, 3],
        [3, 2],
      ]),
    );
    const beneficiaries = sample(group, n).sort((a, b) => group.indexOf(a) - group.indexOf(b));
    const implementer = weighted(
      IMPLEMENTERS[pillar].filter(([id]) => {
        const scope = IMPLEMENTER_SCOPE[id];
        return !scope || beneficiaries.every((b) => scope.includes(b));
      }),
    );
    const { start, end } = datesFor(status, d);
    const donorCount = weighted([
      [1, 6],
      [2, 3],
      [3, 1],
    ]);
    const donors: string[] = [];
    while (donors.length < donorCount) {
      const donor = weighted(DONORS);
      if (donors.includes(donor) || beneficiaries.includes(donor)) continue;
      // No new Russian-funded projects after March 2022 in the sample.
      if (donor === 'rus' && start >= toDay('2022-03-01')) continue;
      donors.push(donor);
    }
    const lead = donors[0] ?? fail('no donor');
    let currency = 'USD';
    const c = rand();
    if (lead === 'jpn' && c < 0.7) currency = 'JPY';
    else if (lead === 'gbr' && c < 0.6) currency = 'GBP';
    else if (lead === 'che' && c < 0.7) currency = 'CHF';
    else if (EURO_DONORS.has(lead) && c < 0.65) currency = 'EUR';
    // Log-uniform between 50,000 and 5,000,000, rounded to 5,000.
    let amount = Math.round(Math.exp(Math.log(50000) + rand() * Math.log(100)) / 5000) * 5000;
    amount = Math.min(5000000, Math.max(50000, amount));
    if (currency === 'JPY') amount *= 100;

    const template = pick(TEMPLATES[pillar]);
    const names = {
      en: beneficiaries.map((b) => nameOf(b, 'en')),
      fr: beneficiaries.map((b) => nameOf(b, 'fr')),
      ru: beneficiaries.map((b) => nameOf(b, 'ru')),
    };
    const title = fill(template, names);
    if (titles.has(title.en)) {
      let phase = 2;
      while (titles.has(`${title.en} (phase ${phase})`)) phase++;
      title.en = `${title.en} (phase ${phase})`;
      title.fr = `${title.fr} (phase ${phase})`;
      title.ru = `${title.ru} (этап ${phase})`;
    }
    titles.add(title.en);
    const activity = pick(ACTIVITIES[pillar]);
    const donorNames = (locale: 'en' | 'fr' | 'ru') => donors.map((x) => nameOf(x, locale)).join(', ');
    const summary = {
      en: `${activity[0]}. Beneficiaries: ${names.en.join(', ')}; implementer: ${nameOf(implementer, 'en')}; donors: ${donorNames('en')}. Illustrative sample record, not a real project.`,
      fr: `${activity[1]}. Pays bénéficiaires : ${names.fr.join(', ')} ; mise en œuvre : ${nameOf(implementer, 'fr')} ; bailleurs : ${donorNames('fr')}. Exemple illustratif, pas un projet réel.`,
      ru: `${activity[2]}. Страны-бенефициары: ${names.ru.join(', ')}; исполнитель: ${nameOf(implementer, 'ru')}; доноры: ${donorNames('ru')}. Иллюстративная запись, а не реальный проект.`,
    };
    // Records are touched after their last change: closed ones within a year or so of the end.
    let updatedLo = toDay('2025-01-06');
    let updatedHi = UPDATED_MAX;
    if (status === 'closed' || status === 'finalisation') {
      updatedLo = Math.min(UPDATED_MAX, end + 15);
      updatedHi = Math.min(UPDATED_MAX, end + 400);
    }
    const updatedDay = between(updatedLo, updatedHi);
    const hour = String(between(7, 17)).padStart(2, '0');
    const minute = pick(['00', '15', '30', '45']);
    projects.push({
      id: `prj-${String(i + 1).padStart(4, '0')}`,
      title,
      summary,
      pillar,
      status,
      donors,
      beneficiaries,
      implementer,
      routes: routesOf(beneficiaries),
      budget: { amount, currency },
      start: isoDay(start),
      end: isoDay(end),
      updated: `${isoDay(updatedDay)}T${hour}:${minute}:00Z`,
      illustrative: true,
    });
  }
  return projects;
}
