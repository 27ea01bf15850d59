import { css } from 'lit';
import { loadingBox, loadingInFrame } from '../core/styles.js';

/**
 * The map's styles, after the shared loading box (core/styles.ts) as the other elements have it:
 * the space kept while the data loads (`--pact-route-map-min-height`, none by default: the map's
 * frame keeps its shape), with the loading message in the frame's corner (loadingInFrame).
 */
export const routeMapStyles = css`
  ${loadingBox}
  ${loadingInFrame()}
  :host {
    --_water: var(--pact-route-map-water-color, light-dark(#dce7ef, #0f1b26));
    --_land: var(--pact-route-map-land-color, light-dark(#fbfaf6, #2a2f36));
    --_land-border: var(--pact-route-map-border-color, light-dark(#aaa59b, #545c66));
    --_partner: var(--pact-route-map-partner-color, light-dark(#e4dcc9, #3c4148));
    --_priority: var(--pact-route-map-priority-color, light-dark(#f6cf98, #5a4326));
    --_priority-border: var(--pact-route-map-priority-border-color, var(--_accent));
    --_origin: var(--pact-route-map-origin-color, light-dark(#efb7a6, #6b3a30));
    --_northern: var(--pact-route-map-northern-color, light-dark(#6b2c91, #d6aefc));
    --_balkan: var(--pact-route-map-balkan-color, light-dark(#a63a00, #ffae73));
    --_southern: var(--pact-route-map-southern-color, light-dark(#005b70, #6dd5ea));
    --_northern-dash: var(--pact-route-map-northern-dasharray, none);
    --_balkan-dash: var(--pact-route-map-balkan-dasharray, 10 5);
    --_southern-dash: var(--pact-route-map-southern-dasharray, 0.5 6.5);
    --_route-width: var(--pact-route-map-route-width, 3px);
    --_centre: var(--pact-route-map-centre-color, var(--_text));
    /* The space a site reserves for the whole element (the cloak keeps it too) while its data loads. */
    --_min-height: var(--pact-route-map-min-height, 0);
  }
  .base {
    display: grid;
    /* Never wider than the host, whatever a name's length. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.6rem;
    margin: 0;
  }
  .toolbar-space {
    min-block-size: var(--_tap);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .group {
    display: inline-flex;
    gap: 0.25rem;
  }
  .toolbar .button {
    min-inline-size: var(--_tap);
    justify-content: center;
    padding-inline: 0.7rem;
  }
  .toolbar .button[aria-pressed='false'] {
    background: transparent;
    color: var(--_primary);
  }
  .toolbar .button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  .zoom-symbol {
    font-size: 1.25em;
    line-height: 1;
  }

  /*
   * The map's box keeps its size from the first paint: nothing jumps when the data arrives. Its
   * default shape follows the routes asked for, always wider than tall: 4:3 with the southern route
   * (it reaches South Africa), 16:9 without it; never taller than 80% of the viewport, so that the
   * map and its legend fit a laptop screen (the map is laid out in whatever box this gives).
   */
  .frame {
    position: relative;
    display: grid;
    inline-size: 100%;
    max-block-size: 80vh;
    aspect-ratio: var(--pact-route-map-aspect-ratio, 4 / 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_water);
    overflow: hidden;
  }
  .frame.wide {
    aspect-ratio: var(--pact-route-map-aspect-ratio, 16 / 9);
  }
  .frame.table,
  .frame.empty {
    aspect-ratio: auto;
    max-block-size: none;
    border: 0;
    background: none;
    overflow: visible;
  }
  .frame > div {
    display: grid;
    align-content: center;
  }
  .frame .state {
    margin: var(--_space);
  }

  .viewport {
    position: absolute;
    inset: 0;
    overflow: hidden;
    touch-action: pan-y pinch-zoom;
    cursor: default;
  }
  .viewport.zoomed {
    cursor: grab;
    touch-action: none;
  }
  .viewport.dragging {
    cursor: grabbing;
  }
  .viewport:focus-visible {
    outline-offset: -3px;
  }
  /* The map is never mirrored: in a right-to-left page its drawing keeps west on the left and its
     labels their anchors (text-anchor start/end follow direction); each label's words take their
     own direction (an Arabic name runs right to left). */
  svg.layer {
    direction: ltr;
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    overflow: hidden;
  }
  svg.overlay {
    z-index: 1;
    pointer-events: none;
  }
  svg.layer text {
    unicode-bidi: plaintext;
  }
  svg :focus {
    outline: none;
  }
  .water {
    fill: var(--_water);
  }
  .country {
    fill: var(--_land);
    stroke: var(--_land-border);
    stroke-width: 0.6px;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .country.partner {
    fill: var(--_partner);
  }
  .country.priority {
    fill: var(--_priority);
  }
  .country.origin {
    fill: var(--_origin);
  }
  .country[data-key] {
    cursor: pointer;
  }
  .country.on-route {
    stroke: light-dark(#6f6a61, #8a929c);
    stroke-width: 0.9px;
  }
  .country.priority {
    stroke: var(--_priority-border);
  }
  .ring {
    fill: none;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .ring.hover {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .ring.focus {
    stroke: var(--_focus);
    stroke-width: 3.5px;
  }
  .ring.halo {
    stroke: var(--_surface);
    stroke-width: 7px;
  }

  .route {
    --_color: var(--_northern);
    --_dash: var(--_northern-dash);
    cursor: pointer;
  }
  .route.balkan {
    --_color: var(--_balkan);
    --_dash: var(--_balkan-dash);
  }
  .route.southern {
    --_color: var(--_southern);
    --_dash: var(--_southern-dash);
  }
  .route path {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .route .casing {
    stroke: var(--_surface);
    stroke-width: calc(var(--_route-width) + 3px);
    stroke-opacity: 0.85;
  }
  .route .line,
  .legend .line {
    stroke: var(--_color);
    stroke-width: var(--_route-width);
    stroke-dasharray: var(--_dash);
  }
  .route .head {
    fill: var(--_color);
    stroke: var(--_surface);
    stroke-width: 1px;
  }
  .route .stop {
    fill: var(--_surface);
    stroke: var(--_color);
    stroke-width: 1.5px;
  }
  .route.southern .line {
    stroke-width: calc(var(--_route-width) + 0.5px);
  }
  .route .hit {
    stroke: transparent;
    stroke-width: 16px;
    pointer-events: stroke;
  }
  .route.dim {
    opacity: 0.3;
  }
  .route.active .line {
    stroke-width: calc(var(--_route-width) + 1.5px);
  }
  .route:focus-visible .casing {
    stroke: var(--_focus);
    stroke-width: calc(var(--_route-width) + 8px);
    stroke-opacity: 1;
  }
  /* Dashes flow outwards from Afghanistan on the route in focus, only for readers who allow motion. */
  @media (prefers-reduced-motion: no-preference) {
    .route.balkan.active .line,
    .route.southern.active .line {
      animation: flow 1.2s linear infinite;
    }
  }
  @keyframes flow {
    to {
      stroke-dashoffset: -30;
    }
  }

  .marker {
    fill: var(--_centre);
    stroke: var(--_surface);
    stroke-width: 1.5px;
  }
  .centre {
    pointer-events: all;
  }
  .origin-marker {
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 1.5px;
  }
  .label {
    font-size: 12px;
    font-weight: 600;
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }

  .tooltip {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 2;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.15rem;
    max-inline-size: min(18rem, 80%);
    overflow-wrap: anywhere;
    padding-block: 0.4rem;
    padding-inline: 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    font-size: 0.875em;
    line-height: 1.35;
    pointer-events: none;
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip strong {
    font-weight: 700;
  }
  .tooltip .muted {
    color: var(--_muted);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 1.2rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.45rem;
  }
  .legend svg {
    flex: none;
    overflow: visible;
  }
  .swatch {
    stroke: var(--_land-border);
    stroke-width: 1px;
  }
  .swatch.partner {
    fill: var(--_partner);
  }
  .swatch.priority {
    fill: var(--_priority);
    stroke: var(--_priority-border);
  }
  .swatch.origin {
    fill: var(--_origin);
  }

  .caption {
    grid-template-columns: minmax(0, 1fr);
    overflow-wrap: anywhere;
    display: grid;
    gap: 0.2rem;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .caption strong {
    color: var(--_text);
    font-weight: 600;
  }

  .table-scroll {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_page-surface);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    /* Names never break mid-word ("Azerbaij/an"): a narrow screen scrolls the table instead. */
    overflow-wrap: normal;
    hyphens: manual;
  }
  table + table {
    border-block-start: 2px solid var(--_border);
  }
  caption {
    padding: 0.5rem 0.6rem;
    text-align: start;
    font-weight: 700;
  }
  td ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.8rem;
    margin: 0;
    padding: 0;
  }
  td li {
    margin-inline-start: 1.9em; /* the number, outside its item, beside the first line of a long name */
    & > .link-button {
      vertical-align: top;
    }
  }
  tbody th {
    font-weight: 600;
  }
`;
