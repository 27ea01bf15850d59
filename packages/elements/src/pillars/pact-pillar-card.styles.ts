import { css } from 'lit';

export const pillarCardElementStyles = css`
  :host {
    --_min-height: var(--pact-pillars-min-height, 12rem);
  }
`;
