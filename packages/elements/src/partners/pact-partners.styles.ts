import { css } from 'lit';

export const partnersStyles = css`
  :host {
    --_min-height: var(--pact-partners-min-height, 12rem);
    --_card-min: var(--pact-partners-card-min-width, 16rem);
    --_card-bg: var(--pact-partners-card-background, var(--_surface));
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: grid;
    align-content: start;
    gap: 0.4rem;
    padding: 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    box-shadow: var(--_shadow);
    overflow-wrap: anywhere;
    /* Laid out at once (no content-visibility: auto): a placeholder size is never the real one, so
       deferred cards made everything below the directory move while the reader scrolled. */
  }
  .heading {
    margin: 0;
    font-size: 1.1em;
    font-weight: 700;
  }
  .name {
    min-block-size: 1.5rem;
    /* A very long name breaks inside its card. */
    overflow-wrap: anywhere;
  }
  /* In the table a name never breaks mid-word ("Allemag/ne"): its column takes the longest word,
     and the table scrolls sideways in its region when the element is narrower. */
  table .name {
    overflow-wrap: normal;
  }
  .meta,
  .routes {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .badge {
    padding-block: 0.1rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8em;
  }
  .badge.priority {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }
  .badge.possible,
  .badge.former,
  .badge.priority.presumed {
    border-style: dashed;
  }
  .badge.priority.presumed {
    color: var(--_text);
    font-weight: 400;
  }
  .note {
    margin: 0;
    font-size: 0.9em;
  }
  .note p,
  .note ul:not(.chips) {
    margin: 0;
  }
  .note ul:not(.chips) {
    padding-inline-start: 1.2em;
  }
  .certainty {
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .possible {
    display: grid;
    gap: 0.4rem;
  }
  .basis {
    margin: 0.3rem 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .unverified {
    color: var(--_muted);
  }
  .website {
    color: var(--_primary);
    justify-self: start;
  }
  .table-scroll {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  @media (forced-colors: active) {
    .card,
    .badge,
    input,
    select {
      border: 1px solid CanvasText;
    }
    .name,
    .website {
      color: LinkText;
    }
  }
  @media print {
    .card {
      box-shadow: none;
      break-inside: avoid;
    }
  }
`;
