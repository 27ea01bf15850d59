/**
 * `msg` and `str`, the two functions of @lit/localize the elements use, from the library's own
 * modules rather than its index: the index also brings its page-wide runtime (configureLocalization
 * and the message-id hash, whose table is built at load time), which every element would carry for
 * nothing (core/i18n.ts installs the kit's own `msg` and loads the catalog lookup with a catalog).
 * lit-localize's extractor finds the calls by their type, so imports from here are extracted as before.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
