import { css } from 'lit';

/**
 * The flow set of `<pact-route-map flows="cocaine">`: its three lines told apart by colour and by
 * pattern (solid, dashed, dotted: the opiate routes' palette, whose contrast is checked), and its
 * two kinds of centre by shape (information-exchange centres hollow, operational centres filled).
 */
export const flowStyles = css`
  .route.flow.via-west-africa {
    --_color: var(--_balkan);
    --_dash: var(--_balkan-dash);
  }
  .route.flow.by-sea-to-europe {
    --_color: var(--_southern);
    --_dash: var(--_southern-dash);
  }
  .route.flow.by-sea-to-europe .line {
    stroke-width: calc(var(--_route-width) + 0.5px);
  }
  .route.flow {
    cursor: default;
  }
  .centre.information-centre .marker {
    fill: var(--_surface);
    stroke: var(--_centre);
    stroke-width: 2.5px;
  }
`;
