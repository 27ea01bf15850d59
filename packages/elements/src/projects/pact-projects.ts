// <pact-provider> is defined first, so that it upgrades before the elements inside it ask for its context.
import '../provider/pact-provider.js';
import { PactProjects } from './pact-projects.component.js';
import { safeDefine } from '../core/define.js';

export { PactProjects };
safeDefine('pact-projects', PactProjects);

declare global {
  interface HTMLElementTagNameMap {
    'pact-projects': PactProjects;
  }
}
