// No user-visible English in the elements' templates bypasses the catalogs (issue 17): every word a
// reader sees or hears comes from msg() (translated in packages/elements/xliff/) or from the data.
// This reads each element's source with the TypeScript parser and looks at the static parts of
// every html`` and svg`` template: the text between tags, and the accessible-name attributes
// (aria-label, title, placeholder, alt, …) written as literals. A word there is a bypass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
/** Attributes a screen reader speaks or a reader sees. */
const SPOKEN =
  /\b(aria-label|aria-description|aria-roledescription|aria-valuetext|aria-placeholder|title|placeholder|alt)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const HOLE = '\u0000'; // where an expression (${…}) sits in the template
const WORD = /\p{L}{2,}/u;

/** The bypasses in one source text: `line: what`. */
function bypasses(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'svg'].includes(node.tag.text)) {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t)
        ? [t.text]
        : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)];
      const joined = parts.join(HOLE);
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      for (const m of joined.matchAll(SPOKEN)) {
        const value = (m[2] ?? m[3] ?? '').replaceAll(HOLE, '');
        if (WORD.test(value)) found.push(`${file}:${line}: ${m[1]}="${value}"`);
      }
      const text = joined
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&[a-z0-9#]+;/gi, ' ');
      for (const piece of text.split(HOLE)) if (WORD.test(piece)) found.push(`${file}:${line}: "${piece.trim()}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

test('the check finds words written into a template, in its text and in its spoken attributes', () => {
  const planted = [
    'const a = html`<p>${msg("Loading")}</p>`;', // fine: from the catalog
    'const b = html`<p>Loading…</p>`;',
    'const c = html`<button aria-label="Close" @click=${x}>×</button>`;',
    'const d = svg`<title>Routes</title>`;',
    'const e = html`<a href=${u} title=${msg("Open")}>${name}</a> · ${n}`;', // fine
  ].join('\n');
  assert.deepEqual(bypasses('planted.ts', planted), [
    'planted.ts:2: "Loading…"',
    'planted.ts:3: aria-label="Close"',
    'planted.ts:4: "Routes"',
  ]);
});

test('no element template shows or speaks a word that is not from the catalogs or the data', () => {
  const files = readdirSync(SRC, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.startsWith('generated'));
  let templates = 0;
  const found = files.flatMap((f) => {
    const source = readFileSync(join(SRC, f), 'utf8');
    templates += source.match(/\b(?:html|svg)`/g)?.length ?? 0;
    return bypasses(f, source);
  });
  assert.ok(templates > 100, `only ${templates} templates read: is ${SRC} the elements' source?`);
  assert.deepEqual(found, [], 'wrap these in msg() and add their translations (npm run i18n)');
});
