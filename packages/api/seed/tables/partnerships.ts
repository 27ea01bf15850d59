// The three partnerships as records: founding, mandate, the Pompidou Group's principles, gains,
// ways and means and how to join (its brochure, seed 004, in its own French and English words;
// two English misspellings of the brochure corrected), the Paris Pact's programme components (the
// UNODC page, seed 000) and the member counts the sources state. The listed counts (partner records
// of this dataset) are not stored: the API counts them when it answers. Russian texts, and French
// texts that are not the brochure's, are machine-assisted translations made for this dataset.
import type { LocalizedText, Partnership, SourceLink } from '@pact/schema';

const text = (en: string, fr: string, ru?: string): LocalizedText => (ru ? { en, fr, ru } : { en, fr });

const S = {
  whatIsIt: {
    title: 'UNODC: The Paris Pact Initiative – What is it?',
    url: 'http://www.unodc.org/unodc/en/drug-trafficking/paris-pact-initiative.html',
  },
  stateDept: {
    title: 'US Department of State fact sheet: the Paris Pact, launched by UNODC and France in 2003',
    url: 'http://m.state.gov/md141485.htm',
  },
  brochurePP: {
    title: 'Paris Pact Phase IV and the Vienna Declaration: partners brochure (123dok copy)',
    url: 'https://text-id.123dok.com/document/q063jj3q-paris-pact-phase-iv-full-brochure-en-vers-3-web.html',
  },
  adamProject: {
    title: 'UNODC South Eastern Europe: Paris Pact / ADAM project page (GLO/J33)',
    url: 'http://www.unodc.org/southeasterneurope/en/glo/j33.html',
  },
  brochurePompidou: { title: 'Pompidou Group brochure, French and English versions (as read for this dataset)' },
  pompidouMembers: {
    title: 'Council of Europe: Pompidou Group member States; EMCDDA partner page on the Pompidou Group',
    url: 'https://www.coe.int/en/web/pompidou/about/member-states',
  },
  pompidouMission: {
    title: 'Pompidou Group: mission, organisation, governance and working methods',
    url: 'http://rm.coe.int/the-pompidou-group-mission-organisation-governance-working-methods/1680745f34',
  },
  osceStates: {
    title: 'OSCE: the 57 participating States; Partners for Co-operation (osce.org/who/84)',
    url: 'https://www.osce.org/cio/84562',
  },
  osceWho: { title: 'OSCE: Partners for Co-operation', url: 'http://www.osce.org/who/84' },
  decision758fr: {
    title: 'OSCE Permanent Council, Decision No 758 (French version, as read for this dataset)',
    lang: 'fr',
  },
} satisfies Record<string, SourceLink>;

const POMPIDOU_SECTIONS: Partnership['sections'] = [
  {
    id: 'principles',
    title: text('Principles', 'Principes', 'Принципы'),
    items: [
      text(
        'Only a balanced, multifaceted approach brings together the potential benefits of different strands in drug policy. Drug policy has to be innovative and evidence based. It has to involve prevention, harm reduction, treatment and enforcement. On these principles the Pompidou Group provides knowledge, support and solutions for effective and humane drug policies.',
        'Seule une approche multiforme et équilibrée peut permettre de combiner les bénéfices potentiels produits par les diverses orientations de la politique en matière de drogues. Celle-ci doit être novatrice et basée sur des connaissances validées. Elle doit englober la prévention, la réduction des dommages, le traitement et la mise en œuvre de la loi. Le Groupe Pompidou est en mesure de fournir des connaissances, un soutien et des solutions sur ces principes indispensables à des politiques efficaces et à dimension humaine.',
      ),
    ],
    sources: [S.brochurePompidou],
  },
  {
    id: 'gains',
    title: text('Gains', 'Gains', 'Преимущества'),
    intro: text(
      'By being part of the Pompidou Group member States gain hands-on international support and:',
      'En faisant partie du Groupe Pompidou, les Etats membres bénéficient d’un soutien international sur le plan pratique, et notamment :',
    ),
    items: [
      text(
        'Better overview and understanding of drug policy approaches across Europe and beyond;',
        'une vision plus complète et une compréhension fine des approches de la politique en matière de drogues, en Europe et par-delà ses frontières ;',
      ),
      text(
        'New insights from research and practice on use and abuse of psychoactive substances;',
        'de nouvelles données issues de la recherche et de la pratique sur la consommation et les abus de substances psychoactives ;',
      ),
      text(
        'Multi-lateral support for developing drugs policies, strategies and action plans;',
        'un soutien multilatéral pour la conception de politiques, de stratégies et de plans d’action en matière de drogues ;',
      ),
      text(
        'International visibility and recognition for successful national policies and interventions;',
        'l’assurance d’une visibilité et d’une reconnaissance internationales aux politiques et aux interventions nationales couronnées de succès ;',
      ),
      text(
        'Rapid reaction capacity to work out tailored responses to unexpected drug-related crises;',
        'une capacité de réaction rapide permettant d’élaborer des réponses sur mesure à des crises inattendues en matière de drogues ;',
      ),
      text(
        'Improved results by access to unique specialised professional networks and cooperation platforms;',
        'de meilleurs résultats grâce à l’accès à des plateformes de coopération et des réseaux professionnels spécialisés et uniques ;',
      ),
      text(
        'Value for money by developing cost-effective responses to drug and addiction problems.',
        'un bon rapport qualité-investissement grâce au développement de réponses économiques aux problèmes de drogues et d’addiction.',
      ),
    ],
    sources: [S.brochurePompidou],
  },
  {
    id: 'ways-and-means',
    title: text('Ways and means', 'Voies et moyens', 'Пути и средства'),
    intro: text(
      'The Pompidou Group provides such added value to its members by:',
      'Le Groupe Pompidou apporte cette valeur ajoutée à ses membres, en veillant à :',
    ),
    items: [
      text(
        'giving perspective and insight based on scientific evidence, professional experience and political feasibility by linking policy, practice and research. This provides the key for identifying and planning appropriate policy responses to national and transnational drug challenges;',
        'mettre à leur disposition des perspectives et des idées confirmées par des données scientifiques, l’expérience professionnelle et la faisabilité politique, en associant politique, pratique et recherche. Ces clés permettent d’identifier et de planifier des réponses politiques appropriées aux défis nationaux et transnationaux en matière de drogue ;',
      ),
      text(
        'offering direct cooperation contacts for governments, experts and professionals with counterparts on all levels and areas of drug policies and related fields in other European countries and beyond;',
        'proposer aux gouvernements, aux experts et aux professionnels des contacts pour une coopération directe avec des homologues à tous les niveaux, dans tous les domaines des politiques en matière de drogues et dans des secteurs corrélés, dans d’autres pays européens et par-delà l’Europe ;',
      ),
      text(
        'facilitating participation in practical multilateral action on critical issues, ranging from international aviation and airport cooperation on drug trafficking, precursor control, and drug-related cybercrime, by bringing together different stakeholders around the same table;',
        'faciliter leur participation à des actions multilatérales pratiques sur des problèmes essentiels, comme la coopération internationale au niveau des aéroports et de l’aviation en matière de trafic de drogues, le contrôle des précurseurs et la cybercriminalité liée aux drogues, en rassemblant différents partenaires autour de la même table ;',
      ),
      text(
        'holding a multidisciplinary forum of open debate for policy makers and policy advisors for dialogue on different policy responses, critical developments and new approaches;',
        'offrir un espace de débat ouvert et multidisciplinaire aux décideurs et aux conseillers en matière de politique, afin de favoriser un dialogue sur les diverses réponses politiques, les développements inquiétants et les nouvelles approches ;',
      ),
      text(
        'providing active support and a think-tank function for its member States in their efforts to further develop drug policy, strategies, action plans and legislation;',
        'apporter aux Etats membres un soutien actif tout en jouant un rôle de « think-tank », afin de les accompagner dans leurs efforts pour promouvoir des politiques, des stratégies, des plans d’action et la législation en matière de drogues ;',
      ),
      text(
        'empowering drug policy managers by providing knowledge transfer, training and capacity building based on the individual needs of member States.',
        'donner les moyens d’agir aux responsables des politiques antidrogue, notamment en favorisant le transfert de connaissances, la formation et le renforcement des capacités, compte tenu des besoins individuels des Etats membres.',
      ),
    ],
    sources: [S.brochurePompidou],
  },
  {
    id: 'how-to-join',
    title: text('How to join', 'Nous rejoindre', 'Как присоединиться'),
    items: [
      text(
        'As an Enlarged Partial Agreement the Pompidou Group is open for Membership to Council of Europe member States and any other country upon request. For details on how to join the Pompidou Group, as well as any additional information, please contact the Secretariat.',
        'L’adhésion au Groupe Pompidou, en tant qu’accord partiel élargi, est ouverte aux États membres du Conseil de l’Europe ainsi qu’à tout autre pays, sur demande. Pour des précisions sur la façon de rejoindre le groupe, ainsi que des informations complémentaires, merci de contacter le Secrétariat.',
      ),
    ],
    sources: [S.brochurePompidou],
  },
];

export const PARTNERSHIPS: readonly Partnership[] = [
  {
    id: 'paris-pact',
    name: text('Paris Pact Initiative', 'Initiative du Pacte de Paris', 'Инициатива «Парижский пакт»'),
    acronym: 'PPI',
    founded: {
      date: { value: '2003', precision: 'year' },
      by: [{ partner: 'unodc' }, { partner: 'fra' }],
      note: text(
        'Launched in 2003 by UNODC and France; the first ministerial conference was held in Paris in May 2003.',
        'Lancée en 2003 par l’ONUDC et la France ; la première conférence ministérielle s’est tenue à Paris en mai 2003.',
        'Начата в 2003 году ЮНОДК и Францией; первая министерская конференция состоялась в Париже в мае 2003 года.',
      ),
    },
    mandate: text(
      'A broad international coalition against the illicit traffic in opiates originating in Afghanistan. As a platform for consensus building, it bridges political commitment at the highest international levels and the prioritization of technical assistance on the ground. Since 2012 the Vienna Declaration guides the partnership on four interlinked pillars.',
      'Une large coalition internationale contre le trafic illicite d’opiacés en provenance d’Afghanistan. Plateforme de recherche du consensus, elle relie l’engagement politique au plus haut niveau international et la hiérarchisation de l’assistance technique sur le terrain. Depuis 2012, la Déclaration de Vienne oriente le partenariat sur quatre piliers liés.',
      'Широкая международная коалиция по борьбе с незаконным оборотом опиатов афганского происхождения. Как площадка для выработки консенсуса, она связывает политические обязательства на самом высоком международном уровне с определением приоритетов технической помощи на местах. С 2012 года работа партнёрства строится на четырёх взаимосвязанных направлениях Венской декларации.',
    ),
    sections: [
      {
        id: 'dimensions',
        title: text('Two dimensions', 'Deux dimensions', 'Два измерения'),
        items: [
          text(
            'The partnership itself, with its 80 partners including UNODC, responsible for defining and implementing priorities centred on the Vienna Declaration and based on the principle of shared responsibility.',
            'Le partenariat lui-même, avec ses 80 partenaires dont l’ONUDC, chargé de définir et de mettre en œuvre des priorités centrées sur la Déclaration de Vienne et fondées sur le principe de la responsabilité partagée.',
            'Само партнёрство — 80 партнёров, включая ЮНОДК, — которое определяет и реализует приоритеты на основе Венской декларации и принципа общей ответственности.',
          ),
          text(
            'The global programme established by UNODC on behalf of the partnership to provide coordination support (Phase IV of GLOY09, initially 2013–2016, with a total budget of roughly 5 million USD).',
            'Le programme mondial établi par l’ONUDC au nom du partenariat pour lui apporter un appui de coordination (phase IV de GLOY09, d’abord 2013–2016, avec un budget total d’environ 5 millions de dollars des États-Unis).',
            'Глобальная программа, созданная ЮНОДК от имени партнёрства для поддержки координации (четвёртый этап GLOY09, первоначально 2013–2016 годы, общий бюджет около 5 млн долларов США).',
          ),
        ],
        sources: [S.whatIsIt],
      },
    ],
    components: [
      {
        id: 'consultative-mechanism',
        name: text('Consultative mechanism', 'Mécanisme consultatif', 'Консультативный механизм'),
        summary: text(
          'Two distinct structures: the Expert Working Groups and the annual Policy Consultative Group Meeting (PCGM).',
          'Deux structures distinctes : les groupes de travail d’experts et la réunion annuelle du Groupe consultatif sur les politiques.',
          'Две отдельные структуры: экспертные рабочие группы и ежегодное заседание Группы по консультациям в области политики.',
        ),
        parts: [
          {
            name: text('Expert Working Groups', 'Groupes de travail d’experts', 'Экспертные рабочие группы'),
            summary: text(
              'Identify operational priorities for implementation according to the Vienna Declaration pillars.',
              'Déterminent les priorités opérationnelles de mise en œuvre selon les piliers de la Déclaration de Vienne.',
              'Определяют оперативные приоритеты реализации по направлениям Венской декларации.',
            ),
          },
          {
            name: text(
              'Policy Consultative Group Meeting (PCGM)',
              'Réunion du Groupe consultatif sur les politiques',
              'Заседание Группы по консультациям в области политики',
            ),
            summary: text(
              'Annual, in Vienna: it reviews and endorses the priority recommendations of the Expert Working Groups.',
              'Annuelle, à Vienne : elle examine et approuve les recommandations prioritaires des groupes de travail d’experts.',
              'Ежегодно, в Вене: рассматривает и одобряет приоритетные рекомендации экспертных рабочих групп.',
            ),
          },
        ],
        verified: true,
        sources: [S.whatIsIt],
      },
      {
        id: 'rlo-network',
        name: text(
          'Research and Liaison Officer (RLO) network',
          'Réseau des chargés de recherche et de liaison',
          'Сеть сотрудников по исследованиям и связи',
        ),
        summary: text(
          'Field-based national staff in UNODC offices in the Paris Pact’s priority countries in West and Central Asia and South Eastern Europe.',
          'Du personnel national de terrain, dans les bureaux de l’ONUDC des pays prioritaires du Pacte de Paris en Asie occidentale et centrale et en Europe du Sud-Est.',
          'Национальные сотрудники на местах в отделениях ЮНОДК в приоритетных странах Парижского пакта в Западной и Центральной Азии и Юго-Восточной Европе.',
        ),
        verified: true,
        sources: [S.whatIsIt],
      },
      {
        id: 'information-management',
        name: text('Information management', 'Gestion de l’information', 'Управление информацией'),
        summary: text(
          'Through the Automated Donor Assistance Mechanism (ADAM) and the Drugs Monitoring Platform (DMP), an online mapping tool the Paris Pact supports.',
          'Par le mécanisme automatisé d’aide des donateurs (ADAM) et la Drugs Monitoring Platform (DMP), un outil cartographique en ligne soutenu par le Pacte de Paris.',
          'Через Автоматизированный механизм донорской помощи (ADAM) и Drugs Monitoring Platform (DMP) — онлайн-инструмент картирования, поддерживаемый Парижским пактом.',
        ),
        parts: [
          {
            name: text('ADAM', 'ADAM', 'ADAM'),
            summary: text(
              'Automated Donor Assistance Mechanism: coordination of counter-narcotics technical assistance.',
              'Mécanisme automatisé d’aide des donateurs : coordination de l’assistance technique contre les stupéfiants.',
              'Автоматизированный механизм донорской помощи: координация технической помощи в борьбе с наркотиками.',
            ),
          },
          {
            name: text(
              'Drugs Monitoring Platform (DMP)',
              'Drugs Monitoring Platform (DMP)',
              'Drugs Monitoring Platform (DMP)',
            ),
            summary: text(
              'An online mapping tool supported by the Paris Pact.',
              'Un outil cartographique en ligne soutenu par le Pacte de Paris.',
              'Онлайн-инструмент картирования, поддерживаемый Парижским пактом.',
            ),
          },
        ],
        verified: true,
        sources: [S.whatIsIt, S.adamProject],
      },
    ],
    counts: [
      {
        subject: 'members',
        basis: 'stated',
        value: 80,
        confidence: 'medium',
        source: S.whatIsIt,
        note: text(
          '“Its 80 partners including UNODC”: 58 countries and 22 organizations on the same page.',
          '« Ses 80 partenaires dont l’ONUDC » : 58 pays et 22 organisations sur la même page.',
          '«80 партнёров, включая ЮНОДК»: 58 стран и 22 организации на той же странице.',
        ),
      },
      { subject: 'countries', basis: 'stated', value: 58, confidence: 'high', source: S.whatIsIt },
      {
        subject: 'organizations',
        basis: 'stated',
        value: 22,
        confidence: 'medium',
        source: S.whatIsIt,
        note: text(
          'The Phase IV brochure lists 23 organizations by name, and a UNODC South Eastern Europe news item of October 2022 says 23; the dataset keeps all 23.',
          'La brochure de la phase IV nomme 23 organisations, et une actualité de l’ONUDC Europe du Sud-Est d’octobre 2022 en annonce 23 ; le jeu de données garde les 23.',
          'В брошюре четвёртого этапа поимённо перечислены 23 организации, и в новости ЮНОДК по Юго-Восточной Европе за октябрь 2022 года указано 23; в наборе данных сохранены все 23.',
        ),
      },
    ],
    website: 'https://www.paris-pact.net',
    sources: [S.whatIsIt, S.stateDept, S.brochurePP],
    unofficialTranslations: ['fr', 'ru'],
  },
  {
    id: 'pompidou-group',
    name: text('Pompidou Group', 'Groupe Pompidou', 'Группа Помпиду'),
    founded: {
      date: { value: '1971', precision: 'year' },
      by: [{ partner: 'coe' }],
      note: text(
        'Founded in 1971; within the framework of the Council of Europe since Resolution (80) 2 of 27 March 1980, today as an Enlarged Partial Agreement.',
        'Fondé en 1971 ; dans le cadre du Conseil de l’Europe depuis la Résolution (80) 2 du 27 mars 1980, aujourd’hui en tant qu’accord partiel élargi.',
        'Основана в 1971 году; в рамках Совета Европы с Резолюции (80) 2 от 27 марта 1980 года, сегодня — как расширенное частичное соглашение.',
      ),
    },
    mandate: text(
      'The Council of Europe International Cooperation Group on Drugs and Addiction. Holding that only a balanced, multifaceted approach brings together the potential benefits of different strands in drug policy, it provides knowledge, support and solutions for effective and humane drug policies.',
      'Le Groupe de coopération internationale sur les drogues et les addictions du Conseil de l’Europe. Convaincu que seule une approche multiforme et équilibrée peut combiner les bénéfices des diverses orientations de la politique en matière de drogues, il fournit des connaissances, un soutien et des solutions pour des politiques efficaces et à dimension humaine.',
      'Группа международного сотрудничества по наркотикам и зависимостям Совета Европы. Исходя из того, что только сбалансированный, многогранный подход объединяет возможные преимущества различных направлений наркополитики, она предоставляет знания, поддержку и решения для эффективной и гуманной наркополитики.',
    ),
    sections: POMPIDOU_SECTIONS,
    components: [],
    counts: [
      {
        subject: 'members',
        basis: 'stated',
        value: 41,
        confidence: 'high',
        asOf: '2022',
        source: S.pompidouMembers,
        note: text(
          'Armenia joined as the 40th member (2020), Georgia as the 41st (2020) and Ukraine as the 42nd (2022); Russia ceased to be a member on 23 March 2022, leaving 41. No complete current list was found: the dataset’s listed members are partly unconfirmed.',
          'L’Arménie est devenue le 40e membre (2020), la Géorgie le 41e (2020) et l’Ukraine le 42e (2022) ; la Russie a cessé d’être membre le 23 mars 2022, ce qui en laisse 41. Aucune liste actuelle complète n’a été trouvée : les membres listés par le jeu de données sont en partie non confirmés.',
          'Армения стала 40-м членом (2020), Грузия — 41-м (2020), Украина — 42-м (2022); Россия перестала быть членом 23 марта 2022 года, и их осталось 41. Полный актуальный список не найден: перечисленные в наборе данных члены частично не подтверждены.',
        ),
      },
    ],
    website: 'https://www.coe.int/en/web/pompidou',
    sources: [S.brochurePompidou, S.pompidouMembers, S.pompidouMission],
    unofficialTranslations: ['fr', 'ru'],
  },
  {
    id: 'osce',
    name: text(
      'Organization for Security and Co-operation in Europe',
      'Organisation pour la sécurité et la coopération en Europe',
      'Организация по безопасности и сотрудничеству в Европе',
    ),
    acronym: 'OSCE',
    founded: {
      date: { value: '1975', precision: 'year' },
      by: [
        {
          name: text(
            'Conference on Security and Co-operation in Europe (CSCE)',
            'Conférence sur la sécurité et la coopération en Europe (CSCE)',
            'Совещание по безопасности и сотрудничеству в Европе (СБСЕ)',
          ),
        },
      ],
      note: text(
        'From general knowledge, not from the sources read: the Helsinki Final Act of 1975 began the CSCE, which became the OSCE on 1 January 1995.',
        'De connaissance générale, non tirée des sources lues : l’Acte final d’Helsinki de 1975 a ouvert la CSCE, devenue l’OSCE le 1er janvier 1995.',
        'Из общих сведений, а не из прочитанных источников: Хельсинкский заключительный акт 1975 года положил начало СБСЕ, которое 1 января 1995 года стало ОБСЕ.',
      ),
    },
    mandate: text(
      'A security organization of 57 participating States with 11 Partners for Co-operation. Its Permanent Council treats illicit drugs as one of the most profitable and dangerous forms of transnational organized crime in the OSCE area, recognizes the leading role of the United Nations and UNODC, and notes that the OSCE is a partner of the Paris Pact (Decision No 758).',
      'Une organisation de sécurité de 57 États participants, avec 11 partenaires pour la coopération. Son Conseil permanent considère les drogues illicites comme l’une des formes les plus profitables et les plus dangereuses de criminalité transnationale organisée dans l’espace de l’OSCE, reconnaît le rôle de chef de file des Nations Unies et de l’ONUDC, et rappelle que l’OSCE est partenaire du Pacte de Paris (Décision No 758).',
      'Организация по безопасности, объединяющая 57 государств-участников и 11 партнёров по сотрудничеству. Её Постоянный совет рассматривает незаконные наркотики как одну из самых прибыльных и опасных форм транснациональной организованной преступности в регионе ОБСЕ, признаёт ведущую роль Организации Объединённых Наций и ЮНОДК и отмечает, что ОБСЕ является партнёром Парижского пакта (Решение № 758).',
    ),
    sections: [],
    components: [],
    counts: [
      { subject: 'participating-states', basis: 'stated', value: 57, confidence: 'high', source: S.osceStates },
      { subject: 'partners-for-co-operation', basis: 'stated', value: 11, confidence: 'high', source: S.osceWho },
    ],
    website: 'https://www.osce.org',
    sources: [S.osceStates, S.osceWho, S.decision758fr],
    unofficialTranslations: ['fr', 'ru'],
  },
];
