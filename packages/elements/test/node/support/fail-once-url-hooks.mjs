// Module hooks for catalog-retry.test.ts: the first load of the German catalog
// (src/generated/locales/de.*) fails as a chunk does in a browser that keeps a failed import in its
// module map: a TypeError naming the chunk's URL on the CDN. That URL asked again with a query of its
// own (?retry=N) answers with a German catalog of one text ("Country": "Land").
const CHUNK = 'https://cdn.example/pact/chunks/de-3f2a.js';
let failed = false;

export async function resolve(specifier, context, next) {
  if (specifier.startsWith(`${CHUNK}?retry=`)) return { url: specifier, shortCircuit: true };
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url.startsWith(`${CHUNK}?retry=`)) {
    return { format: 'module', source: "export const templates = { s9cf7402fe920f7d1: 'Land' };", shortCircuit: true };
  }
  if (!failed && /\/generated\/locales\/de\.(?:js|ts)$/.test(new URL(url).pathname)) {
    failed = true;
    throw new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`);
  }
  return next(url, context);
}
