/**
 * The CDN file's entry (rollup.config.mjs): index.ts, with the core's own elements (the provider,
 * the pillars) registered in a turn after the file has run (core/define-later.ts). The tags loaded
 * on demand (autoloads.ts) take their turn first: their modules and first requests leave before
 * those registrations. Script on the page that needs a tag defined awaits
 * `customElements.whenDefined(tag)`, as for those.
 */
import './autoloads.js';
import './core/define-later.js';

export * from './index.js';
