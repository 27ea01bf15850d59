/**
 * Roving focus among items, as in the W3C ARIA Authoring Practices ("Keyboard navigation inside
 * components"): the items are one Tab stop (the item last in focus has tabindex 0, the others
 * −1); the arrow keys move through them (right and down forward, left and up back; left and
 * right swap in a right-to-left page), Home and End go to the first and the last. The host names
 * its items by key, in order, and focuses the element of a key; nothing else is assumed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The keys of the items to move through, in order (may change from one key press to the next). */
  items: () => readonly string[];
  /** Focuses the item of `key`. */
  focus: (key: string) => void;
  /** Reading direction (default: the host element's computed `direction`, else ltr). */
  direction?: () => 'ltr' | 'rtl';
  /** Back from the first item, or forward from the last: return true when the host moved focus elsewhere. */
  onEdge?: (edge: 'start' | 'end', key: string) => boolean;
}

const MOVES: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
  Home: 'first',
  End: 'last',
  ArrowDown: 'next',
  ArrowUp: 'previous',
};

export class RovingFocusController implements ReactiveController {
  /** The item that is the Tab stop (the last one in focus), or '' before any. */
  active = '';
  /** True while the controller moves focus (a focus handler can tell it from a click or Tab). */
  moving = false;

  readonly #host: ReactiveControllerHost;
  readonly #options: RovingFocusOptions;

  constructor(host: ReactiveControllerHost, options: RovingFocusOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The Tab stop among `keys`: the active item, else `preferred`, else the first. */
  stop(keys: readonly string[], preferred?: string): string | undefined {
    if (keys.includes(this.active)) return this.active;
    return preferred !== undefined && keys.includes(preferred) ? preferred : keys[0];
  }

  /** Makes `key` the Tab stop (call it when an item gets focus, however it got it). */
  setActive(key: string): void {
    if (key === this.active) return;
    this.active = key;
    this.#host.requestUpdate();
  }

  /** Focuses the item of `key`, with `moving` set meanwhile. */
  focusItem(key: string): void {
    this.moving = true;
    try {
      this.#options.focus(key);
    } finally {
      this.moving = false;
    }
  }

  /**
   * Moves from the item `from` for an arrow key, Home or End (without modifier keys). Returns
   * whether the key was used (then its default is prevented and it goes no further).
   */
  onKeyDown(e: KeyboardEvent, from: string): boolean {
    if (e.altKey || e.ctrlKey || e.metaKey) return false;
    const move = this.moveOf(e.key);
    if (!move) return false;
    const items = this.#options.items();
    const i = items.indexOf(from);
    let target: string | undefined;
    if (move === 'first') target = items[0];
    else if (move === 'last') target = items[items.length - 1];
    else if (move === 'next' && i === items.length - 1 && this.#options.onEdge?.('end', from)) target = undefined;
    else if (move === 'previous' && i <= 0 && this.#options.onEdge?.('start', from)) target = undefined;
    else if (move === 'next') target = items[Math.min(items.length - 1, i + 1)];
    else target = items[Math.max(0, i - 1)];
    if (target !== undefined && target !== from) this.focusItem(target);
    e.preventDefault();
    e.stopPropagation();
    return true;
  }

  /** What a key asks for: the next or previous item (arrows, after the reading direction), the first or the last. */
  moveOf(key: string): 'next' | 'previous' | 'first' | 'last' | null {
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      const host = this.#host as Partial<Element>;
      const direction =
        this.#options.direction?.() ?? (host.nodeType === 1 ? getComputedStyle(host as Element).direction : 'ltr');
      return (key === 'ArrowRight') === (direction === 'rtl') ? 'previous' : 'next';
    }
    return MOVES[key] ?? null;
  }
}
