import { css } from 'lit';

/**
 * The set of cards: one column, two from 34rem, four from 60rem of the element's own width
 * (a container query, so that it fits a sidebar as well as a full-width band).
 */
export const pillarsStyles = css`
  :host {
    --_min-height: var(--pact-pillars-min-height, 16rem);
    --_gap: var(--pact-pillars-gap, 0.75rem);
  }
  .base {
    container-type: inline-size;
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: block;
    min-inline-size: 0;
  }
  @container (min-inline-size: 34rem) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-inline-size: 60rem) {
    .grid {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
`;
