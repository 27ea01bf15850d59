// Texts of the pillars and routes written for this dataset (unofficial French and Russian
// translations; the English comes from the reference unless written here).
import type { LocalizedText, PillarNumber, RouteId } from '@pact/schema';

export interface PillarText {
  titleRu: string;
  shortFr: string;
  shortRu: string;
  summary: LocalizedText;
}

export interface RouteText {
  nameRu: string;
  /** The reference's summary with countries named, never coded, in every language. */
  summary: LocalizedText;
}

/** Russian titles, French and Russian short titles and the summaries of the four pillars (unofficial translations). */
export const PILLAR_TEXT: Readonly<Record<PillarNumber, PillarText>> = {
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
      en: 'Partners work to detect and block the financial flows linked to illicit traffic in opiates, through financial investigations and the identification, freezing and confiscation of criminal assets. Before the Vienna Declaration (2012), a technical working group on financial flows of the Paris Pact consultative mechanism met in Tashkent in November 2009. The expert working group on this pillar met online in September 2023, hosted by the Turkish National Police.',
      fr: "Les partenaires s'attachent à détecter et à bloquer les flux financiers liés au trafic illicite d'opiacés, au moyen d'enquêtes financières et de l'identification, du gel et de la confiscation des avoirs d'origine criminelle. Avant la Déclaration de Vienne (2012), un groupe de travail technique sur les flux financiers, relevant du mécanisme consultatif du Pacte de Paris, s'est réuni à Tachkent en novembre 2009. Le groupe de travail d'experts de ce pilier s'est réuni en ligne en septembre 2023, à l'invitation de la Police nationale turque.",
      ru: 'Партнёры выявляют и блокируют финансовые потоки, связанные с незаконным оборотом опиатов, с помощью финансовых расследований, а также выявления, замораживания и конфискации преступных активов. До принятия Венской декларации (2012 год) техническая рабочая группа по финансовым потокам в рамках консультативного механизма Парижского пакта собиралась в Ташкенте в ноябре 2009 года. Рабочая группа экспертов по этому направлению провела заседание в онлайн-формате в сентябре 2023 года по приглашению Национальной полиции Турции.',
    },
  },
  3: {
    titleRu:
      'Предотвращение утечки химических веществ-прекурсоров, используемых при незаконном изготовлении опиатов в Афганистане',
    shortFr: 'Précurseurs',
    shortRu: 'Прекурсоры',
    summary: {
      en: 'Partners work to prevent the diversion of precursor chemicals into the illicit manufacture of opiates in Afghanistan, through cooperation between the authorities of the countries along the trafficking routes. Before the Vienna Declaration (2012), expert working groups on precursors of the Paris Pact consultative mechanism met in Paris (2010) and New Delhi (2011). The expert working group on this pillar met in Bucharest (hosted by SELEC, 2022) and Sofia (2023).',
      fr: "Les partenaires s'attachent à prévenir le détournement des précurseurs chimiques vers la fabrication illicite d'opiacés en Afghanistan, grâce à la coopération entre les autorités des pays situés le long des routes du trafic. Avant la Déclaration de Vienne (2012), des groupes de travail d'experts sur les précurseurs, relevant du mécanisme consultatif du Pacte de Paris, se sont réunis à Paris (2010) et à New Delhi (2011). Le groupe de travail d'experts de ce pilier s'est réuni à Bucarest (à l'invitation du SELEC, 2022) et à Sofia (2023).",
      ru: 'Партнёры предотвращают утечку химических веществ-прекурсоров в незаконное изготовление опиатов в Афганистане благодаря сотрудничеству органов власти стран, расположенных вдоль маршрутов наркотрафика. До принятия Венской декларации (2012 год) рабочие группы экспертов по прекурсорам в рамках консультативного механизма Парижского пакта собирались в Париже (2010) и Нью-Дели (2011). Рабочая группа экспертов по этому направлению собиралась в Бухаресте (при содействии SELEC, 2022) и Софии (2023).',
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

/** Russian names and the summaries of the routes: the reference's English, with countries named (sources inside each text). */
export const ROUTE_TEXT: Readonly<Record<RouteId, RouteText>> = {
  northern: {
    nameRu: 'Северный маршрут',
    summary: {
      en: 'Afghanistan through Central Asia to the Russian Federation; overland, road and rail; mainly supplies Russia and, less, Central Asian markets (UNODC 2018).',
      fr: "De l'Afghanistan à la Fédération de Russie via l'Asie centrale, par voie terrestre (route et rail) ; approvisionne surtout la Russie et, dans une moindre mesure, les marchés d'Asie centrale (ONUDC, 2018).",
      ru: 'Из Афганистана через Центральную Азию в Российскую Федерацию по суше — автомобильным и железнодорожным транспортом; снабжает главным образом Россию и в меньшей степени рынки Центральной Азии (УНП ООН, 2018).',
    },
  },
  balkan: {
    nameRu: 'Балканский маршрут',
    summary: {
      en: 'Afghanistan through Iran (or Pakistan to Iran) and Türkiye via South-Eastern Europe to Western and Central Europe; branches: southern (Greece, Albania, Italy), central (Bulgaria, North Macedonia, Serbia, Montenegro, Bosnia and Herzegovina, Croatia, Slovenia, to Italy or Austria), northern (Bulgaria, Romania, to Hungary, Austria, Czechia, Poland, Germany) (EU Drug Markets Report 2019, as quoted).',
      fr: "De l'Afghanistan à l'Europe occidentale et centrale via l'Iran (ou le Pakistan puis l'Iran), la Türkiye et l'Europe du Sud-Est ; branches : sud (Grèce, Albanie, Italie), centrale (Bulgarie, Macédoine du Nord, Serbie, Monténégro, Bosnie-Herzégovine, Croatie, Slovénie, vers l'Italie ou l'Autriche), nord (Bulgarie, Roumanie, vers la Hongrie, l'Autriche, la Tchéquie, la Pologne et l'Allemagne) (rapport 2019 sur les marchés de la drogue dans l'Union européenne, tel que cité).",
      ru: 'Из Афганистана через Иран (или через Пакистан в Иран) и Турцию через Юго-Восточную Европу в Западную и Центральную Европу; ответвления: южное (Греция, Албания, Италия), центральное (Болгария, Северная Македония, Сербия, Черногория, Босния и Герцеговина, Хорватия, Словения — в Италию или Австрию), северное (Болгария, Румыния — в Венгрию, Австрию, Чехию, Польшу, Германию) (доклад о рынках наркотиков в ЕС за 2019 год, в цитате).',
    },
  },
  southern: {
    nameRu: 'Южный маршрут',
    summary: {
      en: 'Afghanistan through Pakistan and Iran (Makran coast) by sea to the Gulf/Arabian Peninsula and East Africa, also to South Asia; onward to Southern Africa and by air to Europe (UNODC; EMCDDA).',
      fr: "De l'Afghanistan via le Pakistan et l'Iran (côte du Makran), par voie maritime, vers le Golfe et la péninsule Arabique et vers l'Afrique de l'Est, ainsi que vers l'Asie du Sud ; puis vers l'Afrique australe et, par avion, vers l'Europe (ONUDC ; OEDT).",
      ru: 'Из Афганистана через Пакистан и Иран (побережье Макран) морем в страны Персидского залива и на Аравийский полуостров, в Восточную Африку, а также в Южную Азию; далее — на юг Африки и воздушным путём в Европу (УНП ООН; ЕЦМНН).',
    },
  },
};

/** Why the drawn lines are not actual trafficking routes. */
export const DISCLAIMER: LocalizedText = {
  en: 'The lines show approximate directions of flows as described in words by UNODC and the EMCDDA; they are not actual trafficking routes, and points are approximate city positions.',
  fr: "Les lignes indiquent les directions approximatives des flux telles que les décrivent les textes de l'ONUDC et de l'OEDT ; ce ne sont pas des itinéraires réels du trafic, et les points sont des positions approximatives de villes.",
  ru: 'Линии показывают примерные направления потоков по текстовым описаниям УНП ООН и ЕЦМНН; это не реальные маршруты наркотрафика, а точки обозначают приблизительное положение городов.',
};
