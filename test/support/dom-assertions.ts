// Loaded before every browser test file (web-test-runner.config.mjs, testRunnerHtml).
// A failing assertion about a DOM node, such as `expect(el.querySelector('p')).to.equal(null)`,
// used to stall web-test-runner for its whole 180 s finish time-out and end with "0 passed, 0
// failed" and no test name: the runner cannot serialize a live node (with its document and shadow
// roots) as the error's actual or expected value. Here such values become a short description
// before the error leaves the test, so the failure is reported at once, with the test's name.
// Not from @open-wc/testing: imported before mocha is set up, it would not register its fixture
// clean-up hook. @esm-bundle/chai is the instance @open-wc/testing re-exports.
import { use } from '@esm-bundle/chai';

function describeNode(n: Node): string {
  if (n instanceof Element) {
    const id = n.id ? `#${n.id}` : '';
    const part = n.getAttribute('part') ? `[part="${n.getAttribute('part')}"]` : '';
    const text = (n.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80);
    return `<${n.localName}${id}${part}>${text ? ` "${text}"` : ''}`;
  }
  return `${n.nodeName} "${(n.textContent ?? '').slice(0, 80)}"`;
}

const plain = (v: unknown): unknown =>
  v instanceof Node ? describeNode(v) : Array.isArray(v) && v.some((x) => x instanceof Node) ? v.map(plain) : v;

use((c) => {
  const assert = c.Assertion.prototype.assert;
  c.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (e) {
      if (e instanceof c.AssertionError) {
        const err = e as Chai.AssertionError & { actual?: unknown; expected?: unknown };
        err.actual = plain(err.actual);
        err.expected = plain(err.expected);
        // chai's message embeds its own rendering of the node: keep it short.
        err.message = err.message.slice(0, 500);
      }
      throw e;
    }
  };
});
