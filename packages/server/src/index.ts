/**
 * @pact/server: the deployment that composes @pact/api with @pact/elements (ARCHITECTURE.md,
 * "Growing the design"), so that the data API itself never renders markup.
 */
export { PAGES } from './pages.js';
