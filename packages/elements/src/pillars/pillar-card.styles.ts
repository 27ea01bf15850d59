import { css } from 'lit';

/** Styles of a pillar card, shared by `<pact-pillars>` and `<pact-pillar-card>`. */
export const pillarCardStyles = css`
  :host {
    --_card-bg: var(--pact-pillars-card-background, var(--_surface));
    --_numeral: var(--pact-pillars-numeral-color, var(--_primary));
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    block-size: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    box-shadow: var(--_shadow);
    overflow-wrap: anywhere;
  }
  .card.selected {
    border-color: var(--_primary);
    box-shadow:
      inset 0 0 0 2px var(--_primary),
      var(--_shadow);
  }
  .card:hover {
    border-color: var(--_primary);
  }
  .card:has(.select:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .top {
    display: flex;
    align-items: center;
    gap: 0.6rem;
  }
  .numeral {
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.5rem;
    block-size: 2.5rem;
    padding-inline: 0.4rem;
    border: 2px solid var(--_numeral);
    border-radius: var(--_radius);
    color: var(--_numeral);
    font-weight: 700;
    font-size: 1.1em;
    font-family: Georgia, 'Times New Roman', serif;
    letter-spacing: 0.05em;
  }
  .eyebrow {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .heading {
    margin: 0;
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.3;
  }
  .select {
    overflow-wrap: anywhere;
  }
  /* The whole card is the button's hit area. */
  .select::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .select:focus-visible {
    outline: none;
  }
  .unofficial {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8em;
    font-style: italic;
  }
  .summary {
    margin: 0;
    flex: 1 1 auto;
    font-size: 0.95em;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-start: 0.25rem;
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .count .illustrative {
    font-weight: 400;
    font-style: italic;
  }
  .chosen {
    margin: 0;
    padding-block: 0.1rem;
    padding-inline: 0.6rem;
    border-radius: 999px;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.85em;
    font-weight: 600;
  }
  .chosen::before {
    content: '✓ ';
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
    .card.selected {
      border: 3px solid Highlight;
    }
    .select {
      color: LinkText;
    }
    .card:has(.select:focus-visible) {
      outline-color: Highlight;
    }
    .chosen {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .card {
      box-shadow: none;
      break-inside: avoid;
    }
    .select {
      color: inherit;
      text-decoration: none;
    }
  }
`;
