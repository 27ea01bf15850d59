// The timeline: milestones, meetings and documents of the three partnerships, each from the seed
// documents (../shared/seeds) or the reference facts (../shared/data/reference.json, "meetings" and
// "g8_paris_2011"), with the sources that state it. Nothing here is inferred: a date the sources
// give only to the month or the year keeps that precision and says why in `note`. The Vienna
// Declaration's pillars (2012) are given only to meetings held after it. Russian texts, and French
// and English texts that are not a source's own words, are machine-assisted translations made for
// this dataset (listed in `unofficialTranslations`, docs/data.md).
import type { LocalizedText, Place, SourceLink, TimelineEvent } from '@pact/schema';

const city = (en: string, fr: string, ru: string, country: string, mode?: Place['mode']): Place => ({
  city: { en, fr, ru },
  country,
  ...(mode ? { mode } : {}),
});
const VIENNA = city('Vienna', 'Vienne', 'Вена', 'aut');
const PARIS = city('Paris', 'Paris', 'Париж', 'fra');
const day = (value: string) => ({ value, precision: 'day' as const });
const text = (en: string, fr: string, ru: string): LocalizedText => ({ en, fr, ru });

/** Sources, as titled in meta.json (the reference's sources) or, for the seed documents, by their own title. */
const S = {
  whatIsIt: {
    title: 'UNODC: The Paris Pact Initiative – What is it?',
    url: 'http://www.unodc.org/unodc/en/drug-trafficking/paris-pact-initiative.html',
  },
  iran: {
    title: 'UNODC Iran: Paris Pact Initiative (2003 Paris and 2006 Moscow conferences)',
    url: 'https://www.unodc.org/islamicrepublicofiran/en/paris-pact-initiative.html',
  },
  stateDept: {
    title: 'US Department of State fact sheet: the Paris Pact, launched by UNODC and France in 2003',
    url: 'http://m.state.gov/md141485.htm',
  },
  decision758fr: {
    title: 'OSCE Permanent Council, Decision No 758 (French version, as read for this dataset)',
    lang: 'fr',
  },
  decision758de: {
    title:
      'OSCE Permanent Council, PC.DEC/758 of 5 December 2006, 641st plenary meeting (German version; original: English)',
    url: 'https://studylibde.com/doc/15895506/beschluss-nr.-758-verst%C3%A4rkung-der-internationalen',
    lang: 'de',
  },
  pcgm5: {
    title: 'UNODC: 5th Paris Pact Policy Consultative Group Meeting',
    url: 'http://www.unodc.org/unodc/en/events/5th-paris-pact-policy-consultative-group-meeting.html',
  },
  roca: {
    title: 'UNODC ROCA: Experts discuss where drug money goes',
    url: 'https://www.unodc.org/roca/en/news/experts-discuss-where-drug-money-goes.html',
  },
  newDelhi: {
    title: 'UNODC South Asia: Paris Pact Expert Working Group meeting on precursors (New Delhi, 2011)',
    url: 'http://www.unodc.org/southasia/en/events/paris-pact-expert-working-group-meeting-on-precursors.html',
  },
  g8Plan: {
    title: 'G7 Research Group: G8 Paris 2011 Action Plan on drug trafficking, English and French texts (opening only)',
    url: 'http://www.library.utoronto.ca/g7/justice/2011-g8-drugs-plan-en.html',
  },
  g8Interior: {
    title: 'French Ministry of the Interior: G8+ ministers adopt an action plan against cocaine trafficking (May 2011)',
    url: 'https://www.interieur.gouv.fr/Archives/Archives-des-actualites/2011-Actualites/Les-ministres-du-G8-elargi-ont-adopte-un-plan-d-action-contre-le-trafic-de-cocaine',
    lang: 'fr',
  },
  actionPlanText: { title: 'Paris Action Plan (G8+ ministerial meeting, Paris, 10 May 2011), English text' },
  viennaDeclaration: {
    title: 'Vienna Declaration, final English text (February 2012)',
    url: 'https://text-id.123dok.com/document/qvje66gq-vienna-declaration-english-final-14-february-2012.html',
  },
  nrc: {
    title: 'NATO-Russia Council: Paris Pact meeting in Vienna (March 2013)',
    url: 'https://www.nato.int/nrc-website/en/articles/20130314-nrc-paris-pact-vienna/index.html',
  },
  ewg2015: {
    title: 'UNODC Central Asia: Paris Pact Expert Working Groups 2015 held in Almaty and Bishkek',
    url: 'https://www.unodc.org/centralasia/en/news/paris-pact-expert-working-groups-2015-held-in-almaty-and-bishkek.html',
  },
  sco: {
    title: 'SCO Secretariat: 13th Paris Pact Policy Consultative Group Meeting (February 2017)',
    url: 'http://eng.sectsco.org/news/20170203/209336.html',
  },
  bucharest: {
    title:
      'UNODC South Eastern Europe: Paris Pact Expert Working Group meeting on precursors (Bucharest, October 2022)',
    url: 'https://www.unodc.org/southeasterneurope/en/all-stories-october-paris-pact-expert-working-group-meeting-held-to-discuss-precursors.html',
  },
  ppNews: { title: 'paris-pact.net news items (2021–2023)' },
  ppNews131021: {
    title: 'paris-pact.net news, 13 October 2021',
    url: 'https://www.paris-pact.net/parispact/en/news/news-131021.html',
  },
  ppNews150623: {
    title: 'paris-pact.net news, 15 June 2023',
    url: 'https://www.paris-pact.net/parispact/en/news/news-150623.html',
  },
  ppNews111223: {
    title: 'paris-pact.net news, 11 December 2023',
    url: 'https://www.paris-pact.net/parispact/en/news/news-111223.html',
  },
  pompidouMission: {
    title: 'Pompidou Group: mission, organisation, governance and working methods',
    url: 'http://rm.coe.int/the-pompidou-group-mission-organisation-governance-working-methods/1680745f34',
  },
  pompidouMembers: {
    title: 'Council of Europe: Pompidou Group member States; EMCDDA partner page on the Pompidou Group',
    url: 'https://www.coe.int/en/web/pompidou/about/member-states',
  },
  cm701: {
    title: 'Council of Europe Committee of Ministers decision 701/2.1a (8 March 2000)',
    url: 'https://wcd.coe.int/ViewDoc.jsp?Ref=701/2.1a',
  },
} satisfies Record<string, SourceLink>;

const PARIS_PACT = ['paris-pact'] as TimelineEvent['partnerships'];
const OSCE = ['osce'] as TimelineEvent['partnerships'];
const POMPIDOU = ['pompidou-group'] as TimelineEvent['partnerships'];
const FR_RU = ['fr', 'ru'] as TimelineEvent['unofficialTranslations'];

const pcgm = (
  n: number,
  ord: LocalizedText,
  start: string,
  end: string | undefined,
  sources: SourceLink[],
  extra: Partial<TimelineEvent> = {},
): TimelineEvent => ({
  id: `${start.slice(0, 7)}-pcgm-${n}`,
  kind: 'policy-consultative-group-meeting',
  partnerships: PARIS_PACT,
  title: text(
    `${ord.en} Paris Pact Policy Consultative Group Meeting`,
    `${ord.fr} réunion du Groupe consultatif sur les politiques du Pacte de Paris`,
    `${ord.ru} заседание Группы по консультациям в области политики Парижского пакта`,
  ),
  summary: text(
    'A meeting of the Policy Consultative Group of the Paris Pact partners, held in Vienna.',
    'Une réunion du Groupe consultatif sur les politiques des partenaires du Pacte de Paris, tenue à Vienne.',
    'Заседание Группы по консультациям в области политики партнёров Парижского пакта, состоявшееся в Вене.',
  ),
  date: day(start),
  ...(end ? { end: day(end) } : {}),
  place: VIENNA,
  sources,
  unofficialTranslations: FR_RU,
  ...extra,
});

export const EVENTS: readonly TimelineEvent[] = [
  {
    id: '1980-03-pompidou-group-partial-agreement',
    kind: 'decision',
    partnerships: POMPIDOU,
    title: text(
      'Resolution (80) 2: the Pompidou Group becomes a Council of Europe partial agreement',
      "Résolution (80) 2 : le Groupe Pompidou devient un accord partiel du Conseil de l'Europe",
      'Резолюция (80) 2: Группа Помпиду становится частичным соглашением Совета Европы',
    ),
    summary: text(
      'Founded in 1971, the Pompidou Group entered the framework of the Council of Europe with Resolution (80) 2 of 27 March 1980; it is today an Enlarged Partial Agreement of the Council of Europe.',
      "Fondé en 1971, le Groupe Pompidou est entré dans le cadre du Conseil de l'Europe par la Résolution (80) 2 du 27 mars 1980 ; il est aujourd'hui un accord partiel élargi du Conseil de l'Europe.",
      'Основанная в 1971 году, Группа Помпиду вошла в рамки Совета Европы Резолюцией (80) 2 от 27 марта 1980 года; сегодня это расширенное частичное соглашение Совета Европы.',
    ),
    date: day('1980-03-27'),
    organizers: [{ partner: 'coe' }],
    sources: [S.pompidouMission, S.pompidouMembers],
    unofficialTranslations: FR_RU,
  },
  {
    id: '2000-03-cm-decision-701-pompidou-group',
    kind: 'decision',
    partnerships: POMPIDOU,
    title: text(
      'Committee of Ministers decision 701/2.1a on the Pompidou Group',
      'Décision 701/2.1a du Comité des Ministres sur le Groupe Pompidou',
      'Решение Комитета министров 701/2.1a о Группе Помпиду',
    ),
    summary: text(
      'A footnote to this decision lists the 31 members of the Pompidou Group at the time; the decision invites Azerbaijan to accede.',
      "Une note de cette décision énumère les 31 membres du Groupe Pompidou à cette date ; la décision invite l'Azerbaïdjan à y adhérer.",
      'В сноске к этому решению перечислены 31 член Группы Помпиду на тот момент; решение приглашает Азербайджан присоединиться.',
    ),
    date: day('2000-03-08'),
    organizers: [{ partner: 'coe' }],
    sources: [S.cm701],
    unofficialTranslations: FR_RU,
  },
  {
    id: '2003-05-paris-ministerial-conference',
    kind: 'conference',
    partnerships: PARIS_PACT,
    title: text(
      'First Ministerial Conference on Drug Routes from Central Asia to Europe (Paris Statement)',
      "Première Conférence ministérielle sur les routes de la drogue de l'Asie centrale vers l'Europe (Déclaration de Paris)",
      'Первая министерская конференция по маршрутам наркотиков из Центральной Азии в Европу (Парижское заявление)',
    ),
    summary: text(
      'The first ministerial conference of the Paris Pact process, held in Paris, issued the Paris Statement. UNODC and France launched the Paris Pact Initiative in 2003.',
      "La première conférence ministérielle du processus du Pacte de Paris, tenue à Paris, a publié la Déclaration de Paris. L'ONUDC et la France ont lancé l'Initiative du Pacte de Paris en 2003.",
      'Первая министерская конференция в рамках Парижского пакта, состоявшаяся в Париже, приняла Парижское заявление. ЮНОДК и Франция выступили с Инициативой «Парижский пакт» в 2003 году.',
    ),
    date: { value: '2003-05', precision: 'month' },
    place: PARIS,
    sources: [S.iran, S.stateDept, S.whatIsIt],
    unofficialTranslations: FR_RU,
    note: text(
      'The sources read give the month (May 2003), not the day.',
      'Les sources lues donnent le mois (mai 2003), pas le jour.',
      'В прочитанных источниках указан месяц (май 2003 года), но не день.',
    ),
  },
  {
    id: '2006-06-moscow-ministerial-conference',
    kind: 'conference',
    partnerships: PARIS_PACT,
    title: text(
      'Second Ministerial Conference on Drug Trafficking Routes from Afghanistan, “Paris 2 – Moscow 1”',
      "Deuxième Conférence ministérielle sur les routes de la drogue à partir de l'Afghanistan « Paris 2 – Moscou 1 »",
      'Вторая министерская конференция по маршрутам наркотрафика из Афганистана «Париж 2 – Москва 1»',
    ),
    summary: text(
      'The second ministerial conference of the Paris Pact process, held in Moscow. OSCE Permanent Council Decision No 758 takes note of its recommendations.',
      'La deuxième conférence ministérielle du processus du Pacte de Paris, tenue à Moscou. La Décision No 758 du Conseil permanent de l’OSCE prend note de ses recommandations.',
      'Вторая министерская конференция в рамках Парижского пакта, состоявшаяся в Москве. Решение № 758 Постоянного совета ОБСЕ принимает к сведению её рекомендации.',
    ),
    date: day('2006-06-26'),
    end: day('2006-06-28'),
    place: city('Moscow', 'Moscou', 'Москва', 'rus'),
    sources: [S.iran, S.decision758fr],
    unofficialTranslations: FR_RU,
  },
  {
    id: '2006-09-adam-polis-workshop',
    kind: 'workshop',
    partnerships: OSCE,
    title: text('ADAM-POLIS Workshop', 'Atelier ADAM-POLIS', 'Семинар ADAM-POLIS'),
    summary: text(
      'A workshop held in Vienna, whose conclusions OSCE Permanent Council Decision No 758 takes note of.',
      'Un atelier tenu à Vienne, dont la Décision No 758 du Conseil permanent de l’OSCE prend note des conclusions.',
      'Семинар, состоявшийся в Вене; Решение № 758 Постоянного совета ОБСЕ принимает к сведению его выводы.',
    ),
    date: day('2006-09-14'),
    end: day('2006-09-15'),
    place: VIENNA,
    sources: [S.decision758fr],
    unofficialTranslations: ['en', 'fr', 'ru'],
  },
  {
    id: '2006-10-osce-expert-workshop-illicit-drugs',
    kind: 'workshop',
    partnerships: OSCE,
    title: text(
      'Expert Workshop on Combating the Threat of Illicit Drugs in the OSCE Area',
      "Atelier d'experts sur la lutte contre la menace posée par les drogues illicites dans l'espace de l'OSCE",
      'Семинар экспертов по борьбе с угрозой незаконных наркотиков в регионе ОБСЕ',
    ),
    summary: text(
      'A workshop of experts held in Vienna, whose conclusions OSCE Permanent Council Decision No 758 takes note of.',
      'Un atelier d’experts tenu à Vienne, dont la Décision No 758 du Conseil permanent de l’OSCE prend note des conclusions.',
      'Семинар экспертов, состоявшийся в Вене; Решение № 758 Постоянного совета ОБСЕ принимает к сведению его выводы.',
    ),
    date: day('2006-10-24'),
    end: day('2006-10-25'),
    place: VIENNA,
    sources: [S.decision758fr],
    unofficialTranslations: ['en', 'fr', 'ru'],
  },
  {
    id: '2006-12-osce-pc-decision-758',
    kind: 'decision',
    partnerships: OSCE,
    title: text(
      'OSCE Permanent Council Decision No 758: enhancing international anti-drug co-operation',
      'Décision No 758 du Conseil permanent de l’OSCE : renforcement de la coopération internationale en matière de lutte anti-drogue',
      'Решение № 758 Постоянного совета ОБСЕ: укрепление международного сотрудничества в борьбе с наркотиками',
    ),
    summary: text(
      'Gravely concerned by the spread of illicit drugs, in particular heroin from Afghanistan and synthetic drugs, the Permanent Council calls on the participating States to step up their efforts against the threat of illicit drugs, urges those that have not done so to consider ratifying or acceding to the three United Nations drug control conventions, and tasks the Secretary General to convene an expert conference in Vienna in 2007 in close co-operation with UNODC. The decision notes that the OSCE is a partner of the Paris Pact.',
      'Gravement préoccupé par la propagation des drogues illicites, notamment de l’héroïne en provenance d’Afghanistan et des drogues synthétiques, le Conseil permanent demande aux Etats participants d’accentuer leurs efforts visant à juguler la menace que représentent les drogues illicites, demande instamment à ceux qui ne l’ont pas encore fait d’envisager de ratifier les trois conventions des Nations Unies relatives aux drogues ou d’y adhérer, et charge le Secrétaire général de convoquer en 2007 à Vienne, en consultation et coopération étroites avec l’ONUDC, une conférence d’experts. La décision rappelle que l’OSCE est partenaire du Pacte de Paris.',
      'Будучи глубоко обеспокоен распространением незаконных наркотиков, в частности героина из Афганистана и синтетических наркотиков, Постоянный совет призывает государства-участники активизировать усилия по противодействию угрозе незаконных наркотиков, настоятельно призывает те из них, которые ещё этого не сделали, рассмотреть возможность ратификации трёх конвенций Организации Объединённых Наций о контроле над наркотиками или присоединения к ним и поручает Генеральному секретарю созвать в 2007 году в Вене конференцию экспертов в тесном сотрудничестве с ЮНОДК. В решении отмечается, что ОБСЕ является партнёром Парижского пакта.',
    ),
    date: day('2006-12-05'),
    place: VIENNA,
    organizers: [
      { partner: 'osce', name: text('OSCE Permanent Council', 'Conseil permanent de l’OSCE', 'Постоянный совет ОБСЕ') },
    ],
    sources: [S.decision758fr, S.decision758de],
    unofficialTranslations: ['en', 'fr', 'ru'],
    note: text(
      'The French text read for this dataset carries no date; the date, the meeting (641st plenary) and the original language (English) are those of the German version. The titles and summaries are renderings made for this dataset (the French ones close to the French text), not the OSCE’s wording.',
      'Le texte français lu pour ce jeu de données ne porte pas de date ; la date, la séance (641e séance plénière) et la langue originale (l’anglais) sont celles de la version allemande. Les titres et résumés sont rédigés pour ce jeu de données (les français au plus près du texte français), pas le texte de l’OSCE.',
      'Во французском тексте, прочитанном для этого набора данных, дата не указана; дата, заседание (641-е пленарное) и язык оригинала (английский) взяты из немецкой версии. Заголовки и резюме составлены для этого набора данных (французские — близко к французскому тексту) и не являются формулировками ОБСЕ.',
    ),
  },
  pcgm(5, text('5th', '5e', '5-е'), '2007-12-03', '2007-12-04', [S.pcgm5]),
  {
    id: '2009-11-tashkent-technical-working-group-financial-flows',
    kind: 'working-group',
    partnerships: PARIS_PACT,
    title: text(
      'Technical Working Group on financial flows',
      'Groupe de travail technique sur les flux financiers',
      'Техническая рабочая группа по финансовым потокам',
    ),
    summary: text(
      'A Paris Pact technical working group on financial flows, held in Tashkent as a follow-up to the “Orange Paper”.',
      'Un groupe de travail technique du Pacte de Paris sur les flux financiers, tenu à Tachkent dans le prolongement du « Orange Paper ».',
      'Техническая рабочая группа Парижского пакта по финансовым потокам, проведённая в Ташкенте в развитие документа «Orange Paper».',
    ),
    date: day('2009-11-02'),
    end: day('2009-11-03'),
    place: city('Tashkent', 'Tachkent', 'Ташкент', 'uzb'),
    sources: [S.roca],
    unofficialTranslations: FR_RU,
  },
  {
    id: '2010-paris-experts-meeting-precursors',
    kind: 'expert-working-group',
    partnerships: PARIS_PACT,
    title: text(
      'First Paris Pact meeting of experts on precursors',
      'Première réunion d’experts du Pacte de Paris sur les précurseurs',
      'Первое совещание экспертов Парижского пакта по прекурсорам',
    ),
    summary: text(
      'The first meeting of Paris Pact experts on precursor chemicals, held in Paris.',
      'La première réunion des experts du Pacte de Paris sur les précurseurs chimiques, tenue à Paris.',
      'Первое совещание экспертов Парижского пакта по химическим прекурсорам, состоявшееся в Париже.',
    ),
    date: { value: '2010', precision: 'year' },
    place: PARIS,
    sources: [S.newDelhi],
    unofficialTranslations: FR_RU,
    note: text(
      'Known only as the earlier meeting that the announcement of the 2011 New Delhi meeting mentions: the year and city are given, not the date.',
      'Connue seulement comme la réunion précédente que mentionne l’annonce de la réunion de New Delhi de 2011 : l’année et la ville sont données, pas la date.',
      'Известно лишь как предыдущее совещание, упомянутое в объявлении о совещании в Нью-Дели в 2011 году: указаны год и город, но не дата.',
    ),
  },
  {
    id: '2011-05-paris-action-plan',
    kind: 'action-plan',
    partnerships: [],
    title: text(
      'Paris Action Plan against transatlantic drug trafficking',
      'Plan d’action de Paris contre le trafic transatlantique de drogue',
      'Парижский план действий по борьбе с трансатлантическим наркотрафиком',
    ),
    summary: text(
      'Meeting in Paris under the chairmanship of the French Minister of the Interior, G8+ ministers adopted a Political Declaration and an Action Plan to strengthen transatlantic co-operation against drug trafficking, in particular of cocaine: the international conventions, the sharing of intelligence through the regional centres in Accra and Dakar and the operational centres MAOC-N, CeCLAD-M and JIATF-S, maritime co-operation, and action against money laundering.',
      'Réunis à Paris sous la présidence du ministre français de l’Intérieur, les ministres du G8 élargi ont adopté une déclaration politique et un plan d’action pour renforcer la coopération transatlantique contre le trafic de drogue, en particulier de cocaïne : les conventions internationales, le partage du renseignement par les centres régionaux d’Accra et de Dakar et les centres opérationnels MAOC-N, CeCLAD-M et JIATF-S, la coopération maritime et la lutte contre le blanchiment.',
      'На встрече в Париже под председательством министра внутренних дел Франции министры «Группы восьми» в расширенном составе приняли Политическую декларацию и План действий по укреплению трансатлантического сотрудничества в борьбе с наркотрафиком, особенно кокаина: международные конвенции, обмен разведывательными данными через региональные центры в Аккре и Дакаре и оперативные центры MAOC-N, CeCLAD-M и JIATF-S, морское сотрудничество и борьба с отмыванием денег.',
    ),
    date: day('2011-05-10'),
    place: PARIS,
    organizers: [
      {
        partner: 'fra',
        name: text(
          'French Ministry of the Interior',
          'Ministère de l’Intérieur',
          'Министерство внутренних дел Франции',
        ),
      },
    ],
    sources: [S.actionPlanText, S.g8Plan, S.g8Interior],
    unofficialTranslations: FR_RU,
    note: text(
      'A G8+ meeting, not a meeting of the three partnerships: it is the source of the transatlantic cocaine dimension of this dataset.',
      'Une réunion du G8 élargi, pas une réunion des trois partenariats : elle est la source de la dimension transatlantique (cocaïne) de ce jeu de données.',
      'Встреча «Группы восьми» в расширенном составе, а не трёх партнёрств: из неё взято трансатлантическое (кокаиновое) направление этого набора данных.',
    ),
  },
  {
    id: '2011-11-new-delhi-ewg-precursors',
    kind: 'expert-working-group',
    partnerships: PARIS_PACT,
    title: text(
      'Second Paris Pact Expert Working Group on precursors',
      'Deuxième groupe de travail d’experts du Pacte de Paris sur les précurseurs',
      'Вторая экспертная рабочая группа Парижского пакта по прекурсорам',
    ),
    summary: text(
      'Hosted in New Delhi by the Government of India (Central Bureau of Narcotics, Gwalior).',
      'Accueilli à New Delhi par le Gouvernement indien (Central Bureau of Narcotics, Gwalior).',
      'Принимающая сторона — правительство Индии (Центральное бюро по наркотикам, Гвалиор), Нью-Дели.',
    ),
    date: day('2011-11-14'),
    end: day('2011-11-15'),
    place: city('New Delhi', 'New Delhi', 'Нью-Дели', 'ind'),
    organizers: [
      {
        partner: 'ind',
        name: text(
          'Central Bureau of Narcotics (India)',
          'Central Bureau of Narcotics (Inde)',
          'Центральное бюро по наркотикам (Индия)',
        ),
      },
    ],
    sources: [S.newDelhi],
    unofficialTranslations: FR_RU,
  },
  {
    id: '2012-02-vienna-declaration',
    kind: 'declaration',
    partnerships: PARIS_PACT,
    title: text(
      'Vienna Declaration of the Third Ministerial Conference of the Paris Pact Partners',
      'Déclaration de Vienne de la troisième Conférence ministérielle des partenaires du Pacte de Paris',
      'Венская декларация третьей министерской конференции партнёров Парижского пакта',
    ),
    summary: text(
      'The outcome document of the Third Ministerial Conference, a “roadmap” for the Paris Pact partners recognizing their common and shared responsibility. It guides the partnership on four interlinked pillars: regional initiatives, illicit financial flows, precursor chemicals, and drug abuse and dependence.',
      'Le document final de la troisième conférence ministérielle, une « feuille de route » pour les partenaires du Pacte de Paris, qui reconnaît leur responsabilité commune et partagée. Elle oriente le partenariat sur quatre piliers liés : les initiatives régionales, les flux financiers illicites, les précurseurs chimiques, l’abus de drogues et la dépendance.',
      'Итоговый документ третьей министерской конференции — «дорожная карта» для партнёров Парижского пакта, признающая их общую и совместную ответственность. Она определяет работу партнёрства по четырём взаимосвязанным направлениям: региональные инициативы, незаконные финансовые потоки, химические прекурсоры, злоупотребление наркотиками и зависимость.',
    ),
    date: day('2012-02-16'),
    place: VIENNA,
    sources: [S.whatIsIt, S.viennaDeclaration],
    unofficialTranslations: FR_RU,
  },
  {
    id: '2013-paris-pact-phase-iv',
    kind: 'programme-phase',
    partnerships: PARIS_PACT,
    title: text(
      'Phase IV of the Paris Pact programme',
      'Phase IV du programme du Pacte de Paris',
      'Четвёртый этап программы Парижского пакта',
    ),
    summary: text(
      'Launched on the 10th anniversary of the Initiative in 2013, Phase IV of UNODC’s global programme (GLOY09) was initially set up for three years (2013–2016) with a total budget of roughly 5 million USD. It continues three components: the consultative mechanism, the Research and Liaison Officer network, and information management through ADAM and the Drugs Monitoring Platform.',
      'Lancée pour le 10e anniversaire de l’Initiative en 2013, la phase IV du programme mondial de l’ONUDC (GLOY09) a d’abord été prévue pour trois ans (2013–2016), avec un budget total d’environ 5 millions de dollars des États-Unis. Elle poursuit trois composantes : le mécanisme consultatif, le réseau des chargés de recherche et de liaison, et la gestion de l’information par ADAM et la Drugs Monitoring Platform.',
      'Четвёртый этап глобальной программы ЮНОДК (GLOY09), начатый в 2013 году к 10-летию Инициативы, первоначально был рассчитан на три года (2013–2016) с общим бюджетом около 5 млн долларов США. Он продолжает три компонента: консультативный механизм, сеть сотрудников по исследованиям и связи и управление информацией через ADAM и Drugs Monitoring Platform.',
    ),
    date: { value: '2013', precision: 'year' },
    end: { value: '2016', precision: 'year' },
    organizers: [{ partner: 'unodc' }],
    sources: [S.whatIsIt],
    unofficialTranslations: FR_RU,
    note: text(
      'The source gives the years (2013–2016), not the days; the programme was “initially” set up for this period.',
      'La source donne les années (2013–2016), pas les jours ; le programme a été « d’abord » prévu pour cette période.',
      'В источнике указаны годы (2013–2016), а не даты; программа была «первоначально» рассчитана на этот период.',
    ),
  },
  pcgm(10, text('10th', '10e', '10-е'), '2013-03-07', undefined, [S.nrc], {
    note: text(
      'The date is from a NATO-Russia Council article of 14 March 2013.',
      'La date vient d’un article du Conseil OTAN-Russie du 14 mars 2013.',
      'Дата взята из статьи Совета Россия–НАТО от 14 марта 2013 года.',
    ),
  }),
  {
    id: '2015-06-almaty-ewg-tri-fold',
    kind: 'expert-working-group',
    partnerships: PARIS_PACT,
    title: text(
      'Tri-fold Expert Working Groups on cross-border co-operation, illicit financial flows and precursors',
      'Groupes de travail d’experts conjoints sur la coopération transfrontalière, les flux financiers illicites et les précurseurs',
      'Совместные экспертные рабочие группы по трансграничному сотрудничеству, незаконным финансовым потокам и прекурсорам',
    ),
    summary: text(
      'The Paris Pact Expert Working Groups of pillars I, II and III, held together in Almaty and hosted by CARICC.',
      'Les groupes de travail d’experts du Pacte de Paris des piliers I, II et III, réunis ensemble à Almaty et accueillis par le CARICC.',
      'Экспертные рабочие группы Парижского пакта по направлениям I, II и III, проведённые совместно в Алматы; принимающая сторона — ЦАРИКЦ.',
    ),
    date: day('2015-06-01'),
    end: day('2015-06-05'),
    place: city('Almaty', 'Almaty', 'Алматы', 'kaz'),
    organizers: [{ partner: 'caricc' }],
    pillars: [1, 2, 3],
    sources: [S.ewg2015],
    unofficialTranslations: FR_RU,
  },
  {
    id: '2015-06-bishkek-ewg-pillar-4',
    kind: 'expert-working-group',
    partnerships: PARIS_PACT,
    title: text(
      'Expert Working Group on Community-based and Outpatient Treatment',
      'Groupe de travail d’experts sur le traitement communautaire et ambulatoire',
      'Экспертная рабочая группа по лечению на базе местных сообществ и амбулаторному лечению',
    ),
    summary: text(
      'A Paris Pact Expert Working Group under pillar IV of the Vienna Declaration, hosted by the Government of Kyrgyzstan in Bishkek.',
      'Un groupe de travail d’experts du Pacte de Paris relevant du pilier IV de la Déclaration de Vienne, accueilli par le Gouvernement du Kirghizistan à Bichkek.',
      'Экспертная рабочая группа Парижского пакта по IV направлению Венской декларации; принимающая сторона — правительство Кыргызстана, Бишкек.',
    ),
    date: day('2015-06-25'),
    end: day('2015-06-26'),
    place: city('Bishkek', 'Bichkek', 'Бишкек', 'kgz'),
    organizers: [{ partner: 'kgz' }],
    pillars: [4],
    sources: [S.ewg2015],
    unofficialTranslations: FR_RU,
  },
  pcgm(13, text('13th', '13e', '13-е'), '2017-02-01', '2017-02-02', [S.sco]),
  pcgm(15, text('15th', '15e', '15-е'), '2021-11-15', '2021-11-16', [S.ppNews131021], {
    note: text(
      'Announced to be held in person with a virtual option.',
      'Annoncée en présentiel avec une option virtuelle.',
      'Объявлено о проведении в очном формате с возможностью дистанционного участия.',
    ),
  }),
  {
    id: '2022-10-bucharest-ewg-precursors',
    kind: 'expert-working-group',
    partnerships: PARIS_PACT,
    title: text(
      'Expert Working Group on preventing the diversion of precursor chemicals',
      'Groupe de travail d’experts sur la prévention du détournement des précurseurs chimiques',
      'Экспертная рабочая группа по предотвращению утечки химических прекурсоров',
    ),
    summary: text(
      'A Paris Pact Expert Working Group under pillar III, hosted by SELEC in Bucharest: over 100 participants from 31 countries and 6 organizations agreed 11 recommendations.',
      'Un groupe de travail d’experts du Pacte de Paris relevant du pilier III, accueilli par le SELEC à Bucarest : plus de 100 participants de 31 pays et 6 organisations ont adopté 11 recommandations.',
      'Экспертная рабочая группа Парижского пакта по III направлению; принимающая сторона — SELEC, Бухарест. Более 100 участников из 31 страны и 6 организаций согласовали 11 рекомендаций.',
    ),
    date: day('2022-10-24'),
    end: day('2022-10-25'),
    place: city('Bucharest', 'Bucarest', 'Бухарест', 'rou'),
    organizers: [{ partner: 'selec' }],
    pillars: [3],
    sources: [S.bucharest],
    unofficialTranslations: FR_RU,
  },
  pcgm(16, text('16th', '16e', '16-е'), '2022-12-05', '2022-12-06', [S.ppNews], {
    note: text(
      'The sources read announce this meeting; they do not report on it.',
      'Les sources lues annoncent cette réunion ; elles n’en rendent pas compte.',
      'Прочитанные источники объявляют об этом заседании, но не сообщают о его итогах.',
    ),
  }),
  {
    id: '2023-06-sofia-ewg-precursors',
    kind: 'expert-working-group',
    partnerships: PARIS_PACT,
    title: text(
      'Expert Working Group on precursors',
      'Groupe de travail d’experts sur les précurseurs',
      'Экспертная рабочая группа по прекурсорам',
    ),
    summary: text(
      'A Paris Pact Expert Working Group under pillar III, held in Sofia in hybrid format and hosted by the General Directorate Combating Organized Crime of Bulgaria’s Ministry of Interior: over 140 participants from 34 countries and 10 organizations agreed 10 recommendations.',
      'Un groupe de travail d’experts du Pacte de Paris relevant du pilier III, tenu à Sofia en format hybride et accueilli par la Direction générale de la lutte contre le crime organisé du ministère bulgare de l’Intérieur : plus de 140 participants de 34 pays et 10 organisations ont adopté 10 recommandations.',
      'Экспертная рабочая группа Парижского пакта по III направлению, проведённая в Софии в смешанном формате; принимающая сторона — Главное управление по борьбе с организованной преступностью МВД Болгарии. Более 140 участников из 34 стран и 10 организаций согласовали 10 рекомендаций.',
    ),
    date: day('2023-06-13'),
    end: day('2023-06-14'),
    place: city('Sofia', 'Sofia', 'София', 'bgr', 'hybrid'),
    organizers: [
      {
        partner: 'bgr',
        name: text(
          'General Directorate Combating Organized Crime, Ministry of Interior of Bulgaria',
          'Direction générale de la lutte contre le crime organisé, ministère de l’Intérieur de Bulgarie',
          'Главное управление по борьбе с организованной преступностью, МВД Болгарии',
        ),
      },
    ],
    pillars: [3],
    sources: [S.ppNews150623],
    unofficialTranslations: FR_RU,
  },
  {
    id: '2023-09-ewg-illicit-financial-flows',
    kind: 'expert-working-group',
    partnerships: PARIS_PACT,
    title: text(
      'Expert Working Group on Illicit Financial Flows',
      'Groupe de travail d’experts sur les flux financiers illicites',
      'Экспертная рабочая группа по незаконным финансовым потокам',
    ),
    summary: text(
      'A Paris Pact Expert Working Group under pillar II, held online and hosted by the Turkish National Police.',
      'Un groupe de travail d’experts du Pacte de Paris relevant du pilier II, tenu en ligne et accueilli par la Police nationale turque.',
      'Экспертная рабочая группа Парижского пакта по II направлению, проведённая онлайн; принимающая сторона — Национальная полиция Турции.',
    ),
    date: day('2023-09-12'),
    end: day('2023-09-13'),
    place: { country: 'tur', mode: 'virtual' },
    organizers: [
      {
        partner: 'tur',
        name: text('Turkish National Police', 'Police nationale turque', 'Национальная полиция Турции'),
      },
    ],
    pillars: [2],
    sources: [S.ppNews],
    unofficialTranslations: FR_RU,
    note: text(
      'First planned for 7–8 February 2023 in Ankara; postponed after the earthquake.',
      'Prévu d’abord les 7 et 8 février 2023 à Ankara ; reporté après le séisme.',
      'Первоначально планировалось на 7–8 февраля 2023 года в Анкаре; перенесено после землетрясения.',
    ),
  },
  {
    id: '2023-ewg-pillar-4',
    kind: 'expert-working-group',
    partnerships: PARIS_PACT,
    title: text(
      'Expert Working Group on drug prevention and treatment',
      'Groupe de travail d’experts sur la prévention et le traitement',
      'Экспертная рабочая группа по профилактике и лечению',
    ),
    summary: text(
      'A Paris Pact Expert Working Group under pillar IV of the Vienna Declaration, held in 2023.',
      'Un groupe de travail d’experts du Pacte de Paris relevant du pilier IV de la Déclaration de Vienne, tenu en 2023.',
      'Экспертная рабочая группа Парижского пакта по IV направлению Венской декларации, состоявшаяся в 2023 году.',
    ),
    date: { value: '2023', precision: 'year' },
    pillars: [4],
    sources: [S.ppNews111223],
    unofficialTranslations: FR_RU,
    note: text(
      'The news of the 17th PCGM says that this meeting took place; its date and place were not found.',
      'Les nouvelles de la 17e réunion du Groupe consultatif indiquent que cette réunion a eu lieu ; sa date et son lieu n’ont pas été trouvés.',
      'Из новостей о 17-м заседании Группы по консультациям известно, что встреча состоялась; дата и место не найдены.',
    ),
  },
  pcgm(17, text('17th', '17e', '17-е'), '2023-12-11', '2023-12-12', [S.ppNews111223], {
    place: city('Vienna', 'Vienne', 'Вена', 'aut', 'hybrid'),
    summary: text(
      'The annual meeting of the Paris Pact partners, held in hybrid format in the Initiative’s 20th anniversary year: over 100 delegates from 32 countries and 9 organizations.',
      'La réunion annuelle des partenaires du Pacte de Paris, tenue en format hybride l’année du 20e anniversaire de l’Initiative : plus de 100 délégués de 32 pays et 9 organisations.',
      'Ежегодное заседание партнёров Парижского пакта, проведённое в смешанном формате в год 20-летия Инициативы: более 100 делегатов из 32 стран и 9 организаций.',
    ),
  }),
];
