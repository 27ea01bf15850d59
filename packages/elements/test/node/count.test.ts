// Every count of the kit in all eight languages, for 0, 1, 2, 3, 5, 11, 21, 100 and 101: Arabic
// (zero, one, two, few, many, other: 0 شريك, 1 شريك, 2 شريكان, 3 شركاء, 11 شريكًا, 100 شريك),
// Russian (one, few, many: 1 партнёр, 2 партнёра, 5 партнёров), French (0 and 1 singular),
// Spanish, Italian, German and English (1 singular), Chinese (one form). The expected words and
// the rules choosing them are written here by hand, not read from the catalogs or from
// Intl.PluralRules, so a catalog that gives "few" the "many" text ("4 партнёров", "3 شريكًا") fails.
//
// In Node (moved from the browser suite): it needs only Intl and the catalogs, and so the mutation
// bench (bench/mutation.mjs elements) can judge core/count.ts and the count tables with it.
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { catalogReady, withLocale, UI_LOCALES, type UiLocale } from '../../src/core/i18n.js';
import { countText, PARTNERS, PROJECTS, type CountForms } from '../../src/core/count.js';
import { MEMBERS, PARTICIPATING_STATES, POSSIBLE_MEMBERS } from '../../src/partners/facts.js';
import { OF_WHICH } from '../../src/pillars/pillar-card.js';

const NUMBERS = [0, 1, 2, 3, 5, 11, 21, 100, 101] as const;
type Words = (n: number) => string;

/** Russian: one for 1, 21, 101; few for 2, 3; many for 0, 5, 11, 100 (the word alone). */
const ruWord =
  (one: string, few: string, many: string): Words =>
  (n) =>
    n % 10 === 1 && n % 100 !== 11 ? one : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? few : many;
const ru =
  (one: string, few: string, many: string): Words =>
  (n) =>
    `${n} ${ruWord(one, few, many)(n)}`;
/** French: singular for 0 and 1. */
const fr =
  (one: string, other: string): Words =>
  (n) =>
    `${n} ${n < 2 ? one : other}`;
/** English, German, Spanish, Italian: singular for 1 only. */
const en =
  (one: string, other: string): Words =>
  (n) =>
    `${n} ${n === 1 ? one : other}`;
/** Chinese: one form, a measure word between the number and the noun. */
const zh =
  (counted: string): Words =>
  (n) =>
    `${n} ${counted}`;
/**
 * Arabic: a singular after 1, the dual after 2, a plural after 3–10, an accusative singular after
 * 11–99, a genitive singular after 0 and 100–102 (lit-localize keeps the number in every form, so
 * 1 and 2 are written "1 شريك", "2 شريكان", not "شريك واحد", "شريكان": docs/languages.md).
 */
const ar =
  (one: string, two: string, few: string, many: string, other: string): Words =>
  (n) =>
    `${n} ${n === 1 ? one : n === 2 ? two : n % 100 >= 3 && n % 100 <= 10 ? few : n % 100 >= 11 ? many : other}`;

type Locale = 'en' | 'fr' | 'ru' | 'es' | 'ar' | 'zh' | 'de' | 'it';
const CASES: [string, CountForms, Record<Locale, Words>][] = [
  [
    'partners',
    PARTNERS,
    {
      en: en('partner', 'partners'),
      fr: fr('partenaire', 'partenaires'),
      ru: ru('партнёр', 'партнёра', 'партнёров'),
      es: en('socio', 'socios'),
      ar: ar('شريك', 'شريكان', 'شركاء', 'شريكًا', 'شريك'),
      zh: zh('个合作伙伴'),
      de: en('Partner', 'Partner'),
      it: en('partner', 'partner'),
    },
  ],
  [
    'projects',
    PROJECTS,
    {
      en: en('project', 'projects'),
      fr: fr('projet', 'projets'),
      ru: ru('проект', 'проекта', 'проектов'),
      es: en('proyecto', 'proyectos'),
      ar: ar('مشروع', 'مشروعان', 'مشاريع', 'مشروعًا', 'مشروع'),
      zh: zh('个项目'),
      de: en('Projekt', 'Projekte'),
      it: en('progetto', 'progetti'),
    },
  ],
  [
    'participating States',
    PARTICIPATING_STATES,
    {
      en: en('participating State', 'participating States'),
      fr: fr('État participant', 'États participants'),
      ru: ru('государство-участник', 'государства-участника', 'государств-участников'),
      es: en('Estado participante', 'Estados participantes'),
      ar: ar('دولة مشاركة', 'دولتان مشاركتان', 'دول مشاركة', 'دولة مشاركة', 'دولة مشاركة'),
      zh: zh('个参与国'),
      de: en('Teilnehmerstaat', 'Teilnehmerstaaten'),
      it: en('Stato partecipante', 'Stati partecipanti'),
    },
  ],
  [
    'members',
    MEMBERS,
    {
      en: en('member', 'members'),
      fr: fr('membre', 'membres'),
      ru: ru('член', 'члена', 'членов'),
      es: en('miembro', 'miembros'),
      ar: ar('عضو', 'عضوان', 'أعضاء', 'عضوًا', 'عضو'),
      zh: zh('个成员'),
      de: en('Mitglied', 'Mitglieder'),
      it: en('membro', 'membri'),
    },
  ],
  [
    'possible members',
    POSSIBLE_MEMBERS,
    {
      en: en('possible member', 'possible members'),
      fr: fr('membre possible', 'membres possibles'),
      ru: ru('возможный член', 'возможных члена', 'возможных членов'),
      es: en('posible miembro', 'posibles miembros'),
      ar: ar('عضو محتمل', 'عضوان محتملان', 'أعضاء محتملين', 'عضوًا محتملًا', 'عضو محتمل'),
      zh: zh('个可能的成员'),
      de: en('mögliches Mitglied', 'mögliche Mitglieder'),
      it: en('possibile membro', 'possibili membri'),
    },
  ],
  [
    '"of which M are fictitious examples"',
    OF_WHICH,
    {
      en: (n) => `of which ${n} ${n === 1 ? 'is a fictitious example' : 'are fictitious examples'}`,
      fr: (n) => `dont ${fr('exemple fictif', 'exemples fictifs')(n)}`,
      ru: (n) => `из них ${n} — ${ruWord('вымышленный пример', 'вымышленных примера', 'вымышленных примеров')(n)}`,
      es: (n) => `de los cuales ${n} ${n === 1 ? 'es un ejemplo ficticio' : 'son ejemplos ficticios'}`,
      ar: (n) =>
        `منها ${ar('مثال افتراضي', 'مثالان افتراضيان', 'أمثلة افتراضية', 'مثالًا افتراضيًا', 'مثال افتراضي')(n)}`,
      zh: (n) => `其中 ${n} 个为虚构示例`,
      de: (n) => `davon ${en('fiktives Beispiel', 'fiktive Beispiele')(n)}`,
      it: (n) => `di cui ${n} ${n === 1 ? 'è un esempio fittizio' : 'sono esempi fittizi'}`,
    },
  ],
];

describe('counts in all eight languages', () => {
  before(async () => {
    await Promise.all(UI_LOCALES.map((l) => catalogReady(l)));
  });

  it('the kit speaks exactly the eight languages', () => {
    assert.deepEqual([...UI_LOCALES].sort(), ['ar', 'de', 'en', 'es', 'fr', 'it', 'ru', 'zh']);
  });

  for (const [name, forms, words] of CASES)
    for (const locale of Object.keys(words) as Locale[])
      it(`${name} in ${locale}`, () => {
        const shown = NUMBERS.map((n) => withLocale(locale as UiLocale, () => countText(locale, n, forms)));
        assert.deepEqual(
          shown,
          NUMBERS.map((n) => words[locale](n)),
        );
      });
});
