import { css } from 'lit';

export const projectsStyles = css`
  :host {
    --_min-height: var(--pact-projects-min-height, 16rem);
    --_row-bg: var(--pact-projects-row-background, var(--_page-surface));
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .total {
    color: var(--_text);
    font-weight: 600;
  }
  .export-status:empty {
    display: none;
  }
  .export-status {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .list {
    display: block;
    margin: 0;
    padding: 0;
    border-block-start: 1px solid var(--_border);
  }
  .row {
    display: grid;
    gap: 0.35rem;
    inline-size: 100%;
    padding-block: 0.75rem;
    padding-inline: 0.5rem;
    border-block-end: 1px solid var(--_border);
    background: var(--_row-bg);
    overflow-wrap: anywhere;
  }
  .row.open {
    background: var(--_surface-alt);
  }
  .heading {
    margin: 0;
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.35;
  }
  .toggle {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: baseline;
    gap: 0.4rem;
    min-block-size: 1.5rem;
    color: var(--_primary);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .toggle .title {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  .toggle:hover .title {
    text-decoration-thickness: 2px;
  }
  .toggle:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .chevron {
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(-45deg);
    transition: transform 0.15s;
  }
  :host(:dir(rtl)) .chevron {
    transform: translateY(-0.15em) rotate(135deg);
  }
  .open .chevron,
  :host(:dir(rtl)) .open .chevron {
    transform: translateY(-0.25em) rotate(45deg);
  }
  .tag {
    padding-block: 0.05rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8em;
  }
  .tag.status.implementation {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }
  .tag.status.cancelled,
  .tag.status.suspended {
    border-style: dashed;
  }
  .tag.illustrative {
    border-style: dashed;
    font-style: italic;
  }
  .notice {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface-alt);
    font-size: 0.9em;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.25rem 1rem;
    margin: 0;
    font-size: 0.9em;
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .facts dd {
    margin: 0;
  }
  .summary {
    padding-block-start: 0.25rem;
  }
  .summary p {
    margin: 0;
    max-inline-size: 70ch;
  }
  .summary[hidden] {
    display: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .tag,
    input,
    select {
      border: 1px solid CanvasText;
    }
    .toggle {
      color: LinkText;
    }
  }
  /* Server rendering: the link to the next page while the element is not defined (no script), else the button. */
  :host(:defined) slot[name='next-page'],
  :host(:not(:defined)) .more {
    display: none;
  }
  ::slotted(a[slot='next-page']) {
    justify-self: center;
    padding: 0.5rem 1rem;
    color: var(--_primary);
  }
  @media print {
    .toolbar button,
    .export-status {
      display: none;
    }
    .row {
      break-inside: avoid;
    }
    .summary[hidden] {
      display: block;
    }
  }
`;
