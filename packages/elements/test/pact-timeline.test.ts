import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { API_URL, FAULT_URL } from '/__pact/env.js';
import type { TimelineEvent } from '@pact/schema';
import '@pact/elements/timeline/pact-timeline';
import type { PactTimeline } from '@pact/elements/timeline/pact-timeline';
import { loadedWhole } from './mount.js';

const loaded = (el: PactTimeline) => loadedWhole(el, 'the timeline');
/** Waits until the element has loaded again and shows `n` events (after an attribute change). */
const showing = (el: PactTimeline, n: number) =>
  waitUntil(
    () =>
      el.hasAttribute('data-loaded') &&
      $$(el, 'event').length === n &&
      !el.shadowRoot!.querySelector('[aria-busy="true"]'),
    `the timeline did not come to show ${n} events`,
    { timeout: 8000 },
  );
const $$ = (el: PactTimeline, part: string, root: ParentNode = el.shadowRoot!) => [
  ...root.querySelectorAll<HTMLElement>(`[part~="${part}"]`),
];
const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const texts = (el: PactTimeline, part: string, root?: ParentNode) =>
  $$(el, part, root).map((n) => clean(n.textContent));

/** Every event the API holds for a query, straight from the API (one page: the seed is small). */
async function events(query = ''): Promise<TimelineEvent[]> {
  const res = await fetch(`${API_URL}/events?limit=200${query}`);
  const body = (await res.json()) as { data: TimelineEvent[]; total: number; next: string | null };
  expect(body.next, 'one page holds every event of the seed').to.equal(null);
  return body.data;
}

/** The event <li> whose title is `title` (in the language shown). */
function eventNamed(el: PactTimeline, title: string): HTMLElement {
  const li = $$(el, 'event').find((e) => clean(e.querySelector('[part~="title"]')!.textContent) === title);
  expect(li, `an event titled ${title}`).to.exist;
  return li!;
}

const utcDays = (o: Intl.DateTimeFormatOptions) => ({ ...o, timeZone: 'UTC' });
const DAY = utcDays({ year: 'numeric', month: 'long', day: 'numeric' });

describe('<pact-timeline>', () => {
  it('lists every event in date order, grouped by year under headings, accessibly', async () => {
    const el = await fixture<PactTimeline>(html`<pact-timeline api=${API_URL} today="2026-12-01"></pact-timeline>`);
    await loaded(el);
    await expect(el).to.be.accessible();
    const all = await events();
    expect(all.length).to.be.greaterThan(15);
    // Grouped by year: the year headings and the number of events under each, as the API's data has them.
    const years = new Map<string, number>();
    for (const e of all) years.set(e.date.value.slice(0, 4), (years.get(e.date.value.slice(0, 4)) ?? 0) + 1);
    const groups = $$(el, 'year').map((y) => [
      clean(y.querySelector('[part~="year-heading"]')!.textContent),
      $$(el, 'event', y).length,
    ]);
    expect(groups).to.deep.equal([...years]);
    expect(groups.find(([y]) => y === '2006')).to.deep.equal(['2006', 4]);
    expect(texts(el, 'count')).to.deep.equal([`${all.length} events`]);
    expect(texts(el, 'title')).to.deep.equal(all.map((e) => e.title.en));
    // A real list with headings: the section (level 3), the years (4), the events (5), each year an <ol>.
    expect(texts(el, 'section-heading')).to.deep.equal(['Past']);
    const level = (part: string) => [...new Set($$(el, part).map((h) => h.getAttribute('aria-level')))];
    expect([level('section-heading'), level('year-heading'), level('title')]).to.deep.equal([['3'], ['4'], ['5']]);
    expect($$(el, 'year').every((y) => y.querySelector('ol[part~="list"] > li[part~="event"]'))).to.equal(true);
    // Set again once shown, the heading level moves every heading, those of the years already shown too.
    el.headingLevel = 2;
    await el.updateComplete;
    expect([level('section-heading'), level('year-heading'), level('title')]).to.deep.equal([['2'], ['3'], ['4']]);
    // Every event is past on 1 December 2026: no "Add to calendar" link.
    expect($$(el, 'calendar')).to.have.length(0);
  });

  it('shows place, organizer, kind, pillars, notes and sources of an event, with links only to web addresses', async () => {
    const el = await fixture<PactTimeline>(
      html`<pact-timeline api=${API_URL} partnership="paris-pact"></pact-timeline>`,
    );
    await loaded(el);
    const bishkek = eventNamed(el, 'Expert Working Group on Community-based and Outpatient Treatment');
    expect(clean(bishkek.querySelector('[part~="kind"]')!.textContent)).to.equal('Expert working group');
    expect(clean(bishkek.querySelector('[part~="meta"]')!.textContent)).to.equal('Bishkek · Kyrgyzstan · Pillar IV');
    const moscow = eventNamed(
      el,
      'Second Ministerial Conference on Drug Trafficking Routes from Afghanistan, “Paris 2 – Moscow 1”',
    );
    const links = [...moscow.querySelectorAll<HTMLAnchorElement>('[part~="source-link"]')];
    expect(links.map((a) => a.href)).to.include(
      'https://www.unodc.org/islamicrepublicofiran/en/paris-pact-initiative.html',
    );
    expect(links.every((a) => /^https?:/.test(a.href))).to.equal(true);
    const phase = eventNamed(el, (await events('&kind=programme-phase'))[0]!.title.en);
    expect(clean(phase.querySelector('[part~="meta"]')?.textContent ?? '')).to.not.include('Pillar');
  });

  it('filters by its attributes, with exact counts that follow attribute changes', async () => {
    const all = await events();
    const osce = await events('&partnership=osce');
    const ewg = await events('&kind=expert-working-group');
    const paris2010s = await events('&partnership=paris-pact&from=2010&to=2015');
    for (const subset of [osce, ewg, paris2010s]) {
      expect(subset.length).to.be.greaterThan(0);
      expect(subset.length).to.be.lessThan(all.length);
    }
    const el = await fixture<PactTimeline>(html`<pact-timeline api=${API_URL} partnership="osce"></pact-timeline>`);
    await loaded(el);
    expect(texts(el, 'count')).to.deep.equal([`${osce.length} events`]);
    expect(texts(el, 'title')).to.deep.equal(osce.map((e) => e.title.en));
    expect(texts(el, 'title')).to.include(osce.find((e) => e.id === '2006-12-osce-pc-decision-758')!.title.en);

    el.removeAttribute('partnership');
    el.setAttribute('kind', 'expert-working-group');
    await showing(el, ewg.length);
    expect(new Set(texts(el, 'kind'))).to.deep.equal(new Set(['Expert working group']));

    el.removeAttribute('kind');
    el.setAttribute('partnership', 'paris-pact');
    el.setAttribute('from', '2010');
    el.setAttribute('to', '2015');
    await showing(el, paris2010s.length);
    expect(texts(el, 'year-heading').every((y) => y >= '2009' && y <= '2015')).to.equal(true);

    el.setAttribute('from', '2090');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="empty"]'), 'no empty state', { timeout: 8000 });
    expect(texts(el, 'empty')).to.deep.equal(['No events match these filters.']);
  });

  it('splits upcoming from past by its day, with "Add to calendar" only on upcoming events', async () => {
    const all = await events();
    const el = await fixture<PactTimeline>(html`<pact-timeline api=${API_URL} today="2012-01-01"></pact-timeline>`);
    await loaded(el);
    await expect(el).to.be.accessible();
    expect(texts(el, 'section-heading')).to.deep.equal(['Upcoming', 'Past']);
    const [upcoming, past] = $$(el, 'section');
    const later = all.filter((e) => (e.end ?? e.date).value >= '2012');
    expect(later.length).to.be.greaterThan(0);
    expect(texts(el, 'title', upcoming)).to.deep.equal(later.map((e) => e.title.en));
    expect($$(el, 'event', past).length).to.equal(all.length - later.length);
    // One calendar link per upcoming event dated to the day (a month or a year has no calendar
    // entry), none in the past section, each to the API's .ics file.
    const days = later.filter((e) => e.date.precision === 'day');
    expect(days.length).to.be.greaterThan(0);
    expect(days.length).to.be.lessThan(later.length);
    const calendar = $$(el, 'calendar', upcoming) as HTMLAnchorElement[];
    expect(calendar.map((a) => a.getAttribute('href')!.split('?')[0])).to.deep.equal(
      days.map((e) => `${API_URL}/events/${e.id}.ics`),
    );
    expect($$(el, 'calendar', past)).to.have.length(0);
    expect(clean(calendar[0]!.textContent)).to.equal(`Add to calendar: ${days[0]!.title.en}`);
    const ics = await fetch(calendar[0]!.href);
    expect(ics.headers.get('content-type')).to.match(/^text\/calendar/);
    expect(await ics.text()).to.match(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT[\s\S]*END:VCALENDAR\r\n$/);

    // A phase is upcoming until its last year ends.
    el.setAttribute('today', '2016-12-31');
    el.setAttribute('kind', 'programme-phase');
    await waitUntil(
      () => texts(el, 'section-heading').join() === 'Upcoming',
      'the phase is not upcoming on its last day',
    );
    el.setAttribute('today', '2017-01-01');
    await el.updateComplete;
    expect(texts(el, 'section-heading')).to.deep.equal(['Past']);
    el.setAttribute('when', 'upcoming');
    await el.updateComplete;
    expect(texts(el, 'empty')).to.deep.equal(['No events match these filters.']);
  });

  it('shows dates with the precision of the data, through Intl in its language', async () => {
    const all = await events();
    const byId = (id: string) => all.find((e) => e.id === id)!;
    const el = await fixture<PactTimeline>(html`<pact-timeline api=${API_URL} today="2026-12-01"></pact-timeline>`);
    await loaded(el);
    const dateOf = (id: string) =>
      clean(eventNamed(el, el.client.text(byId(id).title, el.locale)).querySelector('time')!.textContent);
    const utc = (v: string) => new Date(`${v}T00:00:00Z`);
    const check = (lang: string, moscow: string, paris: string) => {
      // A span of days, one month, one year and a span of years.
      expect(dateOf('2006-06-moscow-ministerial-conference')).to.equal(
        new Intl.DateTimeFormat(lang, DAY).formatRange(utc('2006-06-26'), utc('2006-06-28')),
      );
      expect(dateOf('2006-06-moscow-ministerial-conference')).to.match(new RegExp(moscow));
      expect(dateOf('2003-05-paris-ministerial-conference')).to.equal(paris);
      expect(dateOf('2010-paris-experts-meeting-precursors')).to.match(/^2010/);
      expect(dateOf('2013-paris-pact-phase-iv')).to.equal(
        new Intl.DateTimeFormat(lang, utcDays({ year: 'numeric' })).formatRange(utc('2013-01-01'), utc('2016-01-01')),
      );
    };
    check('en', 'June 26\\s?–\\s?28, 2006', 'May 2003');
    expect(
      eventNamed(el, byId('2003-05-paris-ministerial-conference').title.en)
        .querySelector('time')!
        .getAttribute('datetime'),
    ).to.equal('2003-05');
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    check('fr', '26\\s?–\\s?28 juin 2006', 'mai 2003');
    expect(texts(el, 'section-heading')).to.deep.equal(['Passés']);
    el.setAttribute('lang', 'ru');
    await el.updateComplete;
    check('ru', '26\\s?–\\s?28 июня 2006', 'май 2003 г.');
    expect(texts(el, 'count')).to.deep.equal([
      `${all.length} ${new Intl.PluralRules('ru').select(all.length) === 'many' ? 'событий' : 'события'}`,
    ]);
  });

  it('shows the OSCE Decision No 758 in Russian, with the languages of its sources', async () => {
    const el = await fixture<PactTimeline>(
      html`<pact-timeline api=${API_URL} lang="ru" partnership="osce"></pact-timeline>`,
    );
    await loaded(el);
    await expect(el).to.be.accessible();
    const [decision] = await events('&partnership=osce&kind=decision');
    const li = eventNamed(el, decision!.title.ru!);
    expect(clean(li.querySelector('time')!.textContent)).to.equal('5 декабря 2006 г.');
    expect(clean(li.querySelector('[part~="kind"]')!.textContent)).to.equal('Решение');
    const sources = [...li.querySelectorAll('[part~="sources"] li')].map((s) => clean(s.textContent));
    expect(sources.some((s) => s.includes('язык: французский'))).to.equal(true);
    expect(texts(el, 'unofficial', li)).to.deep.equal(['Неофициальный перевод, выполненный для этого набора данных']);
  });

  it('is used by keyboard: Tab reaches the filters and the links, and a filter chosen with the arrow keys applies', async () => {
    const all = await events();
    const osce = await events('&partnership=osce');
    const el = await fixture<PactTimeline>(
      html`<pact-timeline api=${API_URL} controls today="2012-01-01"></pact-timeline>`,
    );
    await loaded(el);
    await expect(el).to.be.accessible();
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[part~="filter"]')!;
    expect(clean(el.shadowRoot!.querySelector(`label[for="${select.id}"]`)!.textContent)).to.equal('Partnership');
    select.focus();
    // All partnerships → Paris Pact → Pompidou Group → OSCE.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await showing(el, osce.length);
    expect(el.partnership).to.equal('osce');
    expect(osce.length).to.be.lessThan(all.length);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.getAttribute('part')).to.equal('filter');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.getAttribute('part')).to.match(/source-link|calendar/);
  });

  it('says what went wrong, keeps the fallback, and recovers on Retry', async () => {
    const el = await fixture<PactTimeline>(
      html`<pact-timeline api=${`${FAULT_URL}/fail-1-500~timeline/v1`}><a href="/events">Events</a></pact-timeline>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error state', { timeout: 8000 });
    const error = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.include('The content server had a problem answering');
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Events');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await loaded(el);
    expect(texts(el, 'count')).to.deep.equal([`${(await events()).length} events`]);
  });

  it('refuses a wrong attribute with the error state (the API names the field)', async () => {
    const el = await fixture<PactTimeline>(html`<pact-timeline api=${API_URL} kind="party"></pact-timeline>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error state', { timeout: 8000 });
    expect(clean(el.shadowRoot!.querySelector('[part~="error"] p')!.textContent)).to.equal(
      'The content server refused the request. Check the attributes of this element.',
    );
  });
});
