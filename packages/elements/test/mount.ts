import { waitUntil } from '@open-wc/testing';
import { render, type ReactiveElement, type TemplateResult } from 'lit';

/**
 * Renders a template into the page without waiting for a frame: open-wc's fixture() awaits a
 * requestAnimationFrame for elements without updateComplete (a plain wrapper), and a test page
 * that web-test-runner runs in a background tab (concurrency 2) gets no frames. Each mounted
 * container is removed after the test.
 */
const mounted: HTMLElement[] = [];
export function mount(template: TemplateResult): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(template, container);
  mounted.push(container);
  return container.firstElementChild as HTMLElement;
}
afterEach(() => mounted.splice(0).forEach((c) => c.remove()));

/**
 * Settles once `el` has its data (`data-loaded`) and shows all of it (within `timeout` ms): a long
 * list shows its first screen in the render that brings the data and the rest in later tasks, with
 * the page's other tasks (a test's polling too) between them; `updateComplete` settles once every
 * item is shown.
 */
export async function loadedWhole(el: Element, what = `<${el.localName}>`, timeout = 8000): Promise<void> {
  await waitUntil(() => el.hasAttribute('data-loaded'), `${what} did not load`, { timeout });
  await (el as Partial<ReactiveElement>).updateComplete;
}
