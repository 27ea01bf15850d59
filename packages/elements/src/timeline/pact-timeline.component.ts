import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { langOf } from '../core/text-lang.js';
import { msg } from '../core/localize.js';
import {
  EVENT_KINDS,
  MEMBERSHIP_IDS,
  isTimelineEvent,
  type EventKind,
  type EventQuery,
  type LocalizedText,
  type MembershipId,
  type TimelineEvent,
} from '@pact/schema';
import type { PactReader } from '@pact/sdk';
import { PactElement } from '../core/pact-element.js';
import { Slices } from '../core/turns.js';
import { PactDataController, keepValid } from '../core/data-controller.js';
import { selectField } from '../core/controls.js';
import { countText } from '../core/count.js';
import { formatList } from '../core/format.js';
import { membershipLabel } from '../core/labels.js';
import { controlStyles, loadingBox } from '../core/styles.js';
import { formatPartialDate, isUpcoming, yearOf } from './dates.js';
import { isUnofficial, organizerNames, partnerNames, sourceList, unnamedPartners } from './content.js';
import { EVENTS, attendanceLabel, eventKindLabel, pillarsLabel } from './labels.js';
import { contentStyles } from './content.styles.js';
import { timelineStyles } from './pact-timeline.styles.js';

interface TimelineData {
  events: TimelineEvent[];
  /** Names of the organizers and countries the events give by partner id alone. */
  names: Map<string, LocalizedText>;
}

/** The events of the "Upcoming" and "Past" sections. */
interface Sections {
  upcoming: TimelineEvent[];
  past: TimelineEvent[];
}

const PAGE = 200;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Every event of a query, page after page (the API gives at most 200 a page). */
async function loadEvents(client: PactReader, query: EventQuery, signal: AbortSignal): Promise<TimelineData> {
  const events: TimelineEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.events.list({ ...query, limit: PAGE, cursor }, { signal });
    events.push(...keepValid('pact-timeline', page.data, isTimelineEvent, page.invalid));
    cursor = page.next ?? undefined;
  } while (cursor);
  const ids = unnamedPartners(events.flatMap((e) => e.organizers ?? []));
  for (const e of events) if (e.place?.country && !e.place.city) ids.push(e.place.country);
  return { events, names: await partnerNames(client, [...new Set(ids)], signal) };
}

/**
 * @tagname pact-timeline
 * @summary The milestones, meetings and documents of the partnerships, as a list grouped by year, with "Upcoming" and "Past" sections.
 *
 * Each event shows its date (to the day, the month or the year, as the sources give it), its kind,
 * title, place, organizer, the Vienna Declaration pillars it concerns, a summary and its sources;
 * an upcoming one dated to the day has an "Add to calendar" link to the API's `.ics` file. The list is a real list
 * with headings (Upcoming, Past, each year, each event), for screen readers and keyboards alike.
 * `partnership`, `kind`, `from` and `to` filter it; `controls` shows a form that lets the reader
 * choose the partnership and the kind.
 *
 * @slot - Fallback content (for example a link to a page of events): shown until the data arrives, and kept if the script or the API fails.
 *
 * @csspart base - The wrapper.
 * @csspart controls - The filter form (with `controls`).
 * @csspart filter - A filter's `<select>`.
 * @csspart count - The number of events shown.
 * @csspart section - The "Upcoming" or "Past" section.
 * @csspart section-heading - Its heading.
 * @csspart year - The events of one year.
 * @csspart year-heading - The year.
 * @csspart list - The list of one year's events.
 * @csspart event - One event.
 * @csspart date - Its date (a `<time>`).
 * @csspart kind - Its kind ("Conference", "Decision"…).
 * @csspart title - Its title.
 * @csspart meta - Place, organizer and pillars.
 * @csspart summary - Its summary.
 * @csspart note - What the sources leave open (e.g. why a date is approximate).
 * @csspart unofficial - "Unofficial translation", on texts translated for the dataset.
 * @csspart sources - Its sources.
 * @csspart source-link - A source's link.
 * @csspart source-title - A source without a public address.
 * @csspart calendar - The "Add to calendar" link of an upcoming event dated to the day.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of the error state.
 * @csspart empty - The empty state.
 *
 * @cssproperty --pact-timeline-gap - Space between the events (default: --pact-space).
 * @cssproperty --pact-timeline-line-color - Colour of the line along the events (default: --pact-color-border).
 * @cssproperty --pact-timeline-min-height - Space kept for the list while it loads (default 12rem).
 */
export class PactTimeline extends PactElement {
  static override styles = [...PactElement.styles, loadingBox, controlStyles, contentStyles, timelineStyles];

  /** Only the events of one partnership: `paris-pact`, `pompidou-group` or `osce` (empty: all). */
  @property() partnership: MembershipId | '' = '';

  /** Only one kind of event, e.g. `conference`, `decision`, `expert-working-group` (empty: all). */
  @property() kind: EventKind | '' = '';

  /** Only events that end on or after this year, month or day (`2006`, `2006-06`, `2006-06-26`). */
  @property() from = '';

  /** Only events that start on or before this year, month or day. */
  @property() to = '';

  /** `upcoming` or `past` to show only that section (empty: both). */
  @property() when: 'upcoming' | 'past' | '' = '';

  /**
   * The day (`YYYY-MM-DD`) that divides upcoming from past events; empty: today. For previews and
   * tests of a page as it will look on another day.
   */
  @property() today = '';

  /** Show a form that lets the reader choose the partnership and the kind. */
  @property({ type: Boolean }) controls = false;

  /** Heading level (1–6) of the "Upcoming" and "Past" headings; years and events take the next levels (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  protected readonly uid = Math.random().toString(36).slice(2, 8);

  /** The first ten events in the render that brings them, ten more in each later turn. */
  private readonly slices = new Slices(this, 10);

  private readonly data = new PactDataController(this, {
    args: () => [this.query()] as const,
    task: async ([query], client, signal) => loadEvents(client, query, signal),
  });

  private query(): EventQuery {
    const q: EventQuery = { sort: 'date' };
    if (this.partnership) q.partnership = this.partnership;
    if (this.kind) q.kind = this.kind;
    if (this.from) q.from = this.from;
    if (this.to) q.to = this.to;
    return q;
  }

  private day(): Date {
    const d = DAY.test(this.today) ? new Date(`${this.today}T00:00:00Z`) : new Date();
    return Number.isNaN(d.getTime()) ? new Date() : d;
  }

  private level(offset: number): number {
    const base =
      Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6 ? this.headingLevel : 3;
    return Math.min(6, base + offset);
  }

  /** The last split, for the renders of the same events on the same day ({@link split}). */
  #split: { events: readonly TimelineEvent[]; key: string; value: Sections } | undefined;

  /**
   * The events of the sections shown: upcoming ones, then past ones, each in date order. Kept
   * while the events, the day and `when` stay the same: each later slice's render (and the empty
   * check) asks again, and reading a thousand dates each time cost more than the slice itself.
   */
  private split(events: readonly TimelineEvent[]): Sections {
    const today = this.day();
    const key = `${today.toISOString().slice(0, 10)}|${this.when}`;
    if (this.#split?.events === events && this.#split.key === key) return this.#split.value;
    const upcoming: TimelineEvent[] = [];
    const past: TimelineEvent[] = [];
    for (const e of events) (isUpcoming(e.date, e.end, today) ? upcoming : past).push(e);
    const value = {
      upcoming: this.when === 'past' ? [] : upcoming,
      past: this.when === 'upcoming' ? [] : past,
    };
    this.#split = { events, key, value };
    return value;
  }

  protected renderContent() {
    return html`<div part="base" class="base">
      ${this.controls ? this.renderControls() : nothing}
      ${this.data.render({
        complete: (v) => this.renderTimeline(v),
        isEmpty: (v) => {
          const { upcoming, past } = this.split(v.events);
          return upcoming.length + past.length === 0;
        },
        empty: () =>
          html`<div class="state empty" part="empty" role="status">
            <p>${msg('No events match these filters.')}</p>
          </div>`,
      })}
    </div>`;
  }

  private renderControls(): TemplateResult {
    const id = (name: string) => `${this.uid}-${name}`;
    return html`<form class="controls" part="controls" @submit=${(e: Event) => e.preventDefault()}>
      ${selectField(
        id('partnership'),
        msg('Partnership'),
        this.partnership,
        [['', msg('All partnerships')], ...MEMBERSHIP_IDS.map((m) => [m, membershipLabel(m)] as const)],
        (v) => (this.partnership = v as MembershipId | ''),
      )}
      ${selectField(
        id('kind'),
        msg('Kind of event'),
        this.kind,
        [['', msg('All kinds')], ...EVENT_KINDS.map((k) => [k, eventKindLabel(k)] as const)],
        (v) => (this.kind = v as EventKind | ''),
      )}
    </form>`;
  }

  private renderTimeline(v: TimelineData): TemplateResult {
    const { upcoming, past } = this.split(v.events);
    const total = upcoming.length + past.length;
    // The first slice of the events, upcoming then past; the sections and years that follow are
    // appended below it in later turns.
    const n = this.slices.count(v.events, total);
    const shown = (events: TimelineEvent[], from: number) => events.slice(0, Math.max(0, n - from));
    return html`<p class="count" part="count" role="status">${countText(this.locale, total, EVENTS)}</p>
      ${upcoming.length ? this.renderSection('upcoming', msg('Upcoming'), shown(upcoming, 0), v, true) : nothing}
      ${
        past.length && n > upcoming.length
          ? this.renderSection('past', msg('Past'), shown(past, upcoming.length), v, false)
          : nothing
      }`;
  }

  private renderSection(
    key: string,
    title: string,
    events: TimelineEvent[],
    v: TimelineData,
    upcoming: boolean,
  ): TemplateResult {
    const years: [string, TimelineEvent[]][] = [];
    for (const e of events) {
      const year = yearOf(e.date);
      const last = years.at(-1);
      if (last?.[0] === year) last[1].push(e);
      else years.push([year, [e]]);
    }
    const sid = `${this.uid}-${key}`;
    return html`<section class="section" part="section" aria-labelledby=${sid}>
      <div class="section-heading" part="section-heading" role="heading" aria-level=${this.level(0)} id=${sid}>
        ${title}
      </div>
      ${years.map(([year, list]) => {
        const yid = `${sid}-${year}`;
        // A year whose shown events are the same (its first and how many) is not rendered again:
        // each later slice then walks only the years it adds to, not every event shown so far.
        return guard(
          [list.length, list[0], v, this.locale, upcoming, this.headingLevel, yid],
          () =>
            html`<section class="year" part="year" aria-labelledby=${yid}>
              <div class="year-heading" part="year-heading" role="heading" aria-level=${this.level(1)} id=${yid}>
                ${year}
              </div>
              <ol class="list" part="list">
                ${list.map((e) =>
                  // Rendered again only when what it shows changed (not for each later slice).
                  guard([e, v, this.locale, upcoming, this.headingLevel], () => this.renderEvent(e, v, upcoming)),
                )}
              </ol>
            </section>`,
        );
      })}
    </section>`;
  }

  private renderEvent(e: TimelineEvent, v: TimelineData, upcoming: boolean): TemplateResult {
    const locale = this.locale;
    const client = this.client;
    const place = [
      client.text(e.place?.city ?? (e.place?.country ? v.names.get(e.place.country) : undefined), locale),
      attendanceLabel(e.place?.mode),
    ].filter(Boolean);
    const organizers = organizerNames(client, locale, e.organizers, v.names);
    const meta = [
      place.join(', '),
      organizers,
      e.pillars?.length ? pillarsLabel(e.pillars, (items) => formatList(locale, items)) : '',
    ].filter(Boolean);
    const note = client.text(e.note, locale);
    const title = { text: client.text(e.title, locale), lang: langOf(e.title, locale) };
    return html`<li class="event" part="event">
      <p class="when">
        <time part="date" datetime=${e.date.value}>${formatPartialDate(locale, e.date, e.end)}</time>
        <span class="kind" part="kind">${eventKindLabel(e.kind)}</span>
      </p>
      <div class="title" part="title" role="heading" aria-level=${this.level(2)} lang=${title.lang}>${title.text}</div>
      ${meta.length ? html`<p class="meta" part="meta">${meta.join(' · ')}</p>` : nothing}
      <p class="summary" part="summary" lang=${langOf(e.summary, locale)}>${client.text(e.summary, locale)}</p>
      ${note ? html`<p class="note" part="note" lang=${langOf(e.note, locale)}>${note}</p>` : nothing}
      ${
        isUnofficial(locale, e.unofficialTranslations)
          ? html`<p class="unofficial" part="unofficial">${msg('Unofficial translation made for this dataset')}</p>`
          : nothing
      }
      ${sourceList(locale, e.sources)}
      ${
        upcoming && e.date.precision === 'day'
          ? html`<p>
              <a class="calendar" part="calendar" href=${client.events.calendarUrl(e.id, locale)} download
                >${msg('Add to calendar')}<span class="visually-hidden"
                  >: <span lang=${title.lang}>${title.text}</span></span
                ></a
              >
            </p>`
          : nothing
      }
    </li>`;
  }
}
