// Module hooks for catalog-failure.test.ts: the first load of the German catalog
// (src/generated/locales/de.*) fails, as a chunk that the network dropped would; later loads work.
let failed = false;

export async function load(url, context, next) {
  if (!failed && /\/generated\/locales\/de\.(?:js|ts)$/.test(new URL(url).pathname)) {
    failed = true;
    throw new Error(`network error loading ${url}`);
  }
  return next(url, context);
}
