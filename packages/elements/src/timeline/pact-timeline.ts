import { PactTimeline } from './pact-timeline.component.js';
import { safeDefine } from '../core/define.js';

export { PactTimeline };
safeDefine('pact-timeline', PactTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'pact-timeline': PactTimeline;
  }
}
