import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { RovingFocusController } from '@pact/elements/core/roving-focus-controller';

const KEYS = ['a', 'b', 'c', 'd'];

/** A toolbar of four buttons with roving focus; "back from the first" goes to an outside button when `edge` is set. */
class RovingBar extends LitElement {
  edge = false;
  readonly roving = new RovingFocusController(this, {
    items: () => KEYS,
    focus: (key) => this.renderRoot.querySelector<HTMLElement>(`[data-key="${key}"]`)?.focus(),
    onEdge: (edge) => {
      if (!this.edge || edge !== 'start') return false;
      this.renderRoot.querySelector<HTMLElement>('#outside')?.focus();
      return true;
    },
  });
  /** Keys focused by the controller (not by Tab or a click). */
  moved: string[] = [];

  protected override render() {
    const stop = this.roving.stop(KEYS, 'b');
    return litHtml`<button id="before">before</button>
      <div
        role="toolbar"
        @focusin=${(e: FocusEvent) => {
          const key = (e.target as HTMLElement).dataset['key'];
          if (!key) return;
          if (this.roving.moving) this.moved.push(key);
          this.roving.setActive(key);
        }}
        @keydown=${(e: KeyboardEvent) => {
          const key = (e.target as HTMLElement).dataset['key'];
          if (key) this.roving.onKeyDown(e, key);
        }}
      >
        ${KEYS.map((k) => litHtml`<button data-key=${k} tabindex=${k === stop ? '0' : '-1'}>${k}</button>`)}
      </div>
      <button id="outside">after</button>`;
  }
}
customElements.define('test-roving-bar', RovingBar);

const focusedKey = (el: RovingBar) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['key'] ?? null;
const tabStops = (el: RovingBar) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-key]')]
    .filter((b) => b.tabIndex === 0)
    .map((b) => b.dataset['key']);
const press = async (el: RovingBar, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};

describe('RovingFocusController', () => {
  it('is one Tab stop, the preferred item first, then the item last in focus', async () => {
    const el = await fixture<RovingBar>(html`<test-roving-bar></test-roving-bar>`);
    expect(tabStops(el)).to.deep.equal(['b']);
    el.shadowRoot!.querySelector<HTMLElement>('#before')!.focus();
    await press(el, 'Tab');
    expect(focusedKey(el)).to.equal('b');
    await press(el, 'ArrowRight');
    expect(tabStops(el)).to.deep.equal(['c']);
    await press(el, 'Tab');
    expect((el.shadowRoot!.activeElement as HTMLElement).id, 'Tab leaves the group').to.equal('outside');
    await sendKeys({ down: 'Shift' });
    await press(el, 'Tab');
    await sendKeys({ up: 'Shift' });
    expect(focusedKey(el), 'Shift+Tab comes back to the last item').to.equal('c');
  });

  it('moves with the arrow keys, Home and End, without wrapping', async () => {
    const el = await fixture<RovingBar>(html`<test-roving-bar></test-roving-bar>`);
    el.shadowRoot!.querySelector<HTMLElement>('[data-key="a"]')!.focus();
    await press(el, 'ArrowDown');
    expect(focusedKey(el)).to.equal('b');
    await press(el, 'End');
    expect(focusedKey(el)).to.equal('d');
    await press(el, 'ArrowRight');
    expect(focusedKey(el), 'no wrap at the end').to.equal('d');
    await press(el, 'ArrowUp');
    expect(focusedKey(el)).to.equal('c');
    await press(el, 'Home');
    expect(focusedKey(el)).to.equal('a');
    await press(el, 'ArrowLeft');
    expect(focusedKey(el), 'no wrap at the start').to.equal('a');
    expect(el.moved).to.deep.equal(['b', 'd', 'c', 'a']);
  });

  it('swaps left and right in a right-to-left page', async () => {
    const el = await fixture<RovingBar>(html`<test-roving-bar dir="rtl"></test-roving-bar>`);
    el.shadowRoot!.querySelector<HTMLElement>('[data-key="b"]')!.focus();
    await press(el, 'ArrowLeft');
    expect(focusedKey(el)).to.equal('c');
    await press(el, 'ArrowRight');
    expect(focusedKey(el)).to.equal('b');
  });

  it('lets the host go elsewhere back from the first item', async () => {
    const el = await fixture<RovingBar>(html`<test-roving-bar></test-roving-bar>`);
    el.edge = true;
    el.shadowRoot!.querySelector<HTMLElement>('[data-key="a"]')!.focus();
    await press(el, 'ArrowLeft');
    expect((el.shadowRoot!.activeElement as HTMLElement).id).to.equal('outside');
  });

  it('leaves other keys, and keys with Ctrl, Alt or Meta, alone', async () => {
    const el = await fixture<RovingBar>(html`<test-roving-bar></test-roving-bar>`);
    const a = el.shadowRoot!.querySelector<HTMLElement>('[data-key="a"]')!;
    a.focus();
    const key = (init: KeyboardEventInit) =>
      a.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true }));
    expect(key({ key: 'ArrowRight', ctrlKey: true }), 'Ctrl+arrow is not cancelled').to.equal(true);
    expect(key({ key: 'x' })).to.equal(true);
    expect(focusedKey(el)).to.equal('a');
    expect(key({ key: 'ArrowRight' }), 'a plain arrow is used').to.equal(false);
    expect(focusedKey(el)).to.equal('b');
  });
});
