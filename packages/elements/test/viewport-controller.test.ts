import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement, css, html as litHtml } from 'lit';
import { ViewportController } from '@pact/elements/core/viewport-controller';

/** A zoomable square: the controller's view is `.view`, its content a 400 × 300 layer. */
class ZoomBox extends LitElement {
  static override styles = css`
    .view {
      width: 400px;
      height: 300px;
      overflow: hidden;
    }
  `;
  zooms: number[] = [];
  readonly viewport = new ViewportController(this, {
    min: 1,
    max: 4,
    step: 2,
    element: () => this.renderRoot.querySelector('.view'),
    onZoom: (k) => this.zooms.push(k),
  });
  clicks = 0;

  protected override render() {
    return litHtml`<div
      class="view"
      tabindex="0"
      @keydown=${(e: KeyboardEvent) => this.viewport.onKeyDown(e)}
      @wheel=${(e: WheelEvent) => this.viewport.onWheel(e)}
      @pointerdown=${(e: PointerEvent) => this.viewport.onPointerDown(e)}
      @pointermove=${(e: PointerEvent) => this.viewport.onPointerMove(e)}
      @pointerup=${(e: PointerEvent) => this.viewport.onPointerUp(e)}
      @click=${() => {
        if (this.viewport.takeClick()) this.clicks++;
      }}
    >
      <svg width="100%" height="100%"><g transform=${this.viewport.transform}><rect width="400" height="300"></rect></g></svg>
      <button>inside</button>
    </div>`;
  }
}
customElements.define('test-zoom-box', ZoomBox);

const view = (el: ZoomBox) => el.shadowRoot!.querySelector<HTMLElement>('.view')!;
const layer = (el: ZoomBox) => el.shadowRoot!.querySelector('g')!.getAttribute('transform');
async function box(): Promise<ZoomBox> {
  const el = await fixture<ZoomBox>(html`<test-zoom-box></test-zoom-box>`);
  await el.updateComplete;
  return el;
}
const press = async (el: ZoomBox, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};

describe('ViewportController', () => {
  afterEach(() => resetMouse());

  it('measures its element, and follows a resize', async function () {
    // ResizeObserver reports during rendering, which a page in a background tab does not do (the
    // runner runs two test files at once, one of them in a background tab): nothing to observe there.
    if (document.visibilityState === 'hidden') this.skip();
    const el = await box();
    await waitUntil(() => el.viewport.size.w > 0, 'the view was not measured');
    expect(el.viewport.size).to.deep.equal({ w: 400, h: 300 });
    view(el).style.width = '320px';
    await waitUntil(() => el.viewport.size.w === 320, 'the resize was not seen');
    expect(el.viewport.box).to.deep.equal({ w: 320, h: 300 });
  });

  it('zooms with + and −, pans with the arrow keys when the view itself has focus, and resets with 0', async () => {
    const el = await box();
    view(el).focus();
    await press(el, '+');
    expect(el.viewport.zoom).to.equal(2);
    // Around the centre: the content moved by half the growth.
    expect(layer(el)).to.equal('translate(-200 -150) scale(2)');
    await press(el, 'ArrowRight');
    expect(layer(el), 'the content moves left').to.equal('translate(-250 -150) scale(2)');
    await press(el, '+');
    await press(el, '+');
    expect(el.viewport.zoom, 'no further than the maximum').to.equal(4);
    await press(el, '-');
    expect(el.viewport.zoom).to.equal(2);
    await press(el, '0');
    expect(layer(el)).to.equal('translate(0 0) scale(1)');
    expect(el.zooms).to.deep.equal([2, 4, 2, 1]);

    // An item inside keeps its arrow keys; + still zooms.
    el.shadowRoot!.querySelector('button')!.focus();
    await press(el, 'ArrowRight');
    expect(layer(el)).to.equal('translate(0 0) scale(1)');
    await press(el, '=');
    expect(el.viewport.zoom).to.equal(2);
  });

  it('keeps the zoomed content over the whole view: no pan past its edges', async () => {
    const el = await box();
    view(el).focus();
    await press(el, '+');
    for (let i = 0; i < 6; i++) await press(el, 'ArrowLeft');
    expect(layer(el)).to.equal('translate(0 -150) scale(2)');
    for (let i = 0; i < 12; i++) await press(el, 'ArrowDown');
    expect(layer(el)).to.equal('translate(0 -300) scale(2)');
  });

  it('zooms with Ctrl + wheel at the pointer, and leaves a plain wheel to the page', async () => {
    const el = await box();
    const r = view(el).getBoundingClientRect();
    const wheel = (ctrlKey: boolean) =>
      view(el).dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -100,
          ctrlKey,
          clientX: r.left + 100,
          clientY: r.top + 60,
          bubbles: true,
          cancelable: true,
        }),
      );
    expect(wheel(false), 'a plain wheel is not cancelled').to.equal(true);
    expect(el.viewport.zoom).to.equal(1);
    expect(wheel(true)).to.equal(false);
    await el.updateComplete;
    // The point under the pointer (100, 60) stays in place.
    expect(layer(el)).to.equal('translate(-100 -60) scale(2)');
  });

  it('pans by dragging when zoomed, and a drag is no click', async () => {
    const el = await box();
    el.viewport.setZoom(2);
    await el.updateComplete;
    const r = view(el).getBoundingClientRect();
    const [x, y] = [Math.round(r.left + 200), Math.round(r.top + 150)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 50, y + 30] });
    expect(el.viewport.dragging).to.equal(true);
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(layer(el)).to.equal('translate(-150 -120) scale(2)');
    expect(el.viewport.dragging).to.equal(false);
    expect(el.clicks, 'a drag is not a click').to.equal(0);
    // A press without a move is a click.
    await sendMouse({ type: 'click', position: [x, y] });
    expect(el.clicks).to.equal(1);
  });

  it('does not drag at the whole-content zoom', async () => {
    const el = await box();
    const r = view(el).getBoundingClientRect();
    const [x, y] = [Math.round(r.left + 200), Math.round(r.top + 150)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 50, y + 30] });
    await sendMouse({ type: 'up' });
    expect(el.viewport.dragging).to.equal(false);
    expect(layer(el)).to.equal('translate(0 0) scale(1)');
    expect(el.clicks).to.equal(1);
  });

  it('places a point of a drawing made at another size where its SVG, fitted to the view and centred, shows it', async () => {
    // (A route map keeps its drawing while a new size is laid out: its tooltip must follow what is seen.)
    const el = await box(); // 400 × 300
    expect(el.viewport.toBox([200, 150], { w: 800, h: 600 })).to.deep.equal([100, 75]);
    expect(el.viewport.toBox([200, 150], el.viewport.box), 'at its own size: as toView').to.deep.equal([200, 150]);
    // Another shape: fitted to the view's height, centred across it.
    expect(el.viewport.toBox([0, 0], { w: 300, h: 300 })).to.deep.equal([50, 0]);
    expect(el.viewport.toBox([300, 300], { w: 300, h: 300 })).to.deep.equal([350, 300]);
    // Zoomed and panned: the drawing's own zoom and pan, then the fitting.
    el.viewport.setZoom(2, { silent: true });
    const [x, y] = el.viewport.toView([200, 150], { w: 800, h: 600 });
    expect(el.viewport.toBox([200, 150], { w: 800, h: 600 })).to.deep.equal([x / 2, y / 2]);
    // Revealing a point of such a drawing pans by its own size: the point comes into view.
    el.viewport.reveal([700, 500], { w: 800, h: 600 });
    const [rx, ry] = el.viewport.toBox([700, 500], { w: 800, h: 600 });
    expect(rx).to.be.within(24, 376);
    expect(ry).to.be.within(24, 276);
  });

  it('zooms silently when the page sets the zoom, and reveals a point out of view', async () => {
    const el = await box();
    el.viewport.setZoom(4, { silent: true });
    expect(el.zooms, 'no onZoom for the page’s own zoom').to.deep.equal([]);
    expect(el.viewport.toView([200, 150])).to.deep.equal([200, 150]);
    expect(el.viewport.toView([10, 10])).to.deep.equal([-560, -410]);
    el.viewport.reveal([10, 10], el.viewport.box);
    const [vx, vy] = el.viewport.toView([10, 10]);
    expect(vx).to.be.within(24, 376);
    expect(vy).to.be.within(24, 276);
    // Zoom and pan clamp what they are given.
    el.viewport.setZoom(NaN);
    expect(el.viewport.zoom).to.equal(1);
  });
});
