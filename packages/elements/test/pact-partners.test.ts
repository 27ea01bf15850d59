import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render } from 'lit';
import { API_URL, FAULT_URL, STOPPABLE_API_URL } from '/__pact/env.js';
import '@pact/elements';
import type { PactPartners, PactProjects } from '@pact/elements';
import { loadedWhole } from './mount.js';

const loaded = (el: Element) => loadedWhole(el, 'the directory');
const names = (el: PactPartners) =>
  [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((n) => n.textContent!.trim());
const count = (el: PactPartners) => el.shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim();

describe('<pact-partners>', () => {
  it('renders the directory from the real API, accessibly', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} member="paris-pact" kind="country"></pact-partners>`,
    );
    await loaded(el);
    expect(names(el)).to.have.length(58);
    expect(count(el)).to.equal('58 partners');
    await expect(el).to.be.accessible();
  });

  it('shows names, memberships and the priority badge in French, sorted for French', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} lang="fr" kind="country" region="central-asia"></pact-partners>`,
    );
    await loaded(el);
    expect(names(el)).to.deep.equal(['Kazakhstan', 'Kirghizistan', 'Ouzbékistan', 'Tadjikistan', 'Turkménistan']);
    expect(count(el)).to.equal('5 partenaires');
    const badges = [...el.shadowRoot!.querySelectorAll('[part~="badge"]')].map((b) => b.textContent!.trim());
    expect(badges, JSON.stringify(badges)).to.include('Pays prioritaire');
    expect(badges).to.include('Pacte de Paris');
  });

  it('shows the priority badge only where the flag is true, never where it is unknown or false', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} member="paris-pact" kind="country"></pact-partners>`,
    );
    await loaded(el);
    type Flagged = { name: { en: string }; priority: { value: boolean | null } };
    const { data } = (await (await fetch(`${API_URL}/partners?member=paris-pact&kind=country&limit=100`)).json()) as {
      data: Flagged[];
    };
    const flagged = data.filter((p) => p.priority.value === true);
    // The data has all three cases, so a badge shown for "unknown" or "false" changes the count.
    expect([flagged.length, data.filter((p) => p.priority.value === null).length]).to.deep.equal([20, 6]);
    expect(el.shadowRoot!.querySelectorAll('[part~="priority-badge"]')).to.have.length(flagged.length);
    const card = (name: string) =>
      [...el.shadowRoot!.querySelectorAll('[part~="name"]')]
        .find((n) => n.textContent!.trim() === name)!
        .closest('[part~="card"]')!;
    expect(card('Greece').querySelector('[part~="priority-badge"]'), 'Greece: priority unknown').to.equal(null);
    expect(
      card('Afghanistan').querySelector('[part~="priority-badge"]'),
      'Afghanistan: a priority country',
    ).not.to.equal(null);
  });

  it('keeps the fallback content until data arrives and when the API fails', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api="http://127.0.0.1:9/v1"><a href="/partners">All partners</a></pact-partners>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error state', { timeout: 15000 });
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('All partners');
    expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.exist;
  });

  it('fires pact-partner-select with the partner', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} region="central-asia" no-controls></pact-partners>`,
    );
    await loaded(el);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="name"]')!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'pact-partner-select');
    expect(event.detail.partner.id).to.equal('kaz');
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('shows the error state when the API is stopped, and recovers on Retry', async () => {
    await executeServerCommand('pact-api', { action: 'stop' });
    let el: PactPartners;
    try {
      el = await fixture<PactPartners>(html`<pact-partners api=${STOPPABLE_API_URL} route="southern"></pact-partners>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error state', { timeout: 15000 });
      expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.match(/could not be reached|too long/);
    } finally {
      await executeServerCommand('pact-api', { action: 'start' });
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await loaded(el);
    expect(names(el).length).to.be.greaterThan(3);
    await aTimeout(0);
  });
});

describe('<pact-partners> controls, layouts and languages', () => {
  const shadow = (el: Element) => el.shadowRoot!;
  const select = async (el: PactPartners, label: string, value: string) => {
    const labels = [...shadow(el).querySelectorAll('label')];
    const l = labels.find((x) => x.textContent!.trim() === label)!;
    const s = shadow(el).getElementById(l.htmlFor) as HTMLSelectElement;
    s.value = value;
    s.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'still loading', { timeout: 8000 });
  };

  it('filters with its own controls: kind, membership, route, search and sort', async () => {
    const el = await fixture<PactPartners>(html`<pact-partners api=${API_URL}></pact-partners>`);
    await loaded(el);
    const all = Number(count(el).split(' ')[0]);
    await select(el, 'Kind', 'organization');
    expect(Number(count(el).split(' ')[0])).to.be.lessThan(all);
    expect(names(el)).to.include('Council of Europe');
    await select(el, 'Kind', 'country');
    await select(el, 'Membership', 'osce');
    // The OSCE's members are its participating States: the count names them so.
    expect(count(el)).to.equal('57 participating States');
    await select(el, 'Route', 'northern');
    // The exact count the API gives for the same filters, which differs from the unfiltered 57.
    const onRoute = (await (
      await fetch(`${API_URL}/partners?kind=country&member=osce&route=northern&limit=1`)
    ).json()) as { total: number };
    expect(onRoute.total).to.be.within(1, 56);
    expect(names(el)).to.have.length(onRoute.total);
    expect(names(el)).to.include('Kazakhstan');
    expect(names(el)).not.to.include('Türkiye');
    await select(el, 'Sort', '-name');
    const sorted = names(el);
    expect(sorted[0]! > sorted[sorted.length - 1]!).to.equal(true);
    const search = shadow(el).querySelector<HTMLInputElement>('[part~="search"]')!;
    search.value = 'ТАДЖИК';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => names(el).length === 1, 'search by a Russian name', { timeout: 8000 });
    expect(names(el)).to.deep.equal(['Tajikistan']);
    expect(count(el)).to.equal('1 participating State');
  });

  it('shows the empty state, and Clear filters brings the partners back', async () => {
    const el = await fixture<PactPartners>(html`<pact-partners api=${API_URL}></pact-partners>`);
    await loaded(el);
    const search = shadow(el).querySelector<HTMLInputElement>('[part~="search"]')!;
    search.value = 'zzzz-no-such-partner';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => shadow(el).querySelector('[part~="empty"]'), 'no empty state', { timeout: 8000 });
    expect(shadow(el).querySelector('[part~="empty"]')!.textContent).to.contain('No partners match these filters.');
    expect(count(el)).to.equal('0 partners');
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part~="empty"] button')!.click();
    await waitUntil(() => names(el).length > 50, 'partners back', { timeout: 8000 });
    expect(search.value).to.equal('');
  });

  it('renders a table with row headers, and no controls when asked', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} layout="table" no-controls route="balkan"></pact-partners>`,
    );
    await loaded(el);
    expect(shadow(el).querySelector('[part~="controls"]')).to.equal(null);
    const table = shadow(el).querySelector('table')!;
    expect(table.querySelectorAll('thead th')).to.have.length(5);
    expect(table.querySelectorAll('tbody th[scope="row"]').length).to.equal(names(el).length);
    await expect(el).to.be.accessible();
  });

  it('switches language when <html lang> or its own lang changes', async () => {
    const html0 = document.documentElement.lang;
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} region="central-asia" no-controls></pact-partners>`,
    );
    await loaded(el);
    expect(names(el)[0]).to.equal('Kazakhstan');
    try {
      document.documentElement.lang = 'ru';
      await waitUntil(() => count(el) === '5 партнёров' && names(el).includes('Таджикистан'), 'Russian', {
        timeout: 8000,
      });
      expect(names(el)).to.include('Кыргызстан');
      el.setAttribute('lang', 'fr');
      await waitUntil(() => count(el) === '5 partenaires', 'French', { timeout: 8000 });
      expect(names(el)).to.include('Ouzbékistan');
    } finally {
      document.documentElement.lang = html0;
    }
  });

  it('is usable by keyboard: Tab reaches the first name, Enter selects it', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} region="central-asia" no-controls></pact-partners>`,
    );
    await loaded(el);
    const { sendKeys } = await import('@web/test-runner-commands');
    const first = shadow(el).querySelector<HTMLButtonElement>('[part~="name"]')!;
    first.focus();
    expect(shadow(el).activeElement).to.equal(first);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'pact-partner-select');
    expect(event.detail.partner.id).to.equal('kaz');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement!.textContent).to.equal(names(el)[1]);
  });

  it('shows more pages when limit is small', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} limit="10" member="osce" no-controls></pact-partners>`,
    );
    await loaded(el);
    expect(names(el)).to.have.length(10);
    expect(count(el)).to.equal('57 participating States');
    shadow(el).querySelector<HTMLButtonElement>('[part~="show-more"]')!.click();
    await waitUntil(() => names(el).length === 20, 'second page', { timeout: 8000 });
    expect(new Set(names(el)).size).to.equal(20);
  });

  it('says when the next page failed, in an alert with Retry that takes the focus, and loads it on Retry', async () => {
    // fail-1-500: each URL fails once (the first page, then the next page's cursor URL).
    const el = await fixture<PactPartners>(
      html`<pact-partners
        api=${`${FAULT_URL}/fail-1-500~partners-more/v1`}
        limit="10"
        member="osce"
        no-controls
      ></pact-partners>`,
    );
    await waitUntil(() => shadow(el).querySelector('[part~="retry-button"]'), 'no error state', { timeout: 8000 });
    shadow(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await loaded(el);
    expect(names(el)).to.have.length(10);
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      shadow(el).querySelector<HTMLButtonElement>('[part~="show-more"]')!.click();
      await waitUntil(() => shadow(el).querySelector('[part~="more-error"]'), 'no alert about the next page', {
        timeout: 8000,
      });
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
    const alert = shadow(el).querySelector('[part~="more-error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.match(
      /^More partners could not be loaded\. The content server had a problem answering\./,
    );
    const retry = alert.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
    expect(retry.textContent!.trim()).to.equal('Retry');
    expect(shadow(el).activeElement).to.equal(retry);
    expect(names(el)).to.have.length(10);
    retry.click();
    await waitUntil(() => names(el).length === 20, 'Retry did not load the next page', { timeout: 8000 });
    expect(shadow(el).querySelector('[part~="more-error"]')).to.equal(null);
    // The reader carries on from the first new partner: the focus moves there in the frame after
    // the rows are painted, so it is waited for (a busy machine can check between the two).
    const firstNew = shadow(el).querySelectorAll('[part~="name"]')[10];
    await waitUntil(() => shadow(el).activeElement === firstNew, 'the focus did not move to the first new partner', {
      timeout: 2000,
    });
    expect(shadow(el).activeElement).to.equal(firstNew);
  });

  it('names the load-more button load-more, and show-more for pages styled before', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} limit="2" region="central-asia" no-controls></pact-partners>`,
    );
    await loaded(el);
    const button = shadow(el).querySelector('[part~="load-more"]')!;
    expect(button.getAttribute('part')!.split(' ').sort()).to.deep.equal(['load-more', 'show-more']);
  });

  it('links a website whatever the case of its https: scheme, and never a javascript: one', async () => {
    // The real API's page, with two websites changed on the way (the seed has no such addresses).
    const real = window.fetch;
    window.fetch = async (input, init) => {
      const res = await real(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (!url.includes('/partners?') || !url.includes('limit=7')) return res;
      const page = (await res.json()) as { data: { website?: string }[] };
      page.data[0]!.website = 'HTTPS://UPPER.example/';
      page.data[1]!.website = 'javascript:alert(1)';
      return new Response(JSON.stringify(page), { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    try {
      const el = await fixture<PactPartners>(
        html`<pact-partners api=${API_URL} region="central-asia" limit="7"></pact-partners>`,
      );
      await loaded(el);
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part~="website"]')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['HTTPS://UPPER.example/']);
      expect(links[0]!.textContent!.trim()).to.match(/^upper\.example \(/);
    } finally {
      window.fetch = real;
    }
  });

  it('reports a bad attribute value: the error state without the filter form, the API detail once in the console', async () => {
    const warn = console.warn;
    const warned: string[] = [];
    console.warn = (...args: unknown[]) => void warned.push(args.map(String).join(' '));
    try {
      const el = await fixture<PactPartners>(html`<pact-partners api=${API_URL} member="nato"></pact-partners>`);
      await waitUntil(() => shadow(el).querySelector('[part~="error"]'), 'no error', { timeout: 8000 });
      expect(shadow(el).querySelector('[part~="error"]')!.textContent).to.contain('Check the attributes');
      expect(shadow(el).querySelector('[part~="controls"]'), 'the filter form is hidden').to.equal(null);
      // Retry asks again and fails again: still one line in the console.
      shadow(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await aTimeout(300);
      await waitUntil(() => shadow(el).querySelector('[part~="error"]'), 'no error after Retry', { timeout: 8000 });
      const lines = warned.filter((w) => w.includes('nato'));
      expect(lines, JSON.stringify(warned)).to.have.length(1);
      expect(lines[0]).to.match(/^<pact-partners> .*member: "nato" is not one of paris-pact, pompidou-group, osce/);
    } finally {
      console.warn = warn;
    }
  });

  it('puts the filters behind a "Filters" button that counts them when narrower than 600 px', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 360px"><pact-partners api=${API_URL}></pact-partners></div>`,
    );
    const el = wrap.querySelector('pact-partners')!;
    await loaded(el);
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part~="filters-toggle"]')!;
    const form = shadow(el).querySelector<HTMLFormElement>('[part~="controls"]')!;
    const shown = (n: Element) => n.getBoundingClientRect().height > 0;
    expect(shown(toggle)).to.equal(true);
    expect(shown(form), 'the form starts hidden').to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(form.id);
    expect(toggle.textContent!.trim()).to.equal('Filters');

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(form)).to.equal(true);
    const all = count(el);
    for (const [name, value] of [
      ['kind', 'country'],
      ['route', 'balkan'],
    ]) {
      const select = shadow(el).querySelector<HTMLSelectElement>(`select[id^="${name}-"]`)!;
      select.value = value!;
      select.dispatchEvent(new Event('change'));
    }
    await waitUntil(() => count(el) !== all, 'the filters did not apply', { timeout: 8000 });
    expect(toggle.textContent!.trim()).to.equal('Filters (2)');
    // Sorting is not filtering: the count stays.
    const sort = shadow(el).querySelector<HTMLSelectElement>('select[id^="sort-"]')!;
    sort.value = '-name';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Filters (2)');

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(form)).to.equal(false);

    el.setAttribute('lang', 'ru');
    await waitUntil(() => toggle.textContent!.trim() === 'Фильтры (2)', `in Russian: ${toggle.textContent}`, {
      timeout: 8000,
    });
    el.setAttribute('lang', 'fr');
    await waitUntil(() => toggle.textContent!.trim() === 'Filtres (2)', `in French: ${toggle.textContent}`, {
      timeout: 8000,
    });

    // Wide: the form is shown and the button is not.
    wrap.style.inlineSize = '800px';
    await waitUntil(() => shown(form) && !shown(toggle), 'the form did not show at 800 px', { timeout: 3000 });
  });

  it('keeps the filter form when the API fails for another reason', async () => {
    const el = await fixture<PactPartners>(html`<pact-partners api="http://127.0.0.1:9/v1"></pact-partners>`);
    await waitUntil(() => shadow(el).querySelector('[part~="error"]'), 'no error state', { timeout: 15000 });
    expect(shadow(el).querySelector('[part~="controls"]')).to.not.equal(null);
  });
});

describe('<pact-provider> and the page-wide defaults', () => {
  it('shares one client: two directories in a provider make one request for the same data', async () => {
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.name)));
    observer.observe({ type: 'resource', buffered: false });
    const wrapper = await fixture(
      html`<pact-provider api=${API_URL} lang="fr">
        <pact-partners region="western-asia" no-controls></pact-partners>
        <pact-partners region="western-asia" no-controls></pact-partners>
      </pact-provider>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('pact-partners')] as PactPartners[];
    await loaded(a!);
    await loaded(b!);
    await aTimeout(100);
    observer.disconnect();
    expect(names(a!)).to.deep.equal(names(b!));
    expect(count(a!)).to.match(/partenaires$/);
    expect(seen.filter((u) => u.includes('/v1/partners?') && u.includes('western-asia'))).to.have.length(1);
  });

  it('uses <meta name="pact:api"> when neither the element nor a provider names an API', async () => {
    const meta = document.createElement('meta');
    meta.name = 'pact:api';
    meta.content = API_URL;
    document.head.append(meta);
    try {
      const el = await fixture<PactPartners>(html`<pact-partners region="central-asia" no-controls></pact-partners>`);
      await loaded(el);
      expect(names(el)).to.have.length(5);
    } finally {
      meta.remove();
    }
  });

  it('defining a tag twice warns instead of throwing', async () => {
    const { safeDefine } = await import('@pact/elements');
    // The class is in its own module: the CDN core loads it only when the tag is on the page.
    const { PactPartners: Ctor } = await import('@pact/elements/partners/pact-partners');
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      safeDefine('pact-partners', class extends Ctor {});
    } finally {
      console.warn = warn;
    }
    expect(warnings[0]).to.contain('<pact-partners> is already defined');
    expect(customElements.get('pact-partners')).to.equal(Ctor);
  });
});

describe('the lists on a page in a language the UI does not speak', () => {
  it('<pact-partners> and <pact-projects> ask the API in the page language (lang=de), and sort alike', async () => {
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.name)));
    observer.observe({ type: 'resource', buffered: false });
    // Rendered without fixture(): it waits for a frame for a plain wrapper, and a test page in a
    // background tab gets none.
    const wrapper = document.createElement('div');
    wrapper.lang = 'de';
    document.body.append(wrapper);
    try {
      render(
        html`<pact-partners api=${API_URL} region="western-europe" no-controls></pact-partners>
          <pact-projects api=${API_URL} country="deu" limit="3" no-controls></pact-projects>`,
        wrapper,
      );
      const partners = wrapper.querySelector('pact-partners') as PactPartners;
      const projects = wrapper.querySelector('pact-projects') as PactProjects;
      await loaded(partners);
      await loaded(projects);
      const langs = (path: string, filter: string) =>
        seen.filter((u) => u.includes(path) && u.includes(filter)).map((u) => new URL(u).searchParams.get('lang'));
      await waitUntil(
        () => langs('/v1/partners?', 'western-europe').length && langs('/v1/projects?', 'country=deu').length,
        'the requests were not seen',
        { timeout: 5000 },
      );
      observer.disconnect();
      expect(langs('/v1/partners?', 'western-europe')).to.deep.equal(['de']);
      expect(langs('/v1/projects?', 'country=deu')).to.deep.equal(['de']);
      // The directory is in German order, as the API sorts it for lang=de.
      const body = (await (
        await fetch(`${API_URL}/partners?region=western-europe&lang=de&sort=name&limit=200`)
      ).json()) as {
        data: { name: Record<string, string> }[];
      };
      expect(names(partners)).to.deep.equal(body.data.map((p) => p.name['de'] ?? p.name['en']));
    } finally {
      wrapper.remove();
    }
  });
});
