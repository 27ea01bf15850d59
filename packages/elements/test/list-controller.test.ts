import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { API_URL, FAULT_URL } from '/__pact/env.js';
import { PactAbortError, type Partner, type PartnerQuery } from '@pact/sdk';
import { PactElement } from '@pact/elements/core/pact-element';
import { ListController, SEARCH_DEBOUNCE_MS, apiLang } from '@pact/elements/core/list-controller';

/** A call of the list's `page` loader, as the test host saw it. */
interface PageCall {
  query: PartnerQuery;
  cursor: string | undefined;
  signal: AbortSignal;
  outcome?: 'answered' | 'aborted' | 'failed';
}

/**
 * A minimal list element on the controller: partners from the real API, a `kind` attribute
 * (fixed filter), the reader's kind, search and sort, its rows as buttons. `hold` makes the
 * next-page loader wait; `ignoreAbort` makes it fetch without the signal (so that an answer to
 * an older query still arrives, as a server that does not honour cancellation would send it).
 */
class ListHost extends PactElement {
  static override properties = { kind: {} };
  declare kind: string;
  calls: PageCall[] = [];
  resets = 0;
  hold: Promise<void> | undefined;
  ignoreAbort = false;

  constructor() {
    super();
    this.kind = '';
  }

  readonly list: ListController<PartnerQuery, Partner, null> = new ListController(this, {
    fields: {
      q: { fromUrl: () => true },
      kind: { fixed: () => this.kind, fromUrl: (v) => v === 'country' || v === 'organization' },
      sort: { initial: 'name', keep: true, fromUrl: (v) => v === 'name' || v === '-name' },
    },
    query: () => {
      const q: PartnerQuery = { sort: this.list.get('sort') as 'name', limit: 10, lang: apiLang(this.locale) };
      if (this.list.get('kind')) q.kind = this.list.get('kind') as 'country';
      if (this.list.get('q').trim()) q.q = this.list.get('q').trim();
      return q;
    },
    page: async (query, cursor, client, signal) => {
      const call: PageCall = { query, cursor, signal };
      this.calls.push(call);
      try {
        if (cursor && this.hold) await this.hold;
        const options = this.ignoreAbort ? {} : { signal };
        const page = await client.partners.list(cursor ? { ...query, cursor } : query, options);
        call.outcome = 'answered';
        return { items: page.data, total: page.total, next: page.next };
      } catch (e) {
        call.outcome = e instanceof PactAbortError ? 'aborted' : 'failed';
        throw e;
      }
    },
    context: async () => null,
    focusRow: (index) => this.rowButtons()[index]?.focus(),
    urlPrefix: () => this.getAttribute('sync-url') ?? undefined,
    onReset: () => this.resets++,
  });

  rowButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.rows button')];
  }

  ids(): string[] {
    return this.rowButtons().map((b) => b.textContent!.trim());
  }

  protected renderContent() {
    const total = this.list.value?.total;
    return litHtml`<input type="search" @input=${this.list.onSearch} />
      ${this.list.renderCount(total === undefined ? '' : `${total} found`)}
      ${this.list.render(
        () => litHtml`<ul class="rows">${this.list.rows.map((p) => litHtml`<li><button>${p.id}</button></li>`)}</ul>`,
        'Nothing matches.',
      )}
      ${this.list.renderMore('More', 'The next page failed.')}`;
  }
}
customElements.define('test-list-host', ListHost);

async function total(query: string): Promise<number> {
  return ((await (await fetch(`${API_URL}/partners?${query}&limit=1`)).json()) as { total: number }).total;
}
async function firstIds(query: string, limit = 10): Promise<string[]> {
  const body = (await (await fetch(`${API_URL}/partners?${query}&limit=${limit}`)).json()) as { data: Partner[] };
  return body.data.map((p) => p.id);
}
const loaded = async (el: ListHost) => {
  await el.updateComplete;
  await waitUntil(
    () => el.hasAttribute('data-loaded') && !el.shadowRoot!.querySelector('[aria-busy="true"]'),
    'not loaded',
    {
      timeout: 8000,
    },
  );
};
const count = (el: ListHost) => el.shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim();
const more = (el: ListHost) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="load-more"]');
const firstPages = (el: ListHost) => el.calls.filter((c) => c.cursor === undefined);

describe('ListController', () => {
  it('takes a filter from the attribute first, else from the reader, and announces the count', async () => {
    const [all, countries, organizations] = await Promise.all([
      total('lang=en'),
      total('kind=country&lang=en'),
      total('kind=organization&lang=en'),
    ]);
    expect(new Set([all, countries, organizations]).size).to.equal(3);
    const el = await fixture<ListHost>(html`<test-list-host api=${API_URL}></test-list-host>`);
    await loaded(el);
    expect(count(el)).to.equal(`${all} found`);
    const status = el.shadowRoot!.querySelector('[part~="count"]')!;
    expect([status.getAttribute('role'), status.getAttribute('aria-live')]).to.deep.equal(['status', 'polite']);
    el.list.choose('kind', 'organization');
    await waitUntil(() => count(el) === `${organizations} found`, 'the reader’s choice did not filter', {
      timeout: 8000,
    });
    el.kind = 'country';
    await waitUntil(() => count(el) === `${countries} found`, 'the attribute did not win', { timeout: 8000 });
    expect(el.list.choice('kind')).to.equal('organization');
    expect(el.list.isFixed('kind')).to.equal(true);
    expect(firstPages(el).at(-1)!.query.kind).to.equal('country');
  });

  it('compares queries by their contents: an equal query built afresh asks nothing', async () => {
    const el = await fixture<ListHost>(html`<test-list-host api=${API_URL}></test-list-host>`);
    await loaded(el);
    const before = el.calls.length;
    for (let i = 0; i < 3; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    el.list.choose('sort', 'name');
    await el.updateComplete;
    expect(el.calls.length).to.equal(before);
    expect(el.resets).to.equal(1);
  });

  it('debounces the search: a burst of keystrokes makes one request, for the last text', async () => {
    const el = await fixture<ListHost>(html`<test-list-host api=${API_URL}></test-list-host>`);
    await loaded(el);
    const input = el.shadowRoot!.querySelector('input')!;
    for (const text of ['k', 'ka', 'kaz']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    await el.updateComplete;
    expect(firstPages(el)).to.have.length(1);
    await waitUntil(() => firstPages(el).length === 2, 'no search request', { timeout: SEARCH_DEBOUNCE_MS + 2000 });
    expect(firstPages(el)[1]!.query.q).to.equal('kaz');
    await loaded(el);
    expect(el.ids()).to.deep.equal(['kaz']);
    expect(count(el)).to.equal('1 found');
  });

  it('loads the next page, focuses its first row, and starts over when the query changes', async () => {
    const el = await fixture<ListHost>(html`<test-list-host api=${API_URL}></test-list-host>`);
    await loaded(el);
    const expected = await firstIds('lang=en&sort=name', 20);
    more(el)!.click();
    await waitUntil(() => el.ids().length === 20, 'no second page', { timeout: 8000 });
    expect(el.ids()).to.deep.equal(expected);
    // The focus moves after the frame that paints the new rows (list-controller.ts, afterPaint).
    await waitUntil(
      () => el.shadowRoot!.activeElement === el.rowButtons()[10],
      'the first row of the second page did not get the focus',
      { timeout: 2000 },
    );
    el.list.choose('sort', '-name');
    await loaded(el);
    expect(el.ids()).to.deep.equal(await firstIds('lang=en&sort=-name'));
    expect(el.resets).to.equal(2);
  });

  it('ignores the answer to an older query that arrives late', async () => {
    const el = await fixture<ListHost>(html`<test-list-host api=${API_URL}></test-list-host>`);
    await loaded(el);
    el.ignoreAbort = true;
    let release!: () => void;
    el.hold = new Promise((r) => (release = r));
    const loading = el.list.loadMore();
    await el.updateComplete;
    el.list.choose('kind', 'organization');
    await loaded(el);
    const organizations = await firstIds('kind=organization&lang=en&sort=name');
    expect(el.ids()).to.deep.equal(organizations);
    release();
    await loading;
    const late = el.calls.find((c) => c.cursor !== undefined)!;
    // The old query's page did arrive, and changed nothing.
    expect(late.outcome).to.equal('answered');
    expect(late.query.kind).to.equal(undefined);
    await el.updateComplete;
    expect(el.ids()).to.deep.equal(organizations);
    expect(el.shadowRoot!.querySelector('[part~="more-error"]')).to.equal(null);
    expect(more(el)!.disabled).to.equal(false);
  });

  it('cancels the pending next page when the query changes, and says nothing about it', async () => {
    const el = await fixture<ListHost>(html`<test-list-host api=${API_URL}></test-list-host>`);
    await loaded(el);
    let release!: () => void;
    el.hold = new Promise((r) => (release = r));
    const loading = el.list.loadMore();
    await el.updateComplete;
    expect(more(el)!.disabled).to.equal(true);
    el.list.choose('kind', 'country');
    await el.updateComplete;
    const pending = el.calls.find((c) => c.cursor !== undefined)!;
    expect(pending.signal.aborted).to.equal(true);
    release();
    await loading;
    expect(pending.outcome).to.equal('aborted');
    await loaded(el);
    expect(el.ids()).to.deep.equal(await firstIds('kind=country&lang=en&sort=name'));
    expect(el.shadowRoot!.querySelector('[part~="more-error"]')).to.equal(null);
    expect(more(el)!.disabled).to.equal(false);
  });

  it('says when the next page failed, in an alert whose Retry takes the focus and loads it', async () => {
    // fail-1-500: each URL fails once (the first page, then the next page's cursor URL).
    const el = await fixture<ListHost>(
      html`<test-list-host api=${`${FAULT_URL}/fail-1-500~list/v1`}></test-list-host>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry-button"]'), 'no error state', { timeout: 8000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await loaded(el);
    more(el)!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="more-error"]'), 'no alert about the next page', {
      timeout: 8000,
    });
    const alert = el.shadowRoot!.querySelector('[part~="more-error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.match(/The next page failed\.\s+The content server had a problem answering/);
    const retry = alert.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(retry);
    expect(el.ids()).to.have.length(10);
    retry.click();
    await waitUntil(() => el.ids().length === 20, 'Retry did not load the page', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part~="more-error"]')).to.equal(null);
    // The focus moves in the frame after the rows are painted: waited for, not raced.
    await waitUntil(() => el.shadowRoot!.activeElement === el.rowButtons()[10], 'the focus did not move to row 11', {
      timeout: 2000,
    });
    expect(el.shadowRoot!.activeElement).to.equal(el.rowButtons()[10]);
  });

  it('keeps the reader’s valid choices in the URL under its prefix, and leaves other parameters alone', async () => {
    const start = location.href;
    history.replaceState(null, '', `?t.kind=organization&t.sort=bogus&t.q=&other=1#h`);
    try {
      const el = await fixture<ListHost>(html`<test-list-host api=${API_URL} sync-url="t"></test-list-host>`);
      await loaded(el);
      expect(el.list.choice('kind')).to.equal('organization');
      expect(el.list.choice('sort')).to.equal('name');
      expect(count(el)).to.equal(`${await total('kind=organization&lang=en')} found`);
      // The invalid sort is gone from the URL; the other parameters and the hash stay.
      expect(location.search).to.equal('?t.kind=organization&other=1');
      el.list.choose('sort', '-name');
      el.list.choose('q', 'council');
      await el.updateComplete;
      const params = new URLSearchParams(location.search);
      expect([params.get('t.sort'), params.get('t.q'), params.get('other')]).to.deep.equal(['-name', 'council', '1']);
      el.list.clear();
      await el.updateComplete;
      expect(location.search).to.equal('?other=1&t.sort=-name');
      expect(location.hash).to.equal('#h');
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('sends the page language the API knows, else English', () => {
    expect(['de', 'de-AT', 'fr-CA', 'ZH-Hant', 'pt', 'x-klingon'].map(apiLang)).to.deep.equal([
      'de',
      'de',
      'fr',
      'zh',
      'en',
      'en',
    ]);
  });
});
