import { css } from 'lit';

export const pillarCardElementStyles = css`
  :host {
    min-block-size: var(--pact-pillars-min-height, 12rem);
  }
  :host([data-loaded]) {
    min-block-size: 0;
  }
`;
