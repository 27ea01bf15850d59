// Tables of the illustrative projects: sample records modelled on IATI activities, not real
// projects and not ADAM data. Partner ids refer to packages/api/data/partners.json.
import type { PillarNumber, ProjectStatus } from '@pact/schema';

/** English, French and Russian forms of one text. */
export type Trio = readonly [en: string, fr: string, ru: string];
/** A value with its relative weight for a weighted draw. */
export type Weighted<T> = readonly [value: T, weight: number];

/** How many projects the sample has, by pillar and by status. */
export const PROJECT_COUNT = 180;
export const PILLAR_COUNTS: Readonly<Record<PillarNumber, number>> = { 1: 54, 2: 40, 3: 38, 4: 48 };
export const STATUS_COUNTS: Readonly<Record<ProjectStatus, number>> = {
  implementation: 70,
  closed: 62,
  pipeline: 16,
  finalisation: 14,
  cancelled: 9,
  suspended: 9,
};

/** Templates: title en/fr/ru with {c} for the beneficiaries, and what the project does. */
export const TEMPLATES: Readonly<Record<PillarNumber, readonly Trio[]>> = {
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
export const ACTIVITIES: Readonly<Record<PillarNumber, readonly Trio[]>> = {
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

/** Implementing organizations of each pillar, with their weights. */
export const IMPLEMENTERS: Readonly<Record<PillarNumber, readonly Weighted<string>[]>> = {
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
export const IMPLEMENTER_SCOPE: Readonly<Record<string, readonly string[]>> = {
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
export const SHORT: Readonly<Record<string, Trio>> = {
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

/** Donors (partner ids) with their weights. */
export const DONORS: readonly Weighted<string>[] = [
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
/** Donors whose lead projects are often budgeted in euros. */
export const EURO_DONORS: ReadonlySet<string> = new Set(['eu', 'deu', 'fra', 'nld', 'ita', 'aut', 'fin']);

/** Beneficiary groups: neighbours that share a project. */
export const BENEFICIARY_GROUPS: readonly Weighted<readonly string[]>[] = [
  [['afg', 'irn', 'pak'], 5],
  [['tjk', 'uzb', 'kgz', 'kaz', 'tkm'], 6],
  [['afg', 'tjk', 'uzb', 'tkm'], 2],
  [['alb', 'bih', 'mkd', 'srb', 'mne'], 4],
  [['tur', 'bgr', 'rou'], 2],
  [['arm', 'aze', 'geo'], 2],
  [['ukr', 'mda'], 1],
  [['ken', 'tza', 'moz'], 1],
];
