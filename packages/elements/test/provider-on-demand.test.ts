// An element imported on its own (its module, not the CDN file): <pact-provider> is not in its
// bundle but loaded when the element finds one around it, before the element's first request, so
// that the provider's API and language are used from the start (issue 18: the directory's size).
import { expect, fixture, html } from '@open-wc/testing';
import { API_URL } from '/__pact/env.js';
import '@pact/elements/partners/pact-partners.js';
import type { PactPartners } from '@pact/elements/partners/pact-partners.js';
import { loadedWhole } from './mount.js';

const loaded = (el: Element) => loadedWhole(el, undefined, 10000);
const count = (el: PactPartners) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();

describe('<pact-provider> loaded on demand', () => {
  it('is not defined by importing an element alone, and a directory without one loads nothing of it', async () => {
    expect(customElements.get('pact-provider')).to.equal(undefined);
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} region="central-asia" no-controls></pact-partners>`,
    );
    await loaded(el);
    expect(count(el)).to.equal('5 partners');
    expect(customElements.get('pact-provider')).to.equal(undefined);
  });

  it('once defined, leaves the content inside it where the page laid it out (in a grid, nothing moves)', async () => {
    expect(customElements.get('pact-provider'), 'not yet defined').to.equal(undefined);
    // A grid of two columns around the provider: before the script defines it, the provider is
    // one grid item (an element the browser does not know), its two paragraphs one under the other.
    const grid = await fixture(
      html`<div style="display: grid; grid-template-columns: 1fr 1fr; width: 600px">
        <pact-provider api=${API_URL}>
          <p class="a">First</p>
          <p class="b">Second</p>
          <pact-partners region="central-asia" no-controls></pact-partners>
        </pact-provider>
      </div>`,
    );
    const boxes = () =>
      ['.a', '.b'].map((s) => {
        const r = grid.querySelector(s)!.getBoundingClientRect();
        return [Math.round(r.left), Math.round(r.top), Math.round(r.width)];
      });
    const before = boxes();
    await loaded(grid.querySelector('pact-partners')!);
    expect(customElements.get('pact-provider'), 'defined by now').to.not.equal(undefined);
    const provider = grid.querySelector('pact-provider') as HTMLElement & { hasUpdated: boolean };
    expect(provider.hasUpdated).to.equal(true);
    // Before, the provider took display: contents when defined, and with it a shadow root: the
    // paragraphs became two grid items side by side (a layout shift), and attaching the root laid
    // out again everything inside (on a server-rendered page, the whole page: issue 18).
    expect(boxes(), 'the paragraphs where they were before the provider was defined').to.deep.equal(before);
    expect(provider.shadowRoot).to.equal(null);
  });

  it('is loaded for the directory inside it, whose only request goes to its API, in its language', async () => {
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.name)));
    observer.observe({ type: 'resource', buffered: false });
    const wrapper = await fixture(
      html`<pact-provider api=${API_URL} lang="fr">
        <pact-partners region="central-asia" no-controls></pact-partners>
      </pact-provider>`,
    );
    const el = wrapper.querySelector('pact-partners') as PactPartners;
    await loaded(el);
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    expect(customElements.get('pact-provider')).to.not.equal(undefined);
    expect(count(el)).to.equal('5 partenaires');
    const requests = seen.filter((u) => u.includes('/partners?'));
    // One request, to the provider's API (without it the element would ask same-origin /v1).
    expect(requests).to.have.length(1);
    expect(requests[0]!.startsWith(`${API_URL}/partners?`)).to.equal(true);
    expect(requests[0]).to.include('lang=fr');
  });
});
