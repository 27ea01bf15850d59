// The pseudo-locale (issue 17): the French catalog as lit-localize built it
// (dist/generated/locales/fr.js), rewritten so that every piece of catalog text is accented,
// 40 % longer and in brackets: "Pays prioritaire" → "⟦Pàýś ƥŕíóŕíţàíŕé ẋẋẋẋ ẋẋẋ⟧". In a page
// rendered with it, text outside brackets did not come from the catalogs (it is data, or a
// hard-coded string), and a layout that clips or overflows with longer text shows it.
import ts from 'typescript';

const ACCENTS = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥíĵķĺɱñóƥǫŕśţúṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤǪŔŚŢÚṼŴẊÝŽ'][i],
  ]),
);
export const OPEN = '⟦';
export const CLOSE = '⟧';

/** One piece of catalog text in the pseudo-locale; white space and punctuation alone stay as they are. */
export function pseudo(text) {
  if (!/\p{L}/u.test(text)) return text;
  const lead = /^\s*/.exec(text)[0];
  const trail = /\s*$/.exec(text)[0];
  const core = text.slice(lead.length, text.length - trail.length);
  const extra = Math.ceil(core.length * 0.4);
  // Words of four, so that the longer text can wrap as a translation would.
  const pad = Array.from({ length: Math.ceil(extra / 5) }, () => 'ẋẋẋẋ').join(' ');
  return `${lead}${OPEN}${[...core].map((c) => ACCENTS[c] ?? c).join('')} ${pad}${CLOSE}${trail}`;
}

const escape = (s) => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** The catalog module's source with each template text piece replaced by its pseudo-locale form. */
export function pseudoCatalog(source) {
  const sf = ts.createSourceFile('fr.js', source, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    const open = ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) ? '`' : '}';
    const close = ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateTail(node) ? '`' : '${';
    if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      edits.push({ start: node.getStart(), end: node.getEnd(), text: `${open}${escape(pseudo(node.text))}${close}` });
    } else if (ts.isStringLiteral(node) && ts.isPropertyAssignment(node.parent) && node.parent.initializer === node) {
      edits.push({ start: node.getStart(), end: node.getEnd(), text: JSON.stringify(pseudo(node.text)) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  if (!edits.length) throw new Error('the pseudo-locale found no catalog text to rewrite');
  return out;
}

/** A web-test-runner plugin serving the French catalog in the pseudo-locale. */
export function pseudoLocalePlugin() {
  return {
    name: 'pact-pseudo-locale',
    transform(context) {
      if (context.path.endsWith('/elements/dist/generated/locales/fr.js'))
        return { body: pseudoCatalog(String(context.body)) };
      return undefined;
    },
  };
}
