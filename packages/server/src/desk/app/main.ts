/** The desk page's module (rollup entry `desk`, served at /desk/desk.js). */
import '@pact/elements/project-form/pact-project-form.js';
import { PactDesk } from './desk.js';

if (!customElements.get('pact-desk')) customElements.define('pact-desk', PactDesk);

declare global {
  interface HTMLElementTagNameMap {
    'pact-desk': PactDesk;
  }
}
