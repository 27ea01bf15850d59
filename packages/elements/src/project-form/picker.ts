import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../core/localize.js';
import type { Partner } from '@pact/sdk';

export type PickerField = 'beneficiaries' | 'donors';

/** At most this many search matches are listed (the search narrows them). */
const SHOWN = 40;

export interface PickerOptions {
  field: PickerField;
  label: string;
  /** The partners that may be chosen, in display order. */
  pool: Partner[];
  chosen: string[];
  search: string;
  error: string | undefined;
  errorId: string;
  /** The id of the search input (the focus target of the field's error). */
  inputId: string;
  name: (p: Partner) => string;
  onSearch: (q: string) => void;
  onChange: (ids: string[]) => void;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A partner picker: the chosen partners (each with a Remove button), a search box and the matching
 * partners as checkboxes. Plain form controls, so keyboards and screen readers use it as any form.
 */
export function partnerPicker(o: PickerOptions): TemplateResult {
  const q = fold(o.search.trim());
  const byId = new Map(o.pool.map((p) => [p.id, p]));
  const matches = o.pool.filter((p) => !q || fold(o.name(p)).includes(q) || p.id.includes(q));
  const shown = matches.slice(0, SHOWN);
  const more = matches.length - SHOWN;
  const toggle = (id: string, on: boolean) =>
    o.onChange(on ? [...o.chosen.filter((x) => x !== id), id] : o.chosen.filter((x) => x !== id));
  const groupId = `${o.inputId}-options`;
  const label = o.label;
  return html`<fieldset class="picker" part="picker" aria-describedby=${o.error ? o.errorId : nothing}>
    <legend>${o.label} <span aria-hidden="true">*</span></legend>
    <ul class="chosen" aria-label=${msg(str`Chosen: ${label}`)}>
      ${o.chosen.length === 0 ? html`<li class="none">${msg('None chosen yet.')}</li>` : nothing}
      ${o.chosen.map((id) => {
        const name = byId.get(id) ? o.name(byId.get(id) as Partner) : id;
        return html`<li>
          <span>${name}</span>
          <button type="button" class="remove" aria-label=${msg(str`Remove ${name}`)} @click=${() => toggle(id, false)}>
            ×
          </button>
        </li>`;
      })}
    </ul>
    <label for=${o.inputId}>${msg('Search')}</label>
    <input
      id=${o.inputId}
      type="search"
      autocomplete="off"
      .value=${live(o.search)}
      aria-controls=${groupId}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${o.error ? o.errorId : nothing}
      @input=${(e: Event) => o.onSearch((e.target as HTMLInputElement).value)}
    />
    <div class="options" id=${groupId} role="group" aria-label=${msg(str`Matches: ${label}`)}>
      ${shown.map(
        (p) =>
          html`<label class="check"
            ><input
              type="checkbox"
              value=${p.id}
              .checked=${live(o.chosen.includes(p.id))}
              @change=${(e: Event) => toggle(p.id, (e.target as HTMLInputElement).checked)}
            />${o.name(p)}</label
          >`,
      )}
      ${
        matches.length > SHOWN ? html`<p class="more">${msg(str`${more} more: type to narrow the list.`)}</p>` : nothing
      }
      ${matches.length === 0 ? html`<p class="more">${msg('No partner matches.')}</p>` : nothing}
    </div>
    ${o.error ? html`<p class="error" part="error" id=${o.errorId}>${o.error}</p>` : nothing}
  </fieldset>`;
}
