import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { API_URL } from '/__pact/env.js';
import { mount } from './mount.js';
import { html, type LitElement } from 'lit';
import '@pact/elements';

/**
 * Issue 18, "first screen first": a long list shows its first slice in the render that brings its
 * data (a short task on a slow phone), and every item shortly after, in the API's order, without
 * moving what is painted, keeping the focus where the reader put it.
 */

/** How many items `part` counts in the element's shadow root. */
const items = (el: Element, part: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The API's exact total for a query (the count every item is checked against). */
async function total(path: string): Promise<number> {
  const body = (await (await fetch(`${API_URL}${path}`)).json()) as { total: number };
  return body.total;
}

/**
 * Mounts `template` and calls `first(el)` synchronously in the task in which the element first
 * shows its data (its data-loaded attribute set; a MutationObserver runs before any later turn).
 */
async function mountWatching<T extends LitElement>(
  template: ReturnType<typeof html>,
  first: (el: T) => void,
): Promise<T> {
  const el = mount(template) as T;
  let seen = false;
  const observer = new MutationObserver(() => {
    if (seen || !el.hasAttribute('data-loaded')) return;
    seen = true;
    observer.disconnect();
    first(el);
  });
  observer.observe(el, { attributes: true, attributeFilter: ['data-loaded'] });
  await waitUntil(() => seen, 'the element did not show its data', { timeout: 8000 });
  return el;
}

describe('first screen first (long lists in slices)', () => {
  it('<pact-partners>: 12 cards first, then every one of the API in its order, nothing painted moving', async () => {
    const expected = await total('/partners?limit=1');
    expect(expected, 'the seed has more partners than one slice').to.be.greaterThan(100);
    let firstCount = 0;
    let firstBoxes: DOMRect[] = [];
    let firstNames: string[] = [];
    const el = await mountWatching(html`<pact-partners api=${API_URL} no-controls></pact-partners>`, (el) => {
      const cards = items(el, 'card');
      firstCount = cards.length;
      firstBoxes = cards.map((c) => c.getBoundingClientRect());
      firstNames = items(el, 'name').map((n) => clean(n.textContent));
    });
    expect(firstCount).to.equal(12);
    // Every card within a short bound (find in page, the count), exactly as many as the API has.
    await waitUntil(() => items(el, 'card').length === expected, 'not every card arrived', { timeout: 3000 });
    await el.updateComplete;
    expect(items(el, 'card')).to.have.length(expected);
    expect(clean(el.shadowRoot!.querySelector('[part~="count"]')!.textContent)).to.equal(`${expected} partners`);
    // The first cards are still the first (the rest appended after them) and did not move.
    const cards = items(el, 'card');
    expect(
      items(el, 'name')
        .slice(0, 12)
        .map((n) => clean(n.textContent)),
    ).to.deep.equal(firstNames);
    expect(cards.slice(0, 12).map((c) => c.getBoundingClientRect().toJSON())).to.deep.equal(
      firstBoxes.map((b) => b.toJSON()),
    );
  });

  it('<pact-partners>: updateComplete settles once every card is shown', async () => {
    const expected = await total('/partners?member=osce&limit=1');
    const el = mount(html`<pact-partners api=${API_URL} member="osce" no-controls></pact-partners>`) as LitElement;
    await waitUntil(() => el.hasAttribute('data-loaded'), 'the directory did not load', { timeout: 8000 });
    await el.updateComplete;
    expect(items(el, 'card')).to.have.length(expected);
  });

  it('<pact-partners>: the focus stays on a card while the rest arrives, and Tab goes on to the next card', async () => {
    let focused: HTMLElement | undefined;
    const el = await mountWatching(html`<pact-partners api=${API_URL} no-controls></pact-partners>`, (el) => {
      // The last card of the first slice, before any later card exists.
      focused = items(el, 'name')[11]!;
      focused.focus();
    });
    await el.updateComplete;
    const names = items(el, 'name');
    expect(names.length).to.be.greaterThan(12);
    expect(el.shadowRoot!.activeElement, 'the focus was kept').to.equal(focused);
    expect(names[11]).to.equal(focused);
    // Tab walks the card's own links, then reaches the next card's name (rendered in a later slice).
    const card = focused!.closest('[part~="card"]')!;
    for (let i = 0; i < 5 && card.contains(el.shadowRoot!.activeElement); i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(names[12]);
  });

  it('<pact-partners layout="table">: the table gets every row too', async () => {
    const expected = await total('/partners?limit=1');
    let firstRows = 0;
    const el = await mountWatching(
      html`<pact-partners api=${API_URL} layout="table" no-controls></pact-partners>`,
      (el) => (firstRows = el.shadowRoot!.querySelectorAll('tbody tr').length),
    );
    expect(firstRows).to.equal(12);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(expected);
  });

  it('<pact-projects>: 10 rows first, then the whole first page', async () => {
    const expected = Math.min(25, await total('/projects?limit=1'));
    expect(expected).to.equal(25);
    let firstCount = 0;
    const el = await mountWatching(
      html`<pact-projects api=${API_URL} no-controls></pact-projects>`,
      (el) => (firstCount = items(el, 'row').length),
    );
    expect(firstCount).to.equal(10);
    await waitUntil(() => items(el, 'row').length === expected, 'not every row arrived', { timeout: 3000 });
    await el.updateComplete;
    expect(items(el, 'row')).to.have.length(expected);
  });

  it('<pact-timeline>: 10 events first, then every event of the API, years and sections in order', async () => {
    const body = (await (await fetch(`${API_URL}/events?limit=200`)).json()) as { total: number };
    expect(body.total).to.be.greaterThan(20);
    let firstCount = 0;
    const el = await mountWatching(
      html`<pact-timeline api=${API_URL} today="2026-01-01"></pact-timeline>`,
      (el) => (firstCount = items(el, 'event').length),
    );
    expect(firstCount).to.equal(10);
    await el.updateComplete;
    const events = items(el, 'event');
    expect(events).to.have.length(body.total);
    // One heading per year, in order (a later slice continues the year it started, never a second one).
    const years = items(el, 'year-heading').map((h) => clean(h.textContent));
    expect(new Set(years).size).to.equal(years.length);
    const dates = events.map((e) => e.querySelector('time')!.getAttribute('datetime')!);
    expect(dates.map((d) => d.slice(0, 4)).filter((y, i, a) => a.indexOf(y) === i)).to.deep.equal(years);
  });

  it('a directory taken off the page while it shows its slices shows them all once it is back', async () => {
    const expected = await total('/partners?limit=1');
    const el = await mountWatching(html`<pact-partners api=${API_URL} no-controls></pact-partners>`, (el) => {
      const parent = el.parentElement!;
      el.remove();
      setTimeout(() => parent.append(el), 50);
    });
    await waitUntil(() => el.isConnected, 'not back', { timeout: 2000 });
    await el.updateComplete;
    expect(items(el, 'card')).to.have.length(expected);
  });
});
