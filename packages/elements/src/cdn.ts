/**
 * The CDN file's entry (rollup.config.mjs): index.ts, with the core's own elements (the provider,
 * the pillars) registered in a turn after the file has run (core/define-later.ts). The other tags
 * are loaded on demand (autoloads.ts), their turn taken first. Script on the page that needs a tag
 * defined awaits `customElements.whenDefined(tag)`, as for those.
 */
import './core/define-later.js';

export * from './index.js';
