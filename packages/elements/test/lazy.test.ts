// loading="lazy" (core/lazy.ts): no request until the element comes within a screen of the
// viewport, its fallback shown meanwhile; then the same content as an eager element.
import { expect, html, aTimeout } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { FAULT_URL } from '/__pact/env.js';
import { mount, loadedWhole } from './mount.js';
import '@pact/elements';
import type { PactPartners, PactPillars } from '@pact/elements';

const loaded = (el: Element, what: string) => loadedWhole(el, what);
/** The requests sent to `api` since `since` (Resource Timing), as paths after it. */
const asked = (api: string, since: number) =>
  performance
    .getEntriesByType('resource')
    .filter((r) => r.startTime >= since && r.name.startsWith(api))
    .map((r) => r.name.slice(api.length));
/** A fresh API address (the fault server passing everything through): no earlier client or cache. */
let serial = 0;
const freshApi = () => `${FAULT_URL}/ok~lazy-${Date.now()}-${++serial}/v1`;
/** `element` below a spacer `screens` viewport heights tall; returns the element. */
function below<E extends Element>(screens: number, element: TemplateResult): E {
  const box = mount(
    html`<div>
      <div style="block-size: ${Math.round(window.innerHeight * screens)}px">Spacer</div>
      ${element}
    </div>`,
  );
  return box.lastElementChild as E;
}
const slotted = (el: Element) => el.shadowRoot?.querySelector('slot')?.assignedElements()[0]?.textContent ?? null;

describe('loading="lazy"', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('asks for nothing while far below the viewport, shows its fallback, and loads once scrolled near', async () => {
    const api = freshApi();
    const since = performance.now();
    const el = below<PactPartners>(
      4,
      html`<pact-partners api=${api} member="osce" kind="country" loading="lazy"
        ><a href="/partners">The OSCE's partners</a></pact-partners
      >`,
    );
    await aTimeout(600);
    expect(asked(api, since), 'requests before the element came near').to.deep.equal([]);
    expect(el.hasAttribute('data-loaded')).to.equal(false);
    // The fallback link shows (in the element's slot, or as it is while the module waits too).
    const fallback = el.querySelector('a')!;
    expect(fallback.getClientRects().length, 'the fallback is not shown').to.be.greaterThan(0);
    expect(el.shadowRoot === null || slotted(el) === "The OSCE's partners").to.equal(true);

    el.scrollIntoView();
    await loaded(el, 'the lazy directory');
    const total = (
      (await (await fetch(`${api}/partners?member=osce&kind=country&limit=1`)).json()) as { total: number }
    ).total;
    expect(el.shadowRoot!.querySelectorAll('[part~="name"]')).to.have.length(total);
    expect(total).to.be.greaterThan(50);
    expect(asked(api, since).filter((p) => p.startsWith('/partners?')).length).to.be.at.least(1);
  });

  it('starts a screen ahead: an element just below the first screen loads without scrolling', async () => {
    const api = freshApi();
    const el = below(1.5, html`<pact-pillars api=${api} loading="lazy"></pact-pillars>`);
    await loaded(el, 'the pillars half a screen below the first');
    expect(window.scrollY).to.equal(0);
  });

  it('loads at once when loading becomes eager, near the viewport or not', async () => {
    const api = freshApi();
    const since = performance.now();
    const el = below<PactPillars>(4, html`<pact-pillars api=${api} loading="lazy"></pact-pillars>`);
    await aTimeout(300);
    expect(asked(api, since)).to.deep.equal([]);
    el.loading = 'eager';
    await loaded(el, 'the pillars made eager');
    expect(asked(api, since)).to.deep.equal(['/pillars']);
    expect(window.scrollY).to.equal(0);
  });

  it('takes loading as a property too, set before the element is added', async () => {
    const api = freshApi();
    const since = performance.now();
    const box = below<HTMLDivElement>(4, html`<div></div>`);
    const el = document.createElement('pact-pillars') as PactPillars;
    el.api = api;
    el.loading = 'lazy';
    box.append(el);
    await aTimeout(300);
    expect(asked(api, since)).to.deep.equal([]);
    el.scrollIntoView();
    await loaded(el, 'the pillars lazy by their property');
    expect(asked(api, since)).to.deep.equal(['/pillars']);
  });

  it('an eager element (the default) loads far below the viewport too', async () => {
    const api = freshApi();
    await loaded(below(4, html`<pact-pillars api=${api}></pact-pillars>`), 'the eager pillars');
    expect(window.scrollY).to.equal(0);
  });
});
