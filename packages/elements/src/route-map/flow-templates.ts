/**
 * The parts of `<pact-route-map flows="cocaine">` around the map: the legend, the caption and
 * the table view of a flow set (the 2011 Paris Action Plan's), as templates of its model.
 * The plan's words are quoted in English (the only text the dataset has of it), marked so.
 */
import { cityLang, cityOf } from '../core/text-lang.js';
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { text, type FlowLine } from '@pact/sdk';
import type { MapModel } from './map-model.js';
import { planRoleLabel } from '../core/labels.js';
import { english, lineItems } from './templates.js';

const marker = (role: string) =>
  html`<svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" class="centre ${role}">
    <rect class="marker" x="6" y="2" width="10" height="10" transform="rotate(45 11 7)"></rect>
  </svg>`;

export function flowLegend(d: MapModel, hidden: boolean) {
  return html`<ul class="legend" part="legend" aria-label=${msg('Legend')} aria-hidden=${hidden ? 'true' : nothing}>
    ${lineItems(d)}
    <li>${marker('information-centre')}${planRoleLabel('information-centre')}</li>
    <li>${marker('operational-centre')}${planRoleLabel('operational-centre')}</li>
  </ul>`;
}

export function flowCaption(d: MapModel) {
  return html`<figcaption class="caption" part="caption">
    <strong
      >${msg('Approximate directions described in the 2011 Paris Action Plan; not actual trafficking routes.')}</strong
    >
    ${d.disclaimers.map((t) => html`<span lang=${d.disclaimerLang ?? nothing}>${t}</span>`)}
    <span>${msg('Boundaries and names shown do not imply official endorsement or acceptance.')}</span>
  </figcaption>`;
}

const path = (l: FlowLine, locale: string) => l.points.map((p) => text(p.name, locale)).join(' → ');

/** The lines with the plan's words they rest on, the centres, and the networks the plan calls on. */
export function flowTable(d: MapModel) {
  const set = d.flowSet;
  if (!set) return nothing;
  const en = english(d.locale);
  const confidence = { high: msg('high'), medium: msg('medium'), low: msg('low') };
  return html`<div class="table-scroll outer-box" tabindex="0" role="region" aria-label=${msg('Flows table')}>
    <table part="table">
      <caption>
        ${text(set.name, d.locale)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Approximate direction')}</th>
          <th scope="col">${msg('Regions, in order')}</th>
          <th scope="col">${msg('The plan’s words')}</th>
          <th scope="col">${msg('What this map adds, and its confidence')}</th>
        </tr>
      </thead>
      <tbody>
        ${set.lines.map(
          (l) =>
            html`<tr data-line=${l.id}>
              <th scope="row">${text(l.name, d.locale)}</th>
              <td>${path(l, d.locale)}</td>
              <td>
                <span>${msg('Section')} ${l.source.section}:</span>
                <q lang=${en}>${l.source.quote}</q>
              </td>
              <td><span lang=${en}>${l.basis}.</span> ${msg('Confidence:')} ${confidence[l.confidence]}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <table part="table">
      <caption>
        ${msg('Centres named in the plan')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Name')}</th>
          <th scope="col">${msg('City')}</th>
          <th scope="col">${msg('Part in the plan')}</th>
        </tr>
      </thead>
      <tbody>
        ${d.centres.map(
          ({ org, fullName, role }) =>
            html`<tr data-centre=${org.id}>
              <th scope="row"><span lang=${en}>${org.acronym}</span>: ${fullName}</th>
              <td lang=${cityLang(org.seat, d.locale) ?? nothing}>${cityOf(org.seat, d.locale)}</td>
              <td>${role}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <table part="table">
      <caption>
        ${msg('Networks and regional organizations the plan calls on')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Name')}</th>
          <th scope="col">${msg('Section')}</th>
        </tr>
      </thead>
      <tbody>
        ${(d.networks ?? []).map(
          (org) =>
            html`<tr data-network=${org.id}>
              <th scope="row"><span lang=${en}>${org.acronym}</span>: ${text(org.name, d.locale)}</th>
              <td>${org.actionPlan?.section ?? ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The keys, for screen readers: the lines and centres have no countries to go through. */
export const flowKeys = () =>
  msg('Use + and − to zoom, 0 to reset and the arrow keys to move the map. Tab to a direction to hear where it goes.');
