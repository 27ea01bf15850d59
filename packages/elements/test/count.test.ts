// Every count of the kit in Russian (one, few, many: 1 партнёр, 2 партнёра, 5 партнёров), French
// (0 and 1 singular) and English, for 0, 1, 2, 3, 5, 11, 21, 100 and 101: the expected words are
// written here by hand, not read from the catalogs, so a catalog that gives "few" the "many" text
// ("4 партнёров") fails.
import { expect } from '@open-wc/testing';
import { catalogReady, withLocale, type UiLocale } from '@pact/elements/core/i18n';
import { countText, PARTNERS, PROJECTS, type CountForms } from '@pact/elements/core/count';
import { MEMBERS, PARTICIPATING_STATES, POSSIBLE_MEMBERS } from '@pact/elements/partners/facts';
import { OF_WHICH } from '@pact/elements/pillars/pillar-card';

const NUMBERS = [0, 1, 2, 3, 5, 11, 21, 100, 101] as const;

/** Russian: one for 1, 21, 101; few for 2, 3; many for 0, 5, 11, 100. */
const ru = (one: string, few: string, many: string) => (n: number) =>
  n % 10 === 1 && n % 100 !== 11 ? one : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? few : many;
/** French: singular for 0 and 1. */
const fr = (one: string, other: string) => (n: number) => (n < 2 ? one : other);
const en = (one: string, other: string) => (n: number) => (n === 1 ? one : other);

const CASES: [string, CountForms, Record<'en' | 'fr' | 'ru', (n: number) => string>][] = [
  [
    'partners',
    PARTNERS,
    { en: en('partner', 'partners'), fr: fr('partenaire', 'partenaires'), ru: ru('партнёр', 'партнёра', 'партнёров') },
  ],
  [
    'projects',
    PROJECTS,
    { en: en('project', 'projects'), fr: fr('projet', 'projets'), ru: ru('проект', 'проекта', 'проектов') },
  ],
  [
    'participating States',
    PARTICIPATING_STATES,
    {
      en: en('participating State', 'participating States'),
      fr: fr('État participant', 'États participants'),
      ru: ru('государство-участник', 'государства-участника', 'государств-участников'),
    },
  ],
  ['members', MEMBERS, { en: en('member', 'members'), fr: fr('membre', 'membres'), ru: ru('член', 'члена', 'членов') }],
  [
    'possible members',
    POSSIBLE_MEMBERS,
    {
      en: en('possible member', 'possible members'),
      fr: fr('membre possible', 'membres possibles'),
      ru: ru('возможный член', 'возможных члена', 'возможных членов'),
    },
  ],
];

describe('counts in en, fr and ru', () => {
  before(async () => {
    await Promise.all((['fr', 'ru'] as UiLocale[]).map((l) => catalogReady(l)));
  });

  for (const [name, forms, words] of CASES)
    for (const locale of ['en', 'fr', 'ru'] as const)
      it(`${name} in ${locale}`, () => {
        const shown = NUMBERS.map((n) => withLocale(locale, () => countText(locale, n, forms)));
        expect(shown).to.deep.equal(NUMBERS.map((n) => `${n} ${words[locale](n)}`));
      });

  it('"of which M are fictitious examples" in en, fr and ru', () => {
    const of = (locale: 'en' | 'fr' | 'ru') =>
      NUMBERS.map((n) => withLocale(locale, () => countText(locale, n, OF_WHICH)));
    expect(of('en')).to.deep.equal(
      NUMBERS.map((n) => `of which ${n} ${n === 1 ? 'is a fictitious example' : 'are fictitious examples'}`),
    );
    expect(of('fr')).to.deep.equal(NUMBERS.map((n) => `dont ${n} ${fr('exemple fictif', 'exemples fictifs')(n)}`));
    expect(of('ru')).to.deep.equal(
      NUMBERS.map((n) => `из них ${n} — ${ru('вымышленный пример', 'вымышленных примера', 'вымышленных примеров')(n)}`),
    );
  });
});
