// The 2011 G8+ Paris Action Plan against transatlantic drug trafficking, in particular cocaine
// (seed document 002): the part each body it names plays in it, in its own words, and the flow set
// drawn by `<pact-route-map flows="cocaine">`. Every quote is checked, word for word, against the
// plan's English text (facts.ts `checkPlanQuotes`, run by the seed and by test/seed-facts.test.ts).
// The plan names no country of origin or destination: where a line goes beyond its words, the
// line's `basis` says so and its confidence is not "high".
import type { FlowLine, FlowPoint, FlowSet, PlanPart } from '@pact/schema';

const INFORMATION =
  'The regional centers of information exchange – established in West Africa, in Accra (Ghana) and Dakar (Senegal)';
const OPERATIONAL =
  'the operational centers that coordinate and facilitate maritime interdictions (MAOC-N, CeCLAD-M and JIATF-S)';
const REGIONAL =
  'through the regional cooperation organizations (OAS, UNASUR, SICA, CARICOM, ECOWAS, Europol, Ameripol...)';
const regional: PlanPart = { role: 'network', section: 'II', quote: REGIONAL };

/** Partner id → its part in the plan. */
export const PLAN_PARTS: Readonly<Record<string, PlanPart>> = {
  'accra-info-centre': { role: 'information-centre', section: 'II', quote: INFORMATION },
  'dakar-info-centre': { role: 'information-centre', section: 'II', quote: INFORMATION },
  'maoc-n': { role: 'operational-centre', section: 'II', quote: OPERATIONAL },
  'ceclad-m': { role: 'operational-centre', section: 'II', quote: OPERATIONAL },
  'jiatf-s': { role: 'operational-centre', section: 'II', quote: OPERATIONAL },
  aircop: {
    role: 'network',
    section: 'II',
    quote: 'at international level notably through the AIRCOP project (UNODC - WCO - INTERPOL)',
  },
  oas: regional,
  unasur: regional,
  sica: regional,
  caricom: regional,
  ecowas: regional,
  europol: regional,
  ameripol: regional,
  carin: { role: 'network', section: 'IV', quote: 'the Camden Asset Recovery Inter-Agency Network (CARIN)' },
  'egmont-group': {
    role: 'network',
    section: 'IV',
    quote: 'We encourage States to join the Egmont Group and undertake to facilitate their adhesion to it.',
  },
  star: {
    role: 'network',
    section: 'IV',
    quote: 'to participate in other relevant networks such as the StAR/INTERPOL Focal Point Initiative',
  },
  au: {
    role: 'network',
    section: 'VI',
    quote:
      'collaboration with regional organizations represented by the Economic Community of West African States (ECOWAS), the African Union (AU)',
  },
  sadc: {
    role: 'network',
    section: 'VI',
    quote:
      'other relevant regional and sub-regional organizations such as the Southern African Development Community (SADC)',
  },
};

// The regions the lines join, each placed at an arbitrary point inside it.
const ANDEAN: FlowPoint = {
  id: 'andean-region',
  name: { en: 'Andean region', fr: 'Région andine', ru: 'Андский регион' },
  lat: -10,
  lon: -75,
};
const WEST_AFRICA: FlowPoint = {
  id: 'west-africa',
  name: { en: 'West Africa', fr: 'Afrique de l’Ouest', ru: 'Западная Африка' },
  lat: 11,
  lon: -8,
};
const EUROPE: FlowPoint = { id: 'europe', name: { en: 'Europe', fr: 'Europe', ru: 'Европа' }, lat: 41, lon: -4 };
const sea = (id: string, lat: number, lon: number): FlowPoint => ({
  id,
  name: { en: 'Atlantic Ocean', fr: 'Océan Atlantique', ru: 'Атлантический океан' },
  lat,
  lon,
});

const ORIGIN_BASIS =
  'The plan names no producing country ("producing countries", section VI): the start in the Andean region, where coca is grown and where three of the countries invited to the 2011 meeting lie (Bolivia, Colombia, Peru), is this dataset\'s reading, not the plan\'s words';

const LINES: FlowLine[] = [
  {
    id: 'across-the-atlantic',
    name: { en: 'Across the Atlantic', fr: 'À travers l’Atlantique', ru: 'Через Атлантику' },
    summary: {
      en: 'From South America across the Atlantic to West Africa, where the plan places the regional centres of information exchange (Accra and Dakar).',
      fr: 'De l’Amérique du Sud à travers l’Atlantique vers l’Afrique de l’Ouest, où le plan situe les centres régionaux d’échange d’informations (Accra et Dakar).',
      ru: 'Из Южной Америки через Атлантику в Западную Африку, где план называет региональные центры обмена информацией (Аккра и Дакар).',
    },
    points: [ANDEAN, sea('atlantic-equator', 2, -32), WEST_AFRICA],
    approximate: true,
    source: {
      section: 'II',
      quote:
        'The regional centers of information exchange – established in West Africa, in Accra (Ghana) and Dakar (Senegal) – the operational centers that coordinate and facilitate maritime interdictions (MAOC-N, CeCLAD-M and JIATF-S), and the existing information networks enable us to strengthen cooperation on the Atlantic front.',
    },
    basis: ORIGIN_BASIS,
    confidence: 'low',
  },
  {
    id: 'via-west-africa',
    name: { en: 'Via West Africa', fr: 'Par l’Afrique de l’Ouest', ru: 'Через Западную Африку' },
    summary: {
      en: 'From West Africa on to Europe, where two of the operational centres the plan names are based (MAOC-N in Lisbon, CeCLAD-M in Toulon).',
      fr: 'De l’Afrique de l’Ouest vers l’Europe, où se trouvent deux des centres opérationnels que nomme le plan (MAOC-N à Lisbonne, CeCLAD-M à Toulon).',
      ru: 'Из Западной Африки далее в Европу, где находятся два из названных в плане оперативных центров (MAOC-N в Лиссабоне, CeCLAD-M в Тулоне).',
    },
    points: [WEST_AFRICA, EUROPE],
    approximate: true,
    source: {
      section: 'II',
      quote:
        'These operational centers and information networks should be linked up between interested countries and supplemented so as to cover all trafficking routes.',
    },
    basis:
      "The plan links the West African centres with the maritime operational centres, two of them in Europe; reports of the meeting speak of four European operational platforms to be linked to the Accra and Dakar centres. That the flow goes on from West Africa to Europe is this dataset's reading; the plan does not say so in these words",
    confidence: 'medium',
  },
  {
    id: 'by-sea-to-europe',
    name: { en: 'By sea to Europe', fr: 'Par mer vers l’Europe', ru: 'Морем в Европу' },
    summary: {
      en: 'From South America by sea across the Atlantic to Europe: the plan calls for operational cooperation in international waters and in maritime transit zones against cocaine trafficking.',
      fr: 'De l’Amérique du Sud par mer à travers l’Atlantique vers l’Europe : le plan appelle à une coopération opérationnelle dans les eaux internationales et les zones de transit maritime contre le trafic de cocaïne.',
      ru: 'Из Южной Америки морем через Атлантику в Европу: план призывает к оперативному сотрудничеству в международных водах и в зонах морского транзита в борьбе с оборотом кокаина.',
    },
    points: [ANDEAN, sea('atlantic-north', 28, -40), EUROPE],
    approximate: true,
    source: {
      section: 'III',
      quote:
        'Our States commit to seeking and implementing the necessary resources to further support operational cooperation in international waters and in maritime transit zones, to fight drug trafficking, in particular cocaine trafficking.',
    },
    basis: `${ORIGIN_BASIS}; the end in Europe rests on the maritime operational centres based there (MAOC-N in Lisbon, CeCLAD-M in Toulon)`,
    confidence: 'low',
  },
];

export const COCAINE_FLOWS: FlowSet = {
  id: 'transatlantic-cocaine',
  name: {
    en: 'Transatlantic cocaine trafficking (2011 Paris Action Plan)',
    fr: 'Trafic transatlantique de cocaïne (plan d’action de Paris, 2011)',
    ru: 'Трансатлантический оборот кокаина (Парижский план действий 2011 года)',
  },
  source: {
    title:
      'G8+ Paris Action Plan against transatlantic drug trafficking, in particular cocaine (ministerial meeting, Paris, 10 May 2011)',
    date: '2011-05-10',
    url: 'http://www.library.utoronto.ca/g7/justice/2011-g8-drugs-plan-en.html',
  },
  lines: LINES,
  centres: Object.entries(PLAN_PARTS)
    .filter(([, part]) => part.role !== 'network')
    .map(([id]) => id),
  networks: Object.entries(PLAN_PARTS)
    .filter(([, part]) => part.role === 'network')
    .map(([id]) => id),
  disclaimer: {
    en: 'The lines show approximate directions drawn from the words of the 2011 Paris Action Plan, which names no country of origin or destination; each line says what it rests on. They are not actual trafficking routes, and each point is placed arbitrarily inside its region.',
    fr: 'Les lignes indiquent des directions approximatives tirées des termes du plan d’action de Paris de 2011, qui ne nomme aucun pays d’origine ni de destination ; chaque ligne indique sur quoi elle repose. Ce ne sont pas des itinéraires réels du trafic, et chaque point est placé arbitrairement dans sa région.',
    ru: 'Линии показывают примерные направления, выведенные из текста Парижского плана действий 2011 года, в котором не названы ни страны происхождения, ни страны назначения; для каждой линии указано, на чём она основана. Это не реальные маршруты наркотрафика, а каждая точка помещена внутри своего региона произвольно.',
  },
};
