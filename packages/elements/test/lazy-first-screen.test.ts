// The first screen first (core/lazy.ts, issue 18): a lazy element within a screen of the viewport
// but not in it waits until the elements that do not wait have shown their data. The first screen
// ends once per page, so this file holds only the cases that need it still loading.
import { expect, html, aTimeout } from '@open-wc/testing';
import { FAULT_URL } from '/__pact/env.js';
import { mount } from './mount.js';
import '@pact/elements';
import type { PactPartners } from '@pact/elements';

let serial = 0;
/** A fresh API address through the fault server in `mode` (no earlier client or cache). */
const apiIn = (mode: string) => `${FAULT_URL}/${mode}~first-${Date.now()}-${++serial}/v1`;
/** The requests sent to `api` (Resource Timing), with when they started. */
const requests = (api: string) => performance.getEntriesByType('resource').filter((r) => r.name.startsWith(api));
/** When `el` first had its data (`data-loaded`), as performance.now(). */
const loadedAt = (el: Element, what: string, timeout = 8000) =>
  new Promise<number>((resolve, reject) => {
    if (el.hasAttribute('data-loaded')) return resolve(performance.now());
    const timer = setTimeout(() => reject(new Error(`${what} did not load within ${timeout} ms`)), timeout);
    new MutationObserver((_, observer) => {
      if (!el.hasAttribute('data-loaded')) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now());
    }).observe(el, { attributes: true, attributeFilter: ['data-loaded'] });
  });

describe('loading="lazy" near the viewport while the first screen loads', () => {
  it('waits until the element in view has shown its data, then loads without scrolling', async () => {
    const slow = apiIn('delay-1200');
    const api = apiIn('ok');
    const start = performance.now();
    // The eager pillars fill the first screen; the lazy directory starts a third of a screen
    // below it: within the screen ahead (so it loads without scrolling), not in view.
    const box = mount(
      html`<div>
        <div style="block-size: ${window.innerHeight}px; overflow: hidden">
          <pact-pillars api=${slow}></pact-pillars>
        </div>
        <div style="block-size: ${Math.round(window.innerHeight / 3)}px">Spacer</div>
        <pact-partners api=${api} member="osce" kind="country" loading="lazy"
          ><a href="/partners">The OSCE's partners</a></pact-partners
        >
      </div>`,
    );
    const pillars = box.querySelector('pact-pillars')!;
    const directory = box.querySelector<PactPartners>('pact-partners')!;
    const pillarsShown = loadedAt(pillars, 'the eager pillars');
    const directoryShown = loadedAt(directory, 'the lazy directory');

    await aTimeout(700);
    expect(
      requests(api).map((r) => r.name),
      'the directory asked while the pillars were loading',
    ).to.deep.equal([]);
    expect(pillars.hasAttribute('data-loaded'), 'the pillars answer after 1.2 s').to.equal(false);

    const pillarsAt = await pillarsShown;
    const directoryAt = await directoryShown;
    // Every card shown (a long list shows the rest of its items in later tasks).
    await directory.updateComplete;
    const first = Math.min(...requests(api).map((r) => r.startTime));
    expect(first, 'the directory asked before the pillars were shown').to.be.at.least(pillarsAt);
    // Soon after, not at the 3 s limit.
    expect(directoryAt - start, 'the directory waited for the time limit').to.be.below(2900);
    expect(window.scrollY).to.equal(0);
    const total = (
      (await (await fetch(`${api}/partners?member=osce&kind=country&limit=1`)).json()) as { total: number }
    ).total;
    expect(directory.shadowRoot!.querySelectorAll('[part~="name"]')).to.have.length(total);
  });
});
