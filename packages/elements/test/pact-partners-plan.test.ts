// <pact-partners> and the 2011 Paris Action Plan: the `plan` attribute and the optional select
// (`plan-filter`) list the bodies by their part in the plan, from the real API.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { API_URL } from '/__pact/env.js';
import '@pact/elements/partners/pact-partners';
import type { PactPartners } from '@pact/elements/partners/pact-partners';
import { loadedWhole } from './mount.js';

const loaded = (el: Element) => loadedWhole(el, 'the directory');
const names = (el: PactPartners) =>
  [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((n) => n.textContent!.trim());
const count = (el: PactPartners) => el.shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim();
const labels = (el: PactPartners) => [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim());

describe('<pact-partners> by part in the 2011 Paris Action Plan', () => {
  it('lists the operational centres with plan="operational-centre", and offers no select for it', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} plan="operational-centre" plan-filter></pact-partners>`,
    );
    await loaded(el);
    expect(names(el)).to.deep.equal([
      'Joint Interagency Task Force South',
      'Maritime Analysis and Operations Centre – Narcotics',
      'Mediterranean anti-drug enforcement coordination centre',
    ]);
    expect(count(el)).to.equal('3 partners');
    expect(labels(el)).not.to.include('Part in the 2011 Paris Action Plan');
    await expect(el).to.be.accessible();
  });

  it('offers the select with plan-filter, and filters with it', async () => {
    const plain = await fixture<PactPartners>(html`<pact-partners api=${API_URL}></pact-partners>`);
    await loaded(plain);
    expect(labels(plain)).not.to.include('Part in the 2011 Paris Action Plan');

    const el = await fixture<PactPartners>(html`<pact-partners api=${API_URL} plan-filter></pact-partners>`);
    await loaded(el);
    const all = names(el).length;
    const label = [...el.shadowRoot!.querySelectorAll('label')].find(
      (l) => l.textContent!.trim() === 'Part in the 2011 Paris Action Plan',
    )!;
    const select = el.shadowRoot!.getElementById(label.htmlFor) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'All',
      'Information-exchange centre',
      'Maritime operational centre',
      'Network or regional organization',
    ]);
    select.value = 'information-centre';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => names(el).length === 2, 'the two information-exchange centres', { timeout: 8000 });
    expect(names(el)).to.deep.equal([
      'Regional information-exchange centre (West Africa), Accra',
      'Regional information-exchange centre (West Africa), Dakar',
    ]);
    select.value = 'network';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => names(el).length === 13, 'the thirteen networks', { timeout: 8000 });
    expect(names(el)).to.include.members(['African Union', 'Egmont Group of Financial Intelligence Units']);
    expect(all).to.be.greaterThan(13);
    await expect(el).to.be.accessible();
  });

  it('names the select in French', async () => {
    const el = await fixture<PactPartners>(
      html`<pact-partners api=${API_URL} lang="fr" plan-filter plan=""></pact-partners>`,
    );
    await loaded(el);
    expect(labels(el)).to.include('Rôle dans le plan d’action de Paris de 2011');
  });
});
