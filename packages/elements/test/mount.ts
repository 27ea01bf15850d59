import { render, type TemplateResult } from 'lit';

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
