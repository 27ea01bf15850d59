import { css } from 'lit';

/**
 * The route map in Windows' high-contrast mode (system colours) and in print. Follows
 * routeMapStyles in the element's styles, as it did at that sheet's end.
 */
export const routeMapSystemStyles = css`
  @media (forced-colors: active) {
    .water {
      fill: Canvas;
    }
    .country {
      fill: Canvas;
      stroke: CanvasText;
    }
    .country.partner,
    .country.priority,
    .country.origin {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1.5px;
    }
    .route .line,
    .legend .line,
    .route .head {
      stroke: CanvasText;
    }
    .route .head {
      fill: CanvasText;
    }
    .route .casing {
      stroke: Canvas;
    }
    .route:focus-visible .casing,
    .ring.focus {
      stroke: Highlight;
    }
    .marker,
    .origin-marker,
    .label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .tooltip,
    .frame {
      border: 1px solid CanvasText;
    }
    .link {
      color: LinkText;
    }
  }
  @media print {
    .toolbar,
    .tooltip {
      display: none !important;
    }
    .frame {
      break-inside: avoid;
    }
  }
`;
