import { PactProvider } from './pact-provider.component.js';
import { safeDefine } from '../core/define.js';

export { PactProvider };
safeDefine('pact-provider', PactProvider);

declare global {
  interface HTMLElementTagNameMap {
    'pact-provider': PactProvider;
  }
}
