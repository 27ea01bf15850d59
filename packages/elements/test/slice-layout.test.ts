import { expect, waitUntil } from '@open-wc/testing';
import { LitElement, css, html } from 'lit';
import { Slices } from '@pact/elements/core/turns';

/**
 * Issue 18: a later slice of a long list is laid out in its own task, and its size counts that
 * layout. The slices' renders are short; the layout of what they add came afterwards, in the next
 * frame, for every slice rendered since the last one: on the OSCE page on a phone, the directory's
 * cards made one layout task of 34 ms as run (135 ms on Lighthouse's slowed-down phone), after
 * render tasks of 5 to 15 ms.
 */

const WORDS = 'partners pillars routes projects meetings documents assistance coordination border precursor'.split(' ');
/** A long paragraph of varied words: line breaking makes its layout cost much more than its render. */
const paragraph = (i: number) =>
  Array.from({ length: 700 }, (_, j) => WORDS[(i * 7 + j * j) % WORDS.length]! + (j % 13 === 0 ? '.' : '')).join(' ');

/** The number of paragraphs each update of a `test-sliced-text` showed, in order. */
const updates = new WeakMap<Element, number[]>();

class SlicedText extends LitElement {
  static override styles = css`
    p {
      font: 13px/1.4 serif;
      inline-size: 31em;
      hyphens: auto;
    }
  `;
  readonly slices = new Slices(this, 12);
  items: readonly string[] = [];
  override render() {
    return html`${this.slices.of(this.items).map((text) => html`<p>${text}</p>`)}`;
  }
  override updated() {
    updates.set(this, [...(updates.get(this) ?? []), this.shadowRoot!.querySelectorAll('p').length]);
  }
}
customElements.define('test-sliced-text', SlicedText);

/** A `test-sliced-text` of `items` on the page, once it shows every one (8 s bound). */
async function shownWhole(items: readonly string[]): Promise<SlicedText> {
  const el = document.createElement('test-sliced-text') as SlicedText;
  el.items = items;
  document.body.append(el);
  const shown = () => el.shadowRoot?.querySelectorAll('p').length ?? 0;
  await waitUntil(() => shown() === items.length, `${shown()} of ${items.length} paragraphs shown`, { timeout: 8000 });
  return el;
}

/** The time, in ms, of laying out every paragraph of `el` again at another width. */
function relayout(el: SlicedText): number {
  const start = performance.now();
  el.shadowRoot!.querySelectorAll('p').forEach((p) => (p.style.inlineSize = '30em'));
  el.getBoundingClientRect();
  return performance.now() - start;
}

describe('a long list in slices, laid out slice by slice', () => {
  it('keeps every task short when the items cost more to lay out than to render', async () => {
    const items = Array.from({ length: 600 }, (_, i) => `${i}: ${paragraph(i)}`);
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
    observer.observe({ type: 'longtask' });
    const el = await shownWhole(items);
    try {
      // Laid out, so that the last slice's layout is counted too.
      el.getBoundingClientRect();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const paragraphs = [...el.shadowRoot!.querySelectorAll('p')];
      expect(paragraphs.map((p) => p.textContent!.slice(0, 4))).to.deep.equal(items.map((t) => t.slice(0, 4)));
      // The layout this test asks for is a real cost (else the bound below proves nothing).
      const whole = relayout(el);
      expect(whole, 'the layout of every paragraph, in ms').to.be.greaterThan(150);
      // Each slice is sized to about 10 ms of render, commit and layout (70 to 80 ms for the longest
      // task here); a busy machine may stretch one several times over, but no task comes near laying
      // the whole list out (over 600 ms here when the slices were laid out in the next frame).
      const longest = Math.max(0, ...tasks);
      expect(longest, `the longest task (ms; all: ${tasks.map(Math.round).join(', ')})`).to.be.lessThan(whole);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('adds fewer items than its first slices when a dozen take longer than a slice may', async () => {
    // 40 very long paragraphs: each costs milliseconds to lay out, so 12 (the list's slice size)
    // take far longer than the 10 ms a slice may; the later slices shrink to fit.
    const items = Array.from({ length: 40 }, (_, i) => Array.from({ length: 10 }, () => paragraph(i)).join(' '));
    const el = await shownWhole(items);
    try {
      const perItem = relayout(el) / items.length;
      // Twelve take longer than a slice may (1 ms each would do; laying them out anew costs more).
      expect(perItem, 'the layout of one paragraph, in ms').to.be.greaterThan(1.5);
      const counts = updates.get(el)!;
      const slices = counts.map((n, i) => n - (counts[i - 1] ?? 0)).filter((n) => n > 0);
      // The first screen (12), the next turn (12), then slices sized by the last one's time.
      expect(slices.slice(0, 2), `slices: ${slices.join(', ')}`).to.deep.equal([12, 12]);
      expect(Math.max(...slices.slice(2)), `slices: ${slices.join(', ')}`).to.be.lessThan(12);
    } finally {
      el.remove();
    }
  });

  it("lets the page's timers run between its slices", async () => {
    // The page's own work (a timer, a network callback) must not wait for a long list's last slice:
    // resumed through `scheduler.yield()`, every slice ran ahead of it (a timer set once the first
    // screen was shown ran after the 600th paragraph).
    const items = Array.from({ length: 600 }, (_, i) => `${i}: ${paragraph(i)}`);
    const el = document.createElement('test-sliced-text') as SlicedText;
    el.items = items;
    document.body.append(el);
    const shown = () => el.shadowRoot?.querySelectorAll('p').length ?? 0;
    try {
      await el.updateComplete;
      const first = shown();
      expect(first, 'paragraphs in the first render').to.equal(12);
      // Three timers in a row, each set when the last one ran.
      const atTimers: number[] = [];
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setTimeout(resolve));
        atTimers.push(shown());
      }
      expect(atTimers.at(-1), `paragraphs shown at each timer: ${atTimers.join(', ')}`).to.be.lessThan(items.length);
      await waitUntil(() => shown() === items.length, `${shown()} of ${items.length} paragraphs shown`, {
        timeout: 8000,
      });
    } finally {
      el.remove();
    }
  });
});
