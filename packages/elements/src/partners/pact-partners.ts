import { PactPartners } from './pact-partners.component.js';
import { safeDefine } from '../core/define.js';

export { PactPartners };
safeDefine('pact-partners', PactPartners);

declare global {
  interface HTMLElementTagNameMap {
    'pact-partners': PactPartners;
  }
}
