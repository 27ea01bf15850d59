// <pact-route-map flows="cocaine">: the 2011 Paris Action Plan's transatlantic cocaine flow set,
// drawn from the real API (GET /v1/flows and the partners' actionPlan), beside the opiate map,
// which must stay exactly as it is.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { API_URL } from '/__pact/env.js';
import '@pact/elements/route-map/pact-route-map';
import type { PactRouteMap } from '@pact/elements/route-map/pact-route-map';

const $ = (el: PactRouteMap, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: PactRouteMap, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const label = (e: Element | null | undefined) => e?.getAttribute('aria-label') ?? '';
const summary = (el: PactRouteMap) => text($(el, '.visually-hidden[id^="summary"]'));

async function mapOf(attrs: Record<string, string> = { flows: 'cocaine' }) {
  const el = await fixture<PactRouteMap>(html`<pact-route-map api=${API_URL}></pact-route-map>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  // Drawn from the data asked for (a load begun before the attributes were set may end first).
  const cocaine = attrs['flows'] === 'cocaine';
  await waitUntil(
    () => el.hasAttribute('data-loaded') && !!$(el, cocaine ? '.route.flow, [data-line]' : '[part~="map"]'),
    'the map did not load',
    { timeout: 10000 },
  );
  await el.updateComplete;
  return el;
}

const LINES = ['Across the Atlantic', 'Via West Africa', 'By sea to Europe'];
const CENTRES = ['Accra centre', 'Dakar centre', 'MAOC (N)', 'CeCLAD-M', 'JIATF-South'];

before(async () => {
  await setViewport({ width: 900, height: 1500 });
});

describe('<pact-route-map flows="cocaine">', () => {
  it('draws the three approximate directions and the five centres of the plan, and no opiate route', async () => {
    const el = await mapOf();
    const lines = $$(el, '[part~="route"]');
    expect(lines.map(label)).to.deep.equal(LINES);
    expect(lines.every((l) => l.classList.contains('flow') && l.getAttribute('role') === 'img')).to.equal(true);
    // Directions, not routes through places: an arrowhead per line, no waypoint dots.
    expect($$(el, '[part~="route"] .stop')).to.have.length(0);
    expect($$(el, '[part~="route"] .head').every((h) => (h.getAttribute('d') ?? '').startsWith('M'))).to.equal(true);
    const centres = $$(el, '[part~="centre"]');
    expect(centres.map((c) => label(c).split(':')[0])).to.deep.equal(CENTRES);
    expect(centres.filter((c) => c.classList.contains('information-centre'))).to.have.length(2);
    expect(centres.filter((c) => c.classList.contains('operational-centre'))).to.have.length(3);
    expect($$(el, 'text.label').map(text)).to.include.members(['MAOC (N)', 'JIATF-South']);
    // The plan names no country: none is marked, and there is no origin star.
    expect($$(el, '[part~="country"]')).to.have.length(0);
    expect($(el, '.origin-marker')).to.equal(null);
    expect(summary(el)).to.equal(
      '3 approximate directions described in the 2011 Paris Action Plan. Across the Atlantic: from Andean region to West Africa. Via West Africa: from West Africa to Europe. By sea to Europe: from Andean region to Europe. Information-exchange centres: Accra centre (Accra) and Dakar centre (Dakar). Maritime operational centres: MAOC (N) (Lisbon), CeCLAD-M (Toulon), and JIATF-South (Key West, Florida).',
    );
    await expect(el).to.be.accessible();
  });

  it('has its own caption and legend', async () => {
    const el = await mapOf();
    const caption = text($(el, '[part~="caption"]'));
    expect(caption).to.match(
      /^Approximate directions described in the 2011 Paris Action Plan; not actual trafficking routes\. The lines show approximate directions drawn from the words of the 2011 Paris Action Plan, which names no country of origin or destination/,
    );
    expect(caption).not.to.include('Opiate');
    const legend = $$(el, '[part~="legend"] li').map(text);
    expect(legend).to.deep.equal([...LINES, 'Information-exchange centre', 'Maritime operational centre']);
  });

  it('fits the Atlantic: the lines and every centre, from Key West to Toulon, are inside the map', async () => {
    const el = await mapOf();
    const box = $(el, '[part~="map"]')!.getBoundingClientRect();
    for (const c of $$(el, '[part~="centre"] .marker')) {
      const r = c.getBoundingClientRect();
      const inside = r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
      expect(inside, label(c.parentElement)).to.equal(true);
    }
  });

  it('says where a direction goes when it has focus', async () => {
    const el = await mapOf();
    const line = $$(el, '[part~="route"]')[1]!;
    line.focus();
    await el.updateComplete;
    await aTimeout(0);
    expect(text($(el, '[aria-live="polite"]'))).to.equal(
      'Via West Africa. From West Africa on to Europe, where two of the operational centres the plan names are based (MAOC-N in Lisbon, CeCLAD-M in Toulon).',
    );
    expect(text($(el, '[part~="tooltip"]'))).to.include('Via West Africa');
    await sendKeys({ press: 'Escape' });
  });

  it('offers a table: the lines with the plan’s words, the centres and the networks the plan calls on', async () => {
    const el = await mapOf({ flows: 'cocaine', view: 'table' });
    const tables = $$(el, '[part~="table"]');
    expect(tables).to.have.length(3);
    const [lines, centres, networks] = tables.map((t) => [...t.querySelectorAll('tbody tr')]);
    expect(lines!.map((r) => text(r.querySelector('th')))).to.deep.equal(LINES);
    expect(text(lines![0]!)).to.include('Andean region → Atlantic Ocean → West Africa');
    expect(text(lines![0]!)).to.include('strengthen cooperation on the Atlantic front');
    expect(text(lines![0]!)).to.include('Confidence: low');
    expect(lines![0]!.querySelector('q')!.getAttribute('lang')).to.equal(null);
    expect(centres!.map((r) => text(r.querySelector('td:last-child')))).to.deep.equal([
      'Information-exchange centre',
      'Information-exchange centre',
      'Maritime operational centre',
      'Maritime operational centre',
      'Maritime operational centre',
    ]);
    expect(networks).to.have.length(13);
    expect(networks!.map((r) => text(r.querySelector('th')).split(':')[0])).to.include.members([
      'AIRCOP',
      'CARIN',
      'Egmont Group',
      'AMERIPOL',
      'SADC',
    ]);
    await expect(el).to.be.accessible();
  });

  it('speaks French and Russian, the plan’s words staying English and marked so', async () => {
    const el = await mapOf({ flows: 'cocaine', lang: 'fr' });
    expect($$(el, '[part~="route"]').map(label)).to.deep.equal([
      'À travers l’Atlantique',
      'Par l’Afrique de l’Ouest',
      'Par mer vers l’Europe',
    ]);
    expect(text($(el, '[part~="caption"]'))).to.match(
      /^Directions approximatives décrites dans le plan d’action de Paris de 2011 ; ce ne sont pas des itinéraires réels du trafic\./,
    );
    expect(summary(el)).to.match(/^3 directions approximatives décrites dans le plan d’action de Paris de 2011\./);
    el.setAttribute('lang', 'ru');
    el.setAttribute('view', 'table');
    await el.updateComplete;
    expect(text($(el, '[part~="caption"]'))).to.match(
      /^Примерные направления, описанные в Парижском плане действий 2011 года; это не реальные маршруты наркотрафика\./,
    );
    const quote = $(el, '[part~="table"] tbody q')!;
    expect(quote.getAttribute('lang')).to.equal('en');
    expect(text($(el, '[part~="table"] tbody th'))).to.equal('Через Атлантику');
    await expect(el).to.be.accessible();
  });
});

describe('<pact-route-map> without flows: the opiate map is unchanged', () => {
  it('draws the three opiate routes and only the opiate centres, and goes back to them from flows="cocaine"', async () => {
    const el = await mapOf({ flows: 'cocaine', centres: '' });
    expect($$(el, '[part~="route"]').map(label)).to.deep.equal(LINES);
    el.removeAttribute('flows');
    await waitUntil(() => label($(el, '[part~="route"]')) === 'Northern route', 'the opiate routes came back', {
      timeout: 10000,
    });
    await el.updateComplete;
    expect($$(el, '[part~="route"]').map(label)).to.deep.equal(['Northern route', 'Balkan route', 'Southern route']);
    expect($$(el, '[part~="route"]').some((r) => r.classList.contains('flow'))).to.equal(false);
    expect($$(el, '[part~="centre"]').map((c) => label(c).split(':')[0])).to.deep.equal([
      'CARICC',
      'GCC-CICCD',
      'SELEC',
    ]);
    expect(text($(el, '[part~="caption"]'))).to.match(
      /^Opiate flows from Afghanistan: not actual trafficking routes\./,
    );
    expect(summary(el)).to.match(/^3 routes from Afghanistan\./);
  });
});
