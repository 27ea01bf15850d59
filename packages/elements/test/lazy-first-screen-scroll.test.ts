// The first screen first (core/lazy.ts, issue 18), when the reader does not wait: a lazy element
// waiting for the first screen loads at once when scrolled into view. Its own file: the first
// screen ends once per page.
import { expect, html, waitUntil, aTimeout } from '@open-wc/testing';
import { FAULT_URL } from '/__pact/env.js';
import { mount } from './mount.js';
import '@pact/elements';

let serial = 0;
const apiIn = (mode: string) => `${FAULT_URL}/${mode}~scroll-${Date.now()}-${++serial}/v1`;
const asked = (api: string) => performance.getEntriesByType('resource').filter((r) => r.name.startsWith(api));

describe('loading="lazy" near the viewport while the first screen loads', () => {
  it('loads at once when scrolled into view, the first screen still loading', async () => {
    const hanging = apiIn('hang');
    const api = apiIn('ok');
    const box = mount(
      html`<div>
        <div style="block-size: ${window.innerHeight}px; overflow: hidden">
          <pact-pillars api=${hanging}></pact-pillars>
        </div>
        <div style="block-size: ${Math.round(window.innerHeight / 3)}px">Spacer</div>
        <pact-pillars api=${api} loading="lazy"></pact-pillars>
      </div>`,
    );
    const lazy = box.lastElementChild!;
    await aTimeout(600);
    expect(asked(api).length, 'the lazy pillars asked while the first screen was loading').to.equal(0);
    const scrolled = performance.now();
    lazy.scrollIntoView();
    await waitUntil(() => lazy.hasAttribute('data-loaded'), 'the lazy pillars did not load once in view', {
      timeout: 5000,
    });
    // Its first request left at the scroll, not at the first screen's time limit (3 s).
    const first = Math.min(...asked(api).map((r) => r.startTime));
    expect(first - scrolled, 'the request waited after the scroll').to.be.below(1000);
  });
});
