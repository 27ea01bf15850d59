import { css } from 'lit';

export const projectFormStyles = css`
  :host {
    --_columns: var(--pact-project-form-columns, 16rem);
    display: block;
  }
  form {
    display: grid;
    gap: 1rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin: 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_columns)), 1fr));
    gap: 0.75rem;
    align-items: start;
  }
  .grid + .grid {
    margin-block-start: 0.75rem;
  }
  textarea {
    inline-size: 100%;
    box-sizing: border-box;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    resize: vertical;
  }
  input,
  select {
    box-sizing: border-box;
    color: inherit;
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .error {
    color: var(--_danger);
    margin: 0;
    font-size: 0.875em;
    font-weight: 600;
  }
  .summary {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .summary p {
    margin: 0;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: 400;
    min-block-size: 1.75rem;
  }
  .check input {
    flex: none;
    min-block-size: 0;
    block-size: 1.1rem;
    inline-size: 1.1rem;
  }
  .picker .chosen {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    padding: 0;
    margin: 0 0 0.5rem;
  }
  .picker .chosen li {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding-inline: 0.6rem 0.2rem;
    background: var(--_surface-alt);
  }
  .picker .chosen li.none {
    border: 0;
    background: none;
    color: var(--_muted);
    padding: 0;
  }
  .remove {
    min-inline-size: 1.75rem;
    min-block-size: 1.75rem;
    border: 0;
    border-radius: 999px;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .options {
    max-block-size: 12rem;
    overflow-y: auto;
    margin-block-start: 0.4rem;
    padding-inline: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .more {
    color: var(--_muted);
    margin: 0.25rem 0;
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
`;
