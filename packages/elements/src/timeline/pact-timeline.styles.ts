import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_gap: var(--pact-timeline-gap, var(--_space));
    --_line: var(--pact-timeline-line-color, var(--_border));
    --_min-height: var(--pact-timeline-min-height, 12rem);
  }
  .base,
  .section {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
  .section-heading {
    font-family: var(--_font-heading);
    font-size: 1.25em;
    font-weight: 700;
  }
  .year {
    /* Each year is laid out on its own (layout containment: it paints and sizes as before; it is
       a grid item, so no margin collapsed through it). While a long list is completed slice by
       slice, the layout each slice forces then no longer grows with the events above: 1,000
       events were whole in a median of 380 ms instead of 750 (docs/performance.md, 2026-12-05). */
    contain: layout;
  }
  .year-heading {
    font-family: var(--_font-heading);
    font-size: 1.1em;
    font-weight: 700;
    color: var(--_primary);
    margin-block-end: 0.5rem;
  }
  .list {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    padding-inline-start: 1rem;
    border-inline-start: 2px solid var(--_line);
    list-style: none;
  }
  .event {
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
    margin: 0;
    font-size: 0.9em;
  }
  time {
    font-weight: 600;
  }
  .kind {
    color: var(--_muted);
  }
  .title {
    margin-block: 0.15rem;
    font-family: var(--_font-heading);
    font-weight: 600;
  }
  .meta,
  .summary {
    margin: 0.25rem 0 0;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .calendar {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_tap);
    font-weight: 600;
  }
`;
