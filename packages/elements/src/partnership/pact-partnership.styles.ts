import { css } from 'lit';

export const partnershipStyles = css`
  :host {
    --_gap: var(--pact-partnership-gap, var(--_space));
    --_min-height: var(--pact-partnership-min-height, 10rem);
  }
  .base,
  .about {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    overflow-wrap: break-word;
  }
  th {
    white-space: nowrap;
  }
  .title {
    font-family: var(--_font-heading);
    font-size: 1.3em;
    font-weight: 700;
    color: var(--_primary);
  }
  .acronym {
    color: var(--_muted);
    font-weight: 400;
  }
  .facts {
    display: grid;
    gap: 0.35rem;
    margin: 0;
  }
  .facts > div {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) 1fr;
    gap: 0.75rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .mandate {
    margin: 0;
  }
  .counts {
    overflow-x: auto;
    container-type: inline-size;
  }
  /* Narrower than four readable columns (a phone; French and Russian headings are long): each
     count is a block of its own, its number and what it counts on one line, its basis and its
     source (labelled, as the column headings are hidden) below. Assistive technology still reads a
     table (counts.ts sets its roles). */
  @container (inline-size < 30rem) {
    .counts :is(table, caption, tbody, td) {
      display: block;
    }
    /* The rules of core/styles.ts's .visually-hidden: a class would hide the headings at every width. */
    .counts thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .counts tr {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: 0.2rem 0.5rem;
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--_border);
    }
    .counts td {
      padding: 0;
      border: 0;
    }
    .counts td:nth-child(n + 3) {
      grid-column: 1 / -1;
    }
    .counts td[data-label]::before {
      content: attr(data-label) / '';
      display: block;
      font-weight: 600;
    }
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.4rem;
  }
  td.number {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    text-align: end;
  }
  .caveat {
    margin: 0.5rem 0 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .section {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.75rem;
    background: var(--_page-surface);
  }
  .section[open] {
    padding-block-end: 0.75rem;
  }
  summary {
    /* A list item (its disclosure marker kept), tall enough to tap, wrapping a long title. */
    min-block-size: var(--_tap);
    box-sizing: border-box;
    padding-block: 0.7rem;
    cursor: pointer;
    font-weight: 600;
  }
  summary:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .section ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.2rem;
  }
`;
