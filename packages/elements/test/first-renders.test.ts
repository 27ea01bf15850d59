import { expect, fixture, html } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { waitUntil } from '@open-wc/testing';
import { API_URL, FAULT_URL } from '/__pact/env.js';
import { clientFor, startEarly } from '@pact/elements/core/client';
import { autoload } from '@pact/elements/core/autoload';
import { loadedWhole } from './mount.js';
import '@pact/elements/pillars/pact-pillars';
import '@pact/elements/provider/pact-provider';

/**
 * Issue 18: the work of a page's first renders spread over tasks, so that none of them is long on
 * a phone.
 *
 * A page's first Intl formatters are slow to make (ICU loads the language's data: 70 to
 * 110 ms under Lighthouse's 4× CPU slowdown for the first number or date format). Made inside an
 * element's first render with data, they made that render one long task (the Paris Pact page's
 * pillars: 145 ms). They are now made one per task while the request is out (core/format.ts,
 * `warmIntl`), and the render only uses them.
 */

/** Counts tasks: a chain of messages, each in a task of its own, adding one per task. */
let ticks = 0;
let ticking = false;
const ticker = new MessageChannel();
ticker.port1.onmessage = () => {
  ticks += 1;
  if (ticking) ticker.port2.postMessage(0);
};

const KINDS = ['Locale', 'Collator', 'NumberFormat', 'DateTimeFormat', 'ListFormat', 'PluralRules'] as const;
type Kind = (typeof KINDS)[number];
const intl = Intl as unknown as Record<Kind, object>;

describe("a page's first renders", () => {
  it('each in a task of its own, not in the task that added the elements', async () => {
    ticking = true;
    ticker.port2.postMessage(0);
    // Connected in one task, as a module defining them upgrades every such tag on the page at once.
    const box = document.createElement('div');
    const els = [0, 1, 2].map(() => {
      const el = document.createElement('pact-pillars');
      el.setAttribute('api', API_URL);
      box.append(el);
      return el as ReactiveElement;
    });
    const added = ticks;
    const firsts: number[] = [];
    for (const el of els) {
      let seen = false;
      el.addController({
        hostUpdated: () => {
          if (!seen) firsts.push(ticks);
          seen = true;
        },
      });
    }
    document.body.append(box);
    try {
      await Promise.all(els.map((el) => el.updateComplete));
      ticking = false;
      expect(firsts, `task of each first render (added in task ${added})`).to.have.length(3);
      expect(
        firsts.every((tick) => tick > added),
        `none in the task that added them: ${firsts.join(', ')}`,
      ).to.be.true;
      expect(new Set(firsts).size, `each in a task of its own: ${firsts.join(', ')}`).to.equal(3);
      await Promise.all(els.map((el) => loadedWhole(el)));
    } finally {
      box.remove();
    }
  });
});

describe('a provider', () => {
  it('has its first update in a task after the one that added it, before those of the elements inside', async () => {
    ticking = true;
    ticker.port2.postMessage(0);
    const provider = document.createElement('pact-provider') as ReactiveElement;
    provider.setAttribute('api', API_URL);
    const pillars = document.createElement('pact-pillars') as ReactiveElement;
    provider.append(pillars);
    const firsts = new Map<ReactiveElement, number>();
    for (const el of [provider, pillars])
      el.addController({ hostUpdated: () => void (firsts.has(el) || firsts.set(el, ticks)) });
    const added = ticks;
    document.body.append(provider);
    // Meanwhile the content inside it is shown (it has no shadow root that could hide it).
    const box = pillars.getBoundingClientRect().height;
    try {
      expect(box, 'the height of the pillars inside the provider before its first update').to.be.greaterThan(0);
      await loadedWhole(pillars, 'the pillars inside the provider');
      ticking = false;
      const [p, e] = [firsts.get(provider), firsts.get(pillars)];
      expect(p, `the provider's first update after the task that added it (${added})`).to.be.greaterThan(added);
      expect(e, `the pillars' first render after the provider's (${p})`).to.be.greaterThan(p!);
      // The pillars asked the provider's API: their counts are there.
      expect(pillars.shadowRoot!.querySelectorAll('[part~="count"]').length).to.be.greaterThan(0);
    } finally {
      ticking = false;
      provider.remove();
    }
  });
});

describe('the first Intl formatters of a page', () => {
  const originals = new Map<Kind, object>();
  /** Each Intl object made in `LANG`, with the task count when it was made. */
  const made: [Kind, number][] = [];
  // A language no other test of this page formats in: nothing is made before the element asks.
  const LANG = 'it';

  before(() => {
    for (const kind of KINDS) {
      const original = intl[kind];
      originals.set(kind, original);
      intl[kind] = new Proxy(original, {
        construct(target: new (...a: unknown[]) => object, args: unknown[]) {
          if (args[0] === LANG) made.push([kind, ticks]);
          return Reflect.construct(target, args) as object;
        },
      });
    }
  });
  after(() => {
    ticking = false;
    for (const [kind, original] of originals) intl[kind] = original;
  });

  it('are made one per task before the first render with data, which makes none', async () => {
    ticking = true;
    ticker.port2.postMessage(0);
    const el = await fixture(html`<pact-pillars lang=${LANG} api=${API_URL}></pact-pillars>`);
    /** The task count at each update of the element, and whether it showed the pillars' counts. */
    const updates: { tick: number; data: boolean }[] = [];
    (el as ReactiveElement).addController({
      hostUpdated: () =>
        updates.push({ tick: ticks, data: (el.shadowRoot?.querySelectorAll('[part~="count"]').length ?? 0) > 0 }),
    });
    await loadedWhole(el, 'the pillars in Italian');
    ticking = false;

    const render = updates.find((u) => u.data);
    expect(render, 'an update that shows the counts').to.not.equal(undefined);
    const shown = made.map(([kind, tick]) => `${kind}@${tick}`).join(', ');
    // The counts are Italian numbers and plurals: the element did format them.
    expect(el.shadowRoot!.querySelector('[part~="count"]')!.textContent).to.match(/\d+ progett/);
    expect(
      made.filter(([, tick]) => tick === render!.tick).map(([kind]) => kind),
      `no Intl object made in the task of the first render with data (task ${render!.tick}; made: ${shown})`,
    ).to.deep.equal([]);
    const first = (kind: Kind) => made.find(([k]) => k === kind)?.[1];
    const steps = (['Locale', 'Collator', 'NumberFormat', 'DateTimeFormat'] as const).map(first);
    expect(
      steps.every((tick) => tick !== undefined && tick < render!.tick),
      `each made before the render: ${shown}`,
    ).to.be.true;
    expect(new Set(steps).size, `each of the four first made in a task of its own: ${shown}`).to.equal(4);
  });
});

describe('answers that are there together', () => {
  it('are each read and parsed in a task of their own', async () => {
    // An API address of its own (the fault server passing everything through): no earlier
    // client, cached answer or answer sent early stands in for these.
    const api = `${FAULT_URL}/ok~together/v1`;
    const ask = (c: ReturnType<typeof clientFor>) => [c.routes.list(), c.partners.list({ limit: 200 })];
    // Sent early, as the core sends the route map's first requests, and left to arrive.
    startEarly(api, (c) => ask(c));
    const arrived = () =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.startsWith(api) && (e as PerformanceResourceTiming).responseEnd > 0).length;
    await waitUntil(() => arrived() === 2, 'the two answers sent early did not arrive', { timeout: 5000 });

    const parse = JSON.parse;
    /** The task count at each parse of an API answer (a body with a data array). */
    const parsed: number[] = [];
    JSON.parse = ((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      if (typeof text === 'string' && text.startsWith('{"data":[')) parsed.push(ticks);
      return parse(text, reviver);
    }) as typeof JSON.parse;
    ticking = true;
    ticker.port2.postMessage(0);
    try {
      // The element's own first requests of the same URLs: both answers are taken at once.
      const [routes, partners] = await Promise.all(ask(clientFor(api)));
      expect(routes.data.length, 'routes').to.be.greaterThan(0);
      expect(partners.data.length, 'partners').to.be.greaterThan(0);
    } finally {
      JSON.parse = parse;
      ticking = false;
    }
    expect(parsed, 'the task of each answer parsed').to.have.length(2);
    expect(parsed[0], `each in a task of its own: ${parsed.join(', ')}`).to.not.equal(parsed[1]);
  });
});

describe('a tag whose module is loaded on demand', () => {
  it('has its module and first requests asked for in a task after the one that added it', async () => {
    // A tag of its own, with an API address of its own: nothing was sent for either before.
    const tag = 'pact-test-early-turn';
    const api = `${FAULT_URL}/ok~early-turn/v1`;
    let loadIn: number | undefined;
    let sentIn: number | undefined;
    autoload(
      tag,
      () => ((loadIn = ticks), new Promise(() => {})),
      (_el, c, signal) => ((sentIn = ticks), [c.routes.list({ signal })]),
    );
    ticking = true;
    ticker.port2.postMessage(0);
    const el = document.createElement(tag);
    el.setAttribute('api', api);
    const added = ticks;
    document.body.append(el);
    try {
      await waitUntil(() => sentIn !== undefined, 'the early requests were not made', { timeout: 3000 });
      await waitUntil(
        () => performance.getEntriesByType('resource').some((e) => e.name === `${api}/routes`),
        'the early request did not reach the API',
        { timeout: 3000 },
      );
    } finally {
      ticking = false;
      el.remove();
    }
    // Both in a task after the one that added the tag (for the tags already on the page, the core's
    // evaluation): on a slow phone they cost tens of milliseconds, which no longer lengthen it.
    expect(loadIn, `the module asked for after the task that added the tag (${added})`).to.be.greaterThan(added);
    expect(sentIn, `the requests made after the task that added the tag (${added})`).to.be.greaterThan(added);
  });
});
