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
import type { MembershipId } from '@pact/schema';
import { autoload } from './core/autoload.js';
import { mapRequests } from './route-map/first-requests.js';
import { partnershipRequest } from './partnership/first-requests.js';

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

autoload('pact-partners', () => import('./partners/pact-partners.js'));
// The map's and the partnership's first requests leave with their module (the very calls
// route-map/load.ts and the partnership's data controller make: */first-requests.ts).
autoload(
  'pact-route-map',
  () => import('./route-map/pact-route-map.js'),
  (el, c, signal) => mapRequests(c, signal, el.getAttribute('flows') === 'cocaine').filter((p) => p !== undefined),
);
autoload('pact-projects', () => import('./projects/pact-projects.js'));
autoload('pact-project-form', () => import('./project-form/pact-project-form.js'));
// One chunk for both: they share their dates, source links and labels.
const content = () => import('./timeline/content-elements.js');
autoload('pact-partnership', content, (el, c, signal) => {
  const id = el.getAttribute('partnership') as MembershipId | null;
  return id ? [partnershipRequest(c, id, signal)] : [];
});
autoload('pact-timeline', content);
