import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { API_URL, FAULT_URL } from '/__pact/env.js';
import type { MemberCount, Partnership } from '@pact/schema';
import '@pact/elements/partnership/pact-partnership';
import type { PactPartnership } from '@pact/elements/partnership/pact-partnership';
import { loadedWhole } from './mount.js';

const loaded = (el: PactPartnership) => loadedWhole(el, 'the partnership');
const $$ = (el: PactPartnership, part: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`),
];
const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const texts = (el: PactPartnership, part: string) => $$(el, part).map((n) => clean(n.textContent));

async function partnership(id: string): Promise<Partnership> {
  return (await (await fetch(`${API_URL}/partnerships/${id}`)).json()) as Partnership;
}
const sum = (counts: MemberCount[], keep: (c: MemberCount) => boolean) =>
  counts.filter(keep).reduce((n, c) => n + c.value, 0);

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}
const flat = (n: AxNode): AxNode[] => [n, ...(n.children ?? []).flatMap(flat)];

describe('<pact-partnership>', () => {
  it('shows the Pompidou Group: founding, mandate, counts with their basis, and a caveat that never overstates', async () => {
    const el = await fixture<PactPartnership>(
      html`<pact-partnership api=${API_URL} partnership="pompidou-group"></pact-partnership>`,
    );
    await loaded(el);
    await expect(el).to.be.accessible();
    const p = await partnership('pompidou-group');
    expect(texts(el, 'name')).to.deep.equal(['Pompidou Group']);
    expect($$(el, 'name')[0]!.getAttribute('aria-level')).to.equal('3');
    const founded = clean(el.shadowRoot!.querySelector('[part~="facts"] dd')!.textContent);
    // The founding body is a partner id in the data: its name comes from the partner record.
    expect(founded).to.match(/^1971, Council of Europe Founded in 1971;/);
    expect(texts(el, 'mandate')).to.deep.equal([p.mandate.en]);
    // Every count is a row, with what it counts and on what basis.
    const rows = $$(el, 'count').map((r) => [...r.cells].map((c) => clean(c.textContent)));
    expect(rows.length).to.equal(p.counts.length);
    expect(rows[0]).to.deep.equal([
      '41',
      'Members',
      // The count's note follows its basis.
      `Stated by a source, as of 2022 (high confidence) ${p.counts[0]!.note!.en}`,
      p.counts[0]!.source!.title,
    ]);
    expect(rows.map((r) => r[2])).to.include.members([
      'Listed here as members, confirmed by the sources (high confidence)',
      'Listed here as members, not confirmed by the sources (medium confidence)',
      'Listed here as possible members (low confidence)',
    ]);
    // The caveat: the stated number against the members listed here and those the sources confirm.
    const listed = sum(p.counts, (c) => c.basis === 'listed' && c.status === 'member');
    const confirmed = sum(p.counts, (c) => c.basis === 'listed' && c.status === 'member' && c.verified === true);
    expect([listed, confirmed]).to.deep.equal([34, 6]);
    expect(texts(el, 'caveat')).to.deep.equal([
      `Members: the sources state 41; ${listed} are listed here, ${confirmed} of them confirmed by the sources. The list here is incomplete.`,
    ]);
    // Principles, gains, ways and means, how to join: closed disclosure sections.
    expect(texts(el, 'section-title')).to.deep.equal(p.sections.map((s) => s.title.en));
    expect(el.shadowRoot!.querySelectorAll('details[open]')).to.have.length(0);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="facts"] a')!;
    expect(link.href).to.equal(p.website);
  });

  it('opens a section with the keyboard', async () => {
    const el = await fixture<PactPartnership>(
      html`<pact-partnership api=${API_URL} partnership="pompidou-group"></pact-partnership>`,
    );
    await loaded(el);
    const summary = $$(el, 'section-title')[0]!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    const details = summary.parentElement as HTMLDetailsElement;
    expect(details.open).to.equal(true);
    const p = await partnership('pompidou-group');
    expect([...details.querySelectorAll('ul:not(.source-list) > li')].map((li) => clean(li.textContent))).to.deep.equal(
      p.sections[0]!.items.map((i) => i.en),
    );
    await sendKeys({ press: 'Space' });
    expect(details.open).to.equal(false);
  });

  it('shows the Paris Pact, whose list matches the stated countries but not the organizations', async () => {
    const el = await fixture<PactPartnership>(
      html`<pact-partnership api=${API_URL} partnership="paris-pact"></pact-partnership>`,
    );
    await loaded(el);
    const p = await partnership('paris-pact');
    expect(texts(el, 'section-title')).to.deep.equal([
      ...p.sections.map((s) => s.title.en),
      ...p.components.map((c) => c.name.en),
    ]);
    // 58 countries stated and 58 listed, all confirmed: no caveat for them; 22 organizations stated, 23 listed.
    const caveats = texts(el, 'caveat');
    expect(caveats.some((c) => c.startsWith('Countries:'))).to.equal(false);
    expect(caveats).to.include(
      'Organizations: the sources state 22; 23 are listed here, 23 of them confirmed by the sources.',
    );
  });

  it('stacks each count on a phone, with no sideways scrolling, and is still read as a table', async () => {
    // 312 px: a 360 px phone's page less its margins. In French, four columns need about 385 px.
    const el = await fixture<PactPartnership>(
      html`<div style="inline-size: 312px">
        <pact-partnership api=${API_URL} partnership="pompidou-group" lang="fr"></pact-partnership>
      </div>`,
    );
    const p = el.querySelector<PactPartnership>('pact-partnership')!;
    await loaded(p);
    const counts = $$(p, 'counts')[0]!;
    expect(counts.scrollWidth, 'the counts scroll sideways').to.be.at.most(counts.clientWidth);
    const [first] = $$(p, 'count');
    const [number, subject, basis, source] = [...first!.cells].map((c) => c.getBoundingClientRect());
    // The number and what it counts on one line; the basis below; the source, labelled, below it.
    expect(Math.abs(number!.top - subject!.top), 'the number and what it counts on one line').to.be.below(2);
    expect(basis!.top).to.be.at.least(subject!.bottom);
    expect(source!.top).to.be.at.least(basis!.bottom);
    expect(getComputedStyle(first!.cells[3]!, '::before').content).to.match(/^"Source"|^attr/);
    // The column headings are hidden, the caption shown across the width.
    expect(p.shadowRoot!.querySelector('thead')!.getBoundingClientRect().height).to.be.at.most(1);
    expect(p.shadowRoot!.querySelector('caption')!.getBoundingClientRect().width).to.be.above(300);
    // Assistive technology reads the same table: its caption, a row per count and a header row, four cells each.
    const tree = await executeServerCommand<AxNode, undefined>('ax-tree'); // test/support/wtr-ax-plugin.mjs
    const table = findAccessibilityNode<AxNode>(tree, (n) => n.role === 'table');
    expect(table?.name).to.equal('Membres : les chiffres et leur origine');
    const rows = flat(table!).filter((n) => n.role === 'row');
    expect(rows.length).to.equal(texts(p, 'count').length + 1);
    expect(rows.slice(1).map((r) => r.children?.filter((c) => c.role === 'cell').length)).to.deep.equal(
      rows.slice(1).map(() => 4),
    );
    await expect(p).to.be.accessible();
  });

  it('speaks French and Russian, dates and numbers through Intl', async () => {
    const el = await fixture<PactPartnership>(
      html`<pact-partnership api=${API_URL} partnership="pompidou-group" lang="fr"></pact-partnership>`,
    );
    await loaded(el);
    expect(texts(el, 'name')).to.deep.equal(['Groupe Pompidou']);
    expect(clean(el.shadowRoot!.querySelector('[part~="facts"] dt')!.textContent)).to.equal('Création');
    expect(texts(el, 'caveat')).to.deep.equal([
      'Membres : les sources en indiquent 41 ; la liste en compte 34 ici, dont 6 confirmés par les sources. La liste présentée ici est incomplète.',
    ]);
    el.setAttribute('lang', 'ru');
    await el.updateComplete;
    expect(texts(el, 'name')).to.deep.equal(['Группа Помпиду']);
    expect(clean(el.shadowRoot!.querySelector('[part~="facts"] time')!.textContent)).to.equal(
      new Intl.DateTimeFormat('ru', { year: 'numeric', timeZone: 'UTC' }).format(new Date('1971-01-01T00:00:00Z')),
    );
    expect(texts(el, 'unofficial')).to.deep.equal([
      'Некоторые тексты здесь — неофициальные переводы, выполненные для этого набора данных.',
    ]);
  });

  it('has an empty state without a partnership, and an error state with Retry', async () => {
    const empty = await fixture<PactPartnership>(html`<pact-partnership api=${API_URL}></pact-partnership>`);
    await loaded(empty);
    expect(texts(empty, 'empty')).to.deep.equal(['No partnership to show: set the partnership attribute.']);
    await expect(empty).to.be.accessible();

    const el = await fixture<PactPartnership>(
      html`<pact-partnership api=${`${FAULT_URL}/fail-1-500~partnership/v1`} partnership="osce"
        ><a href="https://www.osce.org">OSCE</a></pact-partnership
      >`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error state', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('OSCE');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await loaded(el);
    expect(texts(el, 'name')).to.deep.equal(['Organization for Security and Co-operation in Europe (OSCE)']);
  });
});
