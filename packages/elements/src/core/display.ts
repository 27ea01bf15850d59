import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** The values of the `color-scheme` display flag. */
export const COLOR_SCHEMES = ['auto', 'light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];
type Resolved = Exclude<ColorScheme, 'auto'>;

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

/** `light` or `dark` when a `color-scheme` value names exactly one of them (`light dark` names both). */
function named(value: string | null | undefined): Resolved | undefined {
  const words = (value ?? '').split(/\s+/).filter((w): w is Resolved => w === 'light' || w === 'dark');
  return words.length === 1 ? words[0] : undefined;
}

/** The element's parent, across shadow roots. */
function parentOf(el: Element): Element | null {
  const root = el.getRootNode();
  return el.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
}

/** The element and its ancestors, across shadow roots. */
export function* lineage(el: Element): Generator<Element> {
  for (let e: Element | null = el; e; e = parentOf(e)) yield e;
}

/** The scheme the host page declares where the element sits: its CSS `color-scheme`, else the meta tag. */
function pageScheme(el: Element): Resolved | undefined {
  const computed = getComputedStyle(parentOf(el) ?? document.documentElement).colorScheme;
  if (computed && computed !== 'normal') return named(computed);
  return named(document.querySelector('meta[name="color-scheme"]')?.getAttribute('content'));
}

const prefersDark = () => matchMedia('(prefers-color-scheme: dark)');

/**
 * Resolves an element's `color-scheme` flag into `data-pact-scheme` on it. `auto` follows, in this
 * order: the page's own `color-scheme` where the element sits (CSS or `<meta name="color-scheme">`),
 * when it names one scheme; else the toggle the page names in `color-scheme-source` (a CSS selector:
 * dark when the element or an ancestor matches it, light otherwise); else the reader's system
 * setting. A live change of any of them (an attribute of an ancestor, the head's meta and styles,
 * the system setting) re-themes the element. An invalid value warns once and counts as absent.
 */
export class ColorSchemeController implements ReactiveController {
  readonly #host: DisplayHost;
  readonly #warned = new Set<string>();
  #observer?: MutationObserver;
  #media?: MediaQueryList;
  #watched = '';
  readonly #update = () => this.#apply();

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

  #warn(key: string, message: string): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(message);
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

  /** Starts or stops watching the page as the flag becomes `auto` or stops being it. */
  #sync(): void {
    const scheme = this.#scheme();
    const watch = scheme === 'auto' && this.#host.isConnected ? `auto|${this.#host.colorSchemeSource ?? ''}` : '';
    if (watch !== this.#watched) {
      this.#stop();
      this.#watched = watch;
      if (watch) this.#start();
    }
    this.#apply();
  }

  #start(): void {
    this.#observer = new MutationObserver(this.#update);
    for (const el of lineage(this.#host)) if (el !== this.#host) this.#observer.observe(el, { attributes: true });
    this.#observer.observe(document.head, { subtree: true, childList: true, attributes: true, characterData: true });
    this.#media = prefersDark();
    this.#media.addEventListener('change', this.#update);
  }

  #stop(): void {
    this.#observer?.disconnect();
    this.#media?.removeEventListener('change', this.#update);
    this.#observer = this.#media = undefined;
    this.#watched = '';
  }

  /** The toggle's answer: dark when the element or an ancestor matches the selector. */
  #toggle(): Resolved | undefined {
    const selector = this.#host.colorSchemeSource?.trim();
    if (!selector) return undefined;
    try {
      for (const el of lineage(this.#host)) if (el.matches(selector)) return 'dark';
      return 'light';
    } catch {
      this.#warn(
        `source:${selector}`,
        `<${this.#host.localName}>: color-scheme-source="${selector}" is not a CSS selector; it is ignored.`,
      );
      return undefined;
    }
  }

  #apply(): void {
    const scheme = this.#scheme();
    const resolved =
      scheme === 'auto'
        ? (pageScheme(this.#host) ?? this.#toggle() ?? (prefersDark().matches ? 'dark' : 'light'))
        : scheme;
    if (resolved) this.#host.setAttribute('data-pact-scheme', resolved);
    else this.#host.removeAttribute('data-pact-scheme');
  }
}
