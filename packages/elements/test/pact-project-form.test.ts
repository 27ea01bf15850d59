import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { API_URL, FAULT_URL } from '/__pact/env.js';
import '@pact/elements/project-form/pact-project-form';
import type { PactProjectForm } from '@pact/elements/project-form/pact-project-form';

const loaded = (el: Element) =>
  waitUntil(() => el.hasAttribute('data-loaded'), 'the element did not load', { timeout: 8000 });
const items = (el: PactProjectForm) =>
  [...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((n) => n.textContent!.trim());

/** Route names in one language, straight from the API. */
async function routeNames(lang: 'en' | 'fr'): Promise<string[]> {
  const body = (await (await fetch(`${API_URL}/routes`)).json()) as { data: { name: Record<string, string> }[] };
  return body.data.map((r) => r.name[lang] ?? r.name['en']!);
}

describe('<pact-project-form>', () => {
  it('lists the routes of the API, accessibly', async () => {
    const el = await fixture<PactProjectForm>(html`<pact-project-form api=${API_URL}></pact-project-form>`);
    await loaded(el);
    expect(items(el)).to.deep.equal(await routeNames('en'));
    await expect(el).to.be.accessible();
  });

  it('shows the names in the language of the page', async () => {
    const el = await fixture<PactProjectForm>(html`<pact-project-form api=${API_URL} lang="fr"></pact-project-form>`);
    await loaded(el);
    const fr = await routeNames('fr');
    expect(items(el)).to.deep.equal(fr);
    expect(fr).to.not.deep.equal(await routeNames('en'));
  });

  it('says what went wrong and offers Retry when the API fails', async () => {
    const el = await fixture<PactProjectForm>(
      html`<pact-project-form api=${`${FAULT_URL}/500/v1`}></pact-project-form>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error state', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.exist;
  });
});
