import { PactPillarCard } from './pact-pillar-card.component.js';
import { safeDefine } from '../core/define.js';

export { PactPillarCard };
safeDefine('pact-pillar-card', PactPillarCard);

declare global {
  interface HTMLElementTagNameMap {
    'pact-pillar-card': PactPillarCard;
  }
}
