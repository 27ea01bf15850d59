/**
 * What the CDN core loads when a <pact-timeline> or a <pact-partnership> appears on the page: both
 * elements share their dates, source links and labels, so one chunk holds the two (a chunk of its
 * own for each would leave the shared code in a third).
 */
export * from './pact-timeline.js';
export * from '../partnership/pact-partnership.js';
