// `@pact/api/node`, or a clear message and exit code 2 when the packages have not been built.
let api;
try {
  api = await import('@pact/api/node');
} catch (e) {
  console.error(`Cannot import @pact/api/node (${e.message}). Build first: npx tsc -b`);
  process.exit(2);
}
export default api;
