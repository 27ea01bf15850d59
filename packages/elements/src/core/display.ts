import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** The values of the `color-scheme` display flag. */
export const COLOR_SCHEMES = ['auto', 'light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];
export type Resolved = Exclude<ColorScheme, 'auto'>;

/** What the display flags need of their element (PactElement's own properties). */
export interface DisplayHost extends ReactiveControllerHost, HTMLElement {
  colorScheme?: string;
  colorSchemeSource?: string;
}

/**
 * The display flags' styles, shared by every element.
 *
 * - `color-scheme`: the element resolves it to `data-pact-scheme` on itself, which sets the CSS
 *   `color-scheme` its light-dark() tokens follow. An element with a resolved scheme no longer
 *   takes its text colours from the page, so it paints its own surface behind them, in a padding box.
 * - `transparent`: no background on the surfaces that sit on the page (that box, the rows of a list,
 *   the sections of a block, the scroll box of a table); cards, states, controls and tooltips keep theirs.
 * - `plain`: no padding box, no outer heading (`.outer-heading`), no outer border (`.outer-box`), no shadows.
 */
export const displayStyles = css`
  :host {
    --_page-surface: var(--_surface);
  }
  :host([transparent]) {
    --_page-surface: transparent;
  }
  :host([data-pact-scheme='light']) {
    color-scheme: light;
  }
  :host([data-pact-scheme='dark']) {
    color-scheme: dark;
  }
  :host([data-pact-scheme]) {
    background: var(--_page-surface);
  }
  :host([data-pact-scheme]:not([plain])) {
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  :host([plain]) {
    --pact-shadow: none;
  }
  :host([plain]) .outer-heading {
    display: none;
  }
  :host([plain]) .outer-box {
    border: 0;
    border-radius: 0;
  }
`;

const isScheme = (v: string): v is ColorScheme => (COLOR_SCHEMES as readonly string[]).includes(v);

/** The element's parent, across shadow roots. */
export function parentOf(el: Element): Element | null {
  const root = el.getRootNode();
  return el.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
}

/** The element and its ancestors, across shadow roots. */
export function* lineage(el: Element): Generator<Element> {
  for (let e: Element | null = el; e; e = parentOf(e)) yield e;
}

/** Warnings said once per element and value. */
export type Warn = (key: string, message: string) => void;

type Auto = typeof import('./color-scheme-auto.js');
/** What `color-scheme="auto"` needs (./color-scheme-auto.js), once loaded: only such an element loads it. */
let auto: Auto | undefined;
let autoLoading: Promise<void> | undefined;

/**
 * Null when the element's `color-scheme` can be resolved now; else a promise that settles once
 * the code of `auto` is loaded (the element waits for it before rendering: no flash of the other
 * scheme). Should it fail to load, `auto` counts as absent (the page's colours).
 */
export function colorSchemeReady(host: DisplayHost): Promise<void> | null {
  if (host.colorScheme !== 'auto' || auto) return null;
  return (autoLoading ??= import('./color-scheme-auto.js').then(
    (m) => {
      auto = m;
    },
    (e: unknown) => console.warn('Pact Embed could not load its color-scheme="auto" code.', e),
  ));
}

/**
 * Resolves an element's `color-scheme` flag into `data-pact-scheme` on it. `auto` follows, in this
 * order: the page's own `color-scheme` where the element sits (CSS or `<meta name="color-scheme">`),
 * when it names one scheme; else the toggle the page names in `color-scheme-source` (a CSS selector:
 * dark when the element or an ancestor matches it, light otherwise); else the reader's system
 * setting. A live change of any of them (an attribute of an ancestor, the head's meta and styles,
 * the system setting) re-themes the element (./color-scheme-auto.js, loaded by colorSchemeReady).
 * An invalid value warns once and counts as absent.
 */
export class ColorSchemeController implements ReactiveController {
  readonly #host: DisplayHost;
  readonly #warned = new Set<string>();
  #watcher?: { stop(): void };
  #watched = '';
  readonly #update = () => this.#apply();
  readonly #warn: Warn = (key, message) => {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(message);
  };

  constructor(host: DisplayHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#watched = '';
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  /** The flag's value, when valid. */
  #scheme(): ColorScheme | undefined {
    const value = this.#host.colorScheme;
    if (value === undefined || value === null) return undefined;
    if (isScheme(value)) return value;
    this.#warn(
      `scheme:${value}`,
      `<${this.#host.localName}>: color-scheme="${value}" is not one of ${COLOR_SCHEMES.join(', ')}; the element follows the page's colour scheme.`,
    );
    return undefined;
  }

  /** Starts or stops watching the page as the flag becomes `auto` (its code loaded) or stops being it. */
  #sync(): void {
    const scheme = this.#scheme();
    const watch =
      scheme === 'auto' && auto && this.#host.isConnected ? `auto|${this.#host.colorSchemeSource ?? ''}` : '';
    if (watch !== this.#watched) {
      this.#stop();
      this.#watched = watch;
      if (watch && auto) this.#watcher = auto.watch(this.#host, this.#update);
    }
    this.#apply();
  }

  #stop(): void {
    this.#watcher?.stop();
    this.#watcher = undefined;
    this.#watched = '';
  }

  #apply(): void {
    const scheme = this.#scheme();
    const resolved = scheme === 'auto' ? auto?.resolve(this.#host, this.#warn) : scheme;
    if (resolved) this.#host.setAttribute('data-pact-scheme', resolved);
    else this.#host.removeAttribute('data-pact-scheme');
  }
}
