/**
 * The desk's own words in the kit's eight languages (the form's come from @pact/elements, through
 * lit-localize). A missing translation is a type error. The Spanish, Arabic, Chinese, German and
 * Italian ones are machine-assisted, not yet reviewed by a native speaker (docs/languages.md), with
 * the glossary's terms (packages/elements/xliff/glossary.md) and the elements' catalogue words.
 */
import { FR } from './words/fr.js';
import { RU } from './words/ru.js';
import { ES } from './words/es.js';
import { AR } from './words/ar.js';
import { ZH } from './words/zh.js';
import { DE } from './words/de.js';
import { IT } from './words/it.js';

export const DESK_LANGS = ['en', 'fr', 'ru', 'ar', 'zh', 'es', 'de', 'it'] as const;
export type DeskLang = (typeof DESK_LANGS)[number];

const EN = {
  title: 'Coordination desk',
  lang: 'Language',
  signIn: 'Sign in',
  signInIntro:
    'Paste the API key your coordinator gave you. It is kept only in this browser tab (session storage) and sent only to this site’s API; Sign out forgets it.',
  key: 'API key',
  signOut: 'Sign out',
  checking: 'Checking the key…',
  badKey: 'This key was refused: it is unknown or has been revoked. Sign in with a valid key.',
  expired: 'Your key was refused (unknown or revoked). Sign in again: your unsaved changes are kept.',
  noDb: 'This server serves a read-only dataset: the desk needs the database.',
  signedInAs: 'Signed in as',
  role: 'Role',
  coordinator: 'coordinator: may change every project',
  partner: 'partner: may register, change and withdraw the projects its organization implements or funds',
  reader: 'reader: may not write',
  myProjects: 'My projects',
  allProjects: 'All projects',
  recent: 'Recent changes',
  newProject: 'New project',
  search: 'Search',
  pillar: 'Pillar',
  status: 'Status',
  any: 'Any',
  illustrative: 'Illustrative example',
  edit: 'Edit',
  history: 'History',
  withdraw: 'Withdraw',
  cancel: 'Cancel',
  back: 'Back to my projects',
  loading: 'Loading…',
  none: 'No project matches.',
  createTitle: 'Register a project',
  editTitle: 'Edit project',
  saved: 'Saved.',
  created: 'Registered.',
  withdrawn: 'Withdrawn.',
  notYours:
    'You cannot edit this project: your organization is neither its implementer nor one of its donors. Ask a coordinator, or the implementer.',
  readerOnly: 'Your key is a reader key: it may not write.',
  notFound: 'No live project has this id (it may have been withdrawn).',
  withdrawConfirm: 'Withdraw this project?',
  withdrawText:
    'It will leave every list and every embedded widget. Its history stays in the change feed. Until you sign out or close this tab, Undo brings it back.',
  withdrawYes: 'Withdraw the project',
  undo: 'Undo',
  restored: 'Brought back:',
  withdrawnHere: 'Withdrawn in this session',
  restoreKind: 'brought back',
  conflictTitle: 'Someone else changed this project',
  conflictIntro:
    'While you were editing, another change was saved. Nothing has been overwritten. For each field that differs, choose which version to keep, then save.',
  field: 'Field',
  mine: 'My version',
  theirs: 'Saved version',
  keepMine: 'Keep mine',
  takeTheirs: 'Take theirs',
  allMine: 'Keep all of mine',
  allTheirs: 'Take all of theirs',
  saveMerged: 'Save the merged version',
  chooseAll: 'Choose a version for every field first.',
  empty: '(empty)',
  historyOf: 'History of',
  when: 'When',
  who: 'Who',
  what: 'Change',
  fields: 'Fields',
  seed: 'initial data (seed or import)',
  create: 'registered',
  update: 'changed',
  withdrawKind: 'withdrawn',
  noChanges: 'No change recorded yet.',
  project: 'Project',
  error: 'Something went wrong:',
  forbidden: 'Refused:',
  colon: ': ',
} as const;

export type DeskKey = keyof typeof EN;

const ALL: Record<DeskLang, Record<DeskKey, string>> = {
  en: EN,
  fr: FR,
  ru: RU,
  ar: AR,
  zh: ZH,
  es: ES,
  de: DE,
  it: IT,
};

/** The desk's words in one language. */
export const wordsFor = (lang: DeskLang) => (key: DeskKey) => ALL[lang][key];

/**
 * "N projects shown", by the count's plural category in each language (Intl.PluralRules): Russian
 * has three forms for whole numbers, Arabic six, Chinese one. `{n}` is the count. A category a
 * language's rules never give it for a whole number is left out (`other` covers the rest).
 */
const SHOWN: Record<DeskLang, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }> = {
  en: { one: '{n} project shown', other: '{n} projects shown' },
  fr: { one: '{n} projet affiché', other: '{n} projets affichés' },
  ru: {
    one: 'Показан {n} проект',
    few: 'Показано {n} проекта',
    many: 'Показано {n} проектов',
    other: 'Показано {n} проекта',
  },
  ar: {
    zero: 'لا مشاريع معروضة',
    one: 'مشروع واحد معروض',
    two: 'مشروعان معروضان',
    few: '{n} مشاريع معروضة',
    many: '{n} مشروعًا معروضًا',
    other: '{n} مشروع معروض',
  },
  zh: { other: '显示 {n} 个项目' },
  es: { one: '{n} proyecto mostrado', other: '{n} proyectos mostrados' },
  de: { one: '{n} Projekt angezeigt', other: '{n} Projekte angezeigt' },
  it: { one: '{n} progetto mostrato', other: '{n} progetti mostrati' },
};

/** How many projects the list shows, in the desk's language: "1 project shown", "Показано 5 проектов". */
export function shownCount(lang: DeskLang, n: number): string {
  const forms = SHOWN[lang];
  return (forms[new Intl.PluralRules(lang).select(n)] ?? forms.other).replace('{n}', String(n));
}
