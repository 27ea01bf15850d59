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
