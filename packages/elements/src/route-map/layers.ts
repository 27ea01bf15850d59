/**
 * The two SVG layers of `<pact-route-map>`, as templates of its model: the countries (zoomed
 * with a transform) and, over them, the routes, the origin, the regional centres, the labels
 * and the rings of the country under the pointer or in focus (drawn in view pixels, so that
 * lines and text keep their width at every zoom).
 */
import { html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg } from '@lit/localize';
import type { DrawnMap, DrawnRoute } from './draw.js';
import type { MapModel } from './map-model.js';
import { english } from './templates.js';
import type { Target } from './templates.js';

export interface LayerState {
  /** The zoom transform of the countries. */
  transform: string;
  /** Focusable and named (not decorative). */
  interactive: boolean;
  /** The route in focus or under the pointer (or whose countries the keyboard goes through). */
  active: string | null;
  focused: Target | null;
  hovered: Target | null;
  /** The country that is the countries' Tab stop. */
  stop: string | undefined;
}

function route(d: MapModel, r: DrawnRoute, { active, interactive }: LayerState) {
  const cls = `route ${d.flowSet ? 'flow' : ''} ${r.id} ${active === r.id ? 'active' : ''} ${active && active !== r.id ? 'dim' : ''}`;
  return svg`<g
    class=${cls}
    part="route"
    data-key=${interactive ? `route:${r.id}` : nothing}
    role=${interactive ? (d.flowSet ? 'img' : 'button') : nothing}
    tabindex=${interactive ? '0' : nothing}
    aria-label=${interactive ? d.routes.get(r.id)?.name : nothing}
  >
    <path class="casing" d=${r.path}></path>
    <path class="line" d=${r.path}></path>
    ${r.stops.map(([x, y]) => svg`<circle class="stop" cx=${x} cy=${y} r="2.5"></circle>`)}
    <path class="head" d=${r.heads}></path>
    <path class="hit" d=${r.path}></path>
  </g>`;
}

/** The map's layers, in the order of their first render (one per turn: core/turns.ts's Slices). */
export const LAYERS = ['countries', 'overlay'] as const;

/** Routes, origin, centres, labels and the rings of the country in focus or under the pointer. */
export function overlayLayer(d: MapModel, drawn: DrawnMap, s: LayerState) {
  const { width: w, height: h } = d.layout;
  const { interactive } = s;
  const ring = (t: Target | null, cls: string) => {
    if (t?.kind !== 'country') return nothing;
    const c = d.layout.countries.find((x) => x.iso3 === t.iso3);
    return c ? svg`<path class="ring ${cls}" d=${c.d}></path>` : nothing;
  };
  const focused = s.focused?.kind === 'country' ? s.focused : null;
  const hovered = s.hovered?.kind === 'country' && s.hovered.iso3 !== focused?.iso3 ? s.hovered : null;
  return html`<svg
    class="layer overlay"
    viewBox="0 0 ${w} ${h}"
    role=${interactive ? 'group' : nothing}
    aria-label=${interactive ? msg('Routes') : nothing}
  >
    ${
      focused || hovered
        ? svg`<g transform=${s.transform} aria-hidden="true">
          ${ring(focused, 'halo')} ${ring(hovered, 'hover')} ${ring(focused, 'focus')}
        </g>`
        : nothing
    }
    ${repeat(
      drawn.routes,
      (r) => r.id,
      (r) => route(d, r, s),
    )}
    ${drawn.origin ? svg`<path class="origin-marker" aria-hidden="true" d=${drawn.origin}></path>` : nothing}
    ${drawn.centres.map(
      ({ centre, at: [x, y] }) => svg`<g
        class="centre ${centre.org.actionPlan?.role ?? ''}"
        part="centre"
        data-key=${interactive ? `centre:${centre.org.id}` : nothing}
        role=${interactive ? 'img' : nothing}
        aria-label=${interactive ? centre.label : nothing}
      >
        <rect class="marker" x=${x - 5} y=${y - 5} width="10" height="10" transform=${`rotate(45 ${x} ${y})`}></rect>
      </g>`,
    )}
    <g aria-hidden="true">
      ${drawn.labels.map(
        // The origin's name is localized; the centres' acronyms are English-only data.
        (l) =>
          svg`<text class="label" x=${l.x} y=${l.y} dy="0.35em" text-anchor=${l.anchor} lang=${l.key === 'origin' ? nothing : english(d.locale)}>${l.text}</text>`,
      )}
    </g>
  </svg>`;
}

/** The sea, the land not marked (one path), each marked country, and the dots of small countries not marked. */
export function countriesLayer(d: MapModel, s: LayerState) {
  const { width: w, height: h } = d.layout;
  const { interactive } = s;
  const onActive = new Set(s.active ? (d.routeOrder.get(s.active) ?? []) : []);
  return html`<svg
    class="layer base"
    viewBox="0 0 ${w} ${h}"
    role=${interactive ? 'group' : nothing}
    aria-label=${interactive ? msg('Countries') : nothing}
  >
    <rect class="water" width=${w} height=${h}></rect>
    <g transform=${s.transform}>
      <path class="country" d=${d.land}></path>
      ${[d.marked.filter((c) => !c.dot), d.marked.filter((c) => c.dot)].map((list) =>
        // The shapes, then the dots over them, each list in a lasting order: laid out at another
        // size, a country that becomes a dot (or a shape again) changes list, and no other element
        // moves (moved, the country in focus would lose it).
        repeat(
          list,
          (c) => c.iso3,
          (c) => {
            const info = d.countries.get(c.iso3 ?? '');
            if (!info) return nothing;
            const cls = [
              'country',
              info.parisPact ? 'partner' : '',
              info.priority ? 'priority' : '',
              info.origin ? 'origin' : '',
              onActive.has(info.iso3) ? 'on-route' : '',
            ].join(' ');
            return svg`<path
          class=${cls}
          part="country"
          d=${c.d}
          data-key=${interactive ? `country:${info.iso3}` : nothing}
          role=${interactive ? 'button' : nothing}
          tabindex=${interactive ? (info.iso3 === s.stop ? '0' : '-1') : nothing}
          aria-label=${interactive ? info.label : nothing}
        ></path>`;
          },
        ),
      )}
      ${d.landOver ? svg`<path class="country" d=${d.landOver}></path>` : nothing}
    </g>
  </svg>`;
}
