#!/usr/bin/env node
// Builds the seed dataset of the reference API (packages/api/data/*.json) from the
// reference facts gathered for the project (reference.json, with confidence levels).
//
//   node scripts/build-seed.mjs [path/to/reference.json]
//
// The reference defaults to ../shared/data/reference.json relative to the repository
// root. This is a maintainer tool: CI uses the committed output and never runs it.
// The output is deterministic: the same reference gives byte-identical files (the
// illustrative projects come from a seeded PRNG; nothing reads the clock).
//
// Uncertain facts stay uncertain: memberships the sources do not confirm get
// `verified: false`, and every such fact is listed in meta.json `unverified`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const referencePath = resolve(process.argv[2] ?? join(root, '../shared/data/reference.json'));
const outDir = join(root, 'packages/api/data');

const ref = JSON.parse(readFileSync(referencePath, 'utf8'));

// ---------------------------------------------------------------------------
// Helpers

/** Fails the build with a message. */
function fail(message) {
  throw new Error(`build-seed: ${message}`);
}

/** Lowercase ASCII slug: diacritics dropped, runs of other characters become "-". */
function slug(text) {
  return text
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Code-point comparison (independent of the ICU locale data). */
function byKey(key) {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/** Ends a text with a full stop unless it already ends with punctuation. */
function sentence(text) {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** mulberry32: a small seeded PRNG, so the sample projects are reproducible. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writeJson(name, value) {
  writeFileSync(join(outDir, name), `${JSON.stringify(value, null, 2)}\n`);
}

// ---------------------------------------------------------------------------
// Fixed vocabularies (knowledge added for this dataset, not taken from the reference)

/** UN M49 sub-region of each country, by ISO 3166-1 alpha-3 code (official UNSD table). */
const M49_REGION = {
  AND: 'southern-europe',
  ARE: 'western-asia',
  AFG: 'southern-asia',
  ALB: 'southern-europe',
  ARM: 'western-asia',
  AUT: 'western-europe',
  AUS: 'australia-new-zealand',
  AZE: 'western-asia',
  BIH: 'southern-europe',
  BEL: 'western-europe',
  BGR: 'eastern-europe',
  BLR: 'eastern-europe',
  CAN: 'northern-america',
  CHE: 'western-europe',
  CHN: 'eastern-asia',
  CYP: 'western-asia',
  CZE: 'eastern-europe',
  DEU: 'western-europe',
  DNK: 'northern-europe',
  DZA: 'northern-africa',
  EST: 'northern-europe',
  EGY: 'northern-africa',
  ESP: 'southern-europe',
  FIN: 'northern-europe',
  FRA: 'western-europe',
  GBR: 'northern-europe',
  GEO: 'western-asia',
  GRC: 'southern-europe',
  HRV: 'southern-europe',
  HUN: 'eastern-europe',
  IRL: 'northern-europe',
  ISR: 'western-asia',
  IND: 'southern-asia',
  IRN: 'southern-asia',
  ISL: 'northern-europe',
  ITA: 'southern-europe',
  JOR: 'western-asia',
  JPN: 'eastern-asia',
  KEN: 'eastern-africa',
  KGZ: 'central-asia',
  KOR: 'eastern-asia',
  KAZ: 'central-asia',
  LIE: 'western-europe',
  LKA: 'southern-asia',
  LTU: 'northern-europe',
  LUX: 'western-europe',
  LVA: 'northern-europe',
  MAR: 'northern-africa',
  MCO: 'western-europe',
  MDA: 'eastern-europe',
  MNE: 'southern-europe',
  MKD: 'southern-europe',
  MNG: 'eastern-asia',
  MLT: 'southern-europe',
  MEX: 'latin-america-caribbean',
  MOZ: 'eastern-africa',
  NLD: 'western-europe',
  NOR: 'northern-europe',
  OMN: 'western-asia',
  PAK: 'southern-asia',
  POL: 'eastern-europe',
  PRT: 'southern-europe',
  QAT: 'western-asia',
  ROU: 'eastern-europe',
  SRB: 'southern-europe',
  RUS: 'eastern-europe',
  SAU: 'western-asia',
  SWE: 'northern-europe',
  SVN: 'southern-europe',
  SVK: 'eastern-europe',
  SMR: 'southern-europe',
  THA: 'south-eastern-asia',
  TJK: 'central-asia',
  TKM: 'central-asia',
  TUN: 'northern-africa',
  TUR: 'western-asia',
  TZA: 'eastern-africa',
  UKR: 'eastern-europe',
  USA: 'northern-america',
  UZB: 'central-asia',
  VAT: 'southern-europe',
  ZAF: 'southern-africa',
};

/** Regions in a fixed display order, with their M49 codes and names. */
const REGIONS = [
  ['northern-africa', '015', 'Northern Africa', 'Afrique du Nord', 'Северная Африка'],
  ['eastern-africa', '014', 'Eastern Africa', "Afrique de l'Est", 'Восточная Африка'],
  ['western-africa', '011', 'Western Africa', "Afrique de l'Ouest", 'Западная Африка'],
  ['southern-africa', '018', 'Southern Africa', 'Afrique australe', 'Южная часть Африки'],
  ['northern-america', '021', 'Northern America', 'Amérique du Nord', 'Северная Америка'],
  [
    'latin-america-caribbean',
    '419',
    'Latin America and the Caribbean',
    'Amérique latine et Caraïbes',
    'Латинская Америка и Карибский бассейн',
  ],
  ['central-asia', '143', 'Central Asia', 'Asie centrale', 'Центральная Азия'],
  ['eastern-asia', '030', 'Eastern Asia', "Asie de l'Est", 'Восточная Азия'],
  ['south-eastern-asia', '035', 'South-eastern Asia', 'Asie du Sud-Est', 'Юго-Восточная Азия'],
  ['southern-asia', '034', 'Southern Asia', 'Asie du Sud', 'Южная Азия'],
  ['western-asia', '145', 'Western Asia', "Asie de l'Ouest", 'Западная Азия'],
  ['eastern-europe', '151', 'Eastern Europe', "Europe de l'Est", 'Восточная Европа'],
  ['northern-europe', '154', 'Northern Europe', 'Europe du Nord', 'Северная Европа'],
  ['southern-europe', '039', 'Southern Europe', 'Europe du Sud', 'Южная Европа'],
  ['western-europe', '155', 'Western Europe', "Europe de l'Ouest", 'Западная Европа'],
  [
    'australia-new-zealand',
    '053',
    'Australia and New Zealand',
    'Australie et Nouvelle-Zélande',
    'Австралия и Новая Зеландия',
  ],
];

/** Russian short names (UN usage), by ISO 3166-1 alpha-3 code. */
const NAME_RU = {
  AND: 'Андорра',
  ARE: 'Объединённые Арабские Эмираты',
  AFG: 'Афганистан',
  ALB: 'Албания',
  ARM: 'Армения',
  AUT: 'Австрия',
  AUS: 'Австралия',
  AZE: 'Азербайджан',
  BIH: 'Босния и Герцеговина',
  BEL: 'Бельгия',
  BGR: 'Болгария',
  BLR: 'Беларусь',
  CAN: 'Канада',
  CHE: 'Швейцария',
  CHN: 'Китай',
  CYP: 'Кипр',
  CZE: 'Чехия',
  DEU: 'Германия',
  DNK: 'Дания',
  DZA: 'Алжир',
  EST: 'Эстония',
  EGY: 'Египет',
  ESP: 'Испания',
  FIN: 'Финляндия',
  FRA: 'Франция',
  GBR: 'Соединённое Королевство',
  GEO: 'Грузия',
  GRC: 'Греция',
  HRV: 'Хорватия',
  HUN: 'Венгрия',
  IRL: 'Ирландия',
  ISR: 'Израиль',
  IND: 'Индия',
  IRN: 'Иран',
  ISL: 'Исландия',
  ITA: 'Италия',
  JOR: 'Иордания',
  JPN: 'Япония',
  KEN: 'Кения',
  KGZ: 'Кыргызстан',
  KOR: 'Республика Корея',
  KAZ: 'Казахстан',
  LIE: 'Лихтенштейн',
  LKA: 'Шри-Ланка',
  LTU: 'Литва',
  LUX: 'Люксембург',
  LVA: 'Латвия',
  MAR: 'Марокко',
  MCO: 'Монако',
  MDA: 'Молдова',
  MNE: 'Черногория',
  MKD: 'Северная Македония',
  MNG: 'Монголия',
  MLT: 'Мальта',
  MEX: 'Мексика',
  MOZ: 'Мозамбик',
  NLD: 'Нидерланды',
  NOR: 'Норвегия',
  OMN: 'Оман',
  PAK: 'Пакистан',
  POL: 'Польша',
  PRT: 'Португалия',
  QAT: 'Катар',
  ROU: 'Румыния',
  SRB: 'Сербия',
  RUS: 'Российская Федерация',
  SAU: 'Саудовская Аравия',
  SWE: 'Швеция',
  SVN: 'Словения',
  SVK: 'Словакия',
  SMR: 'Сан-Марино',
  THA: 'Таиланд',
  TJK: 'Таджикистан',
  TKM: 'Туркменистан',
  TUN: 'Тунис',
  TUR: 'Турция',
  TZA: 'Объединённая Республика Танзания',
  UKR: 'Украина',
  USA: 'Соединённые Штаты Америки',
  UZB: 'Узбекистан',
  VAT: 'Святой Престол',
  ZAF: 'Южная Африка',
};

/** Official Russian names of organizations, by partner id (omitted where unsure). */
const ORG_NAME_RU = {
  caricc: 'Центрально-Азиатский региональный информационный координационный центр',
  csto: 'Организация Договора о коллективной безопасности',
  cis: 'Содружество Независимых Государств',
  coe: 'Совет Европы',
  eco: 'Организация экономического сотрудничества',
  eag: 'Евразийская группа по противодействию легализации преступных доходов и финансированию терроризма',
  emcdda: 'Европейский центр мониторинга наркотиков и наркомании',
  europol: 'Европол',
  eu: 'Европейский союз',
  fatf: 'Группа разработки финансовых мер борьбы с отмыванием денег',
  incb: 'Международный комитет по контролю над наркотиками',
  interpol: 'Международная организация уголовной полиции',
  nato: 'Организация Североатлантического договора',
  osce: 'Организация по безопасности и сотрудничеству в Европе',
  sco: 'Шанхайская организация сотрудничества',
  unaids: 'Объединённая программа Организации Объединённых Наций по ВИЧ/СПИДу',
  unama: 'Миссия Организации Объединённых Наций по содействию Афганистану',
  unmik: 'Миссия Организации Объединённых Наций по делам временной администрации в Косово',
  unodc: 'Управление Организации Объединённых Наций по наркотикам и преступности',
  wco: 'Всемирная таможенная организация',
  who: 'Всемирная организация здравоохранения',
  'pompidou-group': 'Группа Помпиду',
  ecowas: 'Экономическое сообщество западноафриканских государств',
  oas: 'Организация американских государств',
  unasur: 'Союз южноамериканских наций',
  sica: 'Центральноамериканская интеграционная система',
  caricom: 'Карибское сообщество',
  au: 'Африканский союз',
  sadc: 'Сообщество по вопросам развития стран юга Африки',
  'egmont-group': 'Группа подразделений финансовой разведки «Эгмонт»',
  'world-bank': 'Всемирный банк',
  afdb: 'Африканский банк развития',
  idb: 'Межамериканский банк развития',
};

/** Official websites, only where certain. */
const ORG_WEBSITE = {
  unodc: 'https://www.unodc.org',
  osce: 'https://www.osce.org',
  coe: 'https://www.coe.int',
  'pompidou-group': 'https://www.coe.int/en/web/pompidou',
  europol: 'https://www.europol.europa.eu',
  interpol: 'https://www.interpol.int',
  who: 'https://www.who.int',
  wco: 'https://www.wcoomd.org',
  fatf: 'https://www.fatf-gafi.org',
  nato: 'https://www.nato.int',
  incb: 'https://www.incb.org',
  unaids: 'https://www.unaids.org',
  eu: 'https://european-union.europa.eu',
  'world-bank': 'https://www.worldbank.org',
};

/** Role labels of the reference, mapped to the dataset's RouteRole. */
const ROLE_MAP = {
  origin: ['origin'],
  transit: ['transit'],
  transit_northern_branch: ['transit', 'northern branch'],
  transit_central_branch: ['transit', 'central branch'],
  transit_southern_branch: ['transit', 'southern branch'],
  transit_or_destination: ['transit-or-destination'],
  transit_or_destination_gulf: ['transit-or-destination', 'Gulf'],
  transit_or_destination_east_africa: ['transit-or-destination', 'East Africa'],
  transit_or_destination_south_asia: ['transit-or-destination', 'South Asia'],
  destination: ['destination'],
  destination_western_central_europe: ['destination', 'Western and Central Europe'],
  transit_feeder: ['feeder'],
};

/** Route labels of the reference that name an offshoot of one of the three routes. */
const ROUTE_ALIAS = {
  balkan_caucasus_black_sea_offshoot: ['balkan', 'South Caucasus and Black Sea offshoot'],
};

const ROUTE_IDS = ['northern', 'balkan', 'southern'];

// ---------------------------------------------------------------------------
// Countries

const todo = []; // unverified facts, collected while building

function pompidouMembership(c) {
  const status = c.pompidou_status ?? '';
  const value = c.memberships.pompidou;
  if (status.startsWith('former_member')) {
    const date = /ceased_(\d{4})-(\d{2})-(\d{2})/.exec(status);
    const when = date ? ` on ${Number(date[3])} ${MONTHS[Number(date[2]) - 1]} ${date[1]}` : '';
    return { partnership: 'pompidou-group', status: 'former', verified: true, note: `Ceased to be a member${when}` };
  }
  if (value === true) {
    if (status.startsWith('member_verified')) {
      const joined = /joined_(\d{4})-(\d{2})(?:-(\d{2}))?_(\d+\w+)/.exec(status);
      let note;
      if (joined) {
        const [, y, m, d, nth] = joined;
        const date = d ? `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}` : `${MONTHS[Number(m) - 1]} ${y}`;
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
    const notes = {
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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function osceMembership(c) {
  if (c.memberships.osce === true) return { partnership: 'osce', status: 'member', verified: true };
  const p = c.osce_partner_for_cooperation;
  if (!p) return null;
  let note;
  const m = /^(\w+)(?: \((\d{4})\))?$/.exec(p);
  const contact = /^Asian contact group \((\d{4})\)$/i.exec(p);
  if (contact) note = `Asian Partner for Co-operation since ${contact[1]}`;
  else if (m) note = `${m[1]} Partner for Co-operation${m[2] ? ` since ${m[2]}` : ''}`;
  else note = `Partner for Co-operation (${p})`;
  return { partnership: 'osce', status: 'partner', verified: true, note };
}

function routeRoles(list, who) {
  return list.map((r) => {
    const alias = ROUTE_ALIAS[r.route];
    const route = alias ? alias[0] : r.route;
    if (!ROUTE_IDS.includes(route)) fail(`${who}: unknown route ${r.route}`);
    const mapped = ROLE_MAP[r.role];
    if (!mapped) fail(`${who}: unknown route role ${r.role}`);
    const detail = alias ? alias[1] : mapped[1];
    return { route, role: mapped[0], ...(detail ? { detail } : {}) };
  });
}

const countries = ref.countries.map((c) => {
  const id = c.iso3.toLowerCase();
  const region = M49_REGION[c.iso3] ?? fail(`no M49 sub-region for ${c.iso3}`);
  const memberships = [];
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
  if (c.priority.confidence !== 'high') {
    todo.push({ record: `partners/${id}`, field: '/priority', note: c.priority.basis });
  }
  const listing = c.name_en_paris_pact_listing;
  const name = { en: c.name_en, fr: c.name_fr };
  if (NAME_RU[c.iso3]) name.ru = NAME_RU[c.iso3];
  return {
    id,
    kind: 'country',
    name,
    iso2: c.iso2,
    iso3: c.iso3,
    isoNumeric: c.iso_numeric,
    region,
    priority: { value: c.priority.value, confidence: c.priority.confidence, basis: c.priority.basis },
    memberships,
    routes: routeRoles(c.routes, c.iso3),
    ...(listing && listing !== c.name_en ? { note: `Listed as '${listing}' in the Phase IV brochure` } : {}),
  };
});

// ---------------------------------------------------------------------------
// Organizations and regional centres

const KIND_MAP = (kind) => kind.replace(/_/g, '-');

function orgNote(o) {
  const parts = [];
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

const organizations = [];
const orgIds = new Set();

for (const o of ref.organizations) {
  const id = slug(o.acronym);
  if (orgIds.has(id)) fail(`duplicate organization id ${id}`);
  orgIds.add(id);
  const name = { en: o.name_en, fr: o.name_fr };
  if (ORG_NAME_RU[id]) name.ru = ORG_NAME_RU[id];
  const memberships = [];
  if (o.paris_pact_partner === true) {
    memberships.push({
      partnership: 'paris-pact',
      status: 'member',
      verified: true,
      ...(o.paris_pact_new_in_phase_iv ? { note: 'New partner in Phase IV' } : {}),
    });
  }
  if (o.name_fr_verified === false) {
    todo.push({ record: `partners/${id}`, field: '/name/fr', note: 'Unofficial French rendering' });
  }
  if (/general knowledge/i.test(o.note ?? '')) {
    todo.push({ record: `partners/${id}`, field: '/seat/city', note: sentence(o.note) });
  }
  const note = orgNote(o);
  organizations.push({
    id,
    kind: 'organization',
    name,
    acronym: o.acronym,
    organizationKind: KIND_MAP(o.kind),
    seat: { city: o.seat.city, country: o.seat.country_iso2, lat: o.seat.lat, lon: o.seat.lon },
    memberships,
    routes: [],
    ...(ORG_WEBSITE[id] ? { website: ORG_WEBSITE[id] } : {}),
    ...(note ? { note } : {}),
  });
}

/** A centre duplicates an organization when its acronym or id prefix names one. */
function duplicateOf(centre) {
  if (centre.acronym && orgIds.has(slug(centre.acronym))) return slug(centre.acronym);
  const head = centre.id.split('-')[0];
  return [...orgIds].find((id) => id === head || id.split('-')[0] === head) ?? null;
}

/** French names of centres that are official (the others are renderings). */
const CENTRE_FR_OFFICIAL = new Set(['ceclad-m']);
/** Centres that are projects or partnerships rather than places. */
const CENTRE_KIND = { aircop: 'partnership' };

let previousCentreNote = '';
for (const c of ref.centres) {
  if (duplicateOf(c)) continue;
  const id = c.id;
  if (orgIds.has(id)) fail(`duplicate centre id ${id}`);
  orgIds.add(id);
  let centreNote = (c.note ?? '').trim();
  if (/^As above\b/.test(centreNote)) centreNote = previousCentreNote;
  previousCentreNote = centreNote;
  const parts = [];
  if (c.established) {
    parts.push(
      /^\d{4}-\d{2}-\d{2}$/.test(c.established) ? `Set up on ${c.established}` : `Established: ${c.established}`,
    );
  }
  if (c.members) parts.push(`Members: ${c.members.split(/\s+/).join(', ')}`);
  if (centreNote) parts.push(centreNote);
  parts.push('Named in the 2011 G8+ Paris Action Plan on transatlantic drug trafficking');
  // No acronym: use a short label built from the city (the institution is not identified).
  const acronym = c.acronym ?? `${c.city} centre`;
  const name = { en: c.name_en };
  if (c.name_fr) name.fr = c.name_fr;
  // Descriptive Russian names for the two unnamed West African centres.
  const CITY_RU = { Accra: 'Аккра', Dakar: 'Дакар' };
  if (/^Regional information-exchange centre \(West Africa\)/.test(c.name_en) && CITY_RU[c.city]) {
    name.ru = `Региональный центр обмена информацией (Западная Африка), ${CITY_RU[c.city]}`;
  }
  if (name.fr && !CENTRE_FR_OFFICIAL.has(id)) {
    todo.push({ record: `partners/${id}`, field: '/name/fr', note: 'Unofficial French rendering' });
  }
  if (/not identified/i.test(centreNote)) {
    todo.push({
      record: `partners/${id}`,
      field: '/name',
      note: 'Named only as a regional information-exchange centre in the 2011 G8+ statements; the institution was not identified',
    });
  }
  organizations.push({
    id,
    kind: 'organization',
    name,
    acronym,
    organizationKind: CENTRE_KIND[id] ?? 'regional-centre',
    seat: { city: c.city, country: c.country_iso2, lat: c.lat, lon: c.lon },
    memberships: [],
    routes: [],
    note: parts.map(sentence).join(' '),
  });
}

countries.sort(byKey((p) => p.iso3));
organizations.sort(byKey((p) => p.id));
const partners = [...countries, ...organizations];
const partnerById = new Map(partners.map((p) => [p.id, p]));

// ---------------------------------------------------------------------------
// Pillars

const PILLAR_TEXT = {
  1: {
    titleRu: 'Укрепление и осуществление региональных инициатив',
    shortFr: 'Coopération transfrontalière',
    shortRu: 'Трансграничное сотрудничество',
    summary: {
      en: 'Partners strengthen and implement regional initiatives against the trafficking of Afghan opiates, with cross-border cooperation and information exchange along the northern, Balkan and southern routes, for example through CARICC in Almaty. An expert working group for each pillar identifies operational priorities, which the annual Policy Consultative Group Meeting in Vienna reviews and endorses as priority recommendations.',
      fr: "Les partenaires renforcent et mettent en œuvre des initiatives régionales contre le trafic des opiacés afghans, par la coopération transfrontalière et l'échange d'informations le long des routes du Nord, des Balkans et du Sud, par exemple au sein du CARICC à Almaty. Un groupe de travail d'experts par pilier définit des priorités opérationnelles, que la réunion annuelle du Groupe consultatif politique à Vienne examine et approuve sous forme de recommandations prioritaires.",
      ru: 'Партнёры укрепляют и осуществляют региональные инициативы по борьбе с незаконным оборотом афганских опиатов, развивая трансграничное сотрудничество и обмен информацией на северном, балканском и южном маршрутах, например через ЦАРИКЦ в Алматы. Рабочая группа экспертов по каждому направлению определяет оперативные приоритеты, которые ежегодное совещание Консультативной группы по вопросам политики в Вене рассматривает и утверждает в качестве приоритетных рекомендаций.',
    },
  },
  2: {
    titleRu: 'Выявление и блокирование финансовых потоков, связанных с незаконным оборотом опиатов',
    shortFr: 'Flux financiers illicites',
    shortRu: 'Незаконные финансовые потоки',
    summary: {
      en: 'Partners work to detect and block the financial flows linked to illicit traffic in opiates, through financial investigations and the identification, freezing and confiscation of criminal assets. The expert working group on this pillar met in Tashkent in 2009 and, hosted by the Turkish National Police, online in September 2023.',
      fr: "Les partenaires s'attachent à détecter et à bloquer les flux financiers liés au trafic illicite d'opiacés, au moyen d'enquêtes financières et de l'identification, du gel et de la confiscation des avoirs d'origine criminelle. Le groupe de travail d'experts de ce pilier s'est réuni à Tachkent en 2009 et, à l'invitation de la Police nationale turque, en ligne en septembre 2023.",
      ru: 'Партнёры выявляют и блокируют финансовые потоки, связанные с незаконным оборотом опиатов, с помощью финансовых расследований, а также выявления, замораживания и конфискации преступных активов. Рабочая группа экспертов по этому направлению собиралась в Ташкенте в 2009 году и — по приглашению Национальной полиции Турции — в онлайн-формате в сентябре 2023 года.',
    },
  },
  3: {
    titleRu:
      'Предотвращение утечки химических веществ-прекурсоров, используемых при незаконном изготовлении опиатов в Афганистане',
    shortFr: 'Précurseurs',
    shortRu: 'Прекурсоры',
    summary: {
      en: 'Partners work to prevent the diversion of precursor chemicals into the illicit manufacture of opiates in Afghanistan, through cooperation between the authorities of the countries along the trafficking routes. Expert working groups on precursors have met in Paris (2010), New Delhi (2011), Bucharest (hosted by SELEC, 2022) and Sofia (2023).',
      fr: "Les partenaires s'attachent à prévenir le détournement des précurseurs chimiques vers la fabrication illicite d'opiacés en Afghanistan, grâce à la coopération entre les autorités des pays situés le long des routes du trafic. Des groupes de travail d'experts sur les précurseurs se sont réunis à Paris (2010), New Delhi (2011), Bucarest (à l'invitation du SELEC, 2022) et Sofia (2023).",
      ru: 'Партнёры предотвращают утечку химических веществ-прекурсоров в незаконное изготовление опиатов в Афганистане благодаря сотрудничеству органов власти стран, расположенных вдоль маршрутов наркотрафика. Рабочие группы экспертов по прекурсорам собирались в Париже (2010), Нью-Дели (2011), Бухаресте (при содействии SELEC, 2022) и Софии (2023).',
    },
  },
  4: {
    titleRu: 'Сокращение злоупотребления наркотиками и наркозависимости на основе комплексного подхода',
    shortFr: 'Prévention des drogues et santé',
    shortRu: 'Профилактика наркомании и охрана здоровья',
    summary: {
      en: 'Partners work to reduce drug abuse and dependence through a comprehensive approach that combines prevention, treatment and health care. The expert working group on this pillar met in Bishkek in June 2015 and again in 2023.',
      fr: "Les partenaires s'attachent à réduire l'abus de drogues et la dépendance par une approche globale associant prévention, traitement et soins de santé. Le groupe de travail d'experts de ce pilier s'est réuni à Bichkek en juin 2015, puis de nouveau en 2023.",
      ru: 'Партнёры добиваются сокращения злоупотребления наркотиками и наркозависимости на основе комплексного подхода, сочетающего профилактику, лечение и медицинскую помощь. Рабочая группа экспертов по этому направлению собиралась в Бишкеке в июне 2015 года и вновь в 2023 году.',
    },
  },
};

const pillars = ref.pillars.map((p) => {
  const text = PILLAR_TEXT[p.number] ?? fail(`no text for pillar ${p.number}`);
  // The official UNODC wording has no parenthetical gloss ("(to combat illicit traffic in opiates)").
  const titleEn = p.title_en.replace(/\s*\([^)]*\)\s*$/, '');
  // The short title is the first form of the reference's ("Cross-border cooperation / regional initiatives").
  const shortEn = p.short_title_en.split(/\s+\/\s+|\s+\(/)[0];
  todo.push({
    record: `pillars/${p.number}`,
    field: '/title/fr',
    note: 'Unofficial French translation; no official French text was found',
  });
  todo.push({
    record: `pillars/${p.number}`,
    field: '/title/ru',
    note: 'Unofficial Russian translation made for this dataset',
  });
  return {
    number: p.number,
    roman: p.roman,
    title: { en: titleEn, fr: p.title_fr_unofficial, ru: text.titleRu },
    shortTitle: { en: shortEn, fr: text.shortFr, ru: text.shortRu },
    summary: text.summary,
    unofficialTranslations: ['fr', 'ru'],
  };
});

// ---------------------------------------------------------------------------
// Routes

const ROUTE_TEXT = {
  northern: {
    nameRu: 'Северный маршрут',
    summaryFr:
      "De l'Afghanistan à la Fédération de Russie via l'Asie centrale, par voie terrestre (route et rail) ; approvisionne surtout la Russie et, dans une moindre mesure, les marchés d'Asie centrale (ONUDC, 2018).",
    summaryRu:
      'Из Афганистана через Центральную Азию в Российскую Федерацию по суше — автомобильным и железнодорожным транспортом; снабжает главным образом Россию и в меньшей степени рынки Центральной Азии (УНП ООН, 2018).',
  },
  balkan: {
    nameRu: 'Балканский маршрут',
    summaryFr:
      "De l'Afghanistan à l'Europe occidentale et centrale via l'Iran (ou le Pakistan puis l'Iran), la Türkiye et l'Europe du Sud-Est ; branches : sud (GR, AL, IT), centrale (BG, MK, RS, ME, BA, HR, SI vers IT/AT), nord (BG, RO vers HU, AT, CZ, PL, DE) (rapport 2019 sur les marchés de la drogue dans l'UE, tel que cité).",
    summaryRu:
      'Из Афганистана через Иран (или через Пакистан в Иран) и Турцию через Юго-Восточную Европу в Западную и Центральную Европу; ответвления: южное (GR, AL, IT), центральное (BG, MK, RS, ME, BA, HR, SI — в IT/AT), северное (BG, RO — в HU, AT, CZ, PL, DE) (доклад о рынках наркотиков в ЕС за 2019 год, в цитате).',
  },
  southern: {
    nameRu: 'Южный маршрут',
    summaryFr:
      "De l'Afghanistan via le Pakistan et l'Iran (côte du Makran), par voie maritime, vers le Golfe et la péninsule Arabique et vers l'Afrique de l'Est, ainsi que vers l'Asie du Sud ; puis vers l'Afrique australe et, par avion, vers l'Europe (ONUDC ; OEDT).",
    summaryRu:
      'Из Афганистана через Пакистан и Иран (побережье Макран) морем в страны Персидского залива и на Аравийский полуостров, в Восточную Африку, а также в Южную Азию; далее — на юг Африки и воздушным путём в Европу (УНП ООН; ЕЦМНН).',
  },
};

const DISCLAIMER = {
  en: 'The lines show approximate directions of flows as described in words by UNODC and the EMCDDA; they are not actual trafficking routes, and points are approximate city positions.',
  fr: "Les lignes indiquent les directions approximatives des flux telles que l'ONUDC et l'OEDT les décrivent en mots ; ce ne sont pas des itinéraires réels du trafic, et les points sont des positions approximatives de villes.",
  ru: 'Линии показывают примерные направления потоков так, как их описывают словами УНП ООН и ЕЦМНН; это не реальные маршруты наркотрафика, а точки обозначают приблизительное положение городов.',
};

const ROLE_RANK = { origin: 0, feeder: 1, transit: 2, 'transit-or-destination': 3, destination: 4 };
/** Offshoots come after the main line and its branches. */
const rankOf = (role) => (/offshoot/.test(role.detail ?? '') ? 5 : ROLE_RANK[role.role]);

const routes = ref.routes.map((r) => {
  const text = ROUTE_TEXT[r.id] ?? fail(`no text for route ${r.id}`);
  const idByName = new Map();
  const waypoints = r.nodes.map((n) => {
    let id = slug(n.name);
    if ([...idByName.values()].includes(id)) id = `${id}-${slug(n.country_iso2)}`;
    idByName.set(n.name, id);
    const country =
      countries.find((c) => c.iso2 === n.country_iso2)?.id ?? fail(`${r.id}: no partner for ${n.country_iso2}`);
    return { id, name: n.name, country, lat: n.lat, lon: n.lon, role: n.role };
  });
  const paths = r.paths.map((path) =>
    path.map((name) => idByName.get(name) ?? fail(`${r.id}: path names unknown node ${name}`)),
  );
  // Countries crossed: first appearance along the paths (Afghanistan first), then nodes
  // not on any path, then the other partners the reference places on this route.
  const order = [];
  const add = (id) => order.includes(id) || order.push(id);
  const waypointCountry = new Map(waypoints.map((w) => [w.id, w.country]));
  for (const path of paths) for (const w of path) add(waypointCountry.get(w));
  for (const w of waypoints) add(w.country);
  const others = countries
    .filter((c) => !order.includes(c.id) && c.routes.some((x) => x.route === r.id))
    .map((c) => ({ id: c.id, rank: Math.min(...c.routes.filter((x) => x.route === r.id).map(rankOf)) }))
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const o of others) add(o.id);
  if (order[0] !== 'afg') fail(`${r.id}: the first country is ${order[0]}, not Afghanistan`);
  todo.push({
    record: `routes/${r.id}`,
    field: '/waypoints',
    note: r.coordinates_note ?? 'Waypoint coordinates are approximate city positions',
  });
  return {
    id: r.id,
    name: { en: r.name_en, fr: r.name_fr, ru: text.nameRu },
    summary: { en: r.summary_en.replace(/\bTurkey\b/g, 'Türkiye'), fr: text.summaryFr, ru: text.summaryRu },
    waypoints,
    paths,
    countries: order,
    disclaimer: DISCLAIMER,
  };
});

// ---------------------------------------------------------------------------
// Illustrative projects (seeded PRNG; modelled on IATI activities, not on ADAM)

const rand = mulberry32(0x5eed2026);
const pick = (list) => list[Math.floor(rand() * list.length)];
function weighted(pairs) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let x = rand() * total;
  for (const [v, w] of pairs) {
    x -= w;
    if (x < 0) return v;
  }
  return pairs[pairs.length - 1][0];
}
function shuffle(list) {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
function sample(list, n) {
  return shuffle(list).slice(0, n);
}

const PROJECT_COUNT = 180;
const PILLAR_COUNTS = { 1: 54, 2: 40, 3: 38, 4: 48 };
const STATUS_COUNTS = {
  implementation: 70,
  closed: 62,
  pipeline: 16,
  finalisation: 14,
  cancelled: 9,
  suspended: 9,
};

/** Templates: title en/fr/ru with {c} for the beneficiaries, and what the project does. */
const TEMPLATES = {
  1: [
    [
      'Strengthening border liaison offices in {c}',
      'Renforcement des bureaux de liaison frontaliers : {c}',
      'Укрепление пунктов пограничной связи: {c}',
    ],
    [
      'Joint operations and controlled deliveries training for {c}',
      'Formation aux opérations conjointes et aux livraisons surveillées : {c}',
      'Обучение проведению совместных операций и контролируемых поставок: {c}',
    ],
    [
      'Regional information exchange on opiate trafficking for {c}',
      "Échange régional d'informations sur le trafic d'opiacés : {c}",
      'Региональный обмен информацией о незаконном обороте опиатов: {c}',
    ],
    [
      'Container and cargo control in {c}',
      'Contrôle des conteneurs et du fret : {c}',
      'Контроль контейнерных и грузовых перевозок: {c}',
    ],
    ['Mobile interdiction teams for {c}', "Équipes mobiles d'interception : {c}", 'Мобильные группы перехвата: {c}'],
  ],
  2: [
    [
      'Financial investigation training for {c}',
      'Formation aux enquêtes financières : {c}',
      'Обучение финансовым расследованиям: {c}',
    ],
    [
      'Asset identification, freezing and confiscation in {c}',
      'Identification, gel et confiscation des avoirs : {c}',
      'Выявление, замораживание и конфискация активов: {c}',
    ],
    [
      'Strengthening financial intelligence units in {c}',
      'Renforcement des cellules de renseignement financier : {c}',
      'Укрепление подразделений финансовой разведки: {c}',
    ],
    [
      'Countering cash couriers and informal value transfer in {c}',
      'Lutte contre les passeurs de fonds et les transferts informels de valeurs : {c}',
      'Противодействие курьерам наличных денег и неформальным системам перевода средств: {c}',
    ],
    [
      'Parallel financial investigations in drug cases in {c}',
      'Enquêtes financières parallèles dans les affaires de drogue : {c}',
      'Параллельные финансовые расследования по делам о наркотиках: {c}',
    ],
  ],
  3: [
    [
      'Precursor chemical control training for {c}',
      'Formation au contrôle des précurseurs chimiques : {c}',
      'Обучение контролю над химическими прекурсорами: {c}',
    ],
    [
      'Preventing the diversion of acetic anhydride in {c}',
      "Prévention du détournement de l'anhydride acétique : {c}",
      'Предотвращение утечки уксусного ангидрида: {c}',
    ],
    [
      'Precursor field-testing equipment for {c}',
      "Matériel d'analyse des précurseurs sur le terrain : {c}",
      'Оборудование для полевого анализа прекурсоров: {c}',
    ],
    [
      'Public-private partnership on precursors in {c}',
      'Partenariat public-privé sur les précurseurs : {c}',
      'Государственно-частное партнёрство в сфере прекурсоров: {c}',
    ],
    [
      'Pre-export notifications and backtracking investigations in {c}',
      'Notifications préalables à l’exportation et enquêtes de traçage : {c}',
      'Предварительные уведомления об экспорте и расследования по установлению происхождения: {c}',
    ],
  ],
  4: [
    [
      'Evidence-based drug dependence treatment in {c}',
      'Traitement de la dépendance aux drogues fondé sur des données probantes : {c}',
      'Лечение наркозависимости на основе научных данных: {c}',
    ],
    [
      'School and family drug prevention programmes in {c}',
      'Programmes de prévention des drogues en milieu scolaire et familial : {c}',
      'Программы профилактики наркомании в школе и семье: {c}',
    ],
    [
      'HIV prevention and care for people who use drugs in {c}',
      'Prévention du VIH et soins pour les personnes qui consomment des drogues : {c}',
      'Профилактика ВИЧ и помощь людям, употребляющим наркотики: {c}',
    ],
    [
      'Drug treatment and care in prisons in {c}',
      'Traitement de la toxicomanie et soins en milieu carcéral : {c}',
      'Лечение наркозависимости и медицинская помощь в местах лишения свободы: {c}',
    ],
    [
      'Drug use monitoring and national drug observatories in {c}',
      "Suivi de l'usage de drogues et observatoires nationaux : {c}",
      'Мониторинг употребления наркотиков и национальные центры мониторинга наркоситуации: {c}',
    ],
  ],
};

/** What each pillar's projects do (summary sentences), two variants per pillar. */
const ACTIVITIES = {
  1: [
    [
      'Supports border, customs and police agencies in cross-border cooperation against opiate trafficking',
      "Appui aux services frontaliers, douaniers et de police pour la coopération transfrontalière contre le trafic d'opiacés",
      'Поддержка пограничных, таможенных и полицейских ведомств в трансграничном сотрудничестве против незаконного оборота опиатов',
    ],
    [
      'Trains officers and equips joint teams to share information and intercept opiate consignments',
      "Formation des agents et équipement d'équipes conjointes pour l'échange d'informations et l'interception de cargaisons d'opiacés",
      'Обучение сотрудников и оснащение совместных групп для обмена информацией и перехвата партий опиатов',
    ],
  ],
  2: [
    [
      'Builds the capacity of investigators, prosecutors and financial intelligence units to trace the proceeds of opiate trafficking',
      "Renforcement des capacités des enquêteurs, des procureurs et des cellules de renseignement financier pour suivre le produit du trafic d'opiacés",
      'Укрепление потенциала следователей, прокуроров и подразделений финансовой разведки по отслеживанию доходов от незаконного оборота опиатов',
    ],
    [
      'Supports the identification, freezing and confiscation of criminal assets linked to opiate trafficking',
      "Appui à l'identification, au gel et à la confiscation des avoirs criminels liés au trafic d'opiacés",
      'Содействие выявлению, замораживанию и конфискации преступных активов, связанных с незаконным оборотом опиатов',
    ],
  ],
  3: [
    [
      'Helps regulators, customs and police prevent the diversion of precursor chemicals to illicit opiate manufacture',
      "Aide aux autorités de réglementation, aux douanes et à la police pour prévenir le détournement des précurseurs chimiques vers la fabrication illicite d'opiacés",
      'Помощь регулирующим органам, таможне и полиции в предотвращении утечки химических прекурсоров в незаконное изготовление опиатов',
    ],
    [
      'Improves the monitoring of precursor trade and the investigation of seizures',
      'Amélioration du suivi du commerce des précurseurs et des enquêtes sur les saisies',
      'Совершенствование мониторинга торговли прекурсорами и расследования случаев их изъятия',
    ],
  ],
  4: [
    [
      'Expands evidence-based prevention, treatment and care for people who use drugs',
      'Développement de la prévention, du traitement et des soins fondés sur des données probantes pour les personnes qui consomment des drogues',
      'Расширение научно обоснованной профилактики, лечения и помощи людям, употребляющим наркотики',
    ],
    [
      'Supports health services and communities in reducing drug use and its health consequences',
      "Appui aux services de santé et aux communautés pour réduire l'usage de drogues et ses conséquences sanitaires",
      'Поддержка служб здравоохранения и местных сообществ в сокращении употребления наркотиков и его последствий для здоровья',
    ],
  ],
};

const IMPLEMENTERS = {
  1: [
    ['unodc', 6],
    ['wco', 2],
    ['interpol', 2],
    ['osce', 2],
    ['caricc', 2],
    ['selec', 2],
  ],
  2: [
    ['unodc', 6],
    ['osce', 2],
    ['eag', 1],
    ['interpol', 1],
    ['star', 1],
    ['coe', 1],
  ],
  3: [
    ['unodc', 6],
    ['wco', 3],
    ['incb', 1],
    ['selec', 1],
    ['caricc', 1],
    ['interpol', 1],
  ],
  4: [
    ['unodc', 5],
    ['who', 3],
    ['unaids', 2],
    ['pompidou-group', 2],
    ['coe', 1],
  ],
};

/** Implementers that work only with some countries (their members or region). */
const IMPLEMENTER_SCOPE = {
  caricc: ['tjk', 'uzb', 'kgz', 'kaz', 'tkm', 'aze'],
  eag: ['tjk', 'uzb', 'kgz', 'kaz', 'tkm'],
  selec: ['alb', 'bih', 'mkd', 'srb', 'mne', 'tur', 'bgr', 'rou', 'mda'],
  coe: ['alb', 'bih', 'mkd', 'srb', 'mne', 'tur', 'bgr', 'rou', 'arm', 'aze', 'geo', 'ukr', 'mda'],
  'pompidou-group': ['alb', 'bih', 'mkd', 'srb', 'mne', 'tur', 'bgr', 'rou', 'arm', 'aze', 'geo', 'ukr', 'mda'],
  osce: [
    'afg',
    'tjk',
    'uzb',
    'kgz',
    'kaz',
    'tkm',
    'alb',
    'bih',
    'mkd',
    'srb',
    'mne',
    'tur',
    'bgr',
    'rou',
    'arm',
    'aze',
    'geo',
    'ukr',
    'mda',
  ],
};

/** Short names of implementers and donors inside the project summaries. */
const SHORT = {
  unodc: ['UNODC', 'ONUDC', 'УНП ООН'],
  wco: ['WCO', 'OMD', 'ВТамО'],
  interpol: ['INTERPOL', 'INTERPOL', 'Интерпол'],
  osce: ['OSCE', 'OSCE', 'ОБСЕ'],
  caricc: ['CARICC', 'CARICC', 'ЦАРИКЦ'],
  selec: ['SELEC', 'SELEC', 'SELEC'],
  eag: ['EAG', 'GEA', 'ЕАГ'],
  star: ['StAR', 'StAR', 'StAR'],
  coe: ['Council of Europe', "Conseil de l'Europe", 'Совет Европы'],
  incb: ['INCB', 'OICS', 'МККН'],
  who: ['WHO', 'OMS', 'ВОЗ'],
  unaids: ['UNAIDS', 'ONUSIDA', 'ЮНЭЙДС'],
  'pompidou-group': ['Pompidou Group', 'Groupe Pompidou', 'Группа Помпиду'],
  eu: ['European Union', 'Union européenne', 'Европейский союз'],
};

const DONORS = [
  ['usa', 8],
  ['gbr', 6],
  ['eu', 7],
  ['jpn', 5],
  ['deu', 5],
  ['fra', 5],
  ['nor', 3],
  ['swe', 3],
  ['nld', 3],
  ['can', 3],
  ['ita', 3],
  ['che', 2],
  ['aut', 2],
  ['fin', 2],
  ['dnk', 2],
  ['aus', 2],
  ['rus', 2],
  ['tur', 2],
  ['ind', 1],
  ['chn', 1],
  ['are', 1],
];
const EURO_DONORS = new Set(['eu', 'deu', 'fra', 'nld', 'ita', 'aut', 'fin']);

/** Beneficiary groups: neighbours that share a project. */
const BENEFICIARY_GROUPS = [
  [['afg', 'irn', 'pak'], 5],
  [['tjk', 'uzb', 'kgz', 'kaz', 'tkm'], 6],
  [['afg', 'tjk', 'uzb', 'tkm'], 2],
  [['alb', 'bih', 'mkd', 'srb', 'mne'], 4],
  [['tur', 'bgr', 'rou'], 2],
  [['arm', 'aze', 'geo'], 2],
  [['ukr', 'mda'], 1],
  [['ken', 'tza', 'moz'], 1],
];

const DAY = 86400000;
const toDay = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
const isoDay = (d) => new Date(d * DAY).toISOString().slice(0, 10);
const between = (a, b) => a + Math.floor(rand() * (b - a + 1));
const TODAY = toDay('2026-06-01');
const FIRST = toDay('2012-01-01');
const LAST = toDay('2029-12-31');
const UPDATED_MAX = toDay('2026-11-20');

function datesFor(status) {
  let start;
  let end;
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

const nameOf = (id, locale) => {
  if (SHORT[id] && partnerById.get(id)?.kind === 'organization') {
    return SHORT[id][{ en: 0, fr: 1, ru: 2 }[locale]];
  }
  const p = partnerById.get(id) ?? fail(`unknown partner ${id}`);
  const text = p.name[locale] ?? p.name.en;
  return locale === 'en' ? text.replace(/^Iran \(Islamic Republic of\)$/, 'Iran') : text;
};
const listEn = (names) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

function routesOf(ids) {
  const set = new Set();
  for (const id of ids) for (const r of partnerById.get(id).routes) set.add(r.route);
  return ROUTE_IDS.filter((r) => set.has(r));
}

const pillarSeq = shuffle(Object.entries(PILLAR_COUNTS).flatMap(([p, n]) => Array(n).fill(Number(p))));
const statusSeq = shuffle(Object.entries(STATUS_COUNTS).flatMap(([s, n]) => Array(n).fill(s)));
if (pillarSeq.length !== PROJECT_COUNT || statusSeq.length !== PROJECT_COUNT) fail('project counts do not add up');

const projects = [];
const titles = new Set();
for (let i = 0; i < PROJECT_COUNT; i++) {
  const pillar = pillarSeq[i];
  const status = statusSeq[i];
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
    IMPLEMENTERS[pillar].filter(
      ([id]) => !IMPLEMENTER_SCOPE[id] || beneficiaries.every((b) => IMPLEMENTER_SCOPE[id].includes(b)),
    ),
  );
  const { start, end } = datesFor(status);
  const donorCount = weighted([
    [1, 6],
    [2, 3],
    [3, 1],
  ]);
  const donors = [];
  while (donors.length < donorCount) {
    const d = weighted(DONORS);
    if (donors.includes(d) || beneficiaries.includes(d)) continue;
    // No new Russian-funded projects after March 2022 in the sample.
    if (d === 'rus' && start >= toDay('2022-03-01')) continue;
    donors.push(d);
  }
  const lead = donors[0];
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
  const title = {
    en: template[0].replace('{c}', listEn(names.en)),
    fr: template[1].replace('{c}', names.fr.join(', ')),
    ru: template[2].replace('{c}', names.ru.join(', ')),
  };
  if (titles.has(title.en)) {
    let phase = 2;
    while (titles.has(`${title.en} (phase ${phase})`)) phase++;
    title.en = `${title.en} (phase ${phase})`;
    title.fr = `${title.fr} (phase ${phase})`;
    title.ru = `${title.ru} (этап ${phase})`;
  }
  titles.add(title.en);
  const activity = pick(ACTIVITIES[pillar]);
  const summary = {
    en: `${activity[0]}. Beneficiaries: ${names.en.join(', ')}; implementer: ${nameOf(implementer, 'en')}; donors: ${donors.map((d) => nameOf(d, 'en')).join(', ')}. Illustrative sample record, not a real project.`,
    fr: `${activity[1]}. Pays bénéficiaires : ${names.fr.join(', ')} ; mise en œuvre : ${nameOf(implementer, 'fr')} ; bailleurs : ${donors.map((d) => nameOf(d, 'fr')).join(', ')}. Exemple illustratif, pas un projet réel.`,
    ru: `${activity[2]}. Страны-бенефициары: ${names.ru.join(', ')}; исполнитель: ${nameOf(implementer, 'ru')}; доноры: ${donors.map((d) => nameOf(d, 'ru')).join(', ')}. Иллюстративная запись, а не реальный проект.`,
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

// ---------------------------------------------------------------------------
// Meta

/** Titles of the reference sources, by their first URL (fallback: the text in brackets). */
const SOURCE_TITLES = {
  'https://text-id.123dok.com/document/q063jj3q':
    'Paris Pact Phase IV and the Vienna Declaration: partners brochure (123dok copy)',
  'https://docslib.org/download/302327':
    'Paris Pact Phase IV and the Vienna Declaration: partners brochure (docslib copy)',
  'http://www.unodc.org/unodc/en/drug-trafficking/paris-pact-initiative.html':
    'UNODC: The Paris Pact Initiative – What is it?',
  'https://www.unodc.org/southeasterneurope/en/all-stories-october':
    'UNODC South Eastern Europe: Paris Pact Expert Working Group meeting on precursors (Bucharest, October 2022)',
  'https://www.unodc.org/centralasia/en/news/paris-pact-expert-working-groups-2015':
    'UNODC Central Asia: Paris Pact Expert Working Groups 2015 held in Almaty and Bishkek',
  'http://eng.sectsco.org/news/20170203':
    'SCO Secretariat: 13th Paris Pact Policy Consultative Group Meeting (February 2017)',
  'https://www.paris-pact.net/parispact/en/news/news-131021.html': 'paris-pact.net news items (2021–2023)',
  'https://www.paris-pact.net/parispact/en/pillar3.html': 'paris-pact.net: pillar III and pillar IV pages',
  'http://www.unodc.org/southasia/en/events/paris-pact-expert-working-group-meeting-on-precursors.html':
    'UNODC South Asia: Paris Pact Expert Working Group meeting on precursors (New Delhi, 2011)',
  'https://www.unodc.org/roca/en/news/experts-discuss-where-drug-money-goes.html':
    'UNODC ROCA: Experts discuss where drug money goes',
  'http://www.unodc.org/unodc/en/events/5th-paris-pact-policy-consultative-group-meeting.html':
    'UNODC: 5th Paris Pact Policy Consultative Group Meeting',
  'https://www.nato.int/nrc-website/en/articles/20130314-nrc-paris-pact-vienna/index.html':
    'NATO-Russia Council: Paris Pact meeting in Vienna (March 2013)',
  'https://www.unodc.org/islamicrepublicofiran/en/paris-pact-initiative.html':
    'UNODC Iran: Paris Pact Initiative (2003 Paris and 2006 Moscow conferences)',
  'http://www.unodc.org/southeasterneurope/en/glo/j33.html':
    'UNODC South Eastern Europe: Paris Pact / ADAM project page (GLO/J33)',
  'https://text-id.123dok.com/document/qvje66gq': 'Vienna Declaration, final English text (February 2012)',
  'https://docslib.org/doc/9355635': 'Commission on Narcotic Drugs conference room paper E/CN.7/2020/CRP.8',
  'http://m.state.gov/md141485.htm':
    'US Department of State fact sheet: the Paris Pact, launched by UNODC and France in 2003',
  'https://unodc.org/rpanc/en/Sub-programme-4':
    'UNODC Regional Programme for Afghanistan and Neighbouring Countries: Afghan opiate trafficking along the northern route',
  'http://www.unodc.org/unodc/en/drug-trafficking/central-asia.html':
    'UNODC: Drug trafficking in Central Asia (route shares, World Drug Report 2010)',
  'https://pulse.ba/index.php/pulse-news/2508': 'pulse.ba: Balkan route branches (EU Drug Markets Report 2019)',
  'http://eu-act.info/en/region/east-africa': 'eu-act.info: East Africa, South Asia and Eastern Europe region pages',
  'https://www.thehindu.com/news/national/alert-sounded-on-spurt-in-heroin-smuggling-from-pakistan-via-sea':
    'The Hindu: Alert sounded on spurt in heroin smuggling from Pakistan via sea',
  'https://ja.scribd.com/document/223256631': 'UNODC (2014): The Illicit Drug Trade through South-Eastern Europe',
  'https://www.coe.int/en/web/pompidou/about/member-states':
    'Council of Europe: Pompidou Group member States; EMCDDA partner page on the Pompidou Group',
  'https://wcd.coe.int/ViewDoc.jsp?Ref=701/2.1a':
    'Council of Europe Committee of Ministers decision 701/2.1a (8 March 2000)',
  'https://civil.ge/archives/350590': 'Civil.ge and Trend: Georgia becomes the 41st member of the Pompidou Group',
  'https://el.armradio.am/2020/01/09/':
    'Public Radio of Armenia (9 January 2020): Armenia becomes the 40th member of the Pompidou Group',
  'https://www.coe.int/en/web/pompidou/-/solidarity-with-ukraine':
    'Pompidou Group Presidency: solidarity with Ukraine statement (Ukraine 42nd member; Russia ceased to be a member)',
  'http://rm.coe.int/the-pompidou-group-mission-organisation-governance-working-methods':
    'Pompidou Group: mission, organisation, governance and working methods',
  'https://www.osce.org/cio/84562': 'OSCE: the 57 participating States; Partners for Co-operation (osce.org/who/84)',
  'http://www.library.utoronto.ca/g7/justice/2011-g8-drugs-plan-en.html':
    'G7 Research Group: G8 Paris 2011 Action Plan on drug trafficking, English and French texts (opening only)',
  'https://www.interieur.gouv.fr/Archives':
    'French Ministry of the Interior: G8+ ministers adopt an action plan against cocaine trafficking (May 2011)',
  'https://lecourrier.vn/le-g8-nbspadopte':
    'Le Courrier du Vietnam (AFP) and Le Midi Libre: the G8 adopts an action plan against drug trafficking (May 2011)',
  'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08':
    'Wikipedia (mirror): Centre de coordination de la lutte anti-drogue en Méditerranée (CeCLAD-M)',
  'https://policechiefmagazine.org/joining-forces-2': 'Police Chief Magazine: Joining forces; ean13.info (MAOC-N)',
  'http://www.senat.fr/rap/l08-528/l08-5281.html': 'French Senate report l08-528 (JIATF-S in Key West; MAOC-N treaty)',
  'https://caricc.org/index.php/en/caricc/about-caricc/history':
    'CARICC: history; UNODC Central Asia: CARICC stages of development',
  'https://www.unodc.org/westandcentralafrica/en/wsaircop.html':
    'UNODC: AIRCOP in West and Central Africa; Senegal enhances airport interception techniques (October 2011)',
  'https://raw.githubusercontent.com/IATI/IATI-Schemas/version-2.01':
    'IATI activities schema 2.01 and an example activity file',
};

function mapSource(text) {
  const url = /https?:\/\/[^\s;)]+/.exec(text)?.[0];
  const bracket = /\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/.exec(text)?.[1];
  const known = url && Object.entries(SOURCE_TITLES).find(([prefix]) => url.startsWith(prefix));
  if (/^local:/.test(text)) {
    return { title: `Local iso-codes data: ${bracket ?? 'ISO 3166-1 codes and French names'}` };
  }
  const title = known ? known[1] : (bracket ?? url ?? text);
  // A URL cut short with "..." is not a usable link.
  const fullUrl =
    url && !/\.\.\.|…/.test(text.slice(text.indexOf(url), text.indexOf(url) + url.length + 3)) ? url : undefined;
  return fullUrl ? { title, url: fullUrl } : { title };
}

const usedRegions = new Set(countries.map((c) => c.region));
const regions = REGIONS.filter(([id]) => usedRegions.has(id)).map(([id, m49, en, fr, ru]) => ({
  id,
  m49,
  name: { en, fr, ru },
}));

const caveats = [
  ...ref.meta.caveats,
  'Pompidou Group membership of the 14 countries marked "possible" (and of the countries on the 2000 list) must be checked against coe.int/pompidou before publishing',
  'No official list of Paris Pact priority countries was found: UNODC says only that they are primarily in West and Central Asia and South Eastern Europe',
  "ADAM's record schema is not public: the projects follow a proposed model based on the IATI activity standard, not ADAM's",
  'The Accra and Dakar information-exchange centres are verified only as named in the 2011 statements; the institutions were not identified',
  'French organization names not confirmed by an official source are unofficial renderings',
  'Seat coordinates of organizations are city-level values from general knowledge, not from the sources',
  'Russian names and the Russian and French translations of pillar and route texts were written for this dataset; they are not official texts',
];

const meta = {
  version: '2026.11.1',
  updated: ref.meta.generated,
  locales: ['en', 'fr', 'ru'],
  counts: {
    partners: partners.length,
    countries: countries.length,
    organizations: organizations.length,
    pillars: pillars.length,
    routes: routes.length,
    projects: projects.length,
  },
  illustrative: [
    {
      collection: 'projects',
      note: 'Sample records modelled on the IATI activity standard; not ADAM data and not real projects.',
    },
    {
      collection: 'routes',
      note: 'Waypoint coordinates are approximate city positions; lines are not actual trafficking routes.',
    },
  ],
  unverified: todo.map(({ record, field, note }) => ({ record, field, note: note ?? 'Unverified' })),
  caveats,
  regions,
  sources: ref.sources.map(mapSource),
};

// ---------------------------------------------------------------------------
// Consistency guards (cheap; the full schema check lives in the API tests)

const ids = new Set();
for (const p of partners) {
  if (ids.has(p.id)) fail(`duplicate partner id ${p.id}`);
  ids.add(p.id);
}
for (const r of routes) {
  for (const c of r.countries) if (!ids.has(c)) fail(`route ${r.id}: unknown country ${c}`);
  const wp = new Set(r.waypoints.map((w) => w.id));
  if (wp.size !== r.waypoints.length) fail(`route ${r.id}: duplicate waypoint ids`);
  for (const w of r.waypoints) if (!ids.has(w.country)) fail(`route ${r.id}: unknown waypoint country ${w.country}`);
  for (const path of r.paths) for (const w of path) if (!wp.has(w)) fail(`route ${r.id}: unknown waypoint ${w}`);
}
for (const p of projects) {
  for (const id of [...p.donors, ...p.beneficiaries, p.implementer])
    if (!ids.has(id)) fail(`${p.id}: unknown partner ${id}`);
}
const ppCountries = countries.filter((c) =>
  c.memberships.some((m) => m.partnership === 'paris-pact' && m.status === 'member'),
);
if (ref.meta.counts?.paris_pact_countries && ppCountries.length !== ref.meta.counts.paris_pact_countries) {
  fail(`${ppCountries.length} Paris Pact countries, the reference says ${ref.meta.counts.paris_pact_countries}`);
}
const osceStates = countries.filter((c) =>
  c.memberships.some((m) => m.partnership === 'osce' && m.status === 'member'),
);
if (ref.meta.counts?.osce_participating_states && osceStates.length !== ref.meta.counts.osce_participating_states) {
  fail(
    `${osceStates.length} OSCE participating States, the reference says ${ref.meta.counts.osce_participating_states}`,
  );
}

// ---------------------------------------------------------------------------
// Output

mkdirSync(outDir, { recursive: true });
writeJson('partners.json', partners);
writeJson('pillars.json', pillars);
writeJson('routes.json', routes);
writeJson('projects.json', projects);
writeJson('meta.json', meta);

console.log(
  `build-seed: ${partners.length} partners (${countries.length} countries, ${organizations.length} organizations), ` +
    `${pillars.length} pillars, ${routes.length} routes, ${projects.length} projects, ` +
    `${meta.unverified.length} unverified facts -> ${outDir}`,
);
