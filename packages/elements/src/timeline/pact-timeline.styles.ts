import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_gap: var(--pact-timeline-gap, var(--_space));
  }
  .list {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
