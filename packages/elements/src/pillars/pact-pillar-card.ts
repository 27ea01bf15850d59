// <pact-provider> is defined first, so that it upgrades before the elements inside it ask for its context.
import '../provider/pact-provider.js';
import { PactPillarCard } from './pact-pillar-card.component.js';
import { safeDefine } from '../core/define.js';

export { PactPillarCard };
safeDefine('pact-pillar-card', PactPillarCard);

declare global {
  interface HTMLElementTagNameMap {
    'pact-pillar-card': PactPillarCard;
  }
}
