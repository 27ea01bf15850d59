import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { msg, str } from './localize.js';
import { missingFile } from './chunk.js';
import { firstScreenOpen, holdFirstScreen, nearViewport, waitsForViewport } from './lazy.js';
import { warmIntl } from './format.js';
import {
  PactAbortError,
  PactHttpError,
  PactNetworkError,
  PactSchemaError,
  PactTimeoutError,
  type PactReader,
  type InvalidRecord,
} from '@pact/sdk';
import type { PactElement } from './pact-element.js';

/** How long a request may take before the loading state shows: fast answers never flash a spinner. */
export const LOADING_DELAY_MS = 300;

/**
 * Structural equality of plain data (primitives, arrays and plain objects, without cycles), as
 * API queries are: a query built afresh with the same contents is the same query.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => k in y && sameData(x[k], y[k]));
}

export interface DataOptions<A extends readonly unknown[], R> {
  /**
   * The arguments the request depends on; a change re-runs it (and cancels the previous
   * run). They are compared structurally (plain objects and arrays by their contents, no
   * cycles), so a query object built afresh on each update re-runs nothing while it is equal.
   */
  args: () => A;
  /** The request, through the client the element resolved. */
  task: (args: A, client: PactReader, signal: AbortSignal) => Promise<R>;
}

export interface RenderOptions<R> {
  complete: (value: R) => unknown;
  isEmpty?: (value: R) => boolean;
  empty?: () => unknown;
}

const controllersOf = new WeakMap<PactElement, PactDataController<readonly unknown[], unknown>[]>();

/** An element's data controllers, in the order they were created (server rendering: ssr/). */
export function dataControllers(host: PactElement): readonly PactDataController<readonly unknown[], unknown>[] {
  return controllersOf.get(host) ?? [];
}

/**
 * The one way elements load data: the request through the element's client (on
 * @lit/task), cancelled when its arguments change or the element leaves the page; a
 * loading state that appears only after {@link LOADING_DELAY_MS} and keeps the previous
 * content in place (no layout shift); an error state that says what happened, with a
 * Retry button; an empty state. The element's own light-DOM content is shown as the
 * fallback until data arrives (hidden while the loading state shows in its place: see
 * `loadingBox`), and stays when loading fails.
 */
export class PactDataController<A extends readonly unknown[], R> implements ReactiveController {
  readonly task: Task<[PactReader, ...A], R>;
  #value: R | undefined;
  #busy = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastStatus: TaskStatus = TaskStatus.INITIAL;
  /** Waiting for the viewport (loading="lazy"), or has waited. */
  #lazy = false;
  /** Ends the first screen's hold on this element's first data ({@link holdFirst}). */
  #firstShown: (() => void) | undefined;

  constructor(
    private readonly host: PactElement,
    private readonly options: DataOptions<A, R>,
  ) {
    this.task = new Task<[PactReader, ...A], R>(host, {
      task: async ([client, ...args], { signal }) => options.task(args as unknown as A, client, signal),
      args: () => [host.client, ...options.args()] as [PactReader, ...A],
      // The client by identity (one per API), the element's own arguments by their contents.
      argsEqual: ([client, ...args], [nextClient, ...nextArgs]) => client === nextClient && sameData(args, nextArgs),
      onComplete: (value) => {
        this.#value = value;
      },
    });
    // After the Task, so that hostUpdate() sees the status of a run the Task just started.
    host.addController(this);
    const list = controllersOf.get(host) ?? [];
    list.push(this as unknown as PactDataController<readonly unknown[], unknown>);
    controllersOf.set(host, list);
  }

  /**
   * Server rendering: the data, loaded as the first run would load it, outside the element's
   * update cycle (which does not run on the server); render() then shows it ({@link seed}).
   */
  async loadForServer(signal: AbortSignal): Promise<R> {
    const value = await this.options.task(this.options.args(), this.host.client, signal);
    this.#value = value;
    return value;
  }

  /** The last data that arrived (kept while a new request runs). */
  get value(): R | undefined {
    return this.#value;
  }

  get hasData(): boolean {
    return this.#value !== undefined;
  }

  /** Runs the request again (the Retry button). */
  retry(): void {
    void this.task.run();
  }

  hostConnected(): void {
    // loading="lazy": no request until the element comes near the viewport (core/lazy.ts).
    const near = this.#lazy ? null : nearViewport(this.host);
    if (near) {
      this.#lazy = true;
      this.task.autoRun = false;
      void near.then(() => {
        this.#holdFirst();
        this.task.autoRun = true;
        this.host.requestUpdate();
      });
    } else this.#holdFirst();
    // Back on the page after a removal that cancelled the request: load again.
    if (this.task.status === TaskStatus.ERROR && this.task.error instanceof PactAbortError) this.retry();
  }

  /**
   * While the page's first screen loads, this element's first data shown (or its error) is part of
   * it: lazy elements near the viewport wait for it (core/lazy.ts).
   */
  #holdFirst(): void {
    if (this.#firstShown || this.hasData || !firstScreenOpen()) return;
    // Rendered on the server and lazy: it shows its content already and hydrates near the viewport.
    if (this.host.hasAttribute('data-pact-ssr') && waitsForViewport(this.host)) return;
    holdFirstScreen(new Promise<void>((resolve) => (this.#firstShown = resolve)));
  }

  hostDisconnected(): void {
    this.#firstShown?.();
    if (this.task.status === TaskStatus.PENDING)
      this.task.abort(new DOMException('The element left the page', 'AbortError'));
    clearTimeout(this.#timer);
  }

  /** Before each render: start the loading-state timer when a request starts, stop it when it ends. */
  hostUpdate(): void {
    const status = this.task.status;
    if (status === this.#lastStatus) return;
    this.#lastStatus = status;
    clearTimeout(this.#timer);
    if (status === TaskStatus.ERROR) this.#report(this.task.error);
    if (status === TaskStatus.PENDING) {
      // While the request is out: the first render's formatters (awaited before that render).
      void warmIntl(this.host.locale);
      this.#timer = setTimeout(() => {
        this.#busy = true;
        this.host.requestUpdate();
      }, LOADING_DELAY_MS);
    } else {
      this.#busy = false;
    }
  }

  #reported = new Set<string>();

  /** The API's own explanation of a refused request, in the console once (the page shows a short message). */
  #report(error: unknown): void {
    if (!(error instanceof PactHttpError)) return;
    const detail = error.problem?.detail;
    if (detail === undefined || this.#reported.has(detail)) return;
    this.#reported.add(detail);
    console.warn(`<${this.host.localName}> ${detail} (${error.url})`);
  }

  /** The API refused the request (400): an attribute of the element is wrong, so its filter form cannot help. */
  get refused(): boolean {
    const error = this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
    return error instanceof PactHttpError && error.status === 400;
  }

  hostUpdated(): void {
    this.host.toggleAttribute('data-loaded', this.hasData);
    const status = this.task.status;
    if (status === TaskStatus.COMPLETE || status === TaskStatus.ERROR) this.#firstShown?.();
  }

  /** Whether a request is running (the loading state may not show yet: see {@link busy}). */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Whether the loading state is showing (the request has run longer than the delay). */
  get busy(): boolean {
    return this.#busy && this.task.status === TaskStatus.PENDING;
  }

  render(options: RenderOptions<R>): TemplateResult {
    const status = this.task.status;
    const value = this.#value;
    const error =
      status === TaskStatus.ERROR && !(this.task.error instanceof PactAbortError) ? this.task.error : undefined;
    const loading = this.busy
      ? html`<div class="loading" part="loading" role="status">
          <span class="spinner" aria-hidden="true"></span>${msg('Loading…')}
        </div>`
      : nothing;
    let body: unknown;
    if (error !== undefined) {
      body = html`<slot></slot>${this.renderError(error)}`;
    } else if (value === undefined) {
      body = html`<slot></slot>`;
    } else if (options.isEmpty?.(value)) {
      body = options.empty?.() ?? html`<div class="state empty" part="empty"><p>${msg('Nothing to show.')}</p></div>`;
    } else {
      body = options.complete(value);
    }
    return html`${loading}
      <div
        class=${this.busy && value !== undefined ? 'busy' : ''}
        aria-busy=${status === TaskStatus.PENDING ? 'true' : 'false'}
      >
        ${body}
      </div>`;
  }

  renderError(error: unknown): TemplateResult {
    return errorState(error, () => this.retry());
  }
}

/** The error state: what happened (see {@link describeError}) and Retry. */
export function errorState(error: unknown, retry: () => void): TemplateResult {
  return html`<div class="state error" part="error" role="alert">
    <p>${describeError(error)}</p>
    <button class="button" part="retry-button" type="button" @click=${retry}>${msg('Retry')}</button>
  </div>`;
}

/** What happened, in the reader's language (called inside a render). */
export function describeError(error: unknown): string {
  if (error instanceof PactTimeoutError)
    return msg('The server took too long to answer. Check your connection and try again.');
  if (error instanceof PactNetworkError) {
    return globalThis.navigator?.onLine === false
      ? msg('You seem to be offline. Reconnect and try again.')
      : msg('The content server could not be reached. Try again in a moment.');
  }
  if (error instanceof PactHttpError) {
    if (error.status === 404) return msg('This content was not found. It may have been removed.');
    if (error.status === 400)
      return msg('The content server refused the request. Check the attributes of this element.');
    return msg('The content server had a problem answering. Try again in a moment.');
  }
  if (error instanceof PactSchemaError) return msg('The content server sent data in an unexpected format.');
  const file = missingFile(error);
  if (file !== null)
    return msg(str`The file ${file} of Pact Embed could not be loaded. Upload the whole folder, chunks/ included.`);
  return msg('Something went wrong while loading this content.');
}

/**
 * Drops records that lack what the element needs to render them, and reports each in
 * the console (with the SDK's schema violations, when validation is on), so that one
 * broken record never blanks the widget.
 */
export function keepValid<T>(
  tag: string,
  records: readonly unknown[],
  guard: (r: unknown) => r is T,
  invalid?: InvalidRecord[],
): T[] {
  for (const bad of invalid ?? []) {
    console.warn(
      `<${tag}> skipped record ${bad.id ?? `#${bad.index}`}: ${bad.violation.path || '(root)'} ${bad.violation.message}`,
    );
  }
  const out: T[] = [];
  records.forEach((r, i) => {
    if (guard(r)) out.push(r);
    else {
      const id = r && typeof r === 'object' && 'id' in r ? String((r as { id: unknown }).id) : `#${i}`;
      console.warn(`<${tag}> skipped record ${id}: it does not match the schema`);
    }
  });
  return out;
}

/** A localized text object with its required English (the schema's guard). */
export { isLocalizedText as isLocalized } from '@pact/schema';
