import { PactProjects } from './pact-projects.component.js';
import { safeDefine } from '../core/define.js';

export { PactProjects };
safeDefine('pact-projects', PactProjects);

declare global {
  interface HTMLElementTagNameMap {
    'pact-projects': PactProjects;
  }
}
