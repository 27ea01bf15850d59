import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { API_URL, FAULT_URL } from '/__pact/env.js';
import '@pact/elements/route-map/pact-route-map';
import type { PactRouteMap } from '@pact/elements/route-map/pact-route-map';
import { cached } from '@pact/elements/core/format';
import type { PactCountrySelectEvent, PactRouteSelectEvent } from '@pact/elements/core/events';

// ---- helpers ----------------------------------------------------------------------------

const $ = <T extends Element = HTMLElement>(el: PactRouteMap, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: PactRouteMap, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const drawn = (el: PactRouteMap) => !!$(el, '[part~="map"], [part~="table"], [part~="empty"]');
const loaded = async (el: PactRouteMap) => {
  await waitUntil(() => el.hasAttribute('data-loaded') && drawn(el), 'the map did not load', { timeout: 10000 });
  await el.updateComplete;
};
const focused = (el: PactRouteMap) => el.shadowRoot!.activeElement;
const label = (e: Element | null | undefined) => e?.getAttribute('aria-label') ?? '';
const routeLabels = (el: PactRouteMap) => $$(el, '[part~="route"]').map(label);
const country = (el: PactRouteMap, iso3: string) =>
  $<SVGPathElement>(el, `[part~="country"][data-key="country:${iso3}"]`);
const live = (el: PactRouteMap) =>
  $(el, '[aria-live="polite"]')!
    .textContent!.replace(/\u00a0/g, '')
    .trim();
const tooltip = (el: PactRouteMap) => $(el, '[part~="tooltip"]')!;
const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const zoomButton = (el: PactRouteMap, name: string) =>
  $$<HTMLButtonElement>(el, '[part~="zoom-button"]').find((b) => label(b) === name)!;
const viewButton = (el: PactRouteMap, name: string) =>
  $$<HTMLButtonElement>(el, '[part~="view-button"]').find((b) => text(b) === name)!;
const countriesLayer = (el: PactRouteMap) => $<SVGGElement>(el, 'svg.base > g')!;
/** [scale, translate x, translate y] of the zoomed countries layer. */
const zoomState = (el: PactRouteMap) => {
  const m = /translate\(([-\d.]+) ([-\d.]+)\) scale\(([\d.]+)\)/.exec(
    countriesLayer(el).getAttribute('transform') ?? '',
  );
  return m ? [Number(m[3]), Number(m[1]), Number(m[2])] : [NaN, NaN, NaN];
};
const press = async (key: string) => {
  await sendKeys({ press: key });
  await aTimeout(0);
};

/** Relative luminance and contrast ratio (WCAG 2) of computed `rgb()` colours. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

/** A point of the viewport (CSS pixels) inside the element's shape, as the pointer would find it. */
function pointIn(el: PactRouteMap, shape: Element): [number, number] {
  const r = shape.getBoundingClientRect();
  for (let i = 0; i < 400; i++) {
    const x = r.left + r.width * (0.5 + (((i * 37) % 41) - 20) / 50);
    const y = r.top + r.height * (0.5 + (((i * 53) % 43) - 21) / 50);
    if (el.shadowRoot!.elementsFromPoint(x, y)[0] === shape) return [Math.round(x), Math.round(y)];
  }
  throw new Error('no point of the shape is under the pointer');
}

/** A point on a route's line, in viewport pixels. */
function pointOnRoute(el: PactRouteMap, id: string): [number, number] {
  const line = $<SVGPathElement>(el, `[data-key="route:${id}"] .line`)!;
  const p = line.getPointAtLength(line.getTotalLength() * 0.4);
  const m = line.getScreenCTM()!;
  return [Math.round(p.x * m.a + p.y * m.c + m.e), Math.round(p.x * m.b + p.y * m.d + m.f)];
}

/**
 * A map on the real API, with a button before it (to Tab from), loaded. The fixture is the
 * element itself, not a wrapper: @open-wc's fixture waits an animation frame for plain elements,
 * and a page running in a background tab (the runner runs two test files at once) gets none.
 */
const mapOf = async (attrs = '') => {
  const el = await fixture<PactRouteMap>(html`<pact-route-map api=${API_URL}></pact-route-map>`);
  const button = document.createElement('button');
  button.id = 'before';
  button.textContent = 'before';
  el.before(button);
  for (const a of attrs.split(' ').filter(Boolean)) {
    const [name, value = ''] = a.split('=');
    el.setAttribute(name!, value);
  }
  await loaded(el);
  return el;
};

/**
 * Gives the map's container the inline size `size` and settles after the update the map's
 * ResizeObserver asks for (not after the new size's layout, which comes in later tasks).
 */
async function narrowedTo(map: PactRouteMap, size: string): Promise<void> {
  // A ResizeObserver of the test's, made after the map's: its callback runs after the map's and
  // after the update that callback asked for (the microtasks between callbacks).
  let calls = 0;
  let onResize = () => {};
  const observer = new ResizeObserver(() => {
    calls++;
    onResize();
  });
  observer.observe($(map, '[part~="frame"]')!);
  await waitUntil(() => calls === 1, 'the frame was not observed', { timeout: 2000 });
  const resized = new Promise<void>((resolve) => (onResize = resolve));
  map.parentElement!.style.setProperty('inline-size', size);
  await resized;
  observer.disconnect();
  await map.updateComplete;
}

before(async () => {
  await setViewport({ width: 900, height: 1500 });
});

afterEach(async () => {
  await resetMouse();
});

// ---- tests ------------------------------------------------------------------------------

describe('<pact-route-map>', () => {
  it('loads d3-geo only once a map is on the page, then draws the three routes accessibly', async () => {
    const heavy = () =>
      performance
        .getEntriesByType('resource')
        .filter((r) => /route-map\/geometry\.js|d3-geo|topojson-client/.test(r.name));
    expect(heavy(), 'the map chunk loaded before any map').to.have.length(0);
    const el = await mapOf();
    expect(heavy().length, 'the map chunk was not loaded').to.be.greaterThan(1);
    expect(routeLabels(el)).to.deep.equal(['Northern route', 'Balkan route', 'Southern route']);
    expect(text($(el, '[part~="legend"]')))
      .to.include('Northern route')
      .and.include('Balkan route')
      .and.include('Southern route');
    expect(text($(el, '[part~="caption"]'))).to.match(/not actual trafficking routes/);
    await expect(el).to.be.accessible();
  });

  it('shades the Paris Pact partners and marks Afghanistan as the origin', async () => {
    const el = await mapOf();
    const afg = country(el, 'AFG')!;
    expect(afg.classList.contains('origin')).to.equal(true);
    expect(label(afg)).to.match(
      /^Afghanistan: Origin of the flows shown, Paris Pact partner\. Routes: Northern route, Balkan route, and Southern route$/,
    );
    expect(country(el, 'TJK')!.classList.contains('partner')).to.equal(true);
    // Kenya is on the southern route but not a Paris Pact partner: marked, not shaded.
    expect(country(el, 'KEN')!.classList.contains('partner')).to.equal(false);
    expect(label(country(el, 'KEN'))).to.equal('Kenya. Routes: Southern route');
    const labels = $$(el, 'text.label').map(text);
    expect(labels).to.include('Afghanistan');
    const summary = text($(el, '.visually-hidden[id^="summary"]'));
    expect(summary).to.match(
      /^3 routes from Afghanistan\. Northern route crosses Afghanistan, Tajikistan, Uzbekistan, Turkmenistan/,
    );
    expect(summary).to.include('Paris Pact partner countries are shaded.');
  });

  it('highlights the priority countries with highlight="priority"', async () => {
    const plain = await mapOf();
    expect($$(plain, '.country.priority')).to.have.length(0);
    expect(text($(plain, '[part~="legend"]'))).not.to.include('Priority country');
    const el = await mapOf('highlight=priority');
    const priority = $$(el, '.country.priority').map((p) => p.getAttribute('data-key'));
    // Only the flags the dataset holds with high confidence (no official list exists): Türkiye's
    // and Bulgaria's are presumed (medium confidence), so they are not highlighted.
    expect(priority).to.include.members(['country:TJK', 'country:PAK', 'country:AFG']);
    for (const key of ['country:DEU', 'country:TUR', 'country:BGR']) expect(priority).not.to.include(key);
    expect(label(country(el, 'TUR'))).not.to.include('Priority country');
    expect(label(country(el, 'TJK'))).to.include('Priority country');
    expect(text($(el, '[part~="legend"]'))).to.include('Priority country');
    expect(text($(el, '.visually-hidden[id^="summary"]'))).to.match(/Priority countries are highlighted: .*Tajikistan/);
    await expect(el).to.be.accessible();
  });

  it('shows the regional centres that work on the routes shown with centres, never the cocaine centres', async () => {
    const plain = await mapOf();
    expect($$(plain, '[part~="centre"]')).to.have.length(0);
    const el = await mapOf('centres');
    const centres = $$(el, '[part~="centre"]').map(label);
    expect(
      centres.some((c) => c.startsWith('CARICC: Central Asian Regional Information and Coordination Centre, Almaty')),
    ).to.equal(true);
    expect(centres.some((c) => c.startsWith('SELEC:'))).to.equal(true);
    expect(centres.some((c) => c.startsWith('GCC-CICCD:'))).to.equal(true);
    expect(centres.some((c) => c.startsWith('JIATF-South'))).to.equal(false);
    expect($$(el, 'text.label').map(text)).to.include.members(['CARICC', 'SELEC']);
    expect(text($(el, '[part~="legend"]'))).to.include('Regional centre');
    expect(centres).to.have.length(3);
    expect(text($(el, '.visually-hidden[id^="summary"]'))).not.to.match(/JIATF-South|MAOC|Accra|Dakar/);
    const northern = $$(await mapOf('centres routes=northern'), '[part~="centre"]').map(label);
    expect(northern.map((c) => c.split(':')[0])).to.deep.equal(['CARICC']);
    await expect(el).to.be.accessible();
  });

  it('draws the routes the routes attribute names, and says so when it names none', async () => {
    const el = await mapOf('routes=balkan');
    expect(routeLabels(el)).to.deep.equal(['Balkan route']);
    expect(text($(el, '[part~="legend"]'))).not.to.include('Northern route');
    expect(text($(el, '.visually-hidden[id^="summary"]'))).to.match(/^1 route from Afghanistan\. Balkan route crosses/);
    // Without the southern route the box is 16:9, with it 4:3: always wider than tall.
    const frame = $(el, '[part~="frame"]')!;
    expect(frame.clientHeight / frame.clientWidth).to.be.closeTo(9 / 16, 0.01);

    el.setAttribute('routes', 'northern southern');
    await el.updateComplete;
    expect(routeLabels(el)).to.deep.equal(['Northern route', 'Southern route']);
    expect(frame.clientHeight / frame.clientWidth).to.be.closeTo(3 / 4, 0.01);

    el.setAttribute('routes', '');
    await el.updateComplete;
    expect(text($(el, '[part~="empty"]'))).to.equal('No routes to show.');
    expect($(el, '[part~="map"]')).to.equal(null);
    expect(frame.getBoundingClientRect().height, 'no empty map-sized box around the message').to.be.lessThan(150);

    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      el.setAttribute('routes', 'western');
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(text($(el, '[part~="empty"]'))).to.equal('No routes to show.');
    expect(warnings.join('\n')).to.match(/unknown route western/);
    el.removeAttribute('routes');
    await el.updateComplete;
    expect(routeLabels(el)).to.have.length(3);
  });

  it('has a sensible Tab order: view and zoom buttons, the map, each route, then the countries', async () => {
    const el = await mapOf();
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    const stops: string[] = [];
    for (let i = 0; i < 10; i++) {
      await press('Tab');
      const f = focused(el);
      stops.push(label(f) || text(f));
    }
    expect(stops.slice(0, 9)).to.deep.equal([
      'Map',
      'Table',
      'Zoom in',
      'Zoom out',
      'Reset zoom',
      'Route map',
      'Northern route',
      'Balkan route',
      'Southern route',
    ]);
    expect(stops[9]).to.match(/^Afghanistan: /);
    // Visible focus on a route: its light casing turns into a dark, wide focus ring.
    const casing = $(el, '[data-key="route:southern"] .casing')!;
    const idle = getComputedStyle(casing).stroke;
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(label(focused(el))).to.equal('Southern route');
    const ring = getComputedStyle(casing);
    expect(ring.stroke).not.to.equal(idle);
    expect(contrast(ring.stroke, getComputedStyle($(el, '.water')!).fill)).to.be.at.least(3);
    expect(parseFloat(ring.strokeWidth)).to.be.at.least(10);
  });

  it('goes through the focused route’s countries in order with the arrow keys, announcing each', async () => {
    const el = await mapOf();
    $<SVGGElement>(el, '[data-key="route:northern"]')!.focus();
    await el.updateComplete;
    expect(live(el)).to.equal(
      'Northern route: Afghanistan, Tajikistan, Uzbekistan, Turkmenistan, Kyrgyzstan, Kazakhstan, and Russian Federation',
    );
    expect(tooltip(el).hidden).to.equal(false);
    expect(text(tooltip(el))).to.include('Northern route');

    await press('ArrowRight');
    expect(label(focused(el))).to.match(/^Afghanistan/);
    expect(live(el)).to.equal('Northern route: Afghanistan, 1 of 7');
    expect(text(tooltip(el)))
      .to.include('Afghanistan')
      .and.include('Routes: Northern route, Balkan route, and Southern route');
    await press('ArrowDown');
    expect(label(focused(el))).to.match(/^Tajikistan/);
    expect(live(el)).to.equal('Northern route: Tajikistan, 2 of 7');
    // While a country of the route is in focus, the route stands out and the others fade.
    expect($(el, '[data-key="route:northern"]')!.classList.contains('active')).to.equal(true);
    expect($(el, '[data-key="route:balkan"]')!.classList.contains('dim')).to.equal(true);
    await press('End');
    expect(label(focused(el))).to.match(/^Russian Federation/);
    expect(live(el)).to.equal('Northern route: Russian Federation, 7 of 7');
    await press('ArrowRight');
    expect(label(focused(el)), 'stays on the last country').to.match(/^Russian Federation/);
    await press('Home');
    expect(label(focused(el))).to.match(/^Afghanistan/);
    await press('ArrowLeft');
    expect(label(focused(el)), 'back to the route before the first country').to.equal('Northern route');
    await press('ArrowLeft');
    expect(label(focused(el)), 'from the route, left goes to the last country').to.match(/^Russian Federation/);
    await press('Escape');
    expect(label(focused(el))).to.equal('Northern route');

    // The Balkan route in order, too: its countries after Afghanistan are Pakistan (which feeds
    // it), Iran, then Türkiye.
    await press('Tab');
    await press('ArrowRight');
    await press('ArrowRight');
    await press('ArrowRight');
    expect(label(focused(el))).to.match(/^Iran/);
    expect(live(el)).to.equal('Balkan route: Iran (Islamic Republic of), 3 of 29');
  });

  it('flips the arrow keys in a right-to-left page', async () => {
    const el = await mapOf('dir=rtl routes=northern');
    $<SVGGElement>(el, '[data-key="route:northern"]')!.focus();
    await press('ArrowLeft');
    expect(label(focused(el))).to.match(/^Afghanistan/);
    await press('ArrowLeft');
    expect(label(focused(el))).to.match(/^Tajikistan/);
    await press('ArrowRight');
    expect(label(focused(el))).to.match(/^Afghanistan/);
  });

  it('makes the marked countries one Tab stop, in alphabetical order with the arrow keys', async () => {
    const el = await mapOf();
    const stops = $$(el, '[part~="country"][tabindex="0"]');
    expect(stops).to.have.length(1);
    expect(label(stops[0])).to.match(/^Afghanistan/);
    stops[0]!.focus();
    await el.updateComplete;
    expect(live(el)).to.equal(
      'Afghanistan: Origin of the flows shown, Paris Pact partner. Routes: Northern route, Balkan route, and Southern route',
    );
    await press('ArrowRight');
    expect(label(focused(el))).to.match(/^Albania/);
    expect(live(el)).to.match(/^Albania: Paris Pact partner\. Routes: Balkan route$/);
    // The Tab stop follows: leaving and coming back returns to Albania.
    expect(label($(el, '[part~="country"][tabindex="0"]'))).to.match(/^Albania/);
    await press('End');
    const last = label(focused(el));
    await press('ArrowDown');
    expect(label(focused(el))).to.equal(last);
    expect($$(el, '[part~="country"]').every((c) => c.getAttribute('role') === 'button')).to.equal(true);
  });

  it('fires pact-route-select and pact-country-select on Enter, Space and click', async () => {
    const el = await mapOf();
    const route = $<SVGGElement>(el, '[data-key="route:balkan"]')!;
    route.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const e1 = (await oneEvent(el, 'pact-route-select')) as PactRouteSelectEvent;
    expect(e1.detail.route.id).to.equal('balkan');
    expect(e1.bubbles && e1.composed).to.equal(true);

    await press('ArrowRight');
    await press('ArrowRight');
    await press('ArrowRight');
    setTimeout(() => sendKeys({ press: 'Space' }));
    const e2 = (await oneEvent(el, 'pact-country-select')) as PactCountrySelectEvent;
    expect(e2.detail.iso3).to.equal('IRN');
    expect(e2.detail.partner?.id).to.equal('irn');

    const [x, y] = pointIn(el, country(el, 'KAZ')!);
    setTimeout(() => sendMouse({ type: 'click', position: [x, y] }));
    const e3 = (await oneEvent(el, 'pact-country-select')) as PactCountrySelectEvent;
    expect(e3.detail.iso3).to.equal('KAZ');

    const [rx, ry] = pointOnRoute(el, 'southern');
    setTimeout(() => sendMouse({ type: 'click', position: [rx, ry] }));
    const e4 = (await oneEvent(el, 'pact-route-select')) as PactRouteSelectEvent;
    expect(e4.detail.route.id).to.equal('southern');
  });

  it('shows a tooltip with the country’s name and routes under the pointer', async () => {
    const el = await mapOf('lang=fr');
    const [x, y] = pointIn(el, country(el, 'IRN')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await waitUntil(() => !tooltip(el).hidden, 'no tooltip');
    expect(text(tooltip(el)))
      .to.include('Iran')
      .and.include('Routes : Route des Balkans et Route du Sud');
    // The tooltip sits near the pointer, inside the map.
    const tip = tooltip(el).getBoundingClientRect();
    const map = $(el, '[part~="map"]')!.getBoundingClientRect();
    expect(tip.left).to.be.at.least(map.left);
    expect(tip.right).to.be.at.most(map.right);
    expect(Math.abs(tip.left + tip.width / 2 - x)).to.be.lessThan(tip.width / 2 + 8);
    // Its position comes from CSSOM, not from a style attribute in the markup: nothing else has one.
    expect($$(el, '[style]').filter((e) => e !== tooltip(el))).to.have.length(0);
    // Over the sea, no tooltip.
    await sendMouse({
      type: 'move',
      position: [Math.round(map.left + map.width * 0.75), Math.round(map.top + map.height * 0.7)],
    });
    await waitUntil(() => tooltip(el).hidden, 'the tooltip stayed');
  });

  it('zooms and pans with the buttons, and announces the zoom', async () => {
    const el = await mapOf();
    expect(zoomState(el)).to.deep.equal([1, 0, 0]);
    expect(zoomButton(el, 'Zoom out').getAttribute('aria-disabled')).to.equal('true');
    zoomButton(el, 'Zoom in').click();
    await el.updateComplete;
    const [k, x, y] = zoomState(el);
    expect(k).to.equal(1.5);
    const box = $(el, '[part~="map"]')!;
    // Zoomed around the centre of the map.
    expect(x).to.be.closeTo(-box.clientWidth * 0.25, 1);
    expect(y).to.be.closeTo(-box.clientHeight * 0.25, 1);
    expect(el.zoom).to.equal(1.5);
    expect(live(el)).to.equal('Zoom: 150%');
    expect(zoomButton(el, 'Zoom out').getAttribute('aria-disabled')).to.equal('false');
    // Route lines follow the zoom (they are redrawn, not scaled: their width stays the same).
    const line = $<SVGPathElement>(el, '[data-key="route:northern"] .line')!;
    expect(getComputedStyle(line).strokeWidth).to.equal('3px');
    for (let i = 0; i < 8; i++) zoomButton(el, 'Zoom in').click();
    await el.updateComplete;
    expect(el.zoom).to.equal(8);
    expect(zoomButton(el, 'Zoom in').getAttribute('aria-disabled')).to.equal('true');
    zoomButton(el, 'Reset zoom').click();
    await el.updateComplete;
    expect(zoomState(el)).to.deep.equal([1, 0, 0]);
  });

  it('zooms with + and −, pans with the arrow keys when the map has focus, and resets with 0', async () => {
    const el = await mapOf();
    const viewport = $(el, '[part~="map"]')!;
    viewport.focus();
    await press('+');
    expect(zoomState(el)[0]).to.equal(1.5);
    await press('=');
    expect(zoomState(el)[0]).to.equal(2.25);
    const [, x0, y0] = zoomState(el);
    await press('ArrowLeft');
    expect(zoomState(el)[1], 'the map moves right to show what is left').to.be.greaterThan(x0!);
    await press('ArrowUp');
    expect(zoomState(el)[2]).to.be.greaterThan(y0!);
    await press('ArrowRight');
    await press('ArrowRight');
    expect(zoomState(el)[1]).to.be.lessThan(x0!);
    await press('-');
    expect(zoomState(el)[0]).to.equal(1.5);
    await press('0');
    expect(zoomState(el)).to.deep.equal([1, 0, 0]);
    // At zoom 1 the arrows cannot move the map off its box.
    await press('ArrowLeft');
    expect(zoomState(el)).to.deep.equal([1, 0, 0]);
    // + also works from a route, without leaving it.
    $<SVGGElement>(el, '[data-key="route:balkan"]')!.focus();
    await press('+');
    expect(zoomState(el)[0]).to.equal(1.5);
    expect(label(focused(el))).to.equal('Balkan route');
  });

  it('zooms with Ctrl + wheel at the pointer, pans by dragging, and leaves a plain wheel to the page', async () => {
    const el = await mapOf();
    const viewport = $(el, '[part~="map"]')!;
    const r = viewport.getBoundingClientRect();
    const wheel = (ctrlKey: boolean) =>
      viewport.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -100,
          ctrlKey,
          clientX: r.left + 10,
          clientY: r.top + 10,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
    expect(wheel(false), 'a plain wheel is not cancelled').to.equal(true);
    await el.updateComplete;
    expect(zoomState(el)[0]).to.equal(1);
    expect(wheel(true)).to.equal(false);
    await el.updateComplete;
    const [k, x, y] = zoomState(el);
    expect(k).to.equal(1.5);
    // Zoomed at the pointer (10, 10): that point stays in place.
    expect(x).to.be.closeTo(10 - 10 * 1.5, 0.5);
    expect(y).to.be.closeTo(10 - 10 * 1.5, 0.5);

    let selected = 0;
    el.addEventListener('pact-country-select', () => selected++);
    const [px, py] = [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    await sendMouse({ type: 'move', position: [px, py] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [px - 60, py - 40] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    const [, x2, y2] = zoomState(el);
    expect(x2! - x!).to.be.closeTo(-60, 1);
    expect(y2! - y!).to.be.closeTo(-40, 1);
    expect(selected, 'a drag is not a click').to.equal(0);
  });

  it('starts zoomed with the zoom attribute, and keeps a focused country in view', async () => {
    const el = await mapOf('zoom=4');
    const [k, x, y] = zoomState(el);
    const box = $(el, '[part~="map"]')!;
    expect(k).to.equal(4);
    expect(x).to.be.closeTo(-box.clientWidth * 1.5, 1);
    expect(y).to.be.closeTo(-box.clientHeight * 1.5, 1);
    $<SVGGElement>(el, '[data-key="route:southern"]')!.focus();
    await press('End');
    expect(label(focused(el))).to.match(/^Egypt/);
    await el.updateComplete;
    const c = focused(el)!.getBoundingClientRect();
    const v = box.getBoundingClientRect();
    expect(
      c.right > v.left && c.left < v.right && c.bottom > v.top && c.top < v.bottom,
      'Saudi Arabia is in view',
    ).to.equal(true);
  });

  it('offers the data as a table, by attribute and with the toggle', async () => {
    const el = await mapOf('view=table centres');
    const rows = $$(el, '[part~="table"] tbody tr');
    expect(rows.length).to.equal(3 + 3); // the routes, and the centres that work on them
    const balkan = rows[1]!;
    expect(text(balkan.querySelector('th'))).to.equal('Balkan route');
    const countries = [...balkan.querySelectorAll('li')].map(text);
    expect(countries.slice(0, 4)).to.deep.equal(['Afghanistan', 'Pakistan', 'Iran (Islamic Republic of)', 'Türkiye']);
    expect(countries).to.have.length(29);
    expect(viewButton(el, 'Table').getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '[part~="legend"]')).to.equal(null);
    await expect(el).to.be.accessible();

    setTimeout(() => balkan.querySelector<HTMLButtonElement>('li:nth-child(3) button')!.click());
    const e = (await oneEvent(el, 'pact-country-select')) as PactCountrySelectEvent;
    expect(e.detail.iso3).to.equal('IRN');

    viewButton(el, 'Map').click();
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('map');
    expect($(el, '[part~="map"]')).to.exist;
    expect(viewButton(el, 'Map').getAttribute('aria-pressed')).to.equal('true');
    viewButton(el, 'Table').click();
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('table');
  });

  it('lists in its table only the routes its routes attribute names, and their centres', async () => {
    const all = $$(await mapOf('view=table centres'), '[part~="table"] tbody th').map(text);
    const el = await mapOf('view=table centres routes=southern');
    const heads = $$(el, '[part~="table"] tbody th').map(text);
    expect(heads[0]).to.equal('Southern route');
    expect(heads).not.to.include('Balkan route');
    expect(heads).not.to.include('Northern route');
    // One route and only the centres that work on it: fewer rows than the whole table's six.
    expect(all).to.have.length(6);
    expect(heads.length).to.be.within(1, 5);
    const southern = [...$$(el, '[part~="table"] tbody tr')[0]!.querySelectorAll('li')].map(text);
    expect(southern).to.have.length(14);
  });

  it('speaks the page’s language, and follows a change of lang', async () => {
    const el = await mapOf('lang=fr');
    expect(routeLabels(el)).to.deep.equal(['Route du Nord', 'Route des Balkans', 'Route du Sud']);
    expect(text($(el, '[part~="caption"]'))).to.include('ce ne sont pas des itinéraires réels du trafic');
    expect(text($(el, '.visually-hidden[id^="summary"]'))).to.match(
      /^3 routes depuis l’Afghanistan\. Route du Nord, pays traversés : Afghanistan, Tadjikistan/,
    );
    expect(viewButton(el, 'Carte')).to.exist;
    expect(label(country(el, 'TJK'))).to.equal('Tadjikistan : Partenaire du Pacte de Paris. Routes : Route du Nord');

    el.setAttribute('lang', 'ru');
    await el.updateComplete;
    expect(routeLabels(el)).to.deep.equal(['Северный маршрут', 'Балканский маршрут', 'Южный маршрут']);
    expect(text($(el, '[part~="caption"]'))).to.include('это не реальные маршруты наркотрафика');
    expect(text($(el, '.visually-hidden[id^="summary"]'))).to.match(/^3 маршрута из Афганистана\./);
    expect(viewButton(el, 'Таблица')).to.exist;
    el.setAttribute('routes', 'southern');
    await el.updateComplete;
    expect(text($(el, '.visually-hidden[id^="summary"]'))).to.match(/^1 маршрут из Афганистана\./);
    await expect(el).to.be.accessible();
  });

  it('has nothing focusable and hides all but its caption when decorative', async () => {
    const el = await mapOf('decorative centres');
    expect($$(el, '[tabindex], button, a[href], input, select, [role="button"]')).to.have.length(0);
    const frame = $(el, '[part~="frame"]')!;
    expect(frame.getAttribute('aria-hidden')).to.equal('true');
    expect(frame.hasAttribute('inert')).to.equal(true);
    expect($(el, '[part~="legend"]')!.getAttribute('aria-hidden')).to.equal('true');
    const caption = $(el, '[part~="caption"]')!;
    expect(caption.closest('[aria-hidden]')).to.equal(null);
    expect(text(caption)).to.match(/not actual trafficking routes/);
    expect(routeLabels(el)).to.deep.equal(['', '', '']);
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(focused(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('animates the dashes of the route in focus only when the reader allows motion', async () => {
    // A pointer left over a country by an earlier test would make that the active shape (hover
    // wins over focus): move it away first.
    await resetMouse();
    const el = await mapOf();
    const line = $(el, '[data-key="route:balkan"] .line')!;
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const route = $<SVGGElement>(el, '[data-key="route:balkan"]')!;
      route.focus();
      // A test page in a background tab (two files run at once) has no window focus: Chromium then
      // moves focus without firing focusin, which the element listens to. Fire it as the browser would.
      if (!document.hasFocus()) route.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      // The route becomes active on the focus event's next render; the media change applies on the
      // next style pass: wait for what the reader would see, a frame or two later.
      const animation = () => getComputedStyle(line).animationName;
      await waitUntil(() => animation() === 'flow', `the route in focus does not move: ${animation()}`, {
        timeout: 2000,
      });
      await emulateMedia({ reducedMotion: 'reduce' });
      await waitUntil(() => animation() === 'none', `it still moves with reduced motion: ${animation()}`, {
        timeout: 2000,
      });
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    // Routes that are not in focus never move.
    expect(getComputedStyle($(el, '[data-key="route:southern"] .line')!).animationName).to.equal('none');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`tells the routes apart by pattern, with colours of 3:1 or more against every land colour (${scheme})`, async () => {
      const el = await mapOf('highlight=priority');
      el.style.setProperty('color-scheme', scheme);
      await el.updateComplete;
      const lines = ['northern', 'balkan', 'southern'].map((id) =>
        getComputedStyle($(el, `[data-key="route:${id}"] .line`)!),
      );
      const lands = [
        $(el, '.country:not(.partner):not(.priority):not(.origin)')!,
        $(el, '.country.partner:not(.priority):not(.origin)')!,
        $(el, '.country.priority:not(.origin)')!,
        $(el, '.country.origin')!,
      ].map((c) => getComputedStyle(c).fill);
      expect(new Set(lands).size, 'four distinct land colours').to.equal(4);
      for (const l of lines) {
        for (const fill of lands) {
          expect(contrast(l.stroke, fill), `${l.stroke} on ${fill}`).to.be.at.least(3);
        }
      }
      const dashes = lines.map((l) => l.strokeDasharray);
      expect(new Set(dashes).size, dashes.join(' | ')).to.equal(3);
      expect(new Set(lines.map((l) => l.stroke)).size).to.equal(3);
      // The legend draws each route with the same colour and pattern as the map.
      const swatches = $$(el, '[part~="legend"] .line').map((s) => getComputedStyle(s));
      expect(swatches.map((s) => s.strokeDasharray)).to.deep.equal(dashes);
      expect(swatches.map((s) => s.stroke)).to.deep.equal(lines.map((l) => l.stroke));
    });
  }

  it('keeps its box while loading, and shows the loading state', async () => {
    const el = await fixture<PactRouteMap>(html`<pact-route-map api=${`${FAULT_URL}/hang/v1`}></pact-route-map>`);
    const frame = $(el, '[part~="frame"]')!;
    const before = frame.getBoundingClientRect();
    expect(before.height).to.be.closeTo((before.width * 3) / 4, 2);
    await waitUntil(() => $(el, '[part~="loading"]'), 'no loading state', { timeout: 2000 });
    expect($(el, '[part~="loading"]')!.getAttribute('role')).to.equal('status');
    expect(frame.getBoundingClientRect().height).to.equal(before.height);

    const map = await mapOf();
    const box = $(map, '[part~="frame"]')!.getBoundingClientRect();
    expect(box.height, 'the loaded map fills the same box').to.equal(before.height);
    expect(box.width).to.equal(before.width);
  });

  it('shows its legend and caption (the routes’ disclaimer) once the routes arrive, before the outlines, as the loaded map does', async () => {
    const { data: routes } = (await (await fetch(`${API_URL}/routes`)).json()) as {
      data: { id: string; disclaimer?: { en?: string } }[];
    };
    const northern = routes.find((r) => r.id === 'northern')?.disclaimer?.en ?? '';
    expect(northern, 'the northern route has a disclaimer in the data').not.to.equal('');
    // The outlines (/v1/geo/countries) never arrive; the routes and the partners do.
    const el = await fixture<PactRouteMap>(
      html`<pact-route-map api=${`${FAULT_URL}/hang-geo/v1`} routes="northern"></pact-route-map>`,
    );
    await waitUntil(() => $(el, '[part~="caption"]'), 'no caption while the outlines load', { timeout: 5000 });
    const early = text($(el, '[part~="caption"]'));
    expect(early).to.contain('Opiate flows from Afghanistan: not actual trafficking routes.');
    expect(early).to.contain(northern);
    const legend = text($(el, '[part~="legend"]'));
    expect(legend).to.contain('Northern route');
    expect(legend).not.to.contain('Balkan route');
    expect(el.hasAttribute('data-loaded'), 'the map is still loading').to.equal(false);
    expect($$(el, '[part~="map"]').length, 'no map drawn yet').to.equal(0);

    const done = await fixture<PactRouteMap>(html`<pact-route-map api=${API_URL} routes="northern"></pact-route-map>`);
    await loaded(done);
    expect(early, 'the same caption as the loaded map').to.equal(text($(done, '[part~="caption"]')));
    expect(legend, 'the same legend as the loaded map').to.equal(text($(done, '[part~="legend"]')));
  });

  it('shows its caption while the page’s first Intl formatters are still being made (ICU’s first use, slow on a phone), not after them', async () => {
    // The page's warm-up of the Italian formatters (core/format.ts), held: no other test uses Italian.
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    expect(
      cached('w|it', () => held),
      'the Italian warm-up was not made before this test',
    ).to.equal(held);
    try {
      const el = await fixture<PactRouteMap>(
        html`<pact-route-map api=${API_URL} lang="it" routes="northern"></pact-route-map>`,
      );
      await waitUntil(() => $(el, '[part~="caption"]'), 'no caption until the formatters are made', { timeout: 3000 });
      expect(text($(el, '[part~="legend"]')), 'the legend with it').not.to.equal('');
      // The map itself formats (its names sorted, its counts): it waits for them.
      await aTimeout(300);
      expect(el.hasAttribute('data-loaded'), 'the map waits for the formatters').to.equal(false);
      const early = text($(el, '[part~="caption"]'));
      release();
      await loaded(el);
      expect(text($(el, '[part~="caption"]')), 'the same caption once loaded').to.equal(early);
    } finally {
      release();
    }
  });

  it('shows no early caption for the cocaine flows, nor once its outlines have failed', async () => {
    const flows = await fixture<PactRouteMap>(
      html`<pact-route-map api=${`${FAULT_URL}/hang-geo/v1`} flows="cocaine"></pact-route-map>`,
    );
    // The routes arrive (a caption could be made), the outlines fail: the error state, without it.
    const failed = await fixture<PactRouteMap>(
      html`<pact-route-map api=${`${FAULT_URL}/500-geo/v1`}></pact-route-map>`,
    );
    await waitUntil(() => $(failed, '[part~="error"]'), 'no error state', { timeout: 5000 });
    await waitUntil(() => $(flows, '[part~="loading"]'), 'no loading state', { timeout: 5000 });
    await aTimeout(300); // its routes and flows have come from the local server by now; its outlines never do
    expect($$(flows, '[part~="caption"]').length).to.equal(0);
    expect($$(failed, '[part~="caption"]').length).to.equal(0);
  });

  it('keeps the space --pact-route-map-min-height asks for while its data is pending, with the message in the map’s frame', async () => {
    const px = (rem: number) => rem * parseFloat(getComputedStyle(document.documentElement).fontSize);
    const el = await fixture<PactRouteMap>(
      html`<pact-route-map api=${`${FAULT_URL}/hang/v1`} style="--pact-route-map-min-height: 100rem"
        ><a href="https://www.paris-pact.net/">The routes on the Paris Pact’s site</a></pact-route-map
      >`,
    );
    expect(el.getBoundingClientRect().height, 'the reserved height').to.equal(px(100));
    await waitUntil(() => $(el, '[part~="loading"]'), 'no loading state', { timeout: 2000 });
    const message = $(el, '[part~="loading"]')!;
    expect(text(message)).to.equal('Loading…');
    expect(el.getBoundingClientRect().height, 'the same height with the message').to.equal(px(100));
    // The message sits in the frame's corner, over the fallback, which it hides while it shows.
    const frame = $(el, '[part~="frame"]')!.getBoundingClientRect();
    const box = message.getBoundingClientRect();
    expect(box.top - frame.top).to.be.closeTo(px(0.5) + 1, 1); // 0.5rem inside the 1px border
    expect(box.left - frame.left).to.be.closeTo(px(0.5) + 1, 1);
    expect(box.width, 'as wide as its text, not the frame').to.be.below(frame.width / 2);
    expect(getComputedStyle(el.querySelector('a')!).visibility).to.equal('hidden');

    // Once the data is there, the element is as tall as what it shows (toolbar, map, legend: less).
    const map = await fixture<PactRouteMap>(
      html`<pact-route-map api=${API_URL} style="--pact-route-map-min-height: 100rem"></pact-route-map>`,
    );
    await loaded(map);
    const shown = map.getBoundingClientRect().height;
    expect(shown).to.be.below(px(100) - 100);
    expect(shown).to.be.at.least($(map, '[part~="frame"]')!.getBoundingClientRect().height);
  });

  it('follows its width, and the aspect-ratio knob', async () => {
    // ResizeObserver reports during rendering, which a page in a background tab does not do: the
    // runner shows one page at a time (concurrency 1), so this page is in front.
    expect(document.visibilityState, 'the test page is in front').to.equal('visible');
    const map = await mapOf();
    map.parentElement!.style.setProperty('inline-size', '500px');
    const viewBox = () => $(map, 'svg.base')!.getAttribute('viewBox');
    await waitUntil(() => /^0 0 498 37[34]$/.test(viewBox() ?? ''), `the map did not follow its width: ${viewBox()}`, {
      timeout: 3000,
    });
    map.style.setProperty('--pact-route-map-aspect-ratio', '2');
    await waitUntil(() => viewBox() === '0 0 498 248', `the aspect-ratio knob did not apply: ${viewBox()}`, {
      timeout: 3000,
    });
    expect(routeLabels(map)).to.have.length(3);
    // Still the whole map: every route drawn inside the box.
    const frame = $(map, '[part~="frame"]')!.getBoundingClientRect();
    for (const line of $$(map, '[part~="route"] .line')) {
      const r = line.getBoundingClientRect();
      expect(
        r.left >= frame.left - 1 &&
          r.right <= frame.right + 1 &&
          r.top >= frame.top - 1 &&
          r.bottom <= frame.bottom + 1,
      ).to.equal(true);
    }
  });

  it('lays a new width out in steps after the render, the map it drew kept whole meanwhile, zoomed or not (issue 18)', async () => {
    // Laid out inside the render that a new width asks for, a server-rendered map's move from the
    // server's width to the phone's was one task of 172 ms on a phone.
    expect(document.visibilityState, 'the test page is in front').to.equal('visible');
    const map = await mapOf();
    await zoomButton(map, 'Zoom in').click();
    await map.updateComplete;
    const viewBox = () => $(map, 'svg.base')!.getAttribute('viewBox');
    const overlay = () => $(map, 'svg.overlay')!.getAttribute('viewBox');
    const line = () => $(map, '[part~="route"] .line')!.getAttribute('d');
    const before = { viewBox: viewBox(), overlay: overlay(), zoom: zoomState(map), line: line() };
    expect(before.zoom[0], 'zoomed in').to.be.greaterThan(1);
    expect(before.zoom[1], 'and panned to keep the centre').to.be.lessThan(0);
    await narrowedTo(map, '500px');
    // Not laid out in that update: what it draws is the map drawn before, as it was.
    const after = { viewBox: viewBox(), overlay: overlay(), zoom: zoomState(map), line: line() };
    expect(after, 'the update the new width asked for laid the map out again').to.deep.equal(before);
    // Laid out in the next tasks, then drawn at the new width, with the same zoom.
    await waitUntil(() => /^0 0 498 37[34]$/.test(viewBox() ?? ''), `the map did not follow its width: ${viewBox()}`, {
      timeout: 3000,
    });
    expect(overlay()).to.equal(viewBox());
    expect(line()).not.to.equal(before.line);
    expect(zoomState(map)[0]).to.equal(before.zoom[0]);
    // Its pan is kept as fractions of the width: the same part of the map in view.
    const [, x, y] = zoomState(map);
    const [bw, bh] = (before.viewBox ?? '').split(' ').slice(2).map(Number);
    const [w, h] = (viewBox() ?? '').split(' ').slice(2).map(Number);
    expect(x / w!).to.be.closeTo(before.zoom[1]! / bw!, 0.01);
    expect(y / h!).to.be.closeTo(before.zoom[2]! / bh!, 0.01);
  });

  it('keeps the tooltip of the country in focus on that country while a new width is laid out (issue 18)', async () => {
    expect(document.visibilityState, 'the test page is in front').to.equal('visible');
    const map = await mapOf();
    const iran = country(map, 'IRN')!;
    iran.focus();
    await map.updateComplete;
    expect(tooltip(map).hidden, 'a tooltip for the country in focus').to.equal(false);
    // The tooltip is centred above its anchor, a point inside the country: that point, back from
    // where the tooltip is, must be inside the country as drawn on the screen.
    const onTheCountry = (when: string) => {
      const tip = tooltip(map).getBoundingClientRect();
      const shape = country(map, 'IRN')!.getBoundingClientRect();
      const [x, y] = [tip.left + tip.width / 2, tip.bottom + 14];
      const where = `${when}: the tooltip points at (${Math.round(x)}, ${Math.round(y)}), Iran is drawn at ${Math.round(shape.left)}–${Math.round(shape.right)} × ${Math.round(shape.top)}–${Math.round(shape.bottom)}`;
      expect(x, where).to.be.within(shape.left - 1, shape.right + 1);
      expect(y, where).to.be.within(shape.top - 1, shape.bottom + 1);
    };
    onTheCountry('before');
    const announced = $(map, '[aria-live="polite"]')!.textContent;
    let lost = 0;
    map.shadowRoot!.addEventListener('focusout', () => lost++);
    const viewBox = () => $(map, 'svg.base')!.getAttribute('viewBox');
    const before = viewBox();
    await narrowedTo(map, '600px');
    // The map drawn at the old width, scaled to the new one, while the new width is laid out.
    expect(viewBox(), 'the map was laid out again in the update the new width asked for').to.equal(before);
    onTheCountry('while the new width is laid out');
    await waitUntil(() => viewBox() !== before, 'the map was not laid out at its new width', { timeout: 3000 });
    await map.updateComplete;
    // The same element kept its focus all along: nothing announced again.
    expect(country(map, 'IRN')).to.equal(iran);
    expect(focused(map)).to.equal(iran);
    expect(lost, 'the country lost its focus while the map was laid out again').to.equal(0);
    expect($(map, '[aria-live="polite"]')!.textContent).to.equal(announced);
    onTheCountry('once laid out');
  });

  it('gives the focus back to a country in focus drawn anew as a dot at a narrower width', async () => {
    const map = await mapOf();
    const viewBox = () => $(map, 'svg.base')!.getAttribute('viewBox');
    const width = async (size: string) => {
      const before = viewBox();
      map.parentElement!.style.setProperty('inline-size', size);
      await waitUntil(() => viewBox() !== before, `the map was not laid out at ${size}`, { timeout: 3000 });
      await map.updateComplete;
    };
    // A dot's path is a circle of two arcs; a shape's has none.
    const dots = () =>
      new Set(
        $$(map, '[part~="country"][data-key]')
          .filter((e) => /a/.test(e.getAttribute('d') ?? ''))
          .map((e) => e.getAttribute('data-key')!.slice('country:'.length)),
      );
    const wide = dots();
    await width('320px');
    const becomes = [...dots()].filter((iso3) => !wide.has(iso3));
    expect(becomes, 'a country drawn as a shape at the wide width and as a dot at 320 px').not.to.be.empty;
    await width('');
    const iso3 = becomes[0]!;
    country(map, iso3)!.focus();
    await map.updateComplete;
    const name = text(tooltip(map));
    expect(tooltip(map).hidden).to.equal(false);
    await width('320px');
    expect(dots().has(iso3), `${iso3} is a dot`).to.equal(true);
    expect(focused(map), `the focus was lost with ${iso3}'s shape`).to.equal(country(map, iso3));
    expect(tooltip(map).hidden).to.equal(false);
    expect(text(tooltip(map))).to.equal(name);
  });

  it('keeps the fallback content and shows an error with Retry when the API fails', async () => {
    const el = await fixture<PactRouteMap>(
      html`<pact-route-map api=${`${FAULT_URL}/500/v1`}
        ><a href="/routes.png">Map of the routes (image)</a></pact-route-map
      >`,
    );
    await waitUntil(() => $(el, '[part~="error"]'), 'no error state', { timeout: 15000 });
    expect($(el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
    expect(text($(el, '[part~="error"]'))).to.match(/had a problem answering/);
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal(
      'Map of the routes (image)',
    );
    expect($(el, '[part~="caption"]'), 'no caption without a map').to.equal(null);
    await expect(el).to.be.accessible();

    const bad = await fixture<PactRouteMap>(html`<pact-route-map api=${`${FAULT_URL}/malformed/v1`}></pact-route-map>`);
    await waitUntil(() => $(bad, '[part~="error"]'), 'no error state for a malformed answer', { timeout: 15000 });
  });

  it('recovers on Retry', async () => {
    // Each URL answers 500 once, then the real API's answer (a tag of its own: fresh state).
    const el = await fixture<PactRouteMap>(
      html`<pact-route-map api=${`${FAULT_URL}/fail-1-500~route-map/v1`}></pact-route-map>`,
    );
    await waitUntil(() => $(el, '[part~="error"]'), 'no error state', { timeout: 10000 });
    expect(routeLabels(el)).to.have.length(0);
    // The map asks three URLs; one that the failed load had not reached yet (the geometry chunk
    // loads first) fails on its own first request: at most one more Retry per URL.
    for (let presses = 0; presses < 3 && $(el, '[part~="error"]'); presses++) {
      $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
      await el.updateComplete; // the loading state replaces the error
      await waitUntil(() => $(el, '[part~="error"]') || (el.hasAttribute('data-loaded') && drawn(el)), 'no answer', {
        timeout: 10000,
      });
    }
    await loaded(el);
    expect($(el, '[part~="error"]')).to.equal(null);
    expect(routeLabels(el)).to.have.length(3);
  });

  it('skips a route that breaks the schema and draws the others', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    let el: PactRouteMap;
    try {
      el = await fixture<PactRouteMap>(html`<pact-route-map api=${`${FAULT_URL}/schema-broken/v1`}></pact-route-map>`);
      await loaded(el);
    } finally {
      console.warn = warn;
    }
    expect(routeLabels(el)).to.deep.equal(['Northern route', 'Southern route']);
    expect(warnings.join('\n')).to.match(/skipped record balkan/);
  });

  it('shares the chosen route and country with the provider it sits in', async () => {
    await import('@pact/elements/provider/pact-provider');
    const provider = await fixture<HTMLElement & { selection: { state: { route?: string; country?: string } } }>(
      html`<pact-provider api=${API_URL}><pact-route-map routes="northern"></pact-route-map></pact-provider>`,
    );
    const el = provider.querySelector('pact-route-map')!;
    await loaded(el);
    $<SVGGElement>(el, '[data-key="route:northern"]')!.focus();
    await press('Enter');
    expect(provider.selection.state.route).to.equal('northern');
    await press('ArrowRight');
    await press('ArrowRight');
    await press('Enter');
    expect(provider.selection.state.country).to.equal('tjk');
  });
});
