/**
 * The elements loaded only when their tag is on the page (core/autoload.ts), and the first
 * requests some of them send with their module. Imported first by index.ts and by the CDN
 * file's entry (cdn.ts), so that these requests and modules are asked for before the core's own
 * elements (the pillars, the provider) are defined: in the CDN file, the code of the core up to
 * here (Lit, the SDK, the on-demand loader) runs before theirs, and their turns come first.
 */
import type { MembershipId } from '@pact/schema';
import { autoload } from './core/autoload.js';
import { mapRequests } from './route-map/first-requests.js';
import { partnershipRequest } from './partnership/first-requests.js';

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
