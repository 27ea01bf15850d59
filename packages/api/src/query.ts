import type { LocaleCode, LocalizedText, ParamError, Partner, Project } from '@pact/schema';
import {
  LOCALES,
  MEMBERSHIP_IDS,
  PARTNER_KINDS,
  PILLAR_NUMBERS,
  PROJECT_STATUSES,
  REGION_IDS,
  ROUTE_IDS,
} from '@pact/schema';
import type { Dataset } from './dataset.js';

/** How one query parameter is read. */
export type ParamSpec =
  | { kind: 'enum'; values: readonly string[]; description: string }
  | { kind: 'int'; min: number; max: number; default: number; description: string }
  | { kind: 'text'; maxLength: number; description: string }
  | { kind: 'id'; description: string; exists: (id: string) => boolean; example: string }
  | { kind: 'cursor'; description: string };

export type ParamSpecs = Record<string, ParamSpec>;
export type ParamValues = Record<string, string | number | undefined>;

/** Case-, accent- and script-variant-insensitive form of a string for matching. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[øœ]/g, (c) => (c === 'ø' ? 'o' : 'oe'))
    .replace(/æ/g, 'ae')
    .replace(/[łı]/g, (c) => (c === 'ł' ? 'l' : 'i'))
    .replace(/ё/g, 'е')
    .replace(/[\s\u2010-\u2015'’-]+/g, ' ')
    .trim();
}

/** All the language versions of a text, joined for searching. */
function allText(t: LocalizedText): string[] {
  return Object.values(t).filter((v): v is string => typeof v === 'string');
}

/** A small, fast, non-cryptographic hash (cyrb53) as a base-36 string: for ETags and cursors. */
export function hash(s: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Reads and checks the query string against the specs. Every problem is reported
 * (unknown parameters, repeated ones, bad values), each naming the parameter and,
 * for closed lists, the allowed values.
 */
export function parseParams(search: URLSearchParams, specs: ParamSpecs): { values: ParamValues; errors: ParamError[] } {
  const values: ParamValues = {};
  const errors: ParamError[] = [];
  const seen = new Set<string>();
  for (const [name, raw] of search) {
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) {
      if (!seen.has(name)) {
        errors.push({
          param: name.slice(0, 100),
          message: `unknown parameter; this endpoint accepts ${Object.keys(specs).length ? Object.keys(specs).join(', ') : 'no parameters'}`,
          allowed: Object.keys(specs),
        });
      }
      seen.add(name);
      continue;
    }
    if (seen.has(name)) {
      if (!errors.some((e) => e.param === name))
        errors.push({ param: name, message: 'given more than once; give it once' });
      continue;
    }
    seen.add(name);
    const shown = JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);
    switch (spec.kind) {
      case 'enum':
        if (spec.values.includes(raw)) values[name] = raw;
        else
          errors.push({
            param: name,
            message: `${shown} is not one of ${spec.values.join(', ')}`,
            allowed: [...spec.values],
          });
        break;
      case 'int': {
        const n = /^[0-9]{1,9}$/.test(raw) ? Number(raw) : NaN;
        if (Number.isInteger(n) && n >= spec.min && n <= spec.max) values[name] = n;
        else errors.push({ param: name, message: `${shown} is not a whole number from ${spec.min} to ${spec.max}` });
        break;
      }
      case 'text':
        if (raw.length > spec.maxLength)
          errors.push({ param: name, message: `is longer than ${spec.maxLength} characters` });
        else values[name] = raw;
        break;
      case 'id':
        if (spec.exists(raw)) values[name] = raw;
        else
          errors.push({
            param: name,
            message: `${shown} is not a known partner id (for example "${spec.example}"; see /v1/partners)`,
          });
        break;
      case 'cursor':
        values[name] = raw;
        break;
    }
  }
  return { values, errors };
}

/** Opaque cursors: the offset, tied to the query they were made for. */
export function makeCursor(offset: number, fingerprint: string): string {
  return btoa(`${offset}.${fingerprint}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

export function readCursor(cursor: string, fingerprint: string): { offset: number } | { error: string } {
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return { error: 'is not a cursor from this API; pass the `next` value of a previous page unchanged' };
  }
  const m = /^(\d{1,9})\.([0-9a-z]+)$/.exec(text);
  if (!m) return { error: 'is not a cursor from this API; pass the `next` value of a previous page unchanged' };
  if (m[2] !== fingerprint)
    return { error: 'was made for another query; keep the same filters and sort when you follow `next`' };
  return { offset: Number(m[1]) };
}

/** A page of a sorted list, with the cursor to the next one. */
export function paginate<T>(items: readonly T[], offset: number, limit: number, fingerprint: string) {
  const data = items.slice(offset, offset + limit);
  const end = offset + data.length;
  return { data, total: items.length, next: end < items.length ? makeCursor(end, fingerprint) : null };
}

/** Canonical form of the filters (without cursor and limit), so that equal queries share cursors. */
export function fingerprintOf(values: ParamValues): string {
  const parts = Object.entries(values)
    .filter(([k, v]) => k !== 'cursor' && k !== 'limit' && v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`);
  return hash(parts.join('&'));
}

/** Indexes built once per dataset, so that queries only filter and slice. */
export class Store {
  readonly partnerById: Map<string, Partner>;
  readonly projectById: Map<string, Project>;
  private readonly partnerSearch: Map<Partner, string>;
  private readonly projectSearch: Map<Project, string>;
  private readonly partnerOrder = new Map<LocaleCode, Partner[]>();
  private readonly projectTitleOrder = new Map<LocaleCode, Project[]>();
  readonly partnerSpecs: ParamSpecs;
  readonly projectSpecs: ParamSpecs;

  constructor(readonly dataset: Dataset) {
    this.partnerById = new Map(dataset.partners.map((p) => [p.id, p]));
    this.projectById = new Map(dataset.projects.map((p) => [p.id, p]));
    this.partnerSearch = new Map(
      dataset.partners.map((p) => {
        const codes = p.kind === 'country' ? [p.iso2, p.iso3] : [p.acronym];
        return [p, fold([...allText(p.name), ...codes, p.id].join('\u0001'))];
      }),
    );
    this.projectSearch = new Map(dataset.projects.map((p) => [p, fold([...allText(p.title), p.id].join('\u0001'))]));
    const exists = (id: string) => this.partnerById.has(id);
    const firstCountry = dataset.partners.find((p) => p.kind === 'country')?.id ?? 'afg';
    const common = {
      q: {
        kind: 'text',
        maxLength: 200,
        description: 'Words to find in the names, in any language; case and accents are ignored.',
      },
      limit: { kind: 'int', min: 1, max: 200, default: 50, description: 'Records per page, 1 to 200.' },
      cursor: { kind: 'cursor', description: 'The `next` value of the previous page.' },
    } as const satisfies ParamSpecs;
    this.partnerSpecs = {
      kind: { kind: 'enum', values: PARTNER_KINDS, description: 'Countries or organizations only.' },
      member: {
        kind: 'enum',
        values: MEMBERSHIP_IDS,
        description: 'Members of a partnership (status "member", confirmed or not; possible members are left out).',
      },
      route: { kind: 'enum', values: ROUTE_IDS, description: 'Partners that lie on a route.' },
      region: { kind: 'enum', values: REGION_IDS, description: 'Countries in a UN M49 sub-region.' },
      priority: {
        kind: 'enum',
        values: ['true', 'false'],
        description: 'Paris Pact priority countries (derived flag); unknown ones match neither.',
      },
      q: common.q,
      sort: { kind: 'enum', values: ['name', '-name'], description: 'Order by name in `lang`.' },
      lang: {
        kind: 'enum',
        values: LOCALES,
        description: 'Language of the names used to sort (Intl.Collator); default en.',
      },
      limit: common.limit,
      cursor: common.cursor,
    };
    this.projectSpecs = {
      pillar: { kind: 'enum', values: PILLAR_NUMBERS.map(String), description: 'Vienna Declaration pillar, 1 to 4.' },
      status: { kind: 'enum', values: PROJECT_STATUSES, description: 'IATI activity status.' },
      country: { kind: 'id', exists, example: firstCountry, description: 'Partner id of a beneficiary country.' },
      donor: { kind: 'id', exists, example: firstCountry, description: 'Partner id of a donor.' },
      q: { ...common.q, description: 'Words to find in the titles, in any language; case and accents are ignored.' },
      sort: {
        kind: 'enum',
        values: ['start', '-start', 'title', '-title', 'budget', '-budget'],
        description:
          'Order by start date, title (in `lang`) or budget (by currency, then amount; no conversion). Default -start.',
      },
      lang: { kind: 'enum', values: LOCALES, description: 'Language of the titles used to sort; default en.' },
      limit: common.limit,
      cursor: common.cursor,
    };
  }

  private sortedPartners(lang: LocaleCode): Partner[] {
    let list = this.partnerOrder.get(lang);
    if (!list) {
      const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
      list = [...this.dataset.partners].sort(
        (a, b) => collator.compare(a.name[lang] ?? a.name.en, b.name[lang] ?? b.name.en) || (a.id < b.id ? -1 : 1),
      );
      this.partnerOrder.set(lang, list);
    }
    return list;
  }

  private sortedProjectsByTitle(lang: LocaleCode): Project[] {
    let list = this.projectTitleOrder.get(lang);
    if (!list) {
      const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
      list = [...this.dataset.projects].sort(
        (a, b) => collator.compare(a.title[lang] ?? a.title.en, b.title[lang] ?? b.title.en) || (a.id < b.id ? -1 : 1),
      );
      this.projectTitleOrder.set(lang, list);
    }
    return list;
  }

  partners(v: ParamValues): Partner[] {
    const lang = (v['lang'] ?? 'en') as LocaleCode;
    let list = this.sortedPartners(lang);
    if (v['sort'] === '-name') list = [...list].reverse();
    const q = typeof v['q'] === 'string' ? fold(v['q']) : '';
    return list.filter((p) => {
      if (v['kind'] && p.kind !== v['kind']) return false;
      if (v['member'] && !p.memberships.some((m) => m.partnership === v['member'] && m.status === 'member'))
        return false;
      if (v['route'] && !p.routes.some((r) => r.route === v['route'])) return false;
      if (v['region'] && !(p.kind === 'country' && p.region === v['region'])) return false;
      if (v['priority'] && !(p.kind === 'country' && p.priority.value === (v['priority'] === 'true'))) return false;
      if (q && !(this.partnerSearch.get(p) ?? '').includes(q)) return false;
      return true;
    });
  }

  projects(v: ParamValues): Project[] {
    const lang = (v['lang'] ?? 'en') as LocaleCode;
    const sort = (v['sort'] ?? '-start') as string;
    let list: Project[];
    if (sort === 'title' || sort === '-title') {
      list = this.sortedProjectsByTitle(lang);
    } else {
      list = [...this.dataset.projects];
      if (sort.endsWith('start'))
        list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
      else
        list.sort(
          (a, b) =>
            (a.budget.currency < b.budget.currency ? -1 : a.budget.currency > b.budget.currency ? 1 : 0) ||
            a.budget.amount - b.budget.amount ||
            (a.id < b.id ? -1 : 1),
        );
    }
    if (sort.startsWith('-')) list = [...list].reverse();
    const q = typeof v['q'] === 'string' ? fold(v['q']) : '';
    const pillar = v['pillar'] === undefined ? undefined : Number(v['pillar']);
    return list.filter((p) => {
      if (pillar !== undefined && p.pillar !== pillar) return false;
      if (v['status'] && p.status !== v['status']) return false;
      if (v['country'] && !p.beneficiaries.includes(v['country'] as string)) return false;
      if (v['donor'] && !p.donors.includes(v['donor'] as string)) return false;
      if (q && !(this.projectSearch.get(p) ?? '').includes(q)) return false;
      return true;
    });
  }
}
