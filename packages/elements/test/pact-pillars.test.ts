import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { API_URL, FAULT_URL } from '/__pact/env.js';
import { mount, loadedWhole } from './mount.js';
import '@pact/elements/provider/pact-provider';
import '@pact/elements/pillars/pact-pillars';
import '@pact/elements/pillars/pact-pillar-card';
import type { PactPillars } from '@pact/elements/pillars/pact-pillars';
import type { PactPillarCard } from '@pact/elements/pillars/pact-pillar-card';
import type { PactProvider } from '@pact/elements/provider/pact-provider';

type Pillarish = PactPillars | PactPillarCard;

const loaded = (el: Element) => loadedWhole(el, 'the pillars');
const $$ = (el: Pillarish, part: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
const texts = (el: Pillarish, part: string) => $$(el, part).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const buttons = (el: Pillarish) => $$(el, 'select') as HTMLButtonElement[];
const pressed = (el: Pillarish) => buttons(el).map((b) => b.getAttribute('aria-pressed'));

/** Projects per pillar, straight from the API. */
async function totals(): Promise<number[]> {
  return Promise.all(
    [1, 2, 3, 4].map(
      async (n) => ((await (await fetch(`${API_URL}/projects?pillar=${n}&limit=1`)).json()) as { total: number }).total,
    ),
  );
}

const FICTITIOUS = ' (fictitious examples, not real projects)';

describe('<pact-pillars>', () => {
  it('shows the four pillars with their numbers of projects, accessibly', async () => {
    const el = await fixture<PactPillars>(html`<pact-pillars api=${API_URL}></pact-pillars>`);
    await loaded(el);
    await expect(el).to.be.accessible();
    expect(texts(el, 'numeral')).to.deep.equal(['I', 'II', 'III', 'IV']);
    expect(texts(el, 'select')[0]).to.equal('Pillar I: Strengthening and implementing regional initiatives');
    expect(texts(el, 'eyebrow')[1]).to.equal('Pillar II · Illicit financial flows');
    expect(texts(el, 'summary')[0]).to.match(/^Partners strengthen and implement regional initiatives/);
    const expected = await totals();
    // Every seed project is illustrative (meta.illustrative names the collection): each count says so.
    expect(texts(el, 'count')).to.deep.equal(expected.map((n) => `${n} projects${FICTITIOUS}`));
    expect(expected.reduce((a, b) => a + b)).to.equal(180);
    // The count describes the button, so that it is read with the title.
    const first = buttons(el)[0]!;
    expect(
      el.shadowRoot!.getElementById(first.getAttribute('aria-describedby')!)!.textContent!.replace(/\s+/g, ' ').trim(),
    ).to.equal(`${expected[0]} projects${FICTITIOUS}`);
    expect(pressed(el)).to.deep.equal(['false', 'false', 'false', 'false']);
    const headings = el.shadowRoot!.querySelectorAll('[role="heading"]');
    expect([...headings].map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '3', '3', '3']);
    expect(el.shadowRoot!.querySelector('[part~="list"]')!.getAttribute('role')).to.equal('list');
  });

  it('asks the API once: the counts come with the pillars, not from a request per pillar', async () => {
    // An API address of its own (the fault server passing everything through), so that no earlier
    // test's client or cached answer stands in for the requests.
    const api = `${FAULT_URL}/ok~one-request/v1`;
    const since = performance.now();
    const el = await fixture<PactPillars>(html`<pact-pillars api=${api}></pact-pillars>`);
    await loaded(el);
    const asked = performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime >= since && r.name.startsWith(api))
      .map((r) => r.name.slice(api.length));
    expect(asked).to.deep.equal(['/pillars']);
    expect(texts(el, 'count')).to.deep.equal((await totals()).map((n) => `${n} projects${FICTITIOUS}`));
  });

  it('leaves out a count the API did not give or gave broken, and still shows the pillar', async () => {
    const warned: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args);
    try {
      const el = await fixture<PactPillars>(html`<pact-pillars api=${`${FAULT_URL}/counts-broken/v1`}></pact-pillars>`);
      await loaded(el);
      expect(texts(el, 'numeral')).to.deep.equal(['I', 'II', 'III', 'IV']);
      const four = (await totals())[3];
      // Only pillar IV's count is whole; the cards without one are not described by a count.
      expect(texts(el, 'count')).to.deep.equal([`${four} projects${FICTITIOUS}`]);
      expect(buttons(el).map((b) => b.hasAttribute('aria-describedby'))).to.deep.equal([false, false, false, true]);
      expect(warned.map((a) => String(a[0]))).to.deep.equal([
        '<pact-pillars> left out the count of projects of pillar 2: it is not a valid count',
        '<pact-pillars> left out the count of projects of pillar 3: it is not a valid count',
      ]);
    } finally {
      console.warn = warn;
    }
  });

  it('fits the host outline with heading-level, and ignores a level outside 1–6', async () => {
    const el = await fixture<PactPillars>(html`<pact-pillars api=${API_URL} heading-level="2"></pact-pillars>`);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('speaks French and Russian, with plural forms, and switches when lang changes', async () => {
    const el = await fixture<PactPillars>(html`<pact-pillars api=${API_URL} lang="fr"></pact-pillars>`);
    await loaded(el);
    const expected = await totals();
    expect(texts(el, 'select')[0]).to.equal('Pilier I: Renforcer et mettre en œuvre les initiatives régionales');
    expect(texts(el, 'eyebrow')[0]).to.equal('Pilier I · Coopération transfrontalière');
    expect(texts(el, 'count')).to.deep.equal(
      expected.map((n) => `${n} projets (exemples fictifs, pas de vrais projets)`),
    );
    expect(el.shadowRoot!.textContent).to.include('Traduction non officielle du titre');

    el.setAttribute('lang', 'ru');
    await el.updateComplete;
    expect(texts(el, 'select')[0]).to.equal('Направление I: Укрепление и осуществление региональных инициатив');
    const ru = new Intl.PluralRules('ru');
    const forms: Record<string, string> = { one: 'проект', few: 'проекта', many: 'проектов', other: 'проекта' };
    expect(texts(el, 'count')).to.deep.equal(
      expected.map((n) => `${n} ${forms[ru.select(n)]} (вымышленные примеры, а не реальные проекты)`),
    );
    expect(texts(el, 'count')).to.include('54 проекта (вымышленные примеры, а не реальные проекты)');

    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(texts(el, 'count')[0]).to.equal(`${expected[0]} projects${FICTITIOUS}`);
    expect(el.shadowRoot!.textContent).not.to.include('Unofficial translation');
  });

  it('is chosen by keyboard: Tab to a card, Enter or Space selects it, and choosing it again clears', async () => {
    const wrapper = mount(
      html`<div><button id="before">before</button><pact-pillars api=${API_URL}></pact-pillars></div>`,
    );
    const el = wrapper.querySelector('pact-pillars')!;
    await loaded(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[0]);

    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const first = await oneEvent(el, 'pact-pillar-select');
    expect(first.detail.pillar.number).to.equal(1);
    expect(first.bubbles && first.composed).to.equal(true);
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['true', 'false', 'false', 'false']);
    expect(el.selected).to.equal(1);
    expect(texts(el, 'chosen')).to.deep.equal(['Selected']);

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[1]);
    setTimeout(() => void sendKeys({ press: 'Space' }));
    const second = await oneEvent(el, 'pact-pillar-select');
    expect(second.detail.pillar.number).to.equal(2);
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['false', 'true', 'false', 'false']);

    let fired = 0;
    el.addEventListener('pact-pillar-select', () => fired++);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['false', 'false', 'false', 'false']);
    expect(fired).to.equal(0);
  });

  it('selects a card when the reader clicks anywhere on it', async () => {
    const el = await fixture<PactPillars>(html`<pact-pillars api=${API_URL}></pact-pillars>`);
    await loaded(el);
    const summary = $$(el, 'summary')[2]!;
    summary.scrollIntoView({ block: 'center' });
    const box = summary.getBoundingClientRect();
    setTimeout(
      () => void sendMouse({ type: 'click', position: [Math.round(box.x + 20), Math.round(box.y + box.height / 2)] }),
    );
    const event = await oneEvent(el, 'pact-pillar-select');
    await resetMouse();
    expect(event.detail.pillar.number).to.equal(3);
  });

  it('lays out in four, two or one columns with the width it gets, down to 320 px', async () => {
    const wrapper = mount(html`<div><pact-pillars api=${API_URL}></pact-pillars></div>`);
    const el = wrapper.querySelector('pact-pillars')!;
    await loaded(el);
    const columns = async (width: number) => {
      wrapper.style.width = `${width}px`;
      await aTimeout(50);
      const lefts = new Set($$(el, 'card').map((c) => Math.round(c.getBoundingClientRect().left)));
      return lefts.size;
    };
    expect(await columns(1200)).to.equal(4);
    expect(await columns(700)).to.equal(2);
    expect(await columns(320)).to.equal(1);
    // Nothing sticks out at 320 px.
    for (const card of $$(el, 'card'))
      expect(card.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
  });

  it('follows the theme: --pact-* properties and its own knobs', async () => {
    const el = await fixture<PactPillars>(html`<pact-pillars api=${API_URL}></pact-pillars>`);
    el.style.setProperty('--pact-color-primary', 'rgb(10, 20, 30)');
    el.style.setProperty('--pact-pillars-card-background', 'rgb(250, 240, 230)');
    await loaded(el);
    const numeral = $$(el, 'numeral')[0]!;
    expect(getComputedStyle(numeral).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle($$(el, 'card')[0]!).backgroundColor).to.equal('rgb(250, 240, 230)');
  });

  it('keeps the fallback content while loading, then shows a delayed loading state', async () => {
    const el = await fixture<PactPillars>(
      html`<pact-pillars api=${`${FAULT_URL}/hang/v1`}><a href="/pillars">The four pillars</a></pact-pillars>`,
    );
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('The four pillars');
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="loading"]'), 'no loading state', { timeout: 2000 });
    expect(el.shadowRoot!.querySelector('[part~="loading"]')!.getAttribute('role')).to.equal('status');
  });

  it('shows the error state when the API fails, keeps the fallback, and recovers on Retry', async () => {
    // fail-1-500: each URL fails once, then the API answers.
    const el = await fixture<PactPillars>(
      html`<pact-pillars api=${`${FAULT_URL}/fail-1-500~pillars/v1`}
        ><a href="/pillars">The four pillars</a></pact-pillars
      >`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error state', { timeout: 8000 });
    const error = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.include('The content server had a problem answering');
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('The four pillars');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await loaded(el);
    expect(texts(el, 'numeral')).to.deep.equal(['I', 'II', 'III', 'IV']);
    expect(texts(el, 'count')).to.deep.equal((await totals()).map((n) => `${n} projects${FICTITIOUS}`));
  });
});

describe('<pact-pillar-card>', () => {
  it('shows one pillar, accessibly, and fires pact-pillar-select', async () => {
    const el = await fixture<PactPillarCard>(html`<pact-pillar-card api=${API_URL} pillar="2"></pact-pillar-card>`);
    await loaded(el);
    await expect(el).to.be.accessible();
    const [, two] = await totals();
    expect(texts(el, 'numeral')).to.deep.equal(['II']);
    expect(texts(el, 'select')).to.deep.equal([
      'Pillar II: Detecting and blocking financial flows linked to illicit traffic in opiates',
    ]);
    expect(texts(el, 'count')).to.deep.equal([`${two} projects${FICTITIOUS}`]);
    setTimeout(() => buttons(el)[0]!.click());
    const event = await oneEvent(el, 'pact-pillar-select');
    expect(event.detail.pillar.number).to.equal(2);
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['true']);
    expect(el.getAttribute('selected')).to.equal('2');
  });

  it('changes pillar when the attribute changes, and says so for a pillar that does not exist', async () => {
    const el = await fixture<PactPillarCard>(
      html`<pact-pillar-card api=${API_URL} pillar="4" lang="fr"></pact-pillar-card>`,
    );
    await loaded(el);
    expect(texts(el, 'numeral')).to.deep.equal(['IV']);
    el.setAttribute('pillar', '1');
    await waitUntil(() => texts(el, 'numeral')[0] === 'I', 'did not switch to pillar I');
    el.setAttribute('pillar', '7');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="empty"]'), 'no empty state');
    expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent!.trim()).to.equal(
      'Ce pilier n’existe pas. Indiquez un numéro de pilier de 1 à 4.',
    );
  });

  it('acts as a group inside a provider: one selected card, shared with the provider', async () => {
    const provider = await fixture<PactProvider>(
      html`<pact-provider api=${API_URL}>
        <pact-pillar-card pillar="1"></pact-pillar-card>
        <pact-pillar-card pillar="3"></pact-pillar-card>
      </pact-provider>`,
    );
    const [one, three] = [...provider.querySelectorAll('pact-pillar-card')] as [PactPillarCard, PactPillarCard];
    await loaded(one);
    await loaded(three);
    buttons(three)[0]!.click();
    await three.updateComplete;
    expect(provider.selection.state.pillar).to.equal(3);
    expect(pressed(three)).to.deep.equal(['true']);
    expect(pressed(one)).to.deep.equal(['false']);

    // Another widget (or the page) changes the selection: the cards follow.
    provider.selection.set({ pillar: 1 });
    await one.updateComplete;
    await three.updateComplete;
    expect(pressed(one)).to.deep.equal(['true']);
    expect(pressed(three)).to.deep.equal(['false']);

    // Choosing the selected card again clears the provider's pillar.
    buttons(one)[0]!.click();
    await one.updateComplete;
    expect(provider.selection.state.pillar).to.equal(undefined);
    expect(pressed(one)).to.deep.equal(['false']);
  });
});
