// What the elements say about the certainty of what they show (issue 13), against the real API:
// illustrative projects, confirmed and presumed priority flags, confirmed and possible members,
// the count noun each partnership uses, the dataset's caveats. Each expected number comes from
// the API's own records, so a test fails when the element and the data disagree.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { API_URL, FAULT_URL } from '/__pact/env.js';
import '@pact/elements';
import type { PactPartners, PactProjects, PactRouteMap } from '@pact/elements';
import type { Meta, Partner, Project } from '@pact/sdk';
import { loadedWhole } from './mount.js';

const loaded = (el: Element) => loadedWhole(el, undefined, 10000);
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const texts = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => clean(n.textContent));
const one = (el: Element, selector: string) => texts(el, selector)[0] ?? '';

let all: Partner[];
let meta: Meta;
before(async () => {
  all = ((await (await fetch(`${API_URL}/partners?limit=200`)).json()) as { data: Partner[] }).data;
  meta = (await (await fetch(`${API_URL}/meta`)).json()) as Meta;
});
const flagged = (confidence: 'high' | 'other') =>
  all.filter(
    (p) =>
      p.kind === 'country' &&
      p.priority.value === true &&
      (confidence === 'high') === (p.priority.confidence === 'high'),
  );
const of = (member: string, status: string, verified?: boolean) =>
  all.filter((p) =>
    p.memberships.some(
      (m) => m.partnership === member && m.status === status && (verified === undefined || m.verified === verified),
    ),
  );

describe('<pact-partners>: priority flags', () => {
  it('shows a high-confidence flag as "Priority country" and the others as "Presumed priority country", with what they mean', async () => {
    const el = await fixture<PactPartners>(html`<pact-partners api=${API_URL} priority="true"></pact-partners>`);
    await loaded(el);
    const high = flagged('high').length;
    const presumed = flagged('other').length;
    expect(high).to.be.greaterThan(0);
    expect(presumed).to.be.greaterThan(0);
    expect(one(el, '[part~="count"]')).to.equal(`${high + presumed} partners`);
    expect(texts(el, '[part~="priority-badge"]:not([part~="presumed"])')).to.have.length(high);
    expect(texts(el, '[part~="priority-badge"][part~="presumed"]')).to.deep.equal(
      Array(presumed).fill('Presumed priority country'),
    );
    const bulgaria = [...el.shadowRoot!.querySelectorAll('.card')].find((c) =>
      clean(c.querySelector('[part~="name"]')?.textContent).startsWith('Bulgaria'),
    )!;
    expect(clean(bulgaria.querySelector('[part~="priority-badge"]')!.textContent)).to.equal(
      'Presumed priority country',
    );
    // Every badge is described by the note, which a keyboard or screen-reader user reaches as text.
    const note = el.shadowRoot!.querySelector('[part~="priority-note"]')!;
    expect(clean(note.textContent)).to.match(/^There is no official list of Paris Pact priority countries\./);
    for (const b of el.shadowRoot!.querySelectorAll('[part~="priority-badge"]'))
      expect(b.getAttribute('aria-describedby')).to.equal(note.id);
    await expect(el).to.be.accessible();
  });

  it('priority-badges="confirmed" hides the presumed flags; the table layout shows the basis of each flag', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} priority="true" priority-badges="confirmed" layout="table"></pact-partners>`,
    );
    await loaded(el);
    expect(texts(el, '[part~="presumed"]')).to.deep.equal([]);
    expect(texts(el, '[part~="priority-badge"]')).to.have.length(flagged('high').length);
    expect(texts(el, '.basis')).to.deep.equal(
      flagged('high')
        .map((p) => (p.kind === 'country' ? p.priority.basis : ''))
        .sort(),
    );
    expect(one(el, '[part~="priority-note"]')).not.to.include('Presumed');
  });
});

describe('<pact-partners>: what is listed, and how sure it is', () => {
  it('counts the Pompidou Group members as members, says how many are confirmed and that the list is incomplete', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} member="pompidou-group" no-controls></pact-partners>`,
    );
    await loaded(el);
    const members = of('pompidou-group', 'member').length;
    const confirmed = of('pompidou-group', 'member', true).length;
    const possible = of('pompidou-group', 'possible').length;
    expect(confirmed).to.be.lessThan(members);
    expect(one(el, '[part~="count"]')).to.equal(`${members} members`);
    expect(one(el, '[part~="certainty"]')).to.equal(
      `${members} members listed, ${confirmed} of them confirmed by the sources; the list is incomplete. Not shown: ${possible} possible members.`,
    );
    expect(texts(el, '[part~="unverified"]')).to.have.length(members - confirmed);
    expect(texts(el, '[part~="possible"]')).to.deep.equal([]);
  });

  it('lists the possible members with the possible attribute', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} member="pompidou-group" possible no-controls></pact-partners>`,
    );
    await loaded(el);
    const possible = of('pompidou-group', 'possible').map((p) => p.name.en);
    expect(texts(el, '[part~="possible"] li').sort()).to.deep.equal(possible.sort());
    expect(one(el, '[part~="certainty"]')).not.to.include('Not shown');
    await expect(el).to.be.accessible();
  });

  it('possible or caveats turned on after the list has loaded: the possible members and the caveats then show', async () => {
    const pompidou = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} member="pompidou-group" no-controls></pact-partners>`,
    );
    const paris = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} member="paris-pact" no-controls></pact-partners>`,
    );
    await loaded(pompidou);
    await loaded(paris);
    expect(one(pompidou, '[part~="certainty"]')).to.include('Not shown');
    expect(texts(paris, '[part~="caveats"] li')).to.deep.equal([]);
    pompidou.possible = true;
    paris.caveats = true;
    const possible = of('pompidou-group', 'possible').map((p) => p.name.en);
    await waitUntil(() => texts(pompidou, '[part~="possible"] li').length === possible.length, 'no possible members', {
      timeout: 8000,
    });
    expect(texts(pompidou, '[part~="possible"] li').sort()).to.deep.equal(possible.sort());
    expect(one(pompidou, '[part~="certainty"]')).not.to.include('Not shown');
    const caveats = meta.caveats.filter((c) => /UNODC|Paris Pact/.test(c));
    await waitUntil(() => texts(paris, '[part~="caveats"] li').length === caveats.length, 'no caveats', {
      timeout: 8000,
    });
    expect(texts(paris, '[part~="caveats"] li')).to.deep.equal(caveats);
  });

  it('a member the API refuses, with caveats: the 400 is shown, and nothing about that member is asked for', async () => {
    const api = `${FAULT_URL}/ok~refused-member-${Date.now()}/v1`;
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${api} member=${'nato' as never} caveats possible no-controls></pact-partners>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error state', { timeout: 8000 });
    expect(clean(el.shadowRoot!.querySelector('[part~="error"]')!.textContent)).to.include('refused the request');
    const asked = performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .filter((u) => u.startsWith(api))
      .map((u) => u.slice(api.length).replace(/\?.*/, ''));
    expect(asked.filter((u) => u !== '/regions')).to.deep.equal(['/partners']);
  });

  it('says nothing of certainty when every membership listed is confirmed (the OSCE)', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} member="osce" no-controls></pact-partners>`,
    );
    await loaded(el);
    expect(of('osce', 'member', false)).to.have.length(0);
    expect(texts(el, '[part~="certainty"]')).to.deep.equal([]);
    expect(one(el, '[part~="count"]')).to.equal('57 participating States');
  });

  it('names OSCE participating States with the Russian plural forms (one, few, many)', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} lang="ru" member="osce" kind="country" region="eastern-asia"></pact-partners>`,
    );
    await loaded(el);
    expect(one(el, '[part~="count"]')).to.equal('1 государство-участник');
    el.region = 'northern-america';
    await waitUntil(() => one(el, '[part~="count"]') !== '1 государство-участник', 'recount', { timeout: 8000 });
    expect(one(el, '[part~="count"]')).to.equal('2 государства-участника');
    el.region = 'central-asia';
    await waitUntil(() => /государств-участников$/.test(one(el, '[part~="count"]')), 'recount', { timeout: 8000 });
    expect(one(el, '[part~="count"]')).to.equal('5 государств-участников');
  });

  it('counts Paris Pact partners as partners, and shows the caveats about its list with the caveats attribute', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} member="paris-pact" caveats no-controls></pact-partners>`,
    );
    await loaded(el);
    expect(one(el, '[part~="count"]')).to.equal(`${of('paris-pact', 'member').length} partners`);
    const expected = meta.caveats.filter((c) => /UNODC|Paris Pact/.test(c));
    expect(expected.length).to.be.greaterThan(0);
    expect(texts(el, '[part~="caveats"] li')).to.deep.equal(expected);
    const plain = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} member="paris-pact" no-controls></pact-partners>`,
    );
    await loaded(plain);
    expect(texts(plain, '[part~="caveats"]')).to.deep.equal([]);
  });

  it("names the countries' regions from /v1/regions, asks for /v1/meta (7 kB) only to show the caveats and for every partner (100 kB) only to name the possible members", async () => {
    // An API of their own for each (the fault server passing every request): each request is seen.
    const apis = ['plain', 'caveats', 'possible'].map((name) => `${FAULT_URL}/ok~meta-${name}-${Date.now()}/v1`);
    const asked = (api: string) =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((u) => u.startsWith(api))
        .map((u) => u.slice(api.length).replace(/\?.*/, ''));
    const els: PactPartners[] = [];
    for (const [i, attribute] of ['', 'caveats', 'possible'].entries()) {
      const el = await fixture<PactPartners>(
        html`<pact-partners
          api=${apis[i]}
          member="paris-pact"
          region="central-asia"
          ?caveats=${attribute === 'caveats'}
          ?possible=${attribute === 'possible'}
          no-controls
        ></pact-partners>`,
      );
      await loaded(el);
      els.push(el);
    }
    const [plain, withCaveats, withPossible] = els as [PactPartners, PactPartners, PactPartners];
    const central = meta.regions.find((r) => r.id === 'central-asia')!.name.en!;
    for (const el of [plain, withCaveats, withPossible]) {
      expect(texts(el, '.card .meta')).to.have.length(5);
      for (const line of texts(el, '.card .meta')) expect(line).to.equal(`Country · ${central}`);
    }
    const caveats = meta.caveats.filter((c) => /UNODC|Paris Pact/.test(c));
    expect(caveats.length).to.be.greaterThan(0);
    expect(texts(withCaveats, '[part~="caveats"] li')).to.deep.equal(caveats);
    // Every Paris Pact membership listed is confirmed, none only possible: no certainty line, whether
    // counted from the partnership's counts or from every partner (the Pompidou Group's lines: above).
    expect(of('paris-pact', 'member', false).length + of('paris-pact', 'possible').length).to.equal(0);
    for (const el of [plain, withCaveats, withPossible]) expect(texts(el, '[part~="certainty"]')).to.deep.equal([]);
    expect(asked(apis[0]!).sort()).to.deep.equal(['/partners', '/partnerships/paris-pact', '/regions']);
    expect(asked(apis[1]!).sort()).to.deep.equal(['/meta', '/partners', '/partnerships/paris-pact', '/regions']);
    expect(asked(apis[2]!).sort()).to.deep.equal(['/partners', '/partners', '/regions']);
  });
});

describe('<pact-projects>: illustrative records', () => {
  it('says before the list that the projects are fictitious, and marks each illustrative row, in French too', async () => {
    const el = await fixture<PactProjects>(
      html`<pact-projects api=${API_URL} lang="fr" limit="10" no-controls></pact-projects>`,
    );
    await loaded(el);
    const page = ((await (await fetch(`${API_URL}/projects?limit=10`)).json()) as { data: Project[] }).data;
    expect(page.filter((p) => p.illustrative).length).to.equal(10);
    expect(one(el, '[part~="illustrative-notice"]')).to.match(
      /^Exemples fictifs\. Les projets marqués « Exemple fictif »/,
    );
    expect(texts(el, '[part~="illustrative"]')).to.deep.equal(Array(10).fill('Exemple fictif'));
    // The notice comes before the list.
    const notice = el.shadowRoot!.querySelector('[part~="illustrative-notice"]')!;
    const list = el.shadowRoot!.querySelector('[part~="list"]')!;
    expect(notice.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});

describe('<pact-route-map>: priority flags', () => {
  it('highlights only the high-confidence flags; its table lists every flag with its basis', async () => {
    const el = await fixture<PactRouteMap>(
      html`<pact-route-map api=${API_URL} highlight="priority" view="table"></pact-route-map>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="priority-table"]'), 'no priority table', {
      timeout: 10000,
    });
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="priority-table"] tbody tr')].map((r) =>
      [...r.children].map((c) => clean(c.textContent)),
    );
    expect(rows).to.have.length(flagged('high').length + flagged('other').length);
    expect(
      rows
        .filter((r) => r[1] === 'Priority country (highlighted)')
        .map((r) => r[0])
        .sort(),
    ).to.deep.equal(
      flagged('high')
        .map((p) => p.name.en)
        .sort(),
    );
    const tur = all.find((p) => p.id === 'tur')!;
    expect(rows.find((r) => r[0] === tur.name.en)).to.deep.equal([
      tur.name.en,
      'Presumed priority country (not highlighted)',
      tur.kind === 'country' ? tur.priority.basis : '',
    ]);
    const plain = await fixture<PactRouteMap>(html`<pact-route-map api=${API_URL} view="table"></pact-route-map>`);
    await waitUntil(() => plain.shadowRoot?.querySelector('[part~="table"]'), 'no table', { timeout: 10000 });
    expect(plain.shadowRoot!.querySelector('[part~="priority-table"]')).to.equal(null);
  });
});
