#!/usr/bin/env node
// Fills the <target>s of packages/elements/xliff/<lang>.xlf (every target locale of
// packages/elements/lit-localize.json) from the translation dictionaries
// packages/elements/src/**/i18n.json, each
//   { "<source text, placeholders written ${name}> or <message id>": { "fr": "...", "ru": "...", ... } }
// (a message id wins over a source text: plural forms share their English).
// Run by `npm run i18n` after `lit-localize extract`; exits 1 when a target is missing.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../packages/elements/', import.meta.url));
const dict = {};
for (const f of readdirSync(join(root, 'src'), { recursive: true })) {
  if (String(f).endsWith('i18n.json'))
    Object.assign(dict, JSON.parse(readFileSync(join(root, 'src', String(f)), 'utf8')));
}
const placeholder = /<x id="(\d+)" equiv-text="([^"]*)"\/>/g;
const unescape = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let missing = 0;
const { targetLocales } = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
for (const lang of targetLocales) {
  const file = join(root, 'xliff', `${lang}.xlf`);
  let xml = readFileSync(file, 'utf8');
  xml = xml.replace(
    /<trans-unit id="([^"]+)">\n  <source>(.*?)<\/source>\n(?:  <target>.*?<\/target>\n)?<\/trans-unit>/gs,
    (unit, id, source) => {
      const xs = new Map();
      const key = unescape(
        source.replace(placeholder, (x, _n, equiv) => {
          xs.set(unescape(equiv), x);
          return equiv;
        }),
      );
      const t = dict[id]?.[lang] ?? dict[key]?.[lang];
      if (!t) {
        missing++;
        console.log(`${lang}: no translation for "${key}" (${id})`);
        return unit;
      }
      let target = escape(t);
      for (const [equiv, x] of xs) target = target.split(escape(equiv)).join(x);
      return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>\n</trans-unit>`;
    },
  );
  writeFileSync(file, xml);
}
console.log(missing ? `${missing} translations missing` : `every message has ${targetLocales.join(', ')} translations`);
process.exit(missing ? 1 : 0);
