/**
 * The parts of `<pact-route-map>` around the map, as templates of its model: the legend, the
 * caption, the table view and the tooltip's content. Rendered by the element, in its language.
 */
import { cityLang, cityOf } from '../core/text-lang.js';
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { text } from '@pact/sdk';
import { collator } from '../core/format.js';
import { dataTable, LangCell } from '../core/table.js';
import type { MapModel } from './map-model.js';
import type { PriorityFlags } from './load.js';
import type { RoutesKey } from './model.js';

/** What a tooltip is about: a route, a country or a regional centre. */
export type Target = { kind: 'route'; id: string } | { kind: 'country'; iso3: string } | { kind: 'centre'; id: string };

/** A target's `data-key` on the map, and back. */
export const keyOf = (t: Target) => (t.kind === 'country' ? `country:${t.iso3}` : `${t.kind}:${t.id}`);

export function parseKey(key: string | null | undefined): Target | null {
  const [kind, id] = (key ?? '').split(':');
  if (!id) return null;
  if (kind === 'route') return { kind, id };
  if (kind === 'country') return { kind, iso3: id };
  if (kind === 'centre') return { kind, id };
  return null;
}

export function legend(d: MapModel, options: LegendOptions) {
  return d.flowViews ? d.flowViews.legend(d, options.hidden) : routesLegend(d, options);
}

export interface LegendOptions {
  priority: boolean;
  centres: boolean;
  hidden: boolean;
}

/** The opiate routes' legend (shown as soon as the routes have arrived: see model.ts's `RoutesKey`). */
export function routesLegend(
  d: Pick<MapModel, 'selected' | 'routes' | 'flowSet'>,
  { priority, centres, hidden }: LegendOptions,
) {
  const swatch = (cls: string) =>
    html`<svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">
      <rect class="swatch ${cls}" x="0.5" y="0.5" width="21" height="13" rx="2"></rect>
    </svg>`;
  return html`<ul class="legend" part="legend" aria-label=${msg('Legend')} aria-hidden=${hidden ? 'true' : nothing}>
    ${lineItems(d)}
    <li>${swatch('partner')}${msg('Paris Pact partner')}</li>
    ${priority ? html`<li>${swatch('priority')}${msg('Priority country, high confidence (no official list exists; the table also lists presumed ones)')}</li>` : nothing}
    <li>
      <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">
        <rect class="swatch origin" x="0.5" y="0.5" width="21" height="13" rx="2"></rect>
        <path
          class="origin-marker"
          d="M11,1.5L12.6,5.3L16.7,5.6L13.6,8.2L14.5,12.2L11,10L7.5,12.2L8.4,8.2L5.3,5.6L9.4,5.3Z"
        ></path>
      </svg>
      ${msg('Origin of the flows shown')}
    </li>
    ${
      centres
        ? html`<li>
            <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">
              <rect class="marker" x="6" y="2" width="10" height="10" transform="rotate(45 11 7)"></rect>
            </svg>
            ${msg('Regional centre')}
          </li>`
        : nothing
    }
  </ul>`;
}

/** The legend's items of the lines drawn (routes, or a flow set's lines). */
export const lineItems = (d: Pick<MapModel, 'selected' | 'routes' | 'flowSet'>) =>
  d.selected.map(
    (r) =>
      html`<li>
        <svg
          width="40"
          height="14"
          viewBox="0 0 40 14"
          aria-hidden="true"
          class="route ${d.flowSet ? 'flow' : ''} ${r.id}"
        >
          <path class="line" d="M2,7L38,7" fill="none"></path>
        </svg>
        ${d.routes.get(r.id)?.name}
      </li>`,
  );

export function caption(d: MapModel) {
  return d.flowViews ? d.flowViews.caption(d) : routesCaption(d);
}

/** The opiate routes' caption (shown as soon as the routes have arrived: see model.ts's `RoutesKey`). */
export function routesCaption(d: Pick<MapModel, 'disclaimers' | 'disclaimerLang'>) {
  return html`<figcaption class="caption" part="caption">
    <strong>${msg('Opiate flows from Afghanistan: not actual trafficking routes.')}</strong>
    ${d.disclaimers.map((t) => html`<span lang=${d.disclaimerLang ?? nothing}>${t}</span>`)}
    <span>${msg('Boundaries and names shown do not imply official endorsement or acceptance.')}</span>
  </figcaption>`;
}

/**
 * The legend (in the map view) and the caption under the map: the model's (`d`, when it draws a
 * route); else, while the outlines load, the routes' own (`early`, see model.ts's `RoutesKey`).
 */
export function keyParts(d: MapModel | undefined, early: RoutesKey | undefined, mapView: boolean, o: LegendOptions) {
  return {
    legend: !mapView ? nothing : d ? legend(d, o) : early ? routesLegend(early, o) : nothing,
    caption: d ? caption(d) : early ? routesCaption(early) : nothing,
  };
}

/**
 * The table view: the routes with their countries in order, the centres, the priority flags. With
 * `select`, each name is a button that selects it; without (the server's static table), text.
 */
export function table(
  d: MapModel,
  centres: boolean,
  select: { route(id: string): void; country(iso3: string): void } | null,
  priority: { flags: PriorityFlags | undefined; locale: string },
) {
  if (d.flowViews) return d.flowViews.table(d);
  // Acronyms and cities are English-only in the data: said so to screen readers and translators.
  const en = english(priority.locale);
  const link = (label: unknown, data: { route?: string; country?: string }, action: () => void) =>
    !select
      ? label
      : html`<button
          class="link link-button"
          type="button"
          data-route=${data.route ?? nothing}
          data-country=${data.country ?? nothing}
          @click=${action}
        >
          ${label}
        </button>`;
  return html`<div class="table-scroll outer-box" tabindex="0" role="region" aria-label=${msg('Routes table')}>
    ${dataTable({
      columns: [msg('Route'), msg('Countries, in order from Afghanistan')],
      rows: d.table,
      row: (r) => ({
        header: link(r.route.name, { route: r.route.id }, () => select?.route(r.route.id)),
        cells: [
          html`<ol>
            ${r.countries.map((c) => html`<li>${link(c.name, { country: c.iso3 }, () => select?.country(c.iso3))}</li>`)}
          </ol>`,
        ],
      }),
    })}
    ${
      centres
        ? dataTable({
            caption: msg('Regional centres'),
            columns: [msg('Name'), msg('City')],
            rows: d.centres,
            row: ({ org, fullName }) => ({
              header: html`<span lang=${en}>${org.acronym}</span>: ${fullName}`,
              cells: [new LangCell(cityLang(org.seat, d.locale) ?? nothing, cityOf(org.seat, d.locale))],
            }),
          })
        : nothing
    }
    ${priority.flags ? priorityTable(priority.flags, priority.locale) : nothing}
  </div>`;
}

/** `lang` for a text the data has only in English: none on an English page. */
export const english = (locale: string) => (locale.toLowerCase().startsWith('en') ? nothing : 'en');

/**
 * The priority flags with their basis: highlighted on the map (high confidence) or presumed (not
 * highlighted). The basis is the dataset's own note, in English.
 */
function priorityTable(flags: PriorityFlags, locale: string) {
  const c = collator(locale);
  const rows = [
    ...flags.confirmed.map((p) => [p, msg('Priority country (highlighted)')] as const),
    ...flags.presumed.map((p) => [p, msg('Presumed priority country (not highlighted)')] as const),
  ].map(([p, flag]) => [text(p.name, locale), flag, p.priority.basis] as const);
  rows.sort((a, b) => c.compare(a[0], b[0]));
  const lang = english(locale);
  return dataTable({
    part: 'table priority-table',
    caption: msg('Priority countries: there is no official list; each flag is derived by this dataset'),
    columns: [msg('Country'), msg('Flag'), msg('Basis')],
    rows,
    row: ([name, flag, basis]) => ({ header: name, cells: [flag, new LangCell(lang, basis)] }),
  });
}

/** The tooltip's content for a route, a country or a centre. */
export function tip(d: MapModel, t: Target) {
  if (t.kind === 'country') {
    const c = d.countries.get(t.iso3);
    if (!c) return nothing;
    return html`<strong>${c.name}</strong>${c.statuses.map((s) => html`<span>${s}</span>`)}
      <span class="muted">${c.routesText}</span>`;
  }
  if (t.kind === 'route') {
    const route = d.routes.get(t.id);
    return html`<strong>${route?.name}</strong>${route ? html`<span>${route.summary}</span>` : nothing}`;
  }
  const centre = d.centres.find((c) => c.org.id === t.id);
  if (!centre) return nothing;
  return html`<strong>${centre.org.acronym}</strong><span>${centre.fullName}</span>
    <span class="muted">${centre.role ?? msg('Regional centre')} · ${cityOf(centre.org.seat, d.locale)}</span>`;
}

/** The tooltip of the target under the pointer or in focus (hidden without one; placed by placeTip). */
export function tooltip(d: MapModel, t: Target | null) {
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" ?hidden=${!t}>${t ? tip(d, t) : nothing}</div>`;
}

/** The Map and Table buttons, and the zoom buttons in the map view. */
export function toolbar(
  view: 'map' | 'table',
  viewport: { zoom: number; min: number; max: number; zoomIn(): void; zoomOut(): void; reset(): void },
  setView: (v: 'map' | 'table') => void,
) {
  const { zoom, min, max } = viewport;
  const zoomButton = (label: string, symbol: string, disabled: boolean, action: () => void) =>
    html`<button
      class="button"
      part="zoom-button"
      type="button"
      aria-label=${label}
      title=${label}
      aria-disabled=${disabled ? 'true' : 'false'}
      @click=${action}
    >
      <span class="zoom-symbol" aria-hidden="true">${symbol}</span>
    </button>`;
  const viewButton = (v: 'map' | 'table', label: string) =>
    html`<button
      class="button"
      part="view-button"
      type="button"
      aria-pressed=${view === v ? 'true' : 'false'}
      @click=${() => setView(v)}
    >
      ${label}
    </button>`;
  return html`<div class="toolbar" part="toolbar">
    <div class="group" role="group" aria-label=${msg('View')}>
      ${viewButton('map', msg('Map'))} ${viewButton('table', msg('Table'))}
    </div>
    ${
      view === 'map'
        ? html`<div class="group" role="group" aria-label=${msg('Zoom')}>
            ${zoomButton(msg('Zoom in'), '+', zoom >= max, () => viewport.zoomIn())}
            ${zoomButton(msg('Zoom out'), '−', zoom <= min, () => viewport.zoomOut())}
            ${zoomButton(msg('Reset zoom'), '⟲', zoom <= min, () => viewport.reset())}
          </div>`
        : nothing
    }
  </div>`;
}

/** For screen readers: the text summary, the keys, and the live region of announcements. */
export function spoken(d: MapModel, uid: string, announcement: string) {
  return html`<p class="visually-hidden" id="summary-${uid}">${d.summary}</p>
    <p class="visually-hidden" id="keys-${uid}">
      ${
        d.flowViews
          ? d.flowViews.keys()
          : msg(
              'Use + and − to zoom, 0 to reset and the arrow keys to move the map. Tab to a route, then use the arrow keys to go through its countries in order from Afghanistan, and Escape to go back to the route. Press Enter to select.',
            )
      }
    </p>
    <div class="visually-hidden" role="status" aria-live="polite">${announcement}</div>`;
}
