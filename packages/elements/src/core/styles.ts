import { css, type CSSResult } from 'lit';

/**
 * Design tokens, tier 1 (global): every `--pact-*` property a site may set, with its
 * default. Components read the private `--_*` copies, and declare their own tier-2
 * knobs (e.g. `--pact-partners-columns`) from these. Colours use light-dark(), so the
 * widgets follow the host page's `color-scheme`: a page that declares
 * `color-scheme: light dark` gets dark widgets for readers who prefer dark.
 */
export const tokens = css`
  :host {
    --_font: var(--pact-font-family, inherit);
    --_font-heading: var(--pact-font-family-heading, inherit);
    /* medium: the reader's default size, which a page's html { font-size: 10px } does not shrink. */
    --_font-size: var(--pact-font-size, medium);
    /* A tap target: at least 44 px whatever the page's root font size. */
    --_tap: max(2.75rem, 44px);
    --_text: var(--pact-color-text, light-dark(#1f2328, #e6e8eb));
    --_muted: var(--pact-color-text-muted, light-dark(#555e68, #aab3bd));
    --_surface: var(--pact-color-surface, light-dark(#ffffff, #15181c));
    --_surface-alt: var(--pact-color-surface-alt, light-dark(#f3f5f7, #1f2329));
    --_border: var(--pact-color-border, light-dark(#8c959f, #5e6670));
    --_primary: var(--pact-color-primary, light-dark(#0a558c, #8cc4f2));
    --_on-primary: var(--pact-color-on-primary, light-dark(#ffffff, #0b1a2b));
    --_accent: var(--pact-color-accent, light-dark(#8a4600, #f3b775));
    --_danger: var(--pact-color-danger, light-dark(#b3261e, #ffb4ab));
    --_focus: var(--pact-color-focus, light-dark(#0a558c, #8cc4f2));
    --_radius: var(--pact-radius, 0.5rem);
    --_space: var(--pact-space, 1rem);
    --_shadow: var(--pact-shadow, 0 1px 2px rgb(0 0 0 / 0.12));
  }
`;

/** What every element shares: a reset of inherited text styles, focus, buttons, states. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    /* Reset what the host page may have set on an ancestor, except the font. */
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    /* A very long name breaks rather than overflowing (containers keep minmax(0, 1fr) columns). */
    overflow-wrap: break-word;
    visibility: visible;
    cursor: auto;
    list-style: none;
  }
  :host([hidden]) {
    display: none;
  }
  /* Text in another language than the element's (an English name or acronym in Arabic text, an
     Arabic name in English text) keeps its own direction: bidi isolation, like <bdi>; text in a
     left-to-right language runs left to right inside a right-to-left element (its full stop at
     its end, not at its start). */
  [lang] {
    unicode-bidi: isolate;
  }
  [lang]:not(:lang(ar)) {
    direction: ltr;
  }
  /* Partner names, pillar and project titles: a theme may give them their own font. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    font-family: var(--_font-heading);
  }
  /* Own box model and line height inside the shadow root: a page's * { box-sizing: content-box }
     or line-height: 2 !important reaches the host, never what is inside. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :host > * {
    line-height: 1.5;
    /* A theme's word-break: break-word or hyphens: auto would break names mid-word ("Azerbaij/an"). */
    word-break: normal;
    hyphens: manual;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: var(--_tap);
    min-inline-size: var(--_tap);
    padding-block: 0.4rem;
    padding-inline: 0.9rem;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  /* A button that reads as a link: partner names, pillar titles, the map table's routes and countries. */
  .link-button {
    all: unset;
    box-sizing: border-box;
    color: var(--_primary);
    cursor: pointer;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  .link-button:hover {
    text-decoration-thickness: 2px;
  }
  .link-button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .state.error {
    border-inline-start: 4px solid var(--_danger);
  }
  .state p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .loading {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--_muted);
    padding-block: 0.5rem;
  }
  .spinner {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .busy {
    opacity: 0.6;
    transition: opacity 0.15s;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-inline-end-color: currentColor;
    }
    .busy {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .button,
    .state {
      border: 1px solid ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .button,
    .loading,
    .controls {
      display: none !important;
    }
  }
`;

/**
 * The box an element keeps while its data loads (its `--_min-height`, the cloak's too), released
 * once loaded. Until the first data, the loading state takes the fallback content's place instead
 * of pushing it down (a layout shift), and the fallback is hidden while it shows.
 */
export const loadingBox = css`
  :host {
    min-block-size: var(--_min-height);
  }
  :host([data-loaded]) {
    min-block-size: 0;
  }
  :host(:not([data-loaded])) {
    position: relative;
  }
  :host(:not([data-loaded])) .loading {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
  }
  .loading + div > slot::slotted(*) {
    visibility: hidden;
  }
`;

/**
 * With {@link loadingBox}, for an element that draws its data in a `.frame` of its own, a box that
 * keeps its size while loading (the route map's): the message inside that frame, in its corner,
 * over what the frame holds (also while new data loads over the old). After loadingBox. A function:
 * a `css` literal at a module's top level stays in every bundle that imports the module, used or
 * not (bundlers cannot know the tag is pure), and this one only the route map uses.
 */
export const loadingInFrame = (): CSSResult => css`
  :host .frame > .loading {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline: 0.5rem auto;
    z-index: 3;
    padding-inline: 0.6rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;

/** The cells of a data table (the partners' and the route map's table views). */
export const tableCells = css`
  th,
  td {
    padding: 0.5rem 0.6rem;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    background: var(--_surface-alt);
    font-size: 0.9em;
  }
`;

/** The search and filter forms of the list elements: labelled fields that wrap on narrow screens. */
export const controlStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    flex: 1 1 10rem;
    min-inline-size: 0;
  }
  .field.search {
    flex: 2 1 14rem;
  }
  label {
    font-size: 0.875em;
    font-weight: 600;
  }
  input,
  select {
    min-block-size: var(--_tap);
    inline-size: 100%;
    padding-inline: 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
