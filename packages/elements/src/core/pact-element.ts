import { LitElement, adoptStyles, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import type { PactReader } from '@pact/sdk';
import { pactContext, type PactContextValue } from './context.js';
import { clientFor, defaultApi } from './client.js';
import { onLangChange, resolveLang } from './locale.js';
import { catalogError, catalogReady, retryCatalog, uiLocaleOf, withLocale, type UiLocale } from './i18n.js';
import { dataControllers, errorState } from './data-controller.js';
import { baseStyles, tokens } from './styles.js';
import { ColorSchemeController, colorSchemeReady, displayStyles, lineage } from './display.js';
import { nextTurn, restOf } from './turns.js';
import { warmIntl } from './format.js';
import { nearViewport, releaseLazy } from './lazy.js';
import { hydrationInstalled, hydrationSupport } from '../ssr/on-demand.js';

/**
 * When `el` sits in a `<pact-provider>` (across shadow roots) that is not defined yet: loads the
 * provider (a chunk of its own: a page without one never loads it) and settles once the provider
 * has its context. Null when there is nothing to wait for.
 */
function providerReady(el: Element): Promise<unknown> | null {
  if (globalThis.customElements?.get('pact-provider')) return null;
  for (const e of lineage(el))
    if (e !== el && e.localName === 'pact-provider')
      return import('../provider/pact-provider.js').then(() => (e as PactProviderLike).updateComplete);
  return null;
}
type PactProviderLike = Element & { updateComplete: Promise<unknown> };

/**
 * Base of every Pact element: where its API and language come from, and rendering in
 * that language.
 *
 * - API: its own `api` attribute, else the nearest `<pact-provider>`, else
 *   `<meta name="pact:api">`, else same-origin `/v1`. Elements on the same API share a client.
 * - Language: its own `lang`, else the closest ancestor's (across shadow roots), else
 *   `<html lang>`; re-rendered when any of them changes.
 *
 * - Display flags (the same on every element, and on an /embed/ URL): `plain`, `transparent`,
 *   `color-scheme` and `color-scheme-source` (core/display.ts).
 *
 * The global `--pact-*` custom properties below theme every element; they are documented here
 * once, and each element documents only its own `--pact-<element>-*` knobs.
 *
 * @cssproperty --pact-font-family - Font of all Pact elements (default: inherited from the page).
 * @cssproperty --pact-font-family-heading - Font of the headings inside the elements: partner names, pillar and project titles (default: the elements' font).
 * @cssproperty --pact-font-size - Base font size (default `medium`, the reader's default size, whatever the page's root font size).
 * @cssproperty --pact-color-text - Text colour.
 * @cssproperty --pact-color-text-muted - Secondary text colour (details, counts, captions).
 * @cssproperty --pact-color-surface - Background of cards, rows and panels.
 * @cssproperty --pact-color-surface-alt - Background of the loading, empty and error states and of controls.
 * @cssproperty --pact-color-border - Borders of cards, rows and controls.
 * @cssproperty --pact-color-primary - Titles, links, buttons and selected items.
 * @cssproperty --pact-color-on-primary - Text on the primary colour (buttons, marks).
 * @cssproperty --pact-color-accent - Accent colour (badges, highlights).
 * @cssproperty --pact-color-danger - The error state's mark.
 * @cssproperty --pact-color-focus - Focus outline.
 * @cssproperty --pact-radius - Corner radius.
 * @cssproperty --pact-space - Base spacing (density): padding of the pillar cards and of the loading, empty and error states.
 * @cssproperty --pact-shadow - Shadow of cards and panels.
 */
export abstract class PactElement extends LitElement {
  static override styles = [tokens, baseStyles, displayStyles];

  /** Base URL of the coordination API, e.g. `https://api.example.org/v1`. */
  @property() api = '';

  /** Display flag: no outer heading, outer border, shadow or padding box, for a page that frames the element itself. */
  @property({ type: Boolean, reflect: true }) plain = false;

  /** Display flag: no background on the surfaces that sit on the page (the element's box, rows, sections, table boxes); cards keep theirs. */
  @property({ type: Boolean, reflect: true }) transparent = false;

  /**
   * Display flag: `light` or `dark` (the theme's dark colours), on the element's own background;
   * `auto` follows the page's `color-scheme` (CSS or meta tag), else the toggle named in
   * `color-scheme-source`, else the reader's system setting, live. Without it the colours follow
   * the page's `color-scheme` as inherited, on no background of their own.
   */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'auto' | 'light' | 'dark';

  /**
   * With `color-scheme="auto"`: a CSS selector for the page's dark-mode toggle, such as
   * `html.dark` or `[data-theme=dark]`; dark while the element or an ancestor matches it, light
   * otherwise. Used when the page declares no single `color-scheme`.
   */
  @property({ attribute: 'color-scheme-source', reflect: true }) colorSchemeSource?: string;

  /**
   * `lazy`: ask the API for the data only once the element comes within a screen of the viewport
   * (from the CDN file, load its module then too), as `<img loading="lazy">` does; until then its
   * fallback content shows in the space kept for it. For widgets below the first screen: a phone
   * that never scrolls to them never downloads or renders them. Default `eager`. Find-in-page,
   * printing and a crawler that does not scroll see only the fallback of a widget not yet loaded
   * (server rendering gives them everything). Rendered on the server, the element shows its
   * content at once and takes it over (its controls start working) once any part of it is in the
   * viewport. Read when the element connects; setting `eager` later loads a waiting element at once.
   */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** Mirrors the `lang` attribute so that changing it re-renders (the native `lang` property still works). */
  @property({ attribute: 'lang' }) protected langAttribute: string | null = null;

  /** What the nearest `<pact-provider>` shares (its client, language, selection). */
  @state()
  protected pact?: PactContextValue;

  readonly #context = new ContextConsumer(this, {
    context: pactContext,
    subscribe: true,
    callback: (value) => {
      this.pact = value;
    },
  });

  /** The `<pact-provider>` around the element while it loads (see providerReady). */
  #provider: Promise<unknown> | null = null;

  #unlisten?: () => void;
  #awaitingHydration = false;
  /** Whether the element has rendered with its data (its first such render waits for its turn). */
  #renderedData = false;

  constructor() {
    super();
    new ColorSchemeController(this);
  }

  override connectedCallback(): void {
    // Rendered on the server: connects once Lit's hydration support is there (ssr/on-demand.ts).
    if (this.#awaitingHydration) return;
    const support = this.hasAttribute('data-pact-ssr') && this.shadowRoot ? hydrationSupport() : undefined;
    if (support) {
      this.#awaitingHydration = true;
      void support.then(() => {
        this.#awaitingHydration = false;
        if (this.isConnected) this.connectedCallback();
      });
      return;
    }
    super.connectedCallback();
    this.#locale = this.#client = undefined;
    this.#unlisten = onLangChange(() => {
      this.#locale = undefined;
      this.requestUpdate();
    });
    // A provider defined after the element connected has not heard its request: ask again.
    this.#provider = providerReady(this)?.then(() => this.isConnected && this.#context.hostConnected()) ?? null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlisten?.();
  }

  /**
   * The language of the content (BCP 47), for names, Intl formatting and sorting. Looked up once
   * per update (a render asks it for every name it shows), and again after a `lang` changed.
   */
  get locale(): string {
    return (this.#locale ??= resolveLang(this));
  }
  #locale: string | undefined;

  /** The language of the UI strings (one of UI_LOCALES, English when the language has no catalog). */
  get uiLocale(): UiLocale {
    return uiLocaleOf(this.locale);
  }

  /**
   * The API client this element uses (shared with every element on the same API). The page's
   * default (its `<meta name="pact:api">`) is looked up once per update, like {@link locale}: a
   * render asks for the client for every name it shows.
   */
  get client(): PactReader {
    if (this.api) return clientFor(this.api);
    return this.pact?.client ?? (this.#client ??= clientFor(defaultApi()));
  }
  #client: PactReader | undefined;

  /** Runs `fn` with this element's UI strings: for messages built outside render(). */
  protected t<T>(fn: () => T): T {
    return withLocale(this.uiLocale, fn);
  }

  /**
   * Rendered on the server (ssr/) into a declarative shadow root: hydrated, styled by the server's
   * `<style>` (Lit's hydration support leaves the styles to it), or by the element's own style
   * sheets adopted when a strict Content-Security-Policy refused it (its `sheet` is null; adopted
   * always, they made the browser style every node of the widget again as it connected: issue 18);
   * or, without the support (its chunk could not be loaded), rendered afresh rather than as a
   * second copy of the content after the server's.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!this.hasAttribute('data-pact-ssr') || !(root instanceof ShadowRoot)) return root;
    if (hydrationInstalled()) {
      if (!root.querySelector('style')?.sheet) adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    } else {
      root.replaceChildren();
      // LitElement renders before the root's first child as it found it: now gone.
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  /** Waits for the provider around it (when loading) and the UI strings of the element's language before rendering (no flash of English). */
  protected override async scheduleUpdate(): Promise<void> {
    this.#locale = this.#client = undefined;
    // The first render (the loading state; the first request leaves in it) in a task of its own:
    // the elements defined by a module rendered in the task that evaluated it, one long task on a
    // phone (issue 18). Its box is kept meanwhile (loadingBox, adopted when it connected).
    if (!this.hasUpdated && !this.hasAttribute('data-pact-ssr')) await nextTurn();
    // Inside a <pact-provider> still loading: its API and language before the first request.
    if (this.#provider) await this.#provider;
    // color-scheme="auto": its code (loaded on demand) before the render, in the right colours.
    const scheme = colorSchemeReady(this);
    if (scheme) await scheme;
    const pending = catalogReady(this.uiLocale);
    if (pending) await pending;
    // Rendered on the server (a declarative shadow root, its data embedded: ssr/): the first
    // render waits for the data, answered from the page, so that it hydrates what is there.
    const ssr = !this.hasUpdated && this.hasAttribute('data-pact-ssr');
    const data = dataControllers(this);
    if (ssr) {
      // loading="lazy": its content is shown already; it takes it over once in the viewport.
      const inView = nearViewport(this, true);
      if (inView) await inView;
      await Promise.all(data.map((c) => c.task.run()));
      // Data the page does not carry (the map's outlines) could not be loaded: the error state is
      // not what the server rendered, so it is rendered afresh in its place (with Retry). (Without
      // the hydration support, createRenderRoot has dropped the server's content already.)
      if (hydrationInstalled()) (await import('../ssr/hydrate.js')).renderAfresh(this, data);
    }
    // The first render with data (a hydration too): in a task of its own, not in the same as the
    // other elements' (the elements of a page hydrate one per task).
    if (ssr || (!this.#renderedData && data.some((c) => c.hasData))) {
      this.#renderedData = true;
      // The page's first Intl formatters, each in a task of its own (core/format.ts), not in this render's.
      await warmIntl(this.locale);
      await nextTurn();
    }
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('loading') && this.loading !== 'lazy') releaseLazy(this);
  }

  /** Settles once the element has rendered everything it has, a long list's later slices too (core/turns.ts). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const rest = restOf(this);
    return rest ? rest.then(() => this.getUpdateComplete()) : done;
  }

  /**
   * The whole update (render and commit, where directives such as repeat() call their
   * templates) runs with this element's UI strings.
   */
  protected override update(changed: PropertyValues): void {
    this.t(() => super.update(changed));
  }

  protected override render(): unknown {
    // The language's file could not be loaded (a CDN folder without chunks/): say which, with Retry.
    const locale = this.uiLocale;
    const failed = catalogError(locale);
    if (failed !== undefined)
      return html`<slot></slot>${errorState(failed, () => {
          retryCatalog(locale);
          this.requestUpdate();
        })}`;
    return this.renderContent();
  }

  protected abstract renderContent(): unknown;
}
