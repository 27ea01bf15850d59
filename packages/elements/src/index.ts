/**
 * Pact Embed elements: importing this module registers every tag.
 * Import the `*.component.js` modules instead for the classes without registration.
 */
export * from './provider/pact-provider.js';
export * from './partners/pact-partners.js';
export * from './pillars/pact-pillars.js';
export * from './pillars/pact-pillar-card.js';
export * from './projects/pact-projects.js';
export * from './core/events.js';
export { PactElement } from './core/pact-element.js';
export { PactSelection, pactContext, type PactContextValue, type SelectionState } from './core/context.js';
export { safeDefine } from './core/define.js';
