// Every custom property an element reads is either declared in its own styles or documented
// (@cssproperty) in custom-elements.json; every documented one is used; and the theme files
// set only documented properties. So a typo in a var() or a theme cannot go unnoticed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { CSSResultOrNative } from 'lit';

const root = fileURLToPath(new URL('../../packages/elements/', import.meta.url));
interface Decl {
  name: string;
  tagName?: string;
  cssProperties?: { name: string }[];
}
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
  modules: { path: string; declarations?: Decl[] }[];
};
const elements = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: m.path })),
);

const cssText = (styles: CSSResultOrNative[]): string =>
  styles
    .map((s) => ('cssText' in s ? s.cssText : [...(s as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n')))
    .join('\n');

test('the manifest lists every element with its tag', () => {
  const tags = elements.map((e) => e.tagName);
  for (const tag of ['pact-provider', 'pact-partners'])
    assert.ok(tags.includes(tag), `${tag} is in custom-elements.json`);
});

for (const el of elements) {
  test(`<${el.tagName}> reads only declared or documented custom properties, and uses every documented one`, async () => {
    const mod = (await import(join(root, el.path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')))) as Record<
      string,
      { elementStyles?: CSSResultOrNative[]; finalize?: () => void }
    >;
    const ctor = mod[el.name];
    assert.ok(ctor, `${el.name} is exported from ${el.path}`);
    ctor.finalize?.();
    const css = cssText(ctor.elementStyles ?? []);
    const declared = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    const documented = new Set((el.cssProperties ?? []).map((p) => p.name));
    const used = new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1] as string));
    const undefinedProps = [...used].filter((p) => !declared.has(p) && !documented.has(p));
    assert.deepEqual(undefinedProps, [], `undefined custom properties in <${el.tagName}>`);
    const unused = [...documented].filter((p) => !used.has(p));
    assert.deepEqual(unused, [], `documented but unused in <${el.tagName}>`);
    const undocumentedPublic = [...used].filter((p) => p.startsWith('--pact-') && !documented.has(p));
    assert.deepEqual(undocumentedPublic, [], `public --pact-* properties read but not documented in <${el.tagName}>`);
  });
}

test('the theme files set only documented --pact-* properties', () => {
  const documented = new Set(elements.flatMap((e) => (e.cssProperties ?? []).map((p) => p.name)));
  const themes = readdirSync(join(root, 'themes')).filter((f) => f.endsWith('.css'));
  assert.deepEqual(themes.sort(), ['osce.css', 'paris-pact.css', 'pompidou-group.css']);
  for (const file of themes) {
    const css = readFileSync(join(root, 'themes', file), 'utf8');
    const set = [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1] as string);
    assert.ok(set.length > 5, file);
    const unknown = set.filter((p) => !documented.has(p));
    assert.deepEqual(unknown, [], `${file} sets properties no element documents`);
    assert.match(css, new RegExp(`pact-provider\\[theme='${file.replace('.css', '')}'\\]`));
  }
});
