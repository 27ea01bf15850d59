// Partners: the reference's countries, organizations and regional centres.
import {
  ORGANIZATION_KINDS,
  ROUTE_IDS,
  type CountryPartner,
  type Membership,
  type OrganizationKind,
  type OrganizationPartner,
  type Partner,
  type LocaleCode,
  type RouteRole,
} from '@pact/schema';
import type { RefCentre, RefCountry, RefOrganization, Reference } from './reference.js';
import { CENTRE_WORK } from './tables/centres.js';
import { PLAN_PARTS } from './tables/action-plan.js';
import {
  M49_REGION,
  MONTHS,
  NAME_RU,
  ORG_NAME_RU,
  ORG_NAME_RU_UNOFFICIAL,
  ORG_WEBSITE,
  ROLE_MAP,
  ROUTE_ALIAS,
} from './tables/geography.js';
import { priorityOf } from './tables/priority.js';
import { byKey, fail, sentence, slug, type Todo } from './util.js';

const month = (m: string): string => MONTHS[Number(m) - 1] ?? fail(`no month ${m}`);

function pompidouMembership(c: RefCountry): Membership | null {
  const status = c.pompidou_status ?? '';
  const value = c.memberships.pompidou;
  if (status.startsWith('former_member')) {
    const date = /ceased_(\d{4})-(\d{2})-(\d{2})/.exec(status);
    const when = date ? ` on ${Number(date[3])} ${month(date[2] ?? '')} ${date[1]}` : '';
    return { partnership: 'pompidou-group', status: 'former', verified: true, note: `Ceased to be a member${when}` };
  }
  if (value === true) {
    if (status.startsWith('member_verified')) {
      const joined = /joined_(\d{4})-(\d{2})(?:-(\d{2}))?_(\d+\w+)/.exec(status);
      let note: string | undefined;
      if (joined) {
        const [, y, m = '', d, nth] = joined;
        const date = d ? `${Number(d)} ${month(m)} ${y}` : `${month(m)} ${y}`;
        note = `Joined ${d ? 'on' : 'in'} ${date} as the ${nth} member`;
      } else if (status.includes('non_european')) {
        note = 'Non-European member (EMCDDA partner page on the Pompidou Group, 2022–23)';
      }
      return { partnership: 'pompidou-group', status: 'member', verified: true, ...(note ? { note } : {}) };
    }
    return {
      partnership: 'pompidou-group',
      status: 'member',
      verified: false,
      note: 'On the list of 31 members in Committee of Ministers decision 701/2.1a (8 March 2000); current status unverified',
    };
  }
  if (value === null) {
    const notes: Record<string, string> = {
      likely_member_unverified: 'Likely a member; not confirmed by the sources read',
      member_2000_list_current_unverified_possible_withdrawal:
        'On the 2000 member list (CM decision 701/2.1a) but possibly withdrawn since; current status unverified',
      invited_to_accede_2000_status_unverified:
        'Invited to accede by CM decision 701/2.1a (8 March 2000); whether it joined is unverified',
      listed_as_non_member_in_older_sources_current_unverified:
        'Listed as a non-member in older sources; current status unverified',
    };
    return {
      partnership: 'pompidou-group',
      status: 'possible',
      verified: false,
      note: notes[status] ?? `Status unverified (${status.replace(/_/g, ' ')})`,
    };
  }
  if (status.startsWith('member')) fail(`${c.iso3}: pompidou false but status ${status}`);
  return null;
}

function osceMembership(c: RefCountry): Membership | null {
  if (c.memberships.osce === true) return { partnership: 'osce', status: 'member', verified: true };
  const p = c.osce_partner_for_cooperation;
  if (!p) return null;
  let note: string;
  const m = /^(\w+)(?: \((\d{4})\))?$/.exec(p);
  const contact = /^Asian contact group \((\d{4})\)$/i.exec(p);
  if (contact) note = `Asian Partner for Co-operation since ${contact[1]}`;
  else if (m) note = `${m[1]} Partner for Co-operation${m[2] ? ` since ${m[2]}` : ''}`;
  else note = `Partner for Co-operation (${p})`;
  return { partnership: 'osce', status: 'partner', verified: true, note };
}

function routeRoles(list: RefCountry['routes'], who: string): RouteRole[] {
  return list.map((r) => {
    const alias = ROUTE_ALIAS[r.route];
    const route = alias ? alias[0] : ROUTE_IDS.find((id) => id === r.route);
    if (!route) fail(`${who}: unknown route ${r.route}`);
    const mapped = ROLE_MAP[r.role] ?? fail(`${who}: unknown route role ${r.role}`);
    const detail = alias ? alias[1] : mapped[1];
    return { route, role: mapped[0], ...(detail ? { detail } : {}) };
  });
}

function country(c: RefCountry, todo: Todo[]): CountryPartner {
  const id = c.iso3.toLowerCase();
  const region = M49_REGION[c.iso3] ?? fail(`no M49 sub-region for ${c.iso3}`);
  const memberships: Membership[] = [];
  if (c.memberships.paris_pact === true) {
    memberships.push({
      partnership: 'paris-pact',
      status: 'member',
      verified: true,
      ...(c.paris_pact_new_in_phase_iv ? { note: 'New partner in Phase IV' } : {}),
    });
  }
  const pompidou = pompidouMembership(c);
  if (pompidou) memberships.push(pompidou);
  const osce = osceMembership(c);
  if (osce) memberships.push(osce);
  memberships.forEach((m, i) => {
    if (!m.verified) todo.push({ record: `partners/${id}`, field: `/memberships/${i}`, note: m.note });
  });
  const routes = routeRoles(c.routes, c.iso3);
  const priority = priorityOf(c.iso3, region, routes.length > 0);
  if (priority.confidence !== 'high') {
    todo.push({ record: `partners/${id}`, field: '/priority', note: priority.basis });
  }
  const listing = c.name_en_paris_pact_listing;
  const ru = NAME_RU[c.iso3];
  return {
    id,
    kind: 'country',
    name: { en: c.name_en, fr: c.name_fr, ...(ru ? { ru } : {}) },
    iso2: c.iso2,
    iso3: c.iso3,
    isoNumeric: c.iso_numeric,
    region,
    priority,
    memberships,
    routes,
    ...(listing && listing !== c.name_en ? { note: `Listed as '${listing}' in the Phase IV brochure` } : {}),
  };
}

function orgNote(o: RefOrganization): string | undefined {
  const parts: string[] = [];
  const groups = o.groups ?? [];
  if (groups.some((g) => g.startsWith('action_plan'))) {
    parts.push('Named in the 2011 G8+ Paris Action Plan on transatlantic drug trafficking');
  }
  if (groups.includes('g8_2011_participant')) {
    parts.push('Took part in the G8+ ministerial meeting in Paris on 10 May 2011');
  }
  let note = (o.note ?? '').trim();
  // The README says the "named in the brief; not verified" notes predate the check
  // against the Action Plan seed document, which names these bodies: drop them.
  if (/^Named in the brief/i.test(note)) note = '';
  if (/^seat_country_iso2 XK/.test(note)) {
    note = 'The seat country code XK is a user-assigned code for Kosovo, not an ISO 3166-1 code';
  }
  if (note) parts.push(note);
  return parts.length ? parts.map(sentence).join(' ') : undefined;
}

/** The Russian name of an organization, official or made for this dataset, and the languages of the unofficial names. */
function orgNames(id: string, frOfficial: boolean, ruDescriptive: string | undefined, todo: Todo[]) {
  const unofficial: LocaleCode[] = [];
  if (!frOfficial) {
    unofficial.push('fr');
    todo.push({ record: `partners/${id}`, field: '/name/fr', note: 'Unofficial French rendering' });
  }
  const ru = ORG_NAME_RU[id] ?? ORG_NAME_RU_UNOFFICIAL[id] ?? ruDescriptive;
  if (ru && !ORG_NAME_RU[id]) {
    unofficial.push('ru');
    todo.push({ record: `partners/${id}`, field: '/name/ru', note: 'Unofficial Russian rendering' });
  }
  return { ru, unofficial };
}

/** The flows and route roles of a centre (CENTRE_WORK), with what they rest on. */
function centreWork(id: string, kind: OrganizationKind, todo: Todo[]) {
  const work = CENTRE_WORK[id];
  if (!work && kind === 'regional-centre') fail(`${id}: a regional centre without an entry in CENTRE_WORK`);
  if (work?.unverified) todo.push({ record: `partners/${id}`, field: '/routes/0', note: work.unverified });
  return work
    ? { routes: work.routes, flows: { flows: work.flows }, basis: work.basis }
    : { routes: [], flows: {}, basis: undefined };
}

/** Its part in the 2011 Paris Action Plan (tables/action-plan.ts), when the plan names it. */
const planPart = (id: string) => (PLAN_PARTS[id] ? { actionPlan: PLAN_PARTS[id] } : {});

/** French names the seeds confirm although the reference leaves them unverified. */
const FR_IN_SEEDS: Readonly<Record<string, string>> = {
  // "Centre régional d'information et de coordination pour l'Asie centrale (CARICC)" (seed 003).
  caricc: 'OSCE Permanent Council decision No. 758, French text',
};

function organization(o: RefOrganization, id: string, todo: Todo[]): OrganizationPartner {
  const frOfficial = o.name_fr_verified !== false || FR_IN_SEEDS[id] !== undefined;
  const { ru, unofficial } = orgNames(id, frOfficial, undefined, todo);
  const memberships: Membership[] = [];
  if (o.paris_pact_partner === true) {
    memberships.push({
      partnership: 'paris-pact',
      status: 'member',
      verified: true,
      ...(o.paris_pact_new_in_phase_iv ? { note: 'New partner in Phase IV' } : {}),
    });
  }
  if (/general knowledge/i.test(o.note ?? '')) {
    todo.push({ record: `partners/${id}`, field: '/seat/city', note: sentence(o.note ?? '') });
  }
  // The reference writes kinds with underscores.
  const organizationKind =
    ORGANIZATION_KINDS.find((k) => k === o.kind.replace(/_/g, '-')) ?? fail(`${id}: unknown kind ${o.kind}`);
  const work = centreWork(id, organizationKind, todo);
  const note = [orgNote(o), work.basis]
    .filter(Boolean)
    .map((t) => sentence(t ?? ''))
    .join(' ');
  const website = ORG_WEBSITE[id];
  return {
    id,
    kind: 'organization',
    name: { en: o.name_en, fr: o.name_fr, ...(ru ? { ru } : {}) },
    ...(unofficial.length ? { unofficialNames: unofficial } : {}),
    acronym: o.acronym,
    organizationKind,
    seat: { city: o.seat.city, country: o.seat.country_iso2, lat: o.seat.lat, lon: o.seat.lon },
    memberships,
    routes: work.routes,
    ...work.flows,
    ...planPart(id),
    ...(website ? { website } : {}),
    ...(note ? { note } : {}),
  };
}

/** French names of centres that are official (the others are renderings). */
const CENTRE_FR_OFFICIAL = new Set(['ceclad-m']);
/** Centres that are projects or partnerships rather than places. */
const CENTRE_KIND: Record<string, OrganizationKind> = { aircop: 'partnership' };
/** Descriptive Russian names for the two unnamed West African centres. */
const CITY_RU: Record<string, string> = { Accra: 'Аккра', Dakar: 'Дакар' };

function centre(c: RefCentre, centreNote: string, todo: Todo[]): OrganizationPartner {
  const id = c.id;
  const parts: string[] = [];
  if (c.established) {
    parts.push(
      /^\d{4}-\d{2}-\d{2}$/.test(c.established) ? `Set up on ${c.established}` : `Established: ${c.established}`,
    );
  }
  if (c.members) parts.push(`Members: ${c.members.split(/\s+/).join(', ')}`);
  if (centreNote) parts.push(centreNote);
  const organizationKind = CENTRE_KIND[id] ?? 'regional-centre';
  const work = centreWork(id, organizationKind, todo);
  parts.push(work.basis ?? 'Named in the 2011 G8+ Paris Action Plan on transatlantic drug trafficking');
  // No acronym: use a short label built from the city (the institution is not identified).
  const acronym = c.acronym ?? `${c.city} centre`;
  const cityRu = CITY_RU[c.city];
  const descriptive =
    /^Regional information-exchange centre \(West Africa\)/.test(c.name_en) && cityRu
      ? `Региональный центр обмена информацией (Западная Африка), ${cityRu}`
      : undefined;
  const { ru, unofficial } = orgNames(id, !c.name_fr || CENTRE_FR_OFFICIAL.has(id), descriptive, todo);
  if (/not identified/i.test(centreNote)) {
    todo.push({
      record: `partners/${id}`,
      field: '/name',
      note: 'Named only as a regional information-exchange centre in the 2011 G8+ statements; the institution was not identified',
    });
  }
  return {
    id,
    kind: 'organization',
    name: { en: c.name_en, ...(c.name_fr ? { fr: c.name_fr } : {}), ...(ru ? { ru } : {}) },
    ...(unofficial.length ? { unofficialNames: unofficial } : {}),
    acronym,
    organizationKind,
    seat: { city: c.city, country: c.country_iso2, lat: c.lat, lon: c.lon },
    memberships: [],
    routes: work.routes,
    ...work.flows,
    ...planPart(id),
    note: parts.map(sentence).join(' '),
  };
}

export interface PartnerSet {
  countries: CountryPartner[];
  organizations: OrganizationPartner[];
  partners: Partner[];
}

/** Countries (sorted by ISO code), then organizations and centres (sorted by id). */
export function buildPartners(ref: Reference, todo: Todo[]): PartnerSet {
  const countries = ref.countries.map((c) => country(c, todo));
  const organizations: OrganizationPartner[] = [];
  const orgIds = new Set<string>();
  for (const o of ref.organizations) {
    const id = slug(o.acronym);
    if (orgIds.has(id)) fail(`duplicate organization id ${id}`);
    orgIds.add(id);
    organizations.push(organization(o, id, todo));
  }
  /** A centre duplicates an organization when its acronym or id prefix names one. */
  const duplicateOf = (c: RefCentre): string | null => {
    if (c.acronym && orgIds.has(slug(c.acronym))) return slug(c.acronym);
    const head = c.id.split('-')[0];
    return [...orgIds].find((id) => id === head || id.split('-')[0] === head) ?? null;
  };
  let previousCentreNote = '';
  for (const c of ref.centres) {
    if (duplicateOf(c)) continue;
    if (orgIds.has(c.id)) fail(`duplicate centre id ${c.id}`);
    orgIds.add(c.id);
    let centreNote = (c.note ?? '').trim();
    if (/^As above\b/.test(centreNote)) centreNote = previousCentreNote;
    previousCentreNote = centreNote;
    organizations.push(centre(c, centreNote, todo));
  }
  for (const id of Object.keys(PLAN_PARTS))
    if (!orgIds.has(id)) fail(`action-plan.ts names ${id}, not an organization`);
  countries.sort(byKey((p) => p.iso3));
  organizations.sort(byKey((p) => p.id));
  return { countries, organizations, partners: [...countries, ...organizations] };
}
