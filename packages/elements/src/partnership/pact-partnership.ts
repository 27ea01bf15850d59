import { PactPartnership } from './pact-partnership.component.js';
import { safeDefine } from '../core/define.js';

export { PactPartnership };
safeDefine('pact-partnership', PactPartnership);

declare global {
  interface HTMLElementTagNameMap {
    'pact-partnership': PactPartnership;
  }
}
