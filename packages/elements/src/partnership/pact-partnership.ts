// <pact-provider> is defined first, so that it upgrades before the elements inside it ask for its context.
import '../provider/pact-provider.js';
import { PactPartnership } from './pact-partnership.component.js';
import { safeDefine } from '../core/define.js';

export { PactPartnership };
safeDefine('pact-partnership', PactPartnership);

declare global {
  interface HTMLElementTagNameMap {
    'pact-partnership': PactPartnership;
  }
}
