// <pact-provider> is defined first, so that it upgrades before the elements inside it ask for its context.
import '../provider/pact-provider.js';
import { PactPartners } from './pact-partners.component.js';
import { safeDefine } from '../core/define.js';

export { PactPartners };
safeDefine('pact-partners', PactPartners);

declare global {
  interface HTMLElementTagNameMap {
    'pact-partners': PactPartners;
  }
}
