// The desk names a project's statuses and fields as the widgets and the project form name them, in
// each of its eight languages (packages/server/src/desk/app/labels.ts), and the form's organization
// roles use the listing's word (packages/elements/xliff/glossary.md: "implementer" is "entidad de
// ejecución" in Spanish, not "ejecutor"). The widgets' words are read from their translation
// dictionaries (packages/elements/src/**/i18n.json), from which the catalogs are made.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { PROJECT_STATUSES } from '@pact/schema';
import { DESK_LANGS } from '../src/desk/app/strings.js';
import { fieldLabel, statusLabel } from '../src/desk/app/labels.js';

const src = fileURLToPath(new URL('../../elements/src/', import.meta.url));
const dict: Record<string, Record<string, string>> = {};
for (const f of readdirSync(src, { recursive: true }))
  if (String(f).endsWith('i18n.json')) Object.assign(dict, JSON.parse(readFileSync(join(src, String(f)), 'utf8')));

/** The widgets' word for `english` in `lang` (English itself for en). */
function widgets(english: string, lang: string): string {
  if (lang === 'en') return english;
  const word = dict[english]?.[lang];
  assert.ok(word, `no ${lang} translation of "${english}" in the elements' i18n.json`);
  return word;
}
/** A label without its parenthesis ("Entidad de ejecución (función IATI 4)", "执行方（IATI 角色 4）"). */
const bare = (label: string) => label.replace(/\s*[(（][^)）]*[)）]$/, '');
const lower = (s: string) => s.toLocaleLowerCase();

test('the desk names the statuses as the widgets do, in every language', () => {
  for (const lang of DESK_LANGS)
    for (const status of PROJECT_STATUSES)
      assert.equal(statusLabel(lang, status), widgets(statusLabel('en', status), lang), `${lang} ${status}`);
});

test('the desk names the fields as the project form does, in every language', () => {
  const form = {
    beneficiaries: 'Beneficiary countries',
    start: 'Start date',
    end: 'End date',
    implementer: 'Implementer (IATI role 4)',
    accountable: 'Accountable (IATI role 2)',
    extending: 'Extending (IATI role 3)',
  };
  for (const lang of DESK_LANGS)
    for (const [field, english] of Object.entries(form))
      assert.equal(fieldLabel(lang, field), bare(widgets(english, lang)), `${lang} ${field}`);
});

test('the project form, the desk and the projects listing use one word for the implementer and the donors', () => {
  for (const lang of DESK_LANGS) {
    const listing = widgets('Implementer', lang);
    assert.equal(
      lower(bare(widgets('Implementer (IATI role 4)', lang))),
      lower(listing),
      `${lang}: the form's implementer`,
    );
    assert.equal(lower(fieldLabel(lang, 'implementer')), lower(listing), `${lang}: the desk's implementer`);
    assert.equal(lower(fieldLabel(lang, 'donors')), lower(widgets('Donors', lang)), `${lang}: the desk's donors`);
  }
});
