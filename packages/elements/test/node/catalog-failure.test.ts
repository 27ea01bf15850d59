// A catalog that fails to load (core/i18n.ts), in Node: the first load of the German texts fails
// (support/fail-once-hooks.mjs), as a chunk the network dropped would. The element is then told the
// error (it shows its error state instead of waiting forever), the console names the language, the
// texts stay English, other languages load, and Retry starts a new load.
import { strict as assert } from 'node:assert';
import { register } from 'node:module';
import { describe, it, mock } from 'node:test';

register(new URL('./support/fail-once-hooks.mjs', import.meta.url));
const { catalogError, catalogReady, retryCatalog, withLocale } = await import('../../src/core/i18n.js');
const { kindLabel } = await import('../../src/core/labels.js');

describe('core/i18n: a catalog that fails to load', () => {
  it('reports the failure, stays English, and loads again on Retry', async () => {
    const warn = mock.method(console, 'warn', () => {});
    try {
      const first = catalogReady('de');
      assert.ok(first instanceof Promise);
      await first;
      assert.equal(warn.mock.callCount(), 1);
      assert.equal(warn.mock.calls[0]?.arguments[0], 'Pact Embed could not load the de translations.');
      const error = catalogError('de');
      assert.ok(error instanceof Error && /network error loading .*de\./.test(error.message), String(error));
      // Known to have failed: no new load, no wait, and the texts stay English.
      assert.equal(catalogReady('de'), null);
      assert.equal(
        withLocale('de', () => kindLabel('country')),
        'Country',
      );
      // Another language is not affected.
      await catalogReady('it');
      assert.equal(catalogError('it'), undefined);
      assert.equal(
        withLocale('it', () => kindLabel('country')),
        'Paese',
      );

      // Retry forgets the failure and tries again: the element waits for a new load instead of
      // showing the old error. (Node's module loader keeps a failed module, so here the new load
      // fails the same way and says so again; a browser fetches the chunk anew.)
      retryCatalog('de');
      assert.equal(catalogError('de'), undefined);
      const again = catalogReady('de');
      assert.ok(again instanceof Promise);
      assert.notEqual(again, first);
      await again;
      assert.equal(warn.mock.callCount(), 2);
      assert.ok(catalogError('de') instanceof Error);
      assert.equal(catalogReady('de'), null);
    } finally {
      warn.mock.restore();
    }
  });
});
