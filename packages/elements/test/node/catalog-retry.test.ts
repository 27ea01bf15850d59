// Retry of a catalog whose chunk failed to load, in Node, as a browser that keeps a failed import in
// its module map needs it (core/i18n.ts with core/chunk.ts's importAgain): the first load of the
// German texts fails with the browser's TypeError naming the chunk's URL (support/fail-once-url-hooks.mjs);
// Retry asks that URL again with a query of its own, and the German texts are there. Asking the same
// module again would fail again without a request: Node's loader, like that browser, keeps the failure.
import { strict as assert } from 'node:assert';
import { register } from 'node:module';
import { describe, it, mock } from 'node:test';

register(new URL('./support/fail-once-url-hooks.mjs', import.meta.url));
const { catalogError, catalogReady, retryCatalog, withLocale } = await import('../../src/core/i18n.js');
const { kindLabel } = await import('../../src/core/labels.js');

describe('core/i18n: Retry after a chunk that failed with its URL', () => {
  it('loads the chunk again from its URL with a query of its own, and speaks German', async () => {
    const warn = mock.method(console, 'warn', () => {});
    try {
      await catalogReady('de');
      const error = catalogError('de');
      assert.ok(error instanceof TypeError, String(error));
      assert.equal(
        error.message,
        'Failed to fetch dynamically imported module: https://cdn.example/pact/chunks/de-3f2a.js',
      );
      assert.equal(
        withLocale('de', () => kindLabel('country')),
        'Country',
      );

      retryCatalog('de');
      await catalogReady('de');
      assert.equal(catalogError('de'), undefined);
      assert.equal(
        withLocale('de', () => kindLabel('country')),
        'Land',
      );
      assert.equal(warn.mock.callCount(), 1, 'one warning: the first load');
    } finally {
      warn.mock.restore();
    }
  });
});
