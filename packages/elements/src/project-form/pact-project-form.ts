// <pact-provider> is defined first, so that it upgrades before the elements inside it ask for its context.
import '../provider/pact-provider.js';
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
