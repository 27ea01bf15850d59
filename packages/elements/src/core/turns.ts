/**
 * One element's first render with its data per task (issue 18): when the answers of several
 * elements arrive together, rendering all their content in the same task made one task of
 * hundreds of milliseconds on a slow phone. Each such render waits for its turn; between two
 * turns the main thread is given back: the next turn is a task of its own, queued behind the
 * page's other tasks (a message on a `MessageChannel`: no timer's 4 ms clamp). Not
 * `scheduler.yield()`: its continuations run ahead of every task of normal priority, so a long
 * list's slices held the page's timers and network callbacks back until its last slice (a timer
 * for 1,000 events came 580 to 760 ms late).
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve(port1.close());
    port2.postMessage(0);
  });
}

let last: Promise<void> = Promise.resolve();

/** Settles in a task after the previous turn's (turns are taken in the order they are asked for). */
export function nextTurn(): Promise<void> {
  return (last = last.then(yieldToMain));
}

/**
 * The time a later slice's update (render, commit and layout) may take, as run: a quarter of a
 * long task, so that Lighthouse's 4× CPU slowdown keeps it under 50 ms.
 */
const SLICE_BUDGET_MS = 10;

/**
 * A long list rendered first screen first (issue 18): a new list shows its first `first` items
 * (default `size`) in the render that brings it, then `size` in the next turn ({@link nextTurn}:
 * the main thread is given back between two), and in each later turn as many as fit SLICE_BUDGET_MS
 * of render, commit and layout by the last slice's time (at least one, at most twice the last
 * slice), until every item is in the DOM (find in page, the count, keyboard order). The rest is
 * appended below what is painted, which does not move. A list that grows (a
 * next page) keeps what it shows and adds the rest the same way; a new list (another first item)
 * starts again with its first slice. Rendered on the server, or hydrating what the server rendered
 * (every item is there already), it shows every item at once.
 *
 * `updateComplete` of a {@link PactElement} settles once every item is shown.
 */
export class Slices implements ReactiveController {
  #list: readonly unknown[] | undefined;
  #shown = 0;
  /** Items the next slice adds: `size`, then sized by the last slice's time (SLICE_BUDGET_MS). */
  #step = 0;
  /** When the update adding the last slice was asked for (its time sizes the next slice). */
  #since = 0;
  #total = 0;
  #asked = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean },
    private readonly size: number,
    private readonly first = size,
  ) {
    host.addController(this);
  }

  /**
   * How many items of `list` (by its identity and first item) to render in this update; `total`
   * when what is shown is not the list itself (default: its length).
   */
  count(list: readonly unknown[], total = list.length): number {
    this.#asked = true;
    this.#total = total;
    if (list !== this.#list) {
      const grows = this.#list !== undefined && list[0] === this.#list[0];
      this.#list = list;
      const hydrating = this.host.hasAttribute('data-pact-ssr') && !this.host.hasUpdated;
      this.#shown = isServer || hydrating ? total : Math.max(this.first, grows ? this.#shown : 0);
      if (!grows) this.#step = this.size;
    }
    return Math.min(this.#shown, total);
  }

  /** The items of `list` to render in this update. */
  of<T>(list: readonly T[]): readonly T[] {
    const n = this.count(list);
    return n < list.length ? list.slice(0, n) : list;
  }

  hostConnected(): void {
    // Left the page while slicing: the rest comes after it is back.
    if (this.#shown < this.#total) this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.#asked = false;
  }

  hostUpdated(): void {
    if (this.#since) {
      // The slice is laid out now, in its own task, and its time counts: left to the next frame,
      // the layout of every slice rendered since the last frame made one long task (the OSCE
      // page's 126 cards: 34 ms as run, after renders of 5 to 15 ms).
      this.host.getBoundingClientRect();
      // A fast machine takes bigger slices (fewer turns), up to twice the last one at a time; a
      // slow one smaller ones, down to a single item.
      // (A slice timed at 0 ms, or under 1, doubles: the division gives Infinity or more than twice.)
      this.#step = Math.min(
        2 * this.#step,
        Math.floor((this.#step * SLICE_BUDGET_MS) / (performance.now() - this.#since)) || 1,
      );
      this.#since = 0;
    }
    const host = this.host;
    if (!this.#asked || this.#shown >= this.#total || rests.has(host)) return;
    rests.set(
      host,
      nextTurn().then(() => {
        rests.delete(host);
        if (!host.isConnected) return;
        this.#shown += this.#step;
        this.#since = performance.now();
        host.requestUpdate();
      }),
    );
  }
}

/** Per element, the next slice of its {@link Slices} while one is due. */
const rests = new WeakMap<Element, Promise<void>>();

/** Settles once the element's {@link Slices} has shown its next slice; undefined when none is due. */
export function restOf(host: Element): Promise<void> | undefined {
  return rests.get(host);
}
