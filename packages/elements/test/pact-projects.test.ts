import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { API_URL, FAULT_URL } from '/__pact/env.js';
import { mount, loadedWhole } from './mount.js';
import type { Partner, Project } from '@pact/sdk';
import '@pact/elements/provider/pact-provider';
import '@pact/elements/pillars/pact-pillar-card';
import '@pact/elements/projects/pact-projects';
import type { PactProjects } from '@pact/elements/projects/pact-projects';
import type { PactPillarCard } from '@pact/elements/pillars/pact-pillar-card';
import type { PactProvider } from '@pact/elements/provider/pact-provider';

const loaded = (el: Element) => loadedWhole(el, 'the listing');
const root = (el: PactProjects) => el.shadowRoot!;
const all = <T extends Element = HTMLElement>(el: PactProjects, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: PactProjects) => all(el, '[part~="toggle"] .title').map((n) => clean(n.textContent));
const count = (el: PactProjects) => clean(root(el).querySelector('[part~="count"]')!.textContent);
const select = (el: PactProjects, label: string) => {
  const l = all<HTMLLabelElement>(el, 'label').find((x) => clean(x.textContent) === label);
  if (!l) throw new Error(`no control labelled ${label}`);
  return root(el).getElementById(l.htmlFor) as HTMLSelectElement | HTMLInputElement;
};
const choose = async (el: PactProjects, label: string, value: string) => {
  const s = select(el, label) as HTMLSelectElement;
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await el.updateComplete;
};
/** Waits until the listing shows a new answer (the count text changes). */
const settle = async (el: PactProjects, before: string) => {
  await waitUntil(
    () => el.hasAttribute('data-loaded') && count(el) !== before,
    `the listing did not change from "${before}"`,
    {
      timeout: 8000,
    },
  );
  await el.updateComplete;
};
/** "1 project", "0 projects", "12 projects" (the whole list fits on one page). */
const projectsText = (n: number) => `${n} project${n === 1 ? '' : 's'}`;
/** Waits until the listing's live count says `text`. */
const showing = async (el: PactProjects, text: string) => {
  await waitUntil(
    () => el.hasAttribute('data-loaded') && count(el) === text,
    `the listing did not show "${text}" (it shows "${count(el)}")`,
    {
      timeout: 8000,
    },
  );
  await el.updateComplete;
};
/** The facts of a row, by term. */
const facts = (row: Element) =>
  Object.fromEntries(
    [...row.querySelectorAll('.facts > div')].map((d) => [
      clean(d.querySelector('dt')!.textContent),
      clean(d.querySelector('dd')!.textContent),
    ]),
  );

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${API_URL}${path}`)).json()) as T;
}
const totalOf = async (query: string) => (await api<{ total: number }>(`/projects?${query}&limit=1`)).total;
const projectsOf = async (query: string) => (await api<{ data: Project[] }>(`/projects?${query}&limit=200`)).data;

describe('<pact-projects>', () => {
  // The virtualizer adds rows while its ResizeObserver delivers sizes; Chromium then reports the
  // benign "ResizeObserver loop completed with undelivered notifications" to window.onerror
  // (lit/lit#3154). Ignore that one message, as Lit's own virtualizer tests do; any other error
  // still fails the test.
  let onerror: OnErrorEventHandler;
  before(() => {
    onerror = window.onerror;
    window.onerror = (message, ...rest) =>
      String(message).startsWith('ResizeObserver loop') ? true : (onerror?.call(window, message, ...rest) ?? false);
  });
  after(() => {
    window.onerror = onerror;
  });

  it('lists the first page from the real API, accessibly, with the total announced', async () => {
    const el = await fixture<PactProjects>(html`<pact-projects api=${API_URL}></pact-projects>`);
    await loaded(el);
    await expect(el).to.be.accessible();
    const first = await api<{ data: Project[]; total: number }>('/projects?limit=25');
    expect(first.total).to.equal(180);
    expect(titles(el)).to.deep.equal(first.data.map((p) => p.title.en));
    const status = root(el).querySelector('[part~="count"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(count(el)).to.equal('180 projects · 25 of 180 shown');
    const list = root(el).querySelector('[part~="list"]')!;
    expect(list.getAttribute('role')).to.equal('list');
    const rows = all(el, '[part~="row"]');
    expect(rows).to.have.length(25);
    expect(rows[0]!.getAttribute('role')).to.equal('listitem');
    expect(rows[0]!.getAttribute('aria-posinset')).to.equal('1');
    expect(rows[0]!.getAttribute('aria-setsize')).to.equal('180');
    // Newest first by default.
    const starts = first.data.map((p) => p.start);
    expect(starts).to.deep.equal([...starts].sort().reverse());
  });

  it('shows each project: pillar, status, partner names, implementer, dates and budget', async () => {
    const el = await fixture<PactProjects>(
      html`<pact-projects api=${API_URL} q="prj-0001" no-controls></pact-projects>`,
    );
    await loaded(el);
    const row = all(el, '[part~="row"]')[0]!;
    expect(titles(el)).to.deep.equal([
      'Regional information exchange on opiate trafficking for Kazakhstan and Turkmenistan',
    ]);
    expect(all(el, '[part~="tag"]').map((t) => clean(t.textContent))).to.deep.equal([
      'Pillar I · Cross-border cooperation',
      'Under way',
      'Fictitious example',
    ]);
    expect(facts(row)).to.deep.equal({
      Beneficiaries: 'Kazakhstan, Turkmenistan',
      Donors: 'Türkiye, Japan',
      Implementer: 'United Nations Office on Drugs and Crime',
      Dates: 'Jan 1, 2023 – Jul 31, 2026',
      Budget: '$1,395,000',
    });
    // heading level of the titles
    expect(row.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    el.headingLevel = 4;
    await el.updateComplete;
    expect(row.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('filters by every attribute, and hides the control of a fixed filter', async () => {
    const el = await fixture<PactProjects>(html`<pact-projects api=${API_URL} pillar="2" limit="200"></pact-projects>`);
    await loaded(el);
    const pillar2 = await totalOf('pillar=2');
    expect(count(el)).to.equal(`${pillar2} projects`);
    expect(new Set(all(el, '.tag.pillar').map((t) => clean(t.textContent)))).to.deep.equal(
      new Set(['Pillar II · Illicit financial flows']),
    );
    expect(all(el, 'label').map((l) => clean(l.textContent))).not.to.include('Pillar');

    el.setAttribute('status', 'closed');
    await settle(el, `${pillar2} projects`);
    const closed2 = await totalOf('pillar=2&status=closed');
    expect(count(el)).to.equal(`${closed2} projects`);
    expect(new Set(all(el, '.tag.status').map((t) => clean(t.textContent)))).to.deep.equal(new Set(['Completed']));

    el.removeAttribute('pillar');
    el.removeAttribute('status');
    el.setAttribute('country', 'kaz');
    await settle(el, `${closed2} projects`);
    expect(count(el)).to.equal(`${await totalOf('country=kaz')} projects`);
    for (const row of all(el, '[part~="row"]')) expect(facts(row)['Beneficiaries']).to.include('Kazakhstan');
    expect(all(el, 'label').map((l) => clean(l.textContent))).not.to.include('Beneficiary country');

    el.removeAttribute('country');
    el.setAttribute('donor', 'eu');
    const before = count(el);
    await settle(el, before);
    expect(count(el)).to.equal(`${await totalOf('donor=eu')} projects`);
    for (const row of all(el, '[part~="row"]')) expect(facts(row)['Donors']).to.include('European Union');

    el.setAttribute('limit', '5');
    await waitUntil(() => all(el, '[part~="row"]').length === 5, 'limit did not apply');
  });

  it('keeps what the reader goes on typing while the previous search loads', async () => {
    // A slow API: the loading state re-renders the element while the reader is still typing.
    const el = await fixture<PactProjects>(
      html`<pact-projects api=${`${FAULT_URL}/delay-1200~typing/v1`} limit="5"></pact-projects>`,
    );
    await waitUntil(() => el.hasAttribute('data-loaded'), 'no data', { timeout: 15000 });
    const box = select(el, 'Search') as HTMLInputElement;
    box.focus();
    await sendKeys({ type: 'tra' });
    await aTimeout(400); // the debounced query "tra" goes out
    await sendKeys({ type: 'in' });
    await waitUntil(() => root(el).querySelector('[part~="loading"]'), 'no loading state', { timeout: 5000 });
    await el.updateComplete;
    expect(box.value).to.equal('train');
  });

  it('filters and sorts with its own controls, including a debounced search', async () => {
    const el = await fixture<PactProjects>(html`<pact-projects api=${API_URL} limit="200"></pact-projects>`);
    await loaded(el);
    expect(all(el, 'label').map((l) => clean(l.textContent))).to.deep.equal([
      'Search',
      'Pillar',
      'Status',
      'Beneficiary country',
      'Donor',
      'Sort',
    ]);
    const form = root(el).querySelector('[part~="controls"]')!;
    expect(form.getAttribute('role')).to.equal('search');

    // Country and donor options are partner names, sorted; donors include organizations.
    const countries = [...(select(el, 'Beneficiary country') as HTMLSelectElement).options].map((o) =>
      o.textContent!.trim(),
    );
    expect(countries).to.include('Kazakhstan');
    expect(countries.slice(1)).to.deep.equal(
      [...countries.slice(1)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    const groups = [...(select(el, 'Donor') as HTMLSelectElement).querySelectorAll('optgroup')].map((g) => g.label);
    expect(groups).to.deep.equal(['Countries', 'Organizations']);

    // The Donor options are the partners the API lists as donors (role=donor), not every partner.
    const donors = await api<{ total: number; data: Partner[] }>('/partners?role=donor&limit=200');
    const everyone = await api<{ total: number }>('/partners?limit=1');
    expect(donors.total).to.be.within(2, everyone.total - 1);
    const donorOptions = [...(select(el, 'Donor') as HTMLSelectElement).options].slice(1);
    expect(donorOptions.map((o) => o.value).sort()).to.deep.equal(donors.data.map((p) => p.id).sort());
    expect(donorOptions).to.have.length(donors.total);
    const donorNames = donorOptions.map((o) => o.textContent!.trim());
    expect(donorNames).to.include('European Union');
    for (const name of ['Accra', 'Joint Interagency Task Force South']) {
      expect(donorNames.some((n) => n.includes(name))).to.equal(false);
    }
    expect(donorOptions.map((o) => o.value)).not.to.include.members(['accra-info-centre', 'jiatf-s']);
    expect(countries.length - 1, 'the beneficiary select still lists every country').to.be.greaterThan(
      donorOptions.filter((o) => o.closest('optgroup')?.label === 'Countries').length,
    );

    const search = select(el, 'Search') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: 'precursor' });
    const precursor = await projectsOf('q=precursor');
    expect(precursor.length).to.be.within(2, 179);
    await showing(el, `${precursor.length} projects`);
    expect(titles(el)).to.deep.equal(precursor.map((p) => p.title.en));

    await choose(el, 'Status', 'closed');
    await showing(el, projectsText(await totalOf('q=precursor&status=closed')));

    await choose(el, 'Sort', 'title');
    const byTitle = await projectsOf('q=precursor&status=closed&sort=title');
    await waitUntil(() => titles(el).join('|') === byTitle.map((p) => p.title.en).join('|'), 'not sorted by title');
    expect(byTitle.map((p) => p.title.en)).to.deep.equal(
      byTitle.map((p) => p.title.en).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
    );
    await choose(el, 'Sort', '-budget');
    const byBudget = await projectsOf('q=precursor&status=closed&sort=-budget');
    await waitUntil(() => titles(el).join('|') === byBudget.map((p) => p.title.en).join('|'), 'not sorted by budget');

    await choose(el, 'Status', '');
    await choose(el, 'Pillar', '3');
    await showing(el, projectsText(await totalOf('q=precursor&pillar=3')));
    for (const tag of all(el, '.tag.pillar')) expect(clean(tag.textContent)).to.equal('Pillar III · Precursors');

    await choose(el, 'Pillar', '');
    await choose(el, 'Beneficiary country', 'tjk');
    await showing(el, projectsText(await totalOf('q=precursor&country=tjk')));
    for (const row of all(el, '[part~="row"]')) expect(facts(row)['Beneficiaries']).to.include('Tajikistan');

    await choose(el, 'Beneficiary country', '');
    await choose(el, 'Donor', 'jpn');
    await showing(el, projectsText(await totalOf('q=precursor&donor=jpn')));
    for (const row of all(el, '[part~="row"]')) expect(facts(row)['Donors']).to.include('Japan');
  });

  it('shows the empty state, and Clear filters brings the projects back', async () => {
    const el = await fixture<PactProjects>(
      html`<pact-projects api=${API_URL} q="zzz-matches-nothing"></pact-projects>`,
    );
    await loaded(el);
    expect((select(el, 'Search') as HTMLInputElement).value).to.equal('zzz-matches-nothing');
    const empty = root(el).querySelector('[part~="empty"]')!;
    expect(clean(empty.textContent)).to.match(/^No projects match these filters\./);
    expect(count(el)).to.equal('0 projects');
    expect(root(el).querySelector('[part~="export"]')).to.equal(null);
    const clear = [...empty.querySelectorAll('button')].find((b) => clean(b.textContent) === 'Clear filters')!;
    clear.click();
    await settle(el, '0 projects');
    expect(count(el)).to.equal('180 projects · 25 of 180 shown');
    expect((select(el, 'Search') as HTMLInputElement).value).to.equal('');
  });

  it('speaks French and Russian: titles, labels, dates, currency and plural forms', async () => {
    const el = await fixture<PactProjects>(html`<pact-projects api=${API_URL} q="prj-0001" lang="fr"></pact-projects>`);
    await loaded(el);
    const row = () => all(el, '[part~="row"]')[0]!;
    expect(titles(el)).to.deep.equal([
      "Échange régional d'informations sur le trafic d'opiacés : Kazakhstan, Turkménistan",
    ]);
    expect(count(el)).to.equal('1 projet');
    const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    const fr = facts(row());
    expect(Object.keys(fr)).to.deep.equal([
      'Bénéficiaires',
      'Bailleurs de fonds',
      'Organisme d’exécution',
      'Dates',
      'Budget',
    ]);
    expect(fr['Bénéficiaires']).to.equal('Kazakhstan, Turkménistan');
    expect(nbsp(fr['Budget']!)).to.equal('1 395 000 $US');
    expect(nbsp(fr['Dates']!)).to.match(/^1 janv\. 2023 – 31 juil\. 2026$/);
    expect(all(el, '.tag.status').map((t) => clean(t.textContent))).to.deep.equal(['En cours']);
    expect(all(el, 'label').map((l) => clean(l.textContent))).to.include('Pays bénéficiaire');

    el.setAttribute('lang', 'ru');
    await waitUntil(() => titles(el)[0]?.startsWith('Региональный'), 'did not switch to Russian');
    const ru = facts(row());
    expect(nbsp(ru['Бюджет']!)).to.equal('1 395 000 $');
    expect(nbsp(ru['Сроки']!)).to.match(/^1 янв\. 2023 г\. – 31 июл\. 2026 г\.$|^1 янв\. 2023 – 31 июл\. 2026 г\.$/);
    expect(count(el)).to.equal('1 проект');

    el.removeAttribute('q');
    el.q = '';
    await waitUntil(() => count(el).startsWith('180'), 'did not list all');
    expect(count(el)).to.equal('180 проектов · показано 25 из 180');
    el.setAttribute('pillar', '2');
    await waitUntil(() => count(el).startsWith(String(40)), 'pillar 2 did not load');
    expect(count(el)).to.equal('40 проектов · показано 25 из 40');
    el.setAttribute('status', 'implementation');
    const n = await totalOf('pillar=2&status=implementation');
    await waitUntil(() => count(el).startsWith(`${n} `), 'status did not apply');
    expect(count(el)).to.equal(
      `${n} ${({ one: 'проект', few: 'проекта', many: 'проектов' } as Record<string, string>)[new Intl.PluralRules('ru').select(n)]}`,
    );
  });

  it('opens a row by keyboard: Enter and Space toggle the summary, aria-expanded follows, and opening fires pact-project-select', async () => {
    const wrapper = mount(
      html`<div>
        <button id="before">before</button><pact-projects api=${API_URL} no-controls limit="3"></pact-projects>
      </div>`,
    );
    const el = wrapper.querySelector('pact-projects')!;
    await loaded(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' }); // the export button
    expect(root(el).activeElement?.getAttribute('part')).to.equal('export');
    await sendKeys({ press: 'Tab' });
    const toggle = all<HTMLButtonElement>(el, '[part~="toggle"]')[0]!;
    expect(root(el).activeElement).to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const summary = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(summary.hidden).to.equal(true);
    expect(summary.getBoundingClientRect().height).to.equal(0);

    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'pact-project-select');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(event.detail.project.title.en).to.equal(titles(el)[0]);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(summary.hidden).to.equal(false);
    expect(clean(summary.textContent)).to.equal(event.detail.project.summary.en);
    expect(summary.getBoundingClientRect().height).to.be.greaterThan(10);

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(summary.hidden).to.equal(true);

    // The next row is the next Tab stop.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(all(el, '[part~="toggle"]')[1]);
  });

  it('loads more pages, announces how many are shown, moves focus to the first new row, and virtualizes long lists', async () => {
    const el = await fixture<PactProjects>(html`<pact-projects api=${API_URL} limit="60" no-controls></pact-projects>`);
    await loaded(el);
    expect(count(el)).to.equal('180 projects · 60 of 180 shown');
    const more = () => root(el).querySelector<HTMLButtonElement>('[part~="load-more"]');
    more()!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => count(el) === '180 projects · 120 of 180 shown', 'the second page did not load');
    const everything = await projectsOf('sort=-start');
    // Focus moved to the 61st project, so that the reader carries on from there.
    await waitUntil(
      () => root(el).activeElement?.id === `toggle-${everything[60]!.id}`,
      'focus did not move to the first new row',
    );
    // 120 rows: only those near the viewport are in the DOM.
    const rendered = all(el, '[part~="row"]').length;
    expect(rendered).to.be.greaterThan(3);
    expect(rendered).to.be.lessThan(120);

    more()!.click();
    await waitUntil(() => count(el) === '180 projects', 'the last page did not load');
    expect(more()).to.equal(null);
    await waitUntil(
      () => root(el).activeElement?.id === `toggle-${everything[120]!.id}`,
      'focus did not move to row 121',
    );
    // Tab walks on through rows that were not rendered a moment ago.
    for (let i = 121; i < 126; i++) {
      await sendKeys({ press: 'Tab' });
      await waitUntil(
        () => root(el).activeElement?.id === `toggle-${everything[i]!.id}`,
        `Tab did not reach row ${i + 1}`,
      );
    }
    const row = all(el, '[part~="row"]').find((r) => r.dataset['id'] === everything[125]!.id)!;
    expect(row.getAttribute('aria-posinset')).to.equal('126');
    await expect(el).to.be.accessible();
  });

  it('follows the theme: --pact-* properties and its own knobs', async () => {
    const el = await fixture<PactProjects>(html`<pact-projects api=${API_URL} limit="2" no-controls></pact-projects>`);
    el.style.setProperty('--pact-color-primary', 'rgb(10, 20, 30)');
    el.style.setProperty('--pact-projects-row-background', 'rgb(250, 240, 230)');
    await loaded(el);
    expect(getComputedStyle(all(el, '[part~="toggle"]')[0]!).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(all(el, '[part~="row"]')[0]!).backgroundColor).to.equal('rgb(250, 240, 230)');
  });

  it('says when the next page could not be loaded, and loads it on a second try', async () => {
    // fail-1-500: every URL fails once (the first page, then the next page's cursor URL).
    const el = await fixture<PactProjects>(
      html`<pact-projects api=${`${FAULT_URL}/fail-1-500~more/v1`} limit="20" status="closed"></pact-projects>`,
    );
    await waitUntil(() => root(el).querySelector('[part~="retry-button"]'), 'no error state', { timeout: 8000 });
    root(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await loaded(el);
    const n = await totalOf('status=closed');
    expect(count(el)).to.equal(`${n} projects · 20 of ${n} shown`);
    const more = () => root(el).querySelector<HTMLButtonElement>('[part~="load-more"]')!;
    more().click();
    await waitUntil(() => root(el).querySelector('.more-error'), 'no message about the failed page');
    const message = root(el).querySelector('.more-error')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(clean(message.textContent)).to.match(
      /^More projects could not be loaded\. The content server had a problem/,
    );
    expect(all(el, '[part~="row"]')).to.have.length(20);
    more().click();
    await waitUntil(() => count(el) === `${n} projects · 40 of ${n} shown`, 'the second try did not load the page');
    expect(root(el).querySelector('.more-error')).to.equal(null);
  });

  it('exports every filtered project (all pages) as a formula-safe CSV download', async () => {
    const el = await fixture<PactProjects>(html`<pact-projects api=${API_URL} pillar="3" limit="10"></pact-projects>`);
    await loaded(el);
    const original = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      if (b instanceof Blob) blob = b;
      return original.call(URL, b);
    };
    // The download link's click: remember the link, and keep the browser from saving the file.
    let anchor: HTMLAnchorElement | undefined;
    const onClick = (e: Event) => {
      if (e.target instanceof HTMLAnchorElement) {
        anchor = e.target;
        e.preventDefault();
      }
    };
    root(el).addEventListener('click', onClick, { capture: true });
    try {
      root(el).querySelector<HTMLButtonElement>('[part~="export"]')!.click();
      await waitUntil(() => blob && anchor, 'no CSV download', { timeout: 8000 });
    } finally {
      URL.createObjectURL = original;
      root(el).removeEventListener('click', onClick, { capture: true });
    }
    expect(anchor!.isConnected, 'the temporary link is removed').to.equal(false);
    expect(anchor!.download).to.equal('projects.csv');
    expect(anchor!.href).to.match(/^blob:/);
    expect(blob!.type).to.equal('text/csv;charset=utf-8');
    // A UTF-8 byte-order mark, so that spreadsheets read the Cyrillic and accented titles.
    expect([...new Uint8Array(await blob!.slice(0, 3).arrayBuffer())]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = await blob!.text();
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).to.equal(
      '"ID","Fictitious example","Title","Pillar","Status","Beneficiaries","Donors","Implementer","Start","End","Budget","Currency","Summary"',
    );
    const expected = await projectsOf('pillar=3');
    expect(lines).to.have.length(expected.length + 1);
    for (const p of expected) {
      const line = lines.find((l) => l.startsWith(`"${p.id}",`));
      expect(line, p.id).to.exist;
      expect(
        line!.startsWith(`"${p.id}","${p.illustrative ? 'yes' : 'no'}",`),
        `${p.id} says whether it is fictitious`,
      ).to.equal(true);
      expect(line).to.include(`"${p.title.en.replace(/"/g, '""')}"`);
      expect(line).to.include(`"${p.start}","${p.end}","${p.budget.amount}","${p.budget.currency}"`);
    }
    await waitUntil(
      () =>
        clean(root(el).querySelector('.export-status')!.textContent) === `CSV file ready: ${expected.length} projects.`,
    );
  });

  it('quotes CSV cells and defuses formulas', async () => {
    const { csvCell, toCsv } = await import('@pact/elements/projects/csv');
    expect(csvCell('=HYPERLINK("http://evil")')).to.equal(`"'=HYPERLINK(""http://evil"")"`);
    expect(['+1', '-1', '@SUM(A1)', '\tx'].map(csvCell)).to.deep.equal([`"'+1"`, `"'-1"`, `"'@SUM(A1)"`, `"'\tx"`]);
    expect(csvCell('a, "b"\nc')).to.equal('"a, ""b""\nc"');
    expect(toCsv([['a', 1]])).to.equal('\uFEFF"a","1"\r\n');
  });

  it('restores its filters from the URL (sync-url) and writes the reader’s changes back, keeping other parameters', async () => {
    const before = location.href;
    history.replaceState(
      null,
      '',
      `${location.pathname}?keep=1&list.pillar=2&list.status=closed&list.sort=title${location.hash}`,
    );
    try {
      const el = await fixture<PactProjects>(html`<pact-projects api=${API_URL} sync-url="list"></pact-projects>`);
      await loaded(el);
      const n = await totalOf('pillar=2&status=closed');
      expect(count(el)).to.equal(`${n} projects`);
      expect(select(el, 'Pillar').value).to.equal('2');
      expect(select(el, 'Status').value).to.equal('closed');
      expect(select(el, 'Sort').value).to.equal('title');
      await choose(el, 'Status', 'implementation');
      await choose(el, 'Sort', '-start');
      const params = new URLSearchParams(location.search);
      expect(params.get('list.status')).to.equal('implementation');
      expect(params.get('list.pillar')).to.equal('2');
      expect(params.has('list.sort')).to.equal(false); // the default sort is not written
      expect(params.get('keep')).to.equal('1');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('keeps two synced listings on one page apart (parameters prefixed with each id)', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?proj-b.q=precursor`);
    try {
      const wrapper = mount(
        html`<div>
          <pact-projects id="proj-a" api=${API_URL} sync-url></pact-projects>
          <pact-projects id="proj-b" api=${API_URL} sync-url></pact-projects>
        </div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('pact-projects')] as [PactProjects, PactProjects];
      await loaded(a);
      await loaded(b);
      expect(count(a)).to.equal('180 projects · 25 of 180 shown');
      expect((select(b, 'Search') as HTMLInputElement).value).to.equal('precursor');
      await choose(a, 'Pillar', '1');
      await choose(b, 'Pillar', '4');
      const params = new URLSearchParams(location.search);
      expect(params.get('proj-a.pillar')).to.equal('1');
      expect(params.get('proj-b.pillar')).to.equal('4');
      expect(params.get('proj-b.q')).to.equal('precursor');
      expect(params.has('proj-a.q')).to.equal(false);
      const [one, fourPrecursor] = [await totalOf('pillar=1'), await totalOf('q=precursor&pillar=4')];
      await waitUntil(
        () => count(a).startsWith(`${one} `) && count(b).startsWith(`${fourPrecursor} `),
        'listings did not filter',
      );
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('is filtered by a pillar card in the same provider, and not by one outside it', async () => {
    const page = mount(
      html`<div>
        <pact-provider api=${API_URL}>
          <pact-pillar-card pillar="2"></pact-pillar-card>
          <pact-projects></pact-projects>
          <pact-projects pillar="4" no-controls></pact-projects>
        </pact-provider>
        <pact-provider api=${API_URL}><pact-projects id="elsewhere"></pact-projects></pact-provider>
      </div>`,
    );
    const provider = page.querySelector<PactProvider>('pact-provider')!;
    const card = page.querySelector<PactPillarCard>('pact-pillar-card')!;
    const [linked, own, elsewhere] = [...page.querySelectorAll('pact-projects')] as [
      PactProjects,
      PactProjects,
      PactProjects,
    ];
    await Promise.all([loaded(card), loaded(linked), loaded(own), loaded(elsewhere)]);
    const ownBefore = count(own);
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="select"]')!.click();
    await settle(linked, '180 projects · 25 of 180 shown');
    expect(count(linked)).to.equal('40 projects · 25 of 40 shown');
    expect(select(linked, 'Pillar').value).to.equal('2');
    await aTimeout(50);
    expect(count(own)).to.equal(ownBefore);
    expect(count(elsewhere)).to.equal('180 projects · 25 of 180 shown');

    // The listing's own pillar choice selects the matching card (and unpresses this one).
    await choose(linked, 'Pillar', '1');
    expect(provider.selection.state.pillar).to.equal(1);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="select"]')!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('shows the error state when the API cannot be reached, keeping the fallback content', async () => {
    // A closed port, rather than stopping the shared API, which other test files use at the same time.
    const el = await fixture<PactProjects>(
      html`<pact-projects api="http://127.0.0.1:9/v1"><a href="/projects">All projects</a></pact-projects>`,
    );
    await waitUntil(() => root(el).querySelector('[part~="error"]'), 'no error state', { timeout: 15000 });
    const error = root(el).querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.match(/could not be reached|too long/);
    expect(root(el).querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('All projects');
    expect(root(el).querySelector('[part~="retry-button"]')).to.exist;
  });

  it('recovers on Retry after a server error', async () => {
    // fail-1-500: each URL fails once with a 500 (not retried by the client), then the API answers.
    const el = await fixture<PactProjects>(
      html`<pact-projects api=${`${FAULT_URL}/fail-1-500~projects/v1`} status="suspended"></pact-projects>`,
    );
    await waitUntil(() => root(el).querySelector('[part~="error"]'), 'no error state', { timeout: 8000 });
    expect(root(el).querySelector('[part~="error"]')!.textContent).to.include(
      'The content server had a problem answering',
    );
    root(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await loaded(el);
    const n = await totalOf('status=suspended');
    expect(count(el)).to.equal(projectsText(n));
    expect(all(el, '[part~="row"]')).to.have.length(n);
    // The partner names came back with the retry too.
    expect(facts(all(el, '[part~="row"]')[0]!)['Implementer']).not.to.match(/^[a-z0-9-]+$/);
  });

  it('shows the error state for a server error (FAULT_URL), and the fallback while loading', async () => {
    const failing = await fixture<PactProjects>(
      html`<pact-projects api=${`${FAULT_URL}/500/v1`}><a href="/projects">All projects</a></pact-projects>`,
    );
    await waitUntil(() => root(failing).querySelector('[part~="error"]'), 'no error state', { timeout: 8000 });
    expect(root(failing).querySelector('[part~="error"]')!.textContent).to.include(
      'The content server had a problem answering',
    );
    const hanging = await fixture<PactProjects>(
      html`<pact-projects api=${`${FAULT_URL}/hang/v1`}><a href="/projects">All projects</a></pact-projects>`,
    );
    expect(root(hanging).querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('All projects');
    await waitUntil(() => root(hanging).querySelector('[part~="loading"]'), 'no loading state', { timeout: 2000 });
  });

  it('resolves partner names from the partners list (donors include organizations), and hides controls and export on request', async () => {
    const partners = await api<{ data: Partner[] }>('/partners?limit=200');
    const el = await fixture<PactProjects>(
      html`<pact-projects api=${API_URL} donor="eu" no-controls no-export limit="1"></pact-projects>`,
    );
    await loaded(el);
    const eu = partners.data.find((p) => p.id === 'eu')!;
    expect(facts(all(el, '[part~="row"]')[0]!)['Donors']).to.include(eu.name.en);
    expect(root(el).querySelector('[part~="controls"]')).to.equal(null);
    expect(root(el).querySelector('[part~="export"]')).to.equal(null);
  });
});
