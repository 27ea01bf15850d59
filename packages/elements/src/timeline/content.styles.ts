import { css } from 'lit';

/**
 * What the timeline and the partnership block share: source lists, notes, the muted bits. A module
 * of its own, so that the partnership's bundle does not carry the timeline's styles.
 */
export const contentStyles = css`
  .muted,
  .note,
  .unofficial,
  .sources {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .note,
  .unofficial {
    margin: 0.35rem 0 0;
  }
  .unofficial {
    font-style: italic;
  }
  .sources {
    margin-block-start: 0.4rem;
  }
  .sources-label {
    font-weight: 600;
  }
  .source-list {
    margin: 0.15rem 0 0;
    padding-inline-start: 1.1rem;
  }
  a {
    color: var(--_primary);
    overflow-wrap: break-word;
  }
  a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
