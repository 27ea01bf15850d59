import { html, type TemplateResult } from 'lit';

/** One `<option>`, selected when it is the current value. */
export function option(value: string, label: string, current: string): TemplateResult {
  return html`<option value=${value} ?selected=${value === current}>${label}</option>`;
}

/**
 * A labelled filter or sort `<select>` of the list elements' control forms (styled by
 * controlStyles): `options` are [value, label] pairs, `onChange` gets the chosen value.
 */
export function selectField(
  id: string,
  label: string,
  current: string,
  options: readonly (readonly [string, string])[],
  onChange: (value: string) => void,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} part="filter" @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${options.map(([value, text]) => option(value, text, current))}
    </select>
  </div>`;
}

/**
 * The search box that opens each list's control form; `onInput` gets every keystroke's event.
 * `value` is the debounced query: a plain binding (not live()), so that a re-render while the
 * reader goes on typing (the loading state of the previous query) never resets the box.
 */
export function searchField(
  id: string,
  label: string,
  placeholder: string,
  value: string,
  onInput: (e: Event) => void,
): TemplateResult {
  return html`<div class="field search">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      part="search"
      type="search"
      autocomplete="off"
      maxlength="200"
      .value=${value}
      placeholder=${placeholder}
      @input=${onInput}
    />
  </div>`;
}
