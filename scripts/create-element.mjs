#!/usr/bin/env node
// Scaffolds a new Pact element and wires it into every list that names the elements.
//
//   npm run create pact-example              creates the element
//   npm run create -- --remove pact-example  removes it again (files and list entries)
//
// Creates (NAME is the tag without "pact-"):
//   packages/elements/src/NAME/pact-NAME.component.ts   the class (a working skeleton: it lists the routes)
//   packages/elements/src/NAME/pact-NAME.styles.ts      its styles, with one --pact-NAME-* knob
//   packages/elements/src/NAME/pact-NAME.ts             registers the tag (safeDefine, HTMLElementTagNameMap)
//   packages/elements/src/NAME/i18n.json                its UI string in the seven other languages
//   packages/elements/test/pact-NAME.test.ts            browser test against the real API
//   stories/pact-NAME.stories.ts                        Storybook stories
// Edits the lists that must name the element:
//   packages/elements/package.json  `sideEffects` (its registering module)
//   packages/elements/src/index.ts  re-export (so the CDN file, rollup.config.mjs's one entry, includes it)
//   bench/size.mjs                  a size budget for its own entry
// Then runs `npm run i18n` (XLIFF and locale modules), the manifest and the generated docs.
// Everything else derives from the file layout: the manifest globs (*.component.ts), the docs,
// the React wrappers, web-test-runner's and Storybook's file globs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...p) => join(root, ...p);
const args = process.argv.slice(2);
const remove = args.includes('--remove');
const tag = args.find((a) => !a.startsWith('--'));

function die(message) {
  console.error(`create-element: ${message}`);
  process.exit(1);
}

const TAG = /^pact-[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
if (!tag) die('give the tag of the new element, for example: npm run create pact-example');
if (!TAG.test(tag)) {
  die(
    `"${tag}" is not a valid tag: it must start with "pact-", then lowercase letters and digits in words joined by single hyphens (for example pact-meetings).`,
  );
}
const name = tag.slice('pact-'.length);
const className = tag.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const dir = at('packages/elements/src', name);
const files = {
  component: join(dir, `${tag}.component.ts`),
  styles: join(dir, `${tag}.styles.ts`),
  define: join(dir, `${tag}.ts`),
  i18n: join(dir, 'i18n.json'),
  test: at('packages/elements/test', `${tag}.test.ts`),
  story: at('stories', `${tag}.stories.ts`),
};
const sideEffect = `./dist/${name}/${tag}.js`;
const indexLine = `export * from './${name}/${tag}.js';`;
const budgetLine = `  { name: '<${tag}> (Lit inside)', input: 'packages/elements/dist/${name}/${tag}.js', budget: 20480 },`;
const BUDGET_MARK = '  // The CDN file:';

function run(cmd, cmdArgs) {
  console.log(`> ${cmd} ${cmdArgs.join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) die(`${cmd} ${cmdArgs.join(' ')} failed`);
}

function edit(file, change) {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after !== before) writeFileSync(file, after);
}

/** Tags registered today: every safeDefine('pact-…') in the elements' sources. */
function existingTags() {
  const out = spawnSync('grep', ['-rhoE', "safeDefine\\('pact-[a-z0-9-]+'", at('packages/elements/src')], {
    encoding: 'utf8',
  }).stdout;
  return new Set([...out.matchAll(/'(pact-[a-z0-9-]+)'/g)].map((m) => m[1]));
}

function create() {
  if (existingTags().has(tag)) die(`<${tag}> already exists (packages/elements/src registers it); choose another tag.`);
  const taken = Object.values(files).filter((f) => existsSync(f));
  if (existsSync(dir) || taken.length)
    die(`${taken[0] ?? dir} already exists; choose another tag or remove it first (--remove ${tag}).`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(files.component, component());
  writeFileSync(files.styles, styles());
  writeFileSync(files.define, define());
  writeFileSync(files.i18n, `${JSON.stringify({ [`${name}.empty`]: I18N }, null, 2)}\n`);
  writeFileSync(files.test, test());
  writeFileSync(files.story, story());

  const pkg = at('packages/elements/package.json');
  edit(pkg, (text) => {
    const json = JSON.parse(text);
    if (!json.sideEffects.includes(sideEffect)) json.sideEffects.push(sideEffect);
    return `${JSON.stringify(json, null, 2)}\n`;
  });
  edit(at('packages/elements/src/index.ts'), (text) => {
    if (text.includes(indexLine)) return text;
    const lines = text.split('\n');
    const last = lines.findLastIndex((l) => /^export \* from '\.\/(?!core\/)[^']+';$/.test(l));
    lines.splice(last + 1, 0, indexLine);
    return lines.join('\n');
  });
  edit(at('bench/size.mjs'), (text) => {
    if (text.includes(budgetLine)) return text;
    if (!text.includes(BUDGET_MARK)) die(`bench/size.mjs: no "${BUDGET_MARK.trim()}" line to add the budget before`);
    return text.replace(BUDGET_MARK, `${budgetLine}\n${BUDGET_MARK}`);
  });
  regenerate([...Object.values(files)]);
  console.log(
    `\ncreated <${tag}> in packages/elements/src/${name}/; next: npm test -- build typecheck eslint prettier docs browser`,
  );
}

function removeElement() {
  if (!existsSync(dir) && !Object.values(files).some((f) => existsSync(f))) die(`<${tag}> was not created here.`);
  rmSync(dir, { recursive: true, force: true });
  for (const f of [files.test, files.story]) rmSync(f, { force: true });
  edit(at('packages/elements/package.json'), (text) => {
    const json = JSON.parse(text);
    json.sideEffects = json.sideEffects.filter((s) => s !== sideEffect);
    return `${JSON.stringify(json, null, 2)}\n`;
  });
  edit(at('packages/elements/src/index.ts'), (text) => text.replace(`${indexLine}\n`, ''));
  edit(at('bench/size.mjs'), (text) => text.replace(`${budgetLine}\n`, ''));
  rmSync(at('packages/elements/dist', name), { recursive: true, force: true });
  regenerate([]);
  console.log(`\nremoved <${tag}>`);
}

function regenerate(created) {
  if (created.length) run('npx', ['prettier', '--write', '--log-level', 'warn', ...created]);
  run('npm', ['run', 'i18n', '--silent']);
  run('npm', ['run', 'build:manifest', '--silent']);
  run('node', ['scripts/generate-react.mjs']);
  // The schema validators are generated files (a fresh clone has none until a build).
  run('npm', ['run', 'build:schema', '--silent']);
  run('npx', ['tsc', '-b']);
  run('node', ['scripts/generate-docs.mjs']);
  run('npx', ['prettier', '--write', '--log-level', 'warn', 'docs/reference', 'packages/react/src']);
}

// ---------------------------------------------------------------------------
// Templates

/** Translations of the skeleton's one UI string (message id NAME.empty). */
const I18N = {
  fr: 'Aucune route à afficher.',
  ru: 'Нет маршрутов для показа.',
  es: 'No hay rutas que mostrar.',
  ar: 'لا توجد طرق لعرضها.',
  zh: '没有可显示的路线。',
  de: 'Keine Routen anzuzeigen.',
  it: 'Nessuna rotta da mostrare.',
};

function component() {
  return `import { html } from 'lit';
import { msg } from '../core/localize.js';
import { PactElement } from '../core/pact-element.js';
import { PactDataController } from '../core/data-controller.js';
import { ${name.replace(/-./g, (m) => m[1].toUpperCase())}Styles } from './${tag}.styles.js';

/**
 * @tagname ${tag}
 * @summary TODO: one sentence on what <${tag}> shows. (Skeleton made by npm run create: it lists the routes.)
 *
 * TODO: describe the element for webmasters: what it loads, how it lays out, how it links to others.
 *
 * @slot - Fallback content: shown until the data arrives, and kept if the script or the API fails.
 *
 * @csspart base - The wrapper.
 * @csspart list - The list of routes.
 * @csspart item - One route.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of the error state.
 * @csspart empty - The empty state.
 *
 * @cssproperty --pact-${name}-gap - Space between the items (default: --pact-space).
 */
export class ${className} extends PactElement {
  static override styles = [...PactElement.styles, ${name.replace(/-./g, (m) => m[1].toUpperCase())}Styles];

  private readonly data = new PactDataController(this, {
    args: () => [] as const,
    task: async (_args, client, signal) => (await client.routes.list({ signal })).data,
  });

  protected renderContent() {
    return html\`<div part="base" class="base">
      \${this.data.render({
        complete: (routes) =>
          html\`<ul part="list" class="list" role="list">
            \${routes.map((r) => html\`<li part="item" class="item">\${this.client.text(r.name, this.locale)}</li>\`)}
          </ul>\`,
        isEmpty: (routes) => routes.length === 0,
        empty: () => html\`<p part="empty">\${msg('No routes to show.', { id: '${name}.empty' })}</p>\`,
      })}
    </div>\`;
  }
}
`;
}

function styles() {
  return `import { css } from 'lit';

export const ${name.replace(/-./g, (m) => m[1].toUpperCase())}Styles = css\`
  :host {
    --_gap: var(--pact-${name}-gap, var(--_space));
  }
  .list {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
\`;
`;
}

function define() {
  return `import { ${className} } from './${tag}.component.js';
import { safeDefine } from '../core/define.js';

export { ${className} };
safeDefine('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`;
}

function test() {
  return `import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { API_URL, FAULT_URL } from '/__pact/env.js';
import '@pact/elements/${name}/${tag}';
import type { ${className} } from '@pact/elements/${name}/${tag}';

const loaded = (el: Element) => waitUntil(() => el.hasAttribute('data-loaded'), 'the element did not load', { timeout: 8000 });
const items = (el: ${className}) =>
  [...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((n) => n.textContent!.trim());

/** Route names in one language, straight from the API. */
async function routeNames(lang: 'en' | 'fr'): Promise<string[]> {
  const body = (await (await fetch(\`\${API_URL}/routes\`)).json()) as { data: { name: Record<string, string> }[] };
  return body.data.map((r) => r.name[lang] ?? r.name['en']!);
}

describe('<${tag}>', () => {
  it('lists the routes of the API, accessibly', async () => {
    const el = await fixture<${className}>(html\`<${tag} api=\${API_URL}></${tag}>\`);
    await loaded(el);
    expect(items(el)).to.deep.equal(await routeNames('en'));
    await expect(el).to.be.accessible();
  });

  it('shows the names in the language of the page', async () => {
    const el = await fixture<${className}>(html\`<${tag} api=\${API_URL} lang="fr"></${tag}>\`);
    await loaded(el);
    const fr = await routeNames('fr');
    expect(items(el)).to.deep.equal(fr);
    expect(fr).to.not.deep.equal(await routeNames('en'));
  });

  it('says what went wrong and offers Retry when the API fails', async () => {
    const el = await fixture<${className}>(html\`<${tag} api=\${\`\${FAULT_URL}/500/v1\`}></${tag}>\`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error state', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.exist;
  });
});
`;
}

function story() {
  return `import { html, nothing } from 'lit';
import '@pact/elements/${name}/${tag}';

interface Args {
  api?: string;
  lang?: string;
}

export default {
  title: 'Elements/${className.replace(/^Pact/, '').replace(/([a-z])([A-Z])/g, '$1 $2')}',
  component: '${tag}',
  tags: ['autodocs'],
  argTypes: { lang: { control: 'select', options: ['en', 'fr', 'ru'] } },
  render: (args: Args) =>
    html\`<${tag} api=\${args.api ?? nothing} lang=\${args.lang ?? nothing}><a href="https://www.paris-pact.net/">The Paris Pact</a></${tag}>\`,
};

export const Default = { args: {} };

export const French = { args: { lang: 'fr' } };
`;
}

if (remove) removeElement();
else create();
