// The desk's count of projects shown ("1 project shown", "Показано 5 проектов") in each of its
// eight languages, for the counts whose plural forms differ somewhere: hand-written words, not the
// rule that makes them (packages/server/src/desk/app/strings.ts, shownCount).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DESK_LANGS, shownCount, type DeskLang } from '../src/desk/app/strings.js';

const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 101];
const EXPECTED: Record<DeskLang, string[]> = {
  en: [
    '0 projects shown',
    '1 project shown',
    '2 projects shown',
    '3 projects shown',
    '5 projects shown',
    '11 projects shown',
    '21 projects shown',
    '100 projects shown',
    '101 projects shown',
  ],
  fr: [
    '0 projet affiché',
    '1 projet affiché',
    '2 projets affichés',
    '3 projets affichés',
    '5 projets affichés',
    '11 projets affichés',
    '21 projets affichés',
    '100 projets affichés',
    '101 projets affichés',
  ],
  ru: [
    'Показано 0 проектов',
    'Показан 1 проект',
    'Показано 2 проекта',
    'Показано 3 проекта',
    'Показано 5 проектов',
    'Показано 11 проектов',
    'Показан 21 проект',
    'Показано 100 проектов',
    'Показан 101 проект',
  ],
  ar: [
    'لا مشاريع معروضة',
    'مشروع واحد معروض',
    'مشروعان معروضان',
    '3 مشاريع معروضة',
    '5 مشاريع معروضة',
    '11 مشروعًا معروضًا',
    '21 مشروعًا معروضًا',
    '100 مشروع معروض',
    '101 مشروع معروض',
  ],
  zh: [
    '显示 0 个项目',
    '显示 1 个项目',
    '显示 2 个项目',
    '显示 3 个项目',
    '显示 5 个项目',
    '显示 11 个项目',
    '显示 21 个项目',
    '显示 100 个项目',
    '显示 101 个项目',
  ],
  es: [
    '0 proyectos mostrados',
    '1 proyecto mostrado',
    '2 proyectos mostrados',
    '3 proyectos mostrados',
    '5 proyectos mostrados',
    '11 proyectos mostrados',
    '21 proyectos mostrados',
    '100 proyectos mostrados',
    '101 proyectos mostrados',
  ],
  de: [
    '0 Projekte angezeigt',
    '1 Projekt angezeigt',
    '2 Projekte angezeigt',
    '3 Projekte angezeigt',
    '5 Projekte angezeigt',
    '11 Projekte angezeigt',
    '21 Projekte angezeigt',
    '100 Projekte angezeigt',
    '101 Projekte angezeigt',
  ],
  it: [
    '0 progetti mostrati',
    '1 progetto mostrato',
    '2 progetti mostrati',
    '3 progetti mostrati',
    '5 progetti mostrati',
    '11 progetti mostrati',
    '21 progetti mostrati',
    '100 progetti mostrati',
    '101 progetti mostrati',
  ],
};

for (const lang of DESK_LANGS) {
  test(`the desk's count of projects shown, in ${lang}`, () => {
    assert.deepEqual(
      COUNTS.map((n) => shownCount(lang, n)),
      EXPECTED[lang],
    );
  });
}
