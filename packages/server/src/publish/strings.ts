/**
 * The publish dialog's own words in its three languages (English, French, Russian). The page is
 * rendered on the server, so its texts live here rather than in the elements' XLIFF catalogue.
 */
export const UI_LANGS = ['en', 'fr', 'ru'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export interface UiStrings {
  title: string;
  intro: string;
  languages: string;
  choose: string;
  element: string;
  elementHelp: string;
  filters: string;
  noFilters: string;
  any: string;
  display: string;
  lang: string;
  theme: string;
  noTheme: string;
  width: string;
  fullWidth: string;
  height: string;
  update: string;
  preview: string;
  previewHelp: string;
  snippets: string;
  scriptTag: string;
  scriptHelp: string;
  iframe: string;
  iframeHelp: string;
  oembed: string;
  oembedHelp: string;
  copy: string;
  copied: string;
  copyFailed: string;
  errors: string;
  link: string;
  elements: Record<string, string>;
  attributes: Record<string, string>;
  /** The colour scheme choices of the display flags ('' : none chosen). */
  schemes: Record<string, string>;
  partnerships: Record<string, string>;
}

const en: UiStrings = {
  title: 'Publish an element on your site',
  intro:
    'Choose what to show, check the preview, then copy the code for your site: a script tag, an iframe, or an address for WordPress or Drupal. The choices are kept in this page’s address, so you can share it.',
  languages: 'Language of this page',
  choose: 'What to show',
  element: 'Element',
  elementHelp: 'Changing the element reloads the page with its own options.',
  filters: 'Filters and options',
  noFilters: 'This element has no options.',
  any: '(any)',
  display: 'Display',
  lang: 'Language of the element',
  theme: 'Theme',
  noTheme: 'None (your site’s fonts and colours)',
  width: 'Width of the iframe (pixels)',
  fullWidth: 'Leave empty for the full width of the column.',
  height: 'Height of the iframe before it sizes itself (pixels)',
  update: 'Update the preview',
  preview: 'Preview',
  previewHelp: 'The element as the code below shows it, with live data from the API.',
  snippets: 'Code for your site',
  scriptTag: 'Script tag',
  scriptHelp: 'For sites that accept scripts: paste it where the element should appear.',
  iframe: 'Iframe',
  iframeHelp:
    'For sites that accept iframes but not scripts. The script line lets the iframe take the height of its content; without it the iframe keeps the height above and scrolls.',
  oembed: 'Address for WordPress or Drupal (oEmbed)',
  oembedHelp:
    'Paste it on a line of its own in WordPress (once a site administrator has registered the provider), or as a remote media URL in Drupal.',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyFailed: 'The browser did not allow copying: select the text and copy it.',
  errors: 'These choices cannot be shown:',
  link: 'Open the embed page',
  elements: {
    'pact-partners': 'Partner directory',
    'pact-pillars': 'The four pillars',
    'pact-pillar-card': 'One pillar',
    'pact-projects': 'Projects',
    'pact-route-map': 'Route map',
    'pact-partnership': 'About a partnership',
    'pact-timeline': 'Timeline',
  },
  attributes: {
    member: 'Partnership',
    partnership: 'Partnership',
    kind: 'Kind',
    route: 'Route',
    region: 'Region',
    layout: 'Layout',
    limit: 'Number shown',
    pillar: 'Pillar',
    status: 'Status',
    country: 'Beneficiary country',
    donor: 'Donor',
    q: 'Search text',
    flows: 'Flows',
    highlight: 'Highlight',
    view: 'View',
    when: 'Upcoming or past',
    plan: 'Part in the 2011 Paris Action Plan',
    'plan-filter': 'Offer a filter by that part',
    priority: 'Priority countries',
    'priority-badges': 'Priority badges',
    possible: 'Also list possible members',
    caveats: 'Show the notes on the list',
    'no-controls': 'No search or filters for readers',
    'no-export': 'No CSV export',
    'heading-level': 'Heading level',
    selected: 'Selected pillar',
    routes: 'Routes',
    centres: 'Show the centres',
    zoom: 'Zoom',
    decorative: 'Decorative (no controls)',
    from: 'From (date)',
    to: 'To (date)',
    today: 'Today (date)',
    controls: 'Filters for readers',
    'sync-url': 'Keep filters in the address',
    plain: 'Plain (no outer heading, border or shadow)',
    transparent: 'Transparent background',
    'color-scheme': 'Colour scheme',
  },
  schemes: {
    '': 'Not set (follows your site)',
    auto: 'Automatic (your site’s, else the reader’s)',
    light: 'Light',
    dark: 'Dark',
  },
  partnerships: { 'paris-pact': 'Paris Pact', 'pompidou-group': 'Pompidou Group', osce: 'OSCE' },
};

const fr: UiStrings = {
  title: 'Publier un élément sur votre site',
  intro:
    'Choisissez ce qu’il faut afficher, vérifiez l’aperçu, puis copiez le code pour votre site : une balise script, une iframe ou une adresse pour WordPress ou Drupal. Les choix sont conservés dans l’adresse de cette page, que vous pouvez partager.',
  languages: 'Langue de cette page',
  choose: 'Ce qu’il faut afficher',
  element: 'Élément',
  elementHelp: 'Changer d’élément recharge la page avec ses propres options.',
  filters: 'Filtres et options',
  noFilters: 'Cet élément n’a pas d’options.',
  any: '(tous)',
  display: 'Affichage',
  lang: 'Langue de l’élément',
  theme: 'Thème',
  noTheme: 'Aucun (polices et couleurs de votre site)',
  width: 'Largeur de l’iframe (pixels)',
  fullWidth: 'Laisser vide pour toute la largeur de la colonne.',
  height: 'Hauteur de l’iframe avant qu’elle ne s’ajuste (pixels)',
  update: 'Mettre à jour l’aperçu',
  preview: 'Aperçu',
  previewHelp: 'L’élément tel que le code ci-dessous l’affiche, avec les données de l’API.',
  snippets: 'Code pour votre site',
  scriptTag: 'Balise script',
  scriptHelp: 'Pour les sites qui acceptent les scripts : collez-la là où l’élément doit apparaître.',
  iframe: 'Iframe',
  iframeHelp:
    'Pour les sites qui acceptent les iframes mais pas les scripts. La ligne de script permet à l’iframe de prendre la hauteur de son contenu ; sans elle, l’iframe garde la hauteur ci-dessus et défile.',
  oembed: 'Adresse pour WordPress ou Drupal (oEmbed)',
  oembedHelp:
    'Collez-la seule sur une ligne dans WordPress (une fois le fournisseur enregistré par un administrateur du site), ou comme URL de média distant dans Drupal.',
  copy: 'Copier',
  copied: 'Copié dans le presse-papiers.',
  copyFailed: 'Le navigateur n’a pas permis la copie : sélectionnez le texte et copiez-le.',
  errors: 'Ces choix ne peuvent pas être affichés :',
  link: 'Ouvrir la page intégrée',
  elements: {
    'pact-partners': 'Répertoire des partenaires',
    'pact-pillars': 'Les quatre piliers',
    'pact-pillar-card': 'Un pilier',
    'pact-projects': 'Projets',
    'pact-route-map': 'Carte des routes',
    'pact-partnership': 'À propos d’un partenariat',
    'pact-timeline': 'Chronologie',
  },
  attributes: {
    member: 'Partenariat',
    partnership: 'Partenariat',
    kind: 'Type',
    route: 'Route',
    region: 'Région',
    layout: 'Présentation',
    limit: 'Nombre affiché',
    pillar: 'Pilier',
    status: 'Statut',
    country: 'Pays bénéficiaire',
    donor: 'Donateur',
    q: 'Texte recherché',
    flows: 'Flux',
    highlight: 'Mise en évidence',
    view: 'Vue',
    when: 'À venir ou passés',
    plan: 'Rôle dans le Plan d’action de Paris de 2011',
    'plan-filter': 'Proposer un filtre par ce rôle',
    priority: 'Pays prioritaires',
    'priority-badges': 'Badges de priorité',
    possible: 'Lister aussi les membres possibles',
    caveats: 'Afficher les remarques sur la liste',
    'no-controls': 'Sans recherche ni filtres pour les lecteurs',
    'no-export': 'Sans export CSV',
    'heading-level': 'Niveau de titre',
    selected: 'Pilier sélectionné',
    routes: 'Routes',
    centres: 'Afficher les centres',
    zoom: 'Zoom',
    decorative: 'Décorative (sans commandes)',
    from: 'Du (date)',
    to: 'Au (date)',
    today: 'Aujourd’hui (date)',
    controls: 'Filtres pour les lecteurs',
    'sync-url': 'Garder les filtres dans l’adresse',
    plain: 'Sobre (sans titre, bordure ni ombre extérieurs)',
    transparent: 'Fond transparent',
    'color-scheme': 'Jeu de couleurs',
  },
  schemes: {
    '': 'Non défini (suit votre site)',
    auto: 'Automatique (celui du site, sinon du lecteur)',
    light: 'Clair',
    dark: 'Sombre',
  },
  partnerships: { 'paris-pact': 'Pacte de Paris', 'pompidou-group': 'Groupe Pompidou', osce: 'OSCE' },
};

const ru: UiStrings = {
  title: 'Разместить элемент на своём сайте',
  intro:
    'Выберите, что показать, проверьте предварительный просмотр и скопируйте код для своего сайта: тег script, iframe или адрес для WordPress или Drupal. Выбор сохраняется в адресе этой страницы, и им можно поделиться.',
  languages: 'Язык этой страницы',
  choose: 'Что показать',
  element: 'Элемент',
  elementHelp: 'При смене элемента страница перезагружается с его собственными параметрами.',
  filters: 'Фильтры и параметры',
  noFilters: 'У этого элемента нет параметров.',
  any: '(все)',
  display: 'Отображение',
  lang: 'Язык элемента',
  theme: 'Тема',
  noTheme: 'Нет (шрифты и цвета вашего сайта)',
  width: 'Ширина iframe (в пикселях)',
  fullWidth: 'Оставьте пустым, чтобы занять всю ширину колонки.',
  height: 'Высота iframe до подстройки под содержимое (в пикселях)',
  update: 'Обновить просмотр',
  preview: 'Предварительный просмотр',
  previewHelp: 'Элемент в том виде, в каком его покажет код ниже, с актуальными данными из API.',
  snippets: 'Код для вашего сайта',
  scriptTag: 'Тег script',
  scriptHelp: 'Для сайтов, где разрешены скрипты: вставьте его туда, где должен появиться элемент.',
  iframe: 'Iframe',
  iframeHelp:
    'Для сайтов, где разрешены iframe, но не скрипты. Строка со скриптом позволяет iframe принимать высоту своего содержимого; без неё iframe сохраняет указанную выше высоту и прокручивается.',
  oembed: 'Адрес для WordPress или Drupal (oEmbed)',
  oembedHelp:
    'Вставьте его отдельной строкой в WordPress (после того как администратор сайта зарегистрирует поставщика) или как URL удалённого медиа в Drupal.',
  copy: 'Копировать',
  copied: 'Скопировано в буфер обмена.',
  copyFailed: 'Браузер не разрешил копирование: выделите текст и скопируйте его.',
  errors: 'Этот выбор нельзя показать:',
  link: 'Открыть страницу встраивания',
  elements: {
    'pact-partners': 'Справочник партнёров',
    'pact-pillars': 'Четыре направления',
    'pact-pillar-card': 'Одно направление',
    'pact-projects': 'Проекты',
    'pact-route-map': 'Карта маршрутов',
    'pact-partnership': 'О партнёрстве',
    'pact-timeline': 'Хронология',
  },
  attributes: {
    member: 'Партнёрство',
    partnership: 'Партнёрство',
    kind: 'Тип',
    route: 'Маршрут',
    region: 'Регион',
    layout: 'Вид',
    limit: 'Сколько показать',
    pillar: 'Направление',
    status: 'Статус',
    country: 'Страна-получатель',
    donor: 'Донор',
    q: 'Текст для поиска',
    flows: 'Потоки',
    highlight: 'Выделение',
    view: 'Представление',
    when: 'Предстоящие или прошедшие',
    plan: 'Роль в Парижском плане действий 2011 года',
    'plan-filter': 'Предложить фильтр по этой роли',
    priority: 'Приоритетные страны',
    'priority-badges': 'Отметки приоритета',
    possible: 'Показать и возможных членов',
    caveats: 'Показать примечания к списку',
    'no-controls': 'Без поиска и фильтров для читателей',
    'no-export': 'Без экспорта CSV',
    'heading-level': 'Уровень заголовка',
    selected: 'Выбранное направление',
    routes: 'Маршруты',
    centres: 'Показать центры',
    zoom: 'Масштаб',
    decorative: 'Декоративная (без элементов управления)',
    from: 'С (дата)',
    to: 'По (дату)',
    today: 'Сегодня (дата)',
    controls: 'Фильтры для читателей',
    'sync-url': 'Хранить фильтры в адресе',
    plain: 'Без оформления (без внешнего заголовка, рамки и тени)',
    transparent: 'Прозрачный фон',
    'color-scheme': 'Цветовая схема',
  },
  schemes: {
    '': 'Не задана (как на сайте)',
    auto: 'Автоматически (как на сайте, иначе по настройке читателя)',
    light: 'Светлая',
    dark: 'Тёмная',
  },
  partnerships: { 'paris-pact': 'Парижский пакт', 'pompidou-group': 'Группа Помпиду', osce: 'ОБСЕ' },
};

export const STRINGS: Record<UiLang, UiStrings> = { en, fr, ru };
