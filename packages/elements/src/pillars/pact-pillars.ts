import { PactPillars } from './pact-pillars.component.js';
import { safeDefine } from '../core/define.js';

export { PactPillars };
safeDefine('pact-pillars', PactPillars);

declare global {
  interface HTMLElementTagNameMap {
    'pact-pillars': PactPillars;
  }
}
