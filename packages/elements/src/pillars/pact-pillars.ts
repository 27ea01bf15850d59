// <pact-provider> is defined first, so that it upgrades before the elements inside it ask for its context.
import '../provider/pact-provider.js';
import { PactPillars } from './pact-pillars.component.js';
import { safeDefine } from '../core/define.js';

export { PactPillars };
safeDefine('pact-pillars', PactPillars);

declare global {
  interface HTMLElementTagNameMap {
    'pact-pillars': PactPillars;
  }
}
