/**
 * Pact Embed elements: importing this module registers every tag. Six load only when their tag
 * is on the page: the partner directory, the route map (with its d3-geo drawing code), the project
 * listing (with its row templates, CSV export and virtualizer), the partnership block, the
 * timeline and the project form (with the write validators). Import `@pact/elements/partners/pact-partners.js`,
 * `@pact/elements/route-map/pact-route-map.js`, `@pact/elements/projects/pact-projects.js`,
 * `@pact/elements/partnership/pact-partnership.js` or `@pact/elements/timeline/pact-timeline.js` to
 * register one at once.
 * Import the `*.component.js` modules instead for the classes without registration.
 */
// First: the tags that load their module on demand, and the first requests sent with it
// (autoloads.ts), before this module's own elements are defined.
import './autoloads.js';

export * from './provider/pact-provider.js';
export type { PactPartners } from './partners/pact-partners.js';
export * from './pillars/pact-pillars.js';
export * from './pillars/pact-pillar-card.js';
export type { PactProjectForm, PactProjectSubmitEvent, FieldViolation } from './project-form/pact-project-form.js';
export type { PactProjects } from './projects/pact-projects.js';
export type { PactRouteMap } from './route-map/pact-route-map.js';
export type { PactPartnership } from './partnership/pact-partnership.js';
export type { PactTimeline } from './timeline/pact-timeline.js';
export * from './core/events.js';
export { PactElement } from './core/pact-element.js';
export { PactSelection, pactContext, type PactContextValue, type SelectionState } from './core/context.js';
export { safeDefine } from './core/define.js';
