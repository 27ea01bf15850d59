// <pact-provider> is defined first, so that it upgrades before the elements inside it ask for its context.
import '../provider/pact-provider.js';
import { PactTimeline } from './pact-timeline.component.js';
import { safeDefine } from '../core/define.js';

export { PactTimeline };
safeDefine('pact-timeline', PactTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'pact-timeline': PactTimeline;
  }
}
