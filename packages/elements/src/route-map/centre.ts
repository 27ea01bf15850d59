/** A centre on the map: its seat projected (null outside the map) and its accessible name. */
import { cityOf } from '../core/text-lang.js';
import { msg, str } from '@lit/localize';
import { text, type OrganizationPartner } from '@pact/sdk';
import type { MapLayout } from './geometry.js';
import type { Centre } from './map-model.js';

export function centreOn(org: OrganizationPartner, layout: MapLayout, locale: string, role?: string): Centre {
  const point = layout.project(org.seat.lon, org.seat.lat);
  const inside = point && point[0] >= 0 && point[0] <= layout.width && point[1] >= 0 && point[1] <= layout.height;
  // `name`, not `acronym`: the same message as map-model.ts's "${name}: ${details}" (lit-localize
  // ids ignore the placeholders' names, and the translations are keyed by the first one extracted).
  const name = org.acronym;
  const details = `${text(org.name, locale)}, ${cityOf(org.seat, locale)}`;
  return {
    org,
    point: inside ? point : null,
    label: msg(str`${name}: ${details}`),
    fullName: text(org.name, locale),
    ...(role ? { role } : {}),
  };
}
