import { PactProjectForm, PactProjectSubmitEvent } from './pact-project-form.component.js';
import { safeDefine } from '../core/define.js';

export { PactProjectForm, PactProjectSubmitEvent };
export type { FieldViolation } from './pact-project-form.component.js';
safeDefine('pact-project-form', PactProjectForm);

declare global {
  interface HTMLElementTagNameMap {
    'pact-project-form': PactProjectForm;
  }
}
