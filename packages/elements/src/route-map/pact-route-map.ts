import { PactRouteMap } from './pact-route-map.component.js';
import { safeDefine } from '../core/define.js';

export { PactRouteMap };
safeDefine('pact-route-map', PactRouteMap);

declare global {
  interface HTMLElementTagNameMap {
    'pact-route-map': PactRouteMap;
  }
}
