/**
 * @pact/server: the deployment that composes @pact/api with @pact/elements (ARCHITECTURE.md,
 * "Growing the design"), so that the data API itself never renders markup.
 */
export { PAGES } from './pages.js';
export { embedHandler, embedCsp, type EmbedOptions } from './embed/handler.js';
export { cdnEmbedPage, elementMarkup, type EmbedPageBuilder, type EmbedPageContext } from './embed/page.js';
export { readEmbedUrl, embedPath, type EmbedSpec } from './embed/spec.js';
export { embeddableElements } from './embed/manifest.js';
export { oembedHandler, oembedFor, iframeHtml } from './oembed/oembed.js';
export { publishHandler, fileIntegrity, type PublishOptions } from './publish/handler.js';
